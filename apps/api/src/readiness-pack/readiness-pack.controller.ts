import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { ApiFileResponse } from '../common/api-response';
import { IdPipe } from '../common/uuid-param.pipe';
import { sendFile } from '../report/attachment';
import { ReportQueryDto } from '../report/dto/report-query.dto';
import { DOCX, PDF } from '../report/render/renderers';
import { GenerateReadinessPackDto, ReadinessPackVersionDto } from './dto/readiness-pack.dto';
import { ReadinessPackList, ReadinessPackResponse } from './readiness-pack.response';
import { ReadinessPackService } from './readiness-pack.service';

/** The monitoring evidence pack: live for plan readers, generated and published by plan managers, published ones for everyone. */
@ApiTags('readiness-packs')
@Controller()
export class ReadinessPackController {
  constructor(private readonly packs: ReadinessPackService) {}

  /** The monitoring evidence pack as things stand (or stood at the end of `asAt`), rendered now and marked as a draft. */
  @Can('readInspections')
  @Get('plans/:planId/reports/readiness.pdf')
  @ApiFileResponse('the monitoring evidence pack as a PDF, marked as a draft', PDF)
  async livePdf(@Param('planId', IdPipe) planId: string, @Query() query: ReportQueryDto, @Res() reply: FastifyReply) {
    return sendFile(reply, await this.packs.renderLive(planId, 'pdf', query.asAt));
  }

  /** The same, as a Word document. */
  @Can('readInspections')
  @Get('plans/:planId/reports/readiness.docx')
  @ApiFileResponse('the monitoring evidence pack as a Word document, marked as a draft', DOCX)
  async liveDocx(@Param('planId', IdPipe) planId: string, @Query() query: ReportQueryDto, @Res() reply: FastifyReply) {
    return sendFile(reply, await this.packs.renderLive(planId, 'docx', query.asAt));
  }

  /** Freezes the pack as at a day as the plan's draft: 201 for a new draft, 200 when the draft was regenerated. */
  @Can('managePacks')
  @Post('plans/:planId/readiness-packs')
  @ApiCreatedResponse({ type: ReadinessPackResponse, description: 'a new draft' })
  @ApiOkResponse({ type: ReadinessPackResponse, description: 'the draft, regenerated' })
  async generate(
    @Param('planId', IdPipe) planId: string, @Body() dto: GenerateReadinessPackDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { created, pack } = await this.packs.generate(planId, dto, actor);
    void reply.status(created ? 201 : 200);
    return pack;
  }

  /** The plan's packs, newest first: published ones for everyone (scrutiny included), drafts for plan readers. */
  @Can('readReadinessPacks')
  @Get('plans/:planId/readiness-packs')
  @ApiOkResponse({ type: ReadinessPackList })
  list(@Param('planId', IdPipe) planId: string, @CurrentActor() actor: Actor) {
    return this.packs.list(planId, actor);
  }

  /** Renders and keeps the draft's files: from now on the pack never changes. */
  @Can('managePacks')
  @Post('readiness-packs/:id/publish')
  @ApiOkResponse({ type: ReadinessPackResponse })
  @HttpCode(200)
  publish(@Param('id', IdPipe) id: string, @Body() dto: ReadinessPackVersionDto, @CurrentActor() actor: Actor) {
    return this.packs.publish(id, dto, actor);
  }

  @Can('readReadinessPacks')
  @Get('readiness-packs/:id/readiness.pdf')
  @ApiFileResponse('the pack as a PDF', PDF)
  async pdf(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return sendFile(reply, await this.packs.file(id, 'pdf', actor));
  }

  @Can('readReadinessPacks')
  @Get('readiness-packs/:id/readiness.docx')
  @ApiFileResponse('the pack as a Word document', DOCX)
  async docx(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return sendFile(reply, await this.packs.file(id, 'docx', actor));
  }
}
