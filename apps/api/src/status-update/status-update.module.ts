import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { NotificationModule } from '../notification/notification.module';
import { PlanModule } from '../plan/plan.module';
import { ReportingPeriodModule } from '../reporting-period/reporting-period.module';
import { StatusUpdateController } from './status-update.controller';
import { StatusUpdateRepository } from './status-update.repository';
import { StatusUpdateService } from './status-update.service';
import { UpdateProgressController } from './update-progress.controller';
import { UpdateProgressService } from './update-progress.service';

@Module({
  imports: [ActionModule, EvidenceModule, NotificationModule, PlanModule, ReportingPeriodModule],
  controllers: [StatusUpdateController, UpdateProgressController],
  providers: [StatusUpdateRepository, StatusUpdateService, UpdateProgressService],
  exports: [StatusUpdateService, UpdateProgressService],
})
export class StatusUpdateModule {}
