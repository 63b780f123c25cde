import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module';
import { PlanModule } from '../plan/plan.module';
import { ReminderController } from './reminder.controller';
import { ReminderService } from './reminder.service';

/** Timed notices: reminders before update deadlines. */
@Module({
  imports: [NotificationModule, PlanModule],
  controllers: [ReminderController],
  providers: [ReminderService],
  exports: [ReminderService],
})
export class ReminderModule {}
