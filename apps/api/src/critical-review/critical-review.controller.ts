import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { PageOf } from '../common/api-response';
import { PaginationQueryDto } from '../common/pagination.dto';
import { IdPipe } from '../common/uuid-param.pipe';
import { CriticalReviewDetailResponse, CriticalReviewResponse } from './critical-review.response';
import { CriticalReviewService } from './critical-review.service';
import { CreateCriticalReviewDto, ModerateCriticalReviewDto, PutJudgementsDto, ReviewVersionDto, UpdateCriticalReviewDto } from './dto/critical-review.dto';

@ApiTags('critical reviews')
@Controller()
export class CriticalReviewController {
  constructor(private readonly reviews: CriticalReviewService) {}

  /** The plan's critical reviews, latest first. Drafts and returned or submitted reviews only to those who record or moderate them. */
  @Get('plans/:planId/critical-reviews')
  @ApiOkResponse({ type: PageOf(CriticalReviewResponse) })
  @Can('readPlan')
  findReviews(@Param('planId', IdPipe) planId: string, @Query() query: PaginationQueryDto, @CurrentActor() actor: Actor) {
    return this.reviews.findReviews(planId, query, actor);
  }

  /** Starts a review as a draft: its day, title and who facilitated it. */
  @Post('plans/:planId/critical-reviews')
  @ApiCreatedResponse({ type: CriticalReviewDetailResponse })
  @Can('recordCriticalReview')
  createReview(@Param('planId', IdPipe) planId: string, @Body() dto: CreateCriticalReviewDto, @CurrentActor() actor: Actor) {
    return this.reviews.createReview(planId, dto, actor);
  }

  /** A review with its judgements and what moved forward or slipped back since the previous approved review. */
  @Get('critical-reviews/:id')
  @ApiOkResponse({ type: CriticalReviewDetailResponse })
  @Can('readPlan')
  getReview(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.reviews.getReview(id, actor);
  }

  @Patch('critical-reviews/:id')
  @ApiOkResponse({ type: CriticalReviewDetailResponse })
  @Can('recordCriticalReview')
  updateReview(@Param('id', IdPipe) id: string, @Body() dto: UpdateCriticalReviewDto, @CurrentActor() actor: Actor) {
    return this.reviews.updateReview(id, dto, actor);
  }

  /** Replaces the review's judgements, one per action of the plan. */
  @Put('critical-reviews/:id/judgements')
  @ApiOkResponse({ type: CriticalReviewDetailResponse })
  @Can('recordCriticalReview')
  putJudgements(@Param('id', IdPipe) id: string, @Body() dto: PutJudgementsDto, @CurrentActor() actor: Actor) {
    return this.reviews.putJudgements(id, dto, actor);
  }

  @Post('critical-reviews/:id/submit')
  @ApiOkResponse({ type: CriticalReviewDetailResponse })
  @Can('recordCriticalReview')
  @HttpCode(200)
  submitReview(@Param('id', IdPipe) id: string, @Body() dto: ReviewVersionDto, @CurrentActor() actor: Actor) {
    return this.reviews.submitReview(id, dto, actor);
  }

  /** Approves a submitted review: it becomes the plan's latest review. Never by who recorded or submitted it. */
  @Post('critical-reviews/:id/approve')
  @ApiOkResponse({ type: CriticalReviewDetailResponse })
  @Can('moderate')
  @HttpCode(200)
  approveReview(@Param('id', IdPipe) id: string, @Body() dto: ModerateCriticalReviewDto, @CurrentActor() actor: Actor) {
    return this.reviews.moderateReview(id, 'approve', dto, actor);
  }

  /** Returns a submitted review to its recorder with a note saying what to change. */
  @Post('critical-reviews/:id/return')
  @ApiOkResponse({ type: CriticalReviewDetailResponse })
  @Can('moderate')
  @HttpCode(200)
  returnReview(@Param('id', IdPipe) id: string, @Body() dto: ModerateCriticalReviewDto, @CurrentActor() actor: Actor) {
    return this.reviews.moderateReview(id, 'return', dto, actor);
  }
}
