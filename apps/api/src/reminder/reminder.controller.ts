import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can } from '../auth/policy.decorator';
import { Actor, CurrentActor } from '../common/actor';
import { IdPipe } from '../common/uuid-param.pipe';
import { SetReminderDaysDto } from './dto/reminder-days.dto';
import { ReminderDaysResponse } from './reminder.response';
import { ReminderService } from './reminder.service';

@ApiTags('notifications')
@Controller('plans/:planId/reminder-days')
export class ReminderController {
  constructor(private readonly reminders: ReminderService) {}

  /** How many days before each update deadline the plan's owners are reminded. */
  @Get()
  @ApiOkResponse({ type: ReminderDaysResponse })
  @Can('readPlan')
  getReminderDays(@Param('planId', IdPipe) planId: string) {
    return this.reminders.getReminderDays(planId);
  }

  @Put()
  @ApiOkResponse({ type: ReminderDaysResponse })
  @Can('managePlan')
  setReminderDays(@Param('planId', IdPipe) planId: string, @Body() dto: SetReminderDaysDto, @CurrentActor() actor: Actor) {
    return this.reminders.setReminderDays(planId, dto.days, actor);
  }
}
