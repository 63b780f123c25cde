import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { SummaryQueryDto } from '../plan/dto/plan-query.dto';
import { CreateFindingDto, CreateInspectionDto, SetFindingLinksDto, UpdateFindingDto } from './dto/inspection.dto';
import { AnsweredFinding, FindingResponse, InspectionDetailResponse, InspectionListItem, InspectionResponse } from './inspection.response';
import { InspectionService } from './inspection.service';
import { ReadinessResponse } from './readiness.response';
import { ReadinessService } from './readiness.service';

@ApiTags('inspections')
@Controller()
export class InspectionController {
  constructor(private readonly inspections: InspectionService, private readonly readiness: ReadinessService) {}

  @Post('plans/:planId/inspections')
  @ApiCreatedResponse({ type: InspectionResponse })
  @Can('manageInspections')
  recordInspection(@Param('planId', IdPipe) planId: string, @Body() dto: CreateInspectionDto, @CurrentActor() actor: Actor) {
    return this.inspections.recordInspection(planId, dto, actor);
  }

  /** The plan's inspections, latest first, with how many findings of each kind. */
  @Get('plans/:planId/inspections')
  @ApiOkResponse({ type: InspectionListItem, isArray: true })
  @Can('readInspections')
  findInspections(@Param('planId', IdPipe) planId: string) {
    return this.inspections.findInspections(planId);
  }

  /**
   * Every finding of the plan's inspections with the actions and measures answering it, the evidence
   * of impact behind them, its gaps and its readiness judgement; counts per judgement. With `asAt`,
   * as things stood at the end of that day (Europe/London).
   */
  @Get('plans/:planId/readiness')
  @ApiOkResponse({ type: ReadinessResponse })
  @Can('readInspections')
  getReadiness(@Param('planId', IdPipe) planId: string, @Query() query: SummaryQueryDto) {
    return this.readiness.getReadiness(planId, query.asAt);
  }

  /** The inspection with its findings, each with the ids of the actions and measures linked to it. */
  @Get('inspections/:id')
  @ApiOkResponse({ type: InspectionDetailResponse })
  @Can('readInspections')
  getInspection(@Param('id', IdPipe) id: string) {
    return this.inspections.getInspection(id);
  }

  @Post('inspections/:id/findings')
  @ApiCreatedResponse({ type: FindingResponse })
  @Can('manageInspections')
  addFinding(@Param('id', IdPipe) id: string, @Body() dto: CreateFindingDto, @CurrentActor() actor: Actor) {
    return this.inspections.addFinding(id, dto, actor);
  }

  @Patch('findings/:id')
  @ApiOkResponse({ type: FindingResponse })
  @Can('manageInspections')
  updateFinding(@Param('id', IdPipe) id: string, @Body() dto: UpdateFindingDto, @CurrentActor() actor: Actor) {
    return this.inspections.updateFinding(id, dto, actor);
  }

  /** Replaces the actions and measures that answer the finding (each of the inspection's plan). */
  @Put('findings/:id/links')
  @ApiOkResponse({ type: FindingResponse })
  @Can('manageInspections')
  setFindingLinks(@Param('id', IdPipe) id: string, @Body() dto: SetFindingLinksDto, @CurrentActor() actor: Actor) {
    return this.inspections.setFindingLinks(id, dto, actor);
  }

  /** The inspection findings the action answers. */
  @Get('actions/:id/findings')
  @ApiOkResponse({ type: AnsweredFinding, isArray: true })
  @Can('readInspections')
  findingsOfAction(@Param('id', IdPipe) id: string) {
    return this.inspections.findingsOfAction(id);
  }

  /** The inspection findings the priority area's actions answer, each with the actions that do. */
  @Get('priority-areas/:id/findings')
  @ApiOkResponse({ type: AnsweredFinding, isArray: true })
  @Can('readInspections')
  findingsOfPriorityArea(@Param('id', IdPipe) id: string) {
    return this.inspections.findingsOfPriorityArea(id);
  }
}
