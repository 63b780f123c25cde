import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SectionCommentResponse, SectionResponse, SelfEvaluationResponse, SelfEvaluationRevisionResponse } from './self-evaluation.response';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { AddSelfEvaluationCommentDto, SaveSelfEvaluationSectionDto, SelfEvaluationHistoryQueryDto } from './dto/self-evaluation.dto';
import { SelfEvaluationService } from './self-evaluation.service';

@ApiTags('self-evaluation')
@Controller('plans/:planId/self-evaluation')
export class SelfEvaluationController {
  constructor(private readonly selfEvaluation: SelfEvaluationService) {}

  /** Every criterion of the current inspection framework with the partnership's evaluation of it. */
  @Get()
  @Can('readPlan')
  @ApiOkResponse({ type: SelfEvaluationResponse })
  getSelfEvaluation(@Param('planId', IdPipe) planId: string) {
    return this.selfEvaluation.getSelfEvaluation(planId);
  }

  /** Every save, newest first: who, when, what changed. */
  @Get('history')
  @Can('readPlan')
  @ApiOkResponse({ type: SelfEvaluationRevisionResponse, isArray: true })
  history(@Param('planId', IdPipe) planId: string, @Query() query: SelfEvaluationHistoryQueryDto) {
    return this.selfEvaluation.history(planId, query.criterionKey);
  }

  @Put('sections/:criterionKey')
  @Can('editSelfEvaluation')
  @ApiOkResponse({ type: SectionResponse })
  saveSection(@Param('planId', IdPipe) planId: string, @Param('criterionKey') criterionKey: string, @Body() dto: SaveSelfEvaluationSectionDto, @CurrentActor() actor: Actor) {
    return this.selfEvaluation.saveSection(planId, criterionKey, dto, actor);
  }

  @Post('sections/:criterionKey/comments')
  @Can('commentSelfEvaluation')
  @ApiCreatedResponse({ type: SectionCommentResponse })
  addComment(@Param('planId', IdPipe) planId: string, @Param('criterionKey') criterionKey: string, @Body() dto: AddSelfEvaluationCommentDto, @CurrentActor() actor: Actor) {
    return this.selfEvaluation.addComment(planId, criterionKey, dto, actor);
  }
}
