import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { sendFile } from './attachment';
import { ReportQueryDto } from './dto/report-query.dto';
import { ReportKind, ReportService } from './report.service';

/** Exported reports: everyone who reads the plan, and scrutiny members, who receive them. */
@ApiTags('reports')
@Controller('plans/:planId/reports')
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  /** The scrutiny progress report, editable in Word. */
  @Can('readReports')
  @Get('progress.docx')
  progressDocx(@Param('planId', IdPipe) planId: string, @Query() query: ReportQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return this.send(reply, planId, 'progress.docx', query, actor);
  }

  @Can('readReports')
  @Get('progress.pdf')
  progressPdf(@Param('planId', IdPipe) planId: string, @Query() query: ReportQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return this.send(reply, planId, 'progress.pdf', query, actor);
  }

  /** Every action, one row each: a summary sheet, an all-actions sheet and a sheet per priority area. */
  @Can('readReports')
  @Get('tracker.xlsx')
  trackerXlsx(@Param('planId', IdPipe) planId: string, @Query() query: ReportQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return this.send(reply, planId, 'tracker.xlsx', query, actor);
  }

  @Can('readReports')
  @Get('tracker.csv')
  trackerCsv(@Param('planId', IdPipe) planId: string, @Query() query: ReportQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return this.send(reply, planId, 'tracker.csv', query, actor);
  }

  private async send(reply: FastifyReply, planId: string, kind: ReportKind, query: ReportQueryDto, actor: Actor) {
    return sendFile(reply, await this.reports.renderReport(planId, kind, query.asAt, actor));
  }
}
