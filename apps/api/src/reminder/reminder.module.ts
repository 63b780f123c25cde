import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module';
import { PlanModule } from '../plan/plan.module';
import { ReportingPeriodModule } from '../reporting-period/reporting-period.module';
import { StatusUpdateModule } from '../status-update/status-update.module';
import { DecisionDueService } from './decision-due.service';
import { DigestService } from './digest.service';
import { ReminderController } from './reminder.controller';
import { ReminderService } from './reminder.service';

/** Timed notices: reminders before update deadlines, the weekly digest, decisions falling due. */
@Module({
  imports: [NotificationModule, PlanModule, ReportingPeriodModule, StatusUpdateModule],
  controllers: [ReminderController],
  providers: [ReminderService, DigestService, DecisionDueService],
  exports: [ReminderService],
})
export class ReminderModule {}
