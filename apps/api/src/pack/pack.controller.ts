import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { ApiFileResponse } from '../common/api-response';
import { IdPipe } from '../common/uuid-param.pipe';
import { sendFile } from '../report/attachment';
import { PACK_FORMATS, PDF } from '../report/render/renderers';
import { PackVersionDto, PublishedPacksQueryDto } from './dto/pack.dto';
import { PackDetailResponse, PackList, PackResponse } from './pack.response';
import { PackService } from './pack.service';

const packContentTypes = [...new Set(PACK_FORMATS.map((f) => f.contentType))] as [string, ...string[]];

@ApiTags('packs')
@Controller()
export class PackController {
  constructor(private readonly packs: PackService) {}

  /** Generates the meeting's pack from a snapshot at its cut-off: 201 for a new draft, 200 when its draft was regenerated. */
  @Can('managePacks')
  @Post('meetings/:id/packs')
  @ApiCreatedResponse({ type: PackResponse, description: 'a new draft' })
  @ApiOkResponse({ type: PackResponse, description: 'the draft, regenerated' })
  async generatePack(@Param('id', IdPipe) meetingId: string, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const { created, pack } = await this.packs.generatePack(meetingId, actor);
    void reply.status(created ? 201 : 200);
    return pack;
  }

  /** Published packs for everyone who reads the plan and scrutiny members; drafts only for plan readers other than action owners. */
  @Can('readMeetings')
  @Get('meetings/:id/packs')
  @ApiOkResponse({ type: PackList })
  findMeetingPacks(@Param('id', IdPipe) meetingId: string, @CurrentActor() actor: Actor) {
    return this.packs.findMeetingPacks(meetingId, actor);
  }

  /** The plan's published packs, newest meeting first (drafts are never listed here). */
  @Can('readMeetings')
  @Get('packs')
  @ApiOkResponse({ type: PackList })
  findPublishedPacks(@Query() query: PublishedPacksQueryDto) {
    return this.packs.findPublishedPacks(query.planId, query.pageSize);
  }

  @Can('readMeetings')
  @Get('packs/:id')
  @ApiOkResponse({ type: PackDetailResponse })
  getPack(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.packs.getPack(id, actor);
  }

  @Can('managePacks')
  @Post('packs/:id/regenerate')
  @ApiOkResponse({ type: PackResponse })
  @HttpCode(200)
  regeneratePack(@Param('id', IdPipe) id: string, @Body() dto: PackVersionDto, @CurrentActor() actor: Actor) {
    return this.packs.regeneratePack(id, dto, actor);
  }

  @Can('managePacks')
  @Post('packs/:id/publish')
  @ApiOkResponse({ type: PackResponse })
  @HttpCode(200)
  publishPack(@Param('id', IdPipe) id: string, @Body() dto: PackVersionDto, @CurrentActor() actor: Actor) {
    return this.packs.publishPack(id, dto, actor);
  }

  @Can('readMeetings')
  @Get('packs/:id/board-pack.pdf')
  @ApiFileResponse('the board pack as a PDF', PDF)
  async downloadBoardPack(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return sendFile(reply, await this.packs.getPackFile(id, 'board-pack.pdf', actor));
  }

  /** Any of the pack's files, as listed in its `files`. */
  @Can('readMeetings')
  @Get('packs/:id/files/:name')
  @ApiFileResponse(`the file: ${PACK_FORMATS.map((f) => f.name).join(', ')}`, ...packContentTypes)
  async downloadFile(@Param('id', IdPipe) id: string, @Param('name') name: string, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return sendFile(reply, await this.packs.getPackFile(id, name, actor));
  }
}
