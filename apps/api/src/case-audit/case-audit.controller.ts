import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { PageOf } from '../common/api-response';
import { PaginationQueryDto } from '../common/pagination.dto';
import { IdPipe } from '../common/uuid-param.pipe';
import { CaseAuditResponse, CaseAuditSummaryResponse } from './case-audit.response';
import { CaseAuditService } from './case-audit.service';
import { CreateCaseAuditDto, UpdateCaseAuditDto } from './dto/case-audit.dto';

@ApiTags('case audits')
@Controller()
export class CaseAuditController {
  constructor(private readonly audits: CaseAuditService) {}

  /** The plan's case audits, latest first. */
  @Get('plans/:planId/case-audits')
  @ApiOkResponse({ type: PageOf(CaseAuditResponse) })
  @Can('readCaseAudits')
  findAudits(@Param('planId', IdPipe) planId: string, @Query() query: PaginationQueryDto) {
    return this.audits.findAudits(planId, query);
  }

  /** Grades by domain across the plan's audits (counts per grade), and the learning themes with how many audits raised each. */
  @Get('plans/:planId/case-audits/summary')
  @ApiOkResponse({ type: CaseAuditSummaryResponse })
  @Can('readCaseAuditSummary')
  summary(@Param('planId', IdPipe) planId: string) {
    return this.audits.summary(planId);
  }

  /** Records an audit: a case reference (never a child's name), the day, the auditors' organisations and a grade per domain. */
  @Post('plans/:planId/case-audits')
  @ApiCreatedResponse({ type: CaseAuditResponse })
  @Can('recordCaseAudit')
  createAudit(@Param('planId', IdPipe) planId: string, @Body() dto: CreateCaseAuditDto, @CurrentActor() actor: Actor) {
    return this.audits.createAudit(planId, dto, actor);
  }

  @Get('case-audits/:id')
  @ApiOkResponse({ type: CaseAuditResponse })
  @Can('readCaseAudits')
  getAudit(@Param('id', IdPipe) id: string) {
    return this.audits.getAudit(id);
  }

  @Patch('case-audits/:id')
  @ApiOkResponse({ type: CaseAuditResponse })
  @Can('recordCaseAudit')
  updateAudit(@Param('id', IdPipe) id: string, @Body() dto: UpdateCaseAuditDto, @CurrentActor() actor: Actor) {
    return this.audits.updateAudit(id, dto, actor);
  }
}
