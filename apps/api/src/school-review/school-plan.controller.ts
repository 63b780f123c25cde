import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { ApiFileResponse, PageOf } from '../common/api-response';
import { DOCX, PDF } from '../report/render/renderers';
import { PaginationQueryDto } from '../common/pagination.dto';
import { IdPipe } from '../common/uuid-param.pipe';
import { CreateEvidenceDto } from '../evidence/dto/create-evidence.dto';
import { EvidenceResponse } from '../evidence/evidence.response';
import { sendFile } from '../report/attachment';
import { StatusUpdateResponse } from '../status-update/status-update.response';
import { CreateSchoolActionDto, CreateSchoolPlanDto, UpdateSchoolActionDto } from './dto/school-plan.dto';
import { renderGovernorsReport } from './governors-report.render';
import { SchoolPlanService } from './school-plan.service';
import { SchoolPlanResponse } from './school-review.response';

/**
 * A school's own SEND improvement plan and its report to governors. Its SENCO reads and keeps their
 * own school's (another school's is not found); the local authority's school reviewers read all.
 */
@ApiTags('school-plans')
@Controller('schools/:id/plan')
export class SchoolPlanController {
  constructor(private readonly plans: SchoolPlanService) {}

  /** The school's plan: its priorities, their actions with statuses, and each action's evidence. 404 when it has none yet. */
  @Can('readSchoolPlan')
  @Get()
  @ApiOkResponse({ type: SchoolPlanResponse })
  getPlan(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor) {
    return this.plans.getSchoolPlan(id, actor);
  }

  /** Starts the school's plan with its priorities (one live plan per school: 409 while one is live). */
  @Can('editSchoolPlan')
  @Post()
  @ApiCreatedResponse({ type: SchoolPlanResponse })
  createPlan(@Param('id', IdPipe) id: string, @Body() dto: CreateSchoolPlanDto, @CurrentActor() actor: Actor) {
    return this.plans.createSchoolPlan(id, dto, actor);
  }

  /** Adds an action under one of the plan's priorities; the school owns it. Answers with the plan. */
  @Can('editSchoolPlan')
  @Post('actions')
  @ApiCreatedResponse({ type: SchoolPlanResponse })
  addAction(@Param('id', IdPipe) id: string, @Body() dto: CreateSchoolActionDto, @CurrentActor() actor: Actor) {
    return this.plans.addAction(id, dto, actor);
  }

  /** Changes an action of the plan: its wording, due date or statuses (a stale version is refused with 409). Answers with the plan. */
  @Can('editSchoolPlan')
  @Patch('actions/:actionId')
  @ApiOkResponse({ type: SchoolPlanResponse })
  updateAction(@Param('id', IdPipe) id: string, @Param('actionId', IdPipe) actionId: string, @Body() dto: UpdateSchoolActionDto, @CurrentActor() actor: Actor) {
    return this.plans.updateAction(id, actionId, dto, actor);
  }

  /**
   * The action's status updates, newest period first. Its SENCO writes and submits them by the
   * update routes (POST /api/actions/:id/updates, /api/updates/:id/submit); a moderator approves them.
   */
  @Can('readSchoolPlan')
  @Get('actions/:actionId/updates')
  @ApiOkResponse({ type: PageOf(StatusUpdateResponse) })
  actionUpdates(@Param('id', IdPipe) id: string, @Param('actionId', IdPipe) actionId: string, @Query() query: PaginationQueryDto, @CurrentActor() actor: Actor) {
    return this.plans.actionUpdates(id, actionId, query, actor);
  }

  /** Records evidence (a link or a note) against an action of the plan. */
  @Can('editSchoolPlan')
  @Post('actions/:actionId/evidence')
  @ApiCreatedResponse({ type: EvidenceResponse })
  addEvidence(@Param('id', IdPipe) id: string, @Param('actionId', IdPipe) actionId: string, @Body() dto: CreateEvidenceDto, @CurrentActor() actor: Actor) {
    return this.plans.addEvidence(id, actionId, dto, actor);
  }

  /** The report to governors as a Word document: the audit and self-review, the actions, a provision map and the evidence of impact. */
  @Can('readSchoolPlan')
  @ApiFileResponse('the report to governors as a Word document', DOCX)
  @Get('governors-report.docx')
  async governorsReportDocx(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return sendFile(reply, await renderGovernorsReport(await this.plans.governorsReport(id, actor), 'docx'));
  }

  /** The report to governors as a tagged PDF, from the same content as the Word document. */
  @Can('readSchoolPlan')
  @ApiFileResponse('the report to governors as a PDF', PDF)
  @Get('governors-report.pdf')
  async governorsReportPdf(@Param('id', IdPipe) id: string, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return sendFile(reply, await renderGovernorsReport(await this.plans.governorsReport(id, actor), 'pdf'));
  }
}
