import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { CreateReportingPeriodDto, UpdateReportingPeriodDto } from './dto/reporting-period.dto';
import { ReportingPeriodService } from './reporting-period.service';

@ApiTags('reporting periods')
@Controller('plans/:planId/periods')
export class ReportingPeriodController {
  constructor(private readonly periods: ReportingPeriodService) {}

  /** The plan's reporting periods in board order, with the current one (open, deadline next). */
  @Get()
  findPeriods(@Param('planId', IdPipe) planId: string) {
    return this.periods.findPeriods(planId);
  }

  @Post()
  createPeriod(@Param('planId', IdPipe) planId: string, @Body() dto: CreateReportingPeriodDto, @CurrentActor() actor: Actor) {
    return this.periods.createPeriod(planId, dto, actor);
  }

  @Patch(':periodId')
  updatePeriod(
    @Param('planId', IdPipe) planId: string,
    @Param('periodId', IdPipe) id: string,
    @Body() dto: UpdateReportingPeriodDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.periods.updatePeriod(planId, id, dto, actor);
  }
}
