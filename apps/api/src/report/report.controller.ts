import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { ApiFileResponse } from '../common/api-response';
import { IdPipe } from '../common/uuid-param.pipe';
import { sendFile } from './attachment';
import { ReportQueryDto } from './dto/report-query.dto';
import { CSV, DOCX, PDF, XLSX } from './render/renderers';
import { ReportKind, ReportService } from './report.service';

/** Exported reports: everyone who reads the plan, and scrutiny members, who receive them. */
@ApiTags('reports')
@Controller('plans/:planId/reports')
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  /** The scrutiny progress report, editable in Word. */
  @Can('readReports')
  @Get('progress.docx')
  @ApiFileResponse('the progress report as a Word document', DOCX)
  progressDocx(@Param('planId', IdPipe) planId: string, @Query() query: ReportQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return this.send(reply, planId, 'progress.docx', query, actor);
  }

  @Can('readReports')
  @Get('progress.pdf')
  @ApiFileResponse('the progress report as a PDF', PDF)
  progressPdf(@Param('planId', IdPipe) planId: string, @Query() query: ReportQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return this.send(reply, planId, 'progress.pdf', query, actor);
  }

  /** Every action, one row each: a summary sheet, an all-actions sheet and a sheet per priority area. */
  @Can('readReports')
  @Get('tracker.xlsx')
  @ApiFileResponse('the action plan tracker as an Excel workbook', XLSX)
  trackerXlsx(@Param('planId', IdPipe) planId: string, @Query() query: ReportQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return this.send(reply, planId, 'tracker.xlsx', query, actor);
  }

  @Can('readReports')
  @Get('tracker.csv')
  @ApiFileResponse('the action plan tracker as CSV (UTF-8)', CSV)
  trackerCsv(@Param('planId', IdPipe) planId: string, @Query() query: ReportQueryDto, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return this.send(reply, planId, 'tracker.csv', query, actor);
  }

  private async send(reply: FastifyReply, planId: string, kind: ReportKind, query: ReportQueryDto, actor: Actor) {
    return sendFile(reply, await this.reports.renderReport(planId, kind, query.asAt, actor));
  }
}
