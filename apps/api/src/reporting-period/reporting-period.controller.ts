import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { CreateReportingPeriodDto, UpdateReportingPeriodDto } from './dto/reporting-period.dto';
import { ReportingPeriodList, ReportingPeriodResponse } from './reporting-period.response';
import { ReportingPeriodService } from './reporting-period.service';

@ApiTags('reporting periods')
@Controller('plans/:planId/periods')
export class ReportingPeriodController {
  constructor(private readonly periods: ReportingPeriodService) {}

  /** The plan's reporting periods in board order, with the current one (open, deadline next). */
  @Get()
  @ApiOkResponse({ type: ReportingPeriodList })
  @Can('readPlan')
  findPeriods(@Param('planId', IdPipe) planId: string) {
    return this.periods.findPeriods(planId);
  }

  /** A plan manager, any plan's; a school's SENCO, their own school plan's (the service checks). */
  @Post()
  @ApiCreatedResponse({ type: ReportingPeriodResponse })
  @Can('managePlanCalendar')
  createPeriod(@Param('planId', IdPipe) planId: string, @Body() dto: CreateReportingPeriodDto, @CurrentActor() actor: Actor) {
    return this.periods.createPeriod(planId, dto, actor);
  }

  /** A plan manager, any plan's; a school's SENCO, their own school plan's (the service checks). */
  @Patch(':periodId')
  @ApiOkResponse({ type: ReportingPeriodResponse })
  @Can('managePlanCalendar')
  updatePeriod(
    @Param('planId', IdPipe) planId: string,
    @Param('periodId', IdPipe) id: string,
    @Body() dto: UpdateReportingPeriodDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.periods.updatePeriod(planId, id, dto, actor);
  }
}
