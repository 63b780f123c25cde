import { Module } from '@nestjs/common';
import { PlanModule } from '../plan/plan.module';
import { ReportingPeriodController } from './reporting-period.controller';
import { ReportingPeriodService } from './reporting-period.service';

@Module({ imports: [PlanModule], controllers: [ReportingPeriodController], providers: [ReportingPeriodService], exports: [ReportingPeriodService] })
export class ReportingPeriodModule {}
