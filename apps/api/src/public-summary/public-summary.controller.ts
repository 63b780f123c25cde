import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Can, Public } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { ApiFileResponse } from '../common/api-response';
import { attachmentDisposition } from '../common/content-disposition';
import { IdPipe } from '../common/uuid-param.pipe';
import { PDF } from '../report/render/renderers';
import { SlugPipe } from './slug.pipe';
import { PublicSummaryOverview, PublishedSummary, PublishedSummaryVersion } from './public-summary.response';
import { PUBLIC_CACHE_SECONDS, PublicSummaryService } from './public-summary.service';

/** The plan managers' side: the versions published, a preview of the next, and publishing it. */
@ApiTags('public summary')
@Controller('plans/:planId/public-summary')
export class PublicSummaryController {
  constructor(private readonly summaries: PublicSummaryService) {}

  /** The published versions (latest first) and what would be published now. */
  @Get()
  @ApiOkResponse({ type: PublicSummaryOverview })
  @Can('publishPublicSummary')
  overview(@Param('planId', IdPipe) planId: string) {
    return this.summaries.overview(planId);
  }

  /** Freezes the summary as it reads now as the plan's next version: what the public page shows from then on. */
  @Post('publish')
  @Can('publishPublicSummary')
  @HttpCode(201)
  @ApiCreatedResponse({ type: PublishedSummaryVersion })
  publish(@Param('planId', IdPipe) planId: string, @CurrentActor() actor: Actor) {
    return this.summaries.publish(planId, actor);
  }
}

/**
 * What anyone may read without signing in: the latest published summary, as it was frozen. The
 * answers are kept for a minute (here and by browsers and proxies), so a busy page costs little.
 */
@ApiTags('public')
@Controller('public')
export class PublicController {
  constructor(private readonly summaries: PublicSummaryService) {}

  /** The plan's latest published summary: 404 until one is published. */
  @Get('plans/:planId')
  @Public()
  @ApiOkResponse({ type: PublishedSummary })
  async plan(@Param('planId', IdPipe) planId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const summary = await this.summaries.publishedForPlan(planId);
    publicCache(reply);
    return summary;
  }

  /** The latest published summary as a printable PDF. */
  @Get('plans/:planId/summary.pdf')
  @ApiFileResponse('the published summary as a PDF', PDF)
  @Public()
  async pdf(@Param('planId', IdPipe) planId: string, @Res() reply: FastifyReply) {
    const file = await this.summaries.publishedPdf(planId);
    publicCache(reply);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', attachmentDisposition(file.fileName))
      .header('x-content-type-options', 'nosniff')
      .send(file.bytes);
  }

  /** The latest published summary of the local area's current plan, by the area's slug: 404 when there is none. */
  @Get('local-areas/:slug')
  @Public()
  @ApiOkResponse({ type: PublishedSummary })
  async localArea(@Param('slug', SlugPipe) slug: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const summary = await this.summaries.publishedForLocalArea(slug);
    publicCache(reply);
    return summary;
  }
}

function publicCache(reply: FastifyReply) {
  void reply.header('cache-control', `public, max-age=${PUBLIC_CACHE_SECONDS}`);
}
