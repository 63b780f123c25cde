import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { PlanModule } from '../plan/plan.module';
import { PlanReadCacheModule } from '../plan/plan-read-cache.module';
import { ReportingPeriodModule } from '../reporting-period/reporting-period.module';
import { StatusUpdateModule } from '../status-update/status-update.module';
import { ExceptionController } from './exception.controller';
import { ExceptionService } from './exception.service';

@Module({
  imports: [PlanModule, PlanReadCacheModule, ActionModule, ReportingPeriodModule, StatusUpdateModule],
  controllers: [ExceptionController],
  providers: [ExceptionService],
  exports: [ExceptionService],
})
export class ExceptionModule {}
