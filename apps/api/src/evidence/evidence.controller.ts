import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { ApiFileResponse } from '../common/api-response';
import { attachmentDisposition } from '../common/content-disposition';
import { IdPipe } from '../common/uuid-param.pipe';
import { CreateEvidenceDto } from './dto/create-evidence.dto';
import { EvidenceQueryDto } from './dto/evidence-query.dto';
import { ArchiveEvidenceDto, UpdateEvidenceDto } from './dto/update-evidence.dto';
import { readEvidenceSubmission } from './evidence-upload';
import { EvidenceResponse } from './evidence.response';
import { EvidenceService } from './evidence.service';

@ApiTags('evidence')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Get('actions/:id/evidence')
  @ApiOkResponse({ type: EvidenceResponse, isArray: true })
  @Can('readPlan')
  findActionEvidence(@Param('id', IdPipe) actionId: string, @Query() query: EvidenceQueryDto) {
    return this.evidence.findActionEvidence(actionId, query.includeArchived);
  }

  /** Plan managers, and action owners on the actions they own. A link as JSON (`url`), or a document as multipart/form-data (`file` plus the same fields as text). */
  @Post('actions/:id/evidence')
  @ApiCreatedResponse({ type: EvidenceResponse })
  @Can('addEvidence')
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({ type: CreateEvidenceDto, description: 'For a file, send multipart/form-data with these fields and a `file` part (at most 25MB)' })
  async addEvidence(@Param('id', IdPipe) actionId: string, @Req() request: FastifyRequest, @CurrentActor() actor: Actor) {
    await this.evidence.assertMayAddEvidence(actionId, actor);
    return this.evidence.addEvidence(actionId, await readEvidenceSubmission(request), actor);
  }

  @Get('evidence/:id')
  @ApiOkResponse({ type: EvidenceResponse })
  @Can('readPlan')
  getEvidence(@Param('id', IdPipe) id: string) {
    return this.evidence.getEvidence(id);
  }

  /** The file, byte for byte as uploaded, under its original name. */
  @Get('evidence/:id/file')
  @Can('readPlan')
  @ApiFileResponse('the file as uploaded, with the content type it was uploaded with', 'application/octet-stream')
  async downloadEvidenceFile(@Param('id', IdPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const file = await this.evidence.getEvidenceFile(id);
    void reply
      .header('content-type', file.mimeType)
      .header('content-length', file.content.length)
      .header('content-disposition', attachmentDisposition(file.fileName))
      .header('x-content-type-options', 'nosniff')
      // Evidence can hold personal data: keep it out of shared caches, and inert if opened in place.
      .header('cache-control', 'private, no-store')
      .header('content-security-policy', "default-src 'none'; sandbox");
    return file.content;
  }

  @Patch('evidence/:id')
  @ApiOkResponse({ type: EvidenceResponse })
  @Can('addEvidence')
  updateEvidence(@Param('id', IdPipe) id: string, @Body() dto: UpdateEvidenceDto, @CurrentActor() actor: Actor) {
    return this.evidence.updateEvidence(id, dto, actor);
  }

  /** Evidence is archived, never deleted. */
  @Post('evidence/:id/archive')
  @ApiOkResponse({ type: EvidenceResponse })
  @Can('addEvidence')
  @HttpCode(200)
  archiveEvidence(@Param('id', IdPipe) id: string, @Body() dto: ArchiveEvidenceDto, @CurrentActor() actor: Actor) {
    return this.evidence.archiveEvidence(id, dto.version, actor);
  }
}
