import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { sendFile } from '../report/attachment';
import { ApiFileResponse } from '../common/api-response';
import { DOCX, PDF } from '../report/render/renderers';
import {
  CreateAuditDto, CreateSchoolDto, CreateSelfReviewDto, SchoolYearQueryDto, UpdateAuditDto, UpdateSchoolDto, UpdateSelfReviewDto, VersionDto,
} from './dto/school-review.dto';
import {
  AuditDetailResponse, AuditResponse, FrameworkView, SchoolOverviewResponse, SchoolResponse, SelfReviewDetailResponse, SelfReviewResponse, ThematicSummaryResponse,
} from './school-review.response';
import { SchoolReviewService } from './school-review.service';
import { renderThematicSummary } from './thematic-summary.render';

/** The local authority's expectations of every school's SEND provision: the current edition. */
@ApiTags('school-reviews')
@Controller('expectations')
export class ExpectationController {
  constructor(private readonly reviews: SchoolReviewService) {}

  @Can('readExpectations')
  @Get()
  @ApiOkResponse({ type: FrameworkView })
  currentFramework() {
    return this.reviews.currentFramework();
  }
}

/** Schools, their self-reviews and the local authority's audit visits. A school's SENCO sees their own school only. */
@ApiTags('school-reviews')
@Controller('schools')
export class SchoolController {
  constructor(private readonly reviews: SchoolReviewService) {}

  @Can('readSchoolReviews')
  @Get()
  @ApiOkResponse({ type: SchoolResponse, isArray: true })
  findSchools(@CurrentActor() actor: Actor) {
    return this.reviews.findSchools(actor);
  }

  @Can('reviewSchools')
  @Post()
  @ApiCreatedResponse({ type: SchoolResponse })
  createSchool(@Body() dto: CreateSchoolDto, @CurrentActor() actor: Actor) {
    return this.reviews.createSchool(dto, actor);
  }

  @Can('readSchoolReviews')
  @Get(':id')
  @ApiOkResponse({ type: SchoolResponse })
  getSchool(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.reviews.getSchool(id, actor);
  }

  @Can('reviewSchools')
  @Patch(':id')
  @ApiOkResponse({ type: SchoolResponse })
  updateSchool(@Param('id', IdPipe) id: string, @Body() dto: UpdateSchoolDto, @CurrentActor() actor: Actor) {
    return this.reviews.updateSchool(id, dto, actor);
  }

  @Can('readSchoolReviews')
  @Get(':id/self-reviews')
  @ApiOkResponse({ type: SelfReviewResponse, isArray: true })
  findSelfReviews(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.reviews.findSelfReviews(id, actor);
  }

  /** Starts the school's self-review for an academic year, against the current edition of the expectations. */
  @Can('writeSelfReview')
  @Post(':id/self-reviews')
  @ApiCreatedResponse({ type: SelfReviewDetailResponse })
  createSelfReview(@Param('id', IdPipe) id: string, @Body() dto: CreateSelfReviewDto, @CurrentActor() actor: Actor) {
    return this.reviews.createSelfReview(id, dto, actor);
  }

  /** The school's audit visits: a school sees those published. */
  @Can('readSchoolReviews')
  @Get(':id/audits')
  @ApiOkResponse({ type: AuditResponse, isArray: true })
  findAudits(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.reviews.findAudits(id, actor);
  }

  @Can('reviewSchools')
  @Post(':id/audits')
  @ApiCreatedResponse({ type: AuditDetailResponse })
  createAudit(@Param('id', IdPipe) id: string, @Body() dto: CreateAuditDto, @CurrentActor() actor: Actor) {
    return this.reviews.createAudit(id, dto, actor);
  }
}

@ApiTags('school-reviews')
@Controller('self-reviews')
export class SelfReviewController {
  constructor(private readonly reviews: SchoolReviewService) {}

  @Can('readSchoolReviews')
  @Get(':id')
  @ApiOkResponse({ type: SelfReviewDetailResponse })
  getSelfReview(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.reviews.getSelfReview(id, actor);
  }

  /** Ratings, notes and evidence of a draft self-review. */
  @Can('writeSelfReview')
  @Patch(':id')
  @ApiOkResponse({ type: SelfReviewDetailResponse })
  updateSelfReview(@Param('id', IdPipe) id: string, @Body() dto: UpdateSelfReviewDto, @CurrentActor() actor: Actor) {
    return this.reviews.updateSelfReview(id, dto, actor);
  }

  /** Submits the self-review to the local authority: every statement must be rated. */
  @Can('writeSelfReview')
  @Post(':id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: SelfReviewDetailResponse })
  submitSelfReview(@Param('id', IdPipe) id: string, @Body() dto: VersionDto, @CurrentActor() actor: Actor) {
    return this.reviews.submitSelfReview(id, dto.version, actor);
  }
}

@ApiTags('school-reviews')
@Controller('audits')
export class SchoolAuditController {
  constructor(private readonly reviews: SchoolReviewService) {}

  @Can('readSchoolReviews')
  @Get(':id')
  @ApiOkResponse({ type: AuditDetailResponse })
  getAudit(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.reviews.getAudit(id, actor);
  }

  /** The audit team's ratings, strengths, findings and next steps; `state: published` shows it to the school. */
  @Can('reviewSchools')
  @Patch(':id')
  @ApiOkResponse({ type: AuditDetailResponse })
  updateAudit(@Param('id', IdPipe) id: string, @Body() dto: UpdateAuditDto, @CurrentActor() actor: Actor) {
    return this.reviews.updateAudit(id, dto, actor);
  }
}

/** The local authority's view across its schools. */
@ApiTags('school-reviews')
@Controller('school-reviews')
export class SchoolOverviewController {
  constructor(private readonly reviews: SchoolReviewService) {}

  /** Audit ratings by area (and self-review ratings), schools most in need of support, and where schools rated themselves above the audit. */
  @Can('readSchoolOverview')
  @Get('overview')
  @ApiOkResponse({ type: SchoolOverviewResponse })
  overview(@Query() query: SchoolYearQueryDto) {
    return this.reviews.overview(query.year);
  }

  /** A year's published audits summarised by theme: what was found, in how many schools, what is recommended. */
  @Can('readSchoolOverview')
  @Get('thematic-summary')
  @ApiOkResponse({ type: ThematicSummaryResponse })
  thematicSummary(@Query() query: SchoolYearQueryDto, @CurrentActor() actor: Actor) {
    return this.reviews.thematicSummary(query.year, actor);
  }

  @Can('readSchoolOverview')
  @ApiFileResponse('the thematic summary as a Word document', DOCX)
  @Get('thematic-summary.docx')
  async thematicSummaryDocx(@Query() query: SchoolYearQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return sendFile(reply, await renderThematicSummary(await this.reviews.thematicSummary(query.year, actor), 'docx'));
  }

  @Can('readSchoolOverview')
  @ApiFileResponse('the thematic summary as a PDF', PDF)
  @Get('thematic-summary.pdf')
  async thematicSummaryPdf(@Query() query: SchoolYearQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return sendFile(reply, await renderThematicSummary(await this.reviews.thematicSummary(query.year, actor), 'pdf'));
  }
}
