import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { CreatePlanDto } from './dto/create-plan.dto';
import { ChangesQueryDto, SummaryQueryDto } from './dto/plan-query.dto';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PageOf } from '../common/api-response';
import { ApiCompiledOkResponse } from '../common/compiled-response';
import { PlanChanges } from './plan-changes';
import { PlanSummary } from './plan-summary';
import { PlanDetailResponse, PlanResponse } from './plan.response';
import { PaginationQueryDto } from '../common/pagination.dto';
import { IdPipe } from '../common/uuid-param.pipe';
import { PlanService } from './plan.service';

@ApiTags('plans')
@Controller('plans')
export class PlanController {
  constructor(private readonly plans: PlanService) {}

  @Get()
  @Can('readPlan')
  @ApiOkResponse({ type: PageOf(PlanResponse) })
  findPlans(@Query() query: PaginationQueryDto) {
    return this.plans.findPlans(query);
  }

  @Post()
  @Can('managePlan')
  @ApiCreatedResponse({ type: PlanResponse })
  createPlan(@Body() dto: CreatePlanDto, @CurrentActor() actor: Actor) {
    return this.plans.createPlan(dto, actor);
  }

  /** The plan with its priority areas in order. */
  @Get(':planId')
  @Can('readPlan')
  @ApiOkResponse({ type: PlanDetailResponse })
  getPlan(@Param('planId', IdPipe) id: string) {
    return this.plans.getPlan(id);
  }

  /**
   * Headline figures: counts by impact and delivery status, overdue, and the same per priority area.
   * With `asAt`, the official statuses as they stood at the end of that day (Europe/London).
   */
  @Get(':planId/summary')
  @Can('readPlan')
  @ApiCompiledOkResponse(PlanSummary)
  getSummary(@Param('planId', IdPipe) id: string, @Query() query: SummaryQueryDto) {
    return this.plans.getSummary(id, query.asAt);
  }

  /** What changed from the end of `from` to the end of `to`: status moves, new actions, completions, missed deadlines. */
  @Get(':planId/changes')
  @Can('readPlan')
  @ApiCompiledOkResponse(PlanChanges)
  getChanges(@Param('planId', IdPipe) id: string, @Query() query: ChangesQueryDto) {
    return this.plans.getChanges(id, query.from, query.to);
  }
}
