import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
  getSelfEvaluation(@Param('planId', IdPipe) planId: string) {
    return this.selfEvaluation.getSelfEvaluation(planId);
  }

  /** Every save, newest first: who, when, what changed. */
  @Get('history')
  @Can('readPlan')
  history(@Param('planId', IdPipe) planId: string, @Query() query: SelfEvaluationHistoryQueryDto) {
    return this.selfEvaluation.history(planId, query.criterionKey);
  }

  @Put('sections/:criterionKey')
  @Can('editSelfEvaluation')
  saveSection(@Param('planId', IdPipe) planId: string, @Param('criterionKey') criterionKey: string, @Body() dto: SaveSelfEvaluationSectionDto, @CurrentActor() actor: Actor) {
    return this.selfEvaluation.saveSection(planId, criterionKey, dto, actor);
  }

  @Post('sections/:criterionKey/comments')
  @Can('commentSelfEvaluation')
  addComment(@Param('planId', IdPipe) planId: string, @Param('criterionKey') criterionKey: string, @Body() dto: AddSelfEvaluationCommentDto, @CurrentActor() actor: Actor) {
    return this.selfEvaluation.addComment(planId, criterionKey, dto, actor);
  }
}
