import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { GovernanceModule } from '../governance/governance.module';
import { ReportingPeriodModule } from '../reporting-period/reporting-period.module';
import { StatusUpdateModule } from '../status-update/status-update.module';
import { SchoolPlanController } from './school-plan.controller';
import { SchoolPlanService } from './school-plan.service';
import { ExpectationController, SchoolAuditController, SchoolController, SchoolOverviewController, SelfReviewController } from './school-review.controller';
import { SchoolReviewService } from './school-review.service';

@Module({
  imports: [ActionModule, EvidenceModule, GovernanceModule, ReportingPeriodModule, StatusUpdateModule],
  controllers: [ExpectationController, SchoolController, SchoolPlanController, SelfReviewController, SchoolAuditController, SchoolOverviewController],
  providers: [SchoolReviewService, SchoolPlanService],
  exports: [SchoolReviewService],
})
export class SchoolReviewModule {}
