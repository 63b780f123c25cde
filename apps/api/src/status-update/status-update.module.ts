import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { ReportingPeriodModule } from '../reporting-period/reporting-period.module';
import { StatusUpdateController } from './status-update.controller';
import { StatusUpdateService } from './status-update.service';

@Module({
  imports: [ActionModule, EvidenceModule, ReportingPeriodModule],
  controllers: [StatusUpdateController],
  providers: [StatusUpdateService],
  exports: [StatusUpdateService],
})
export class StatusUpdateModule {}
