import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { ExceptionModule } from '../exception/exception.module';
import { GovernanceModule } from '../governance/governance.module';
import { MeasureModule } from '../measure/measure.module';
import { PlanModule } from '../plan/plan.module';
import { ReportingPeriodModule } from '../reporting-period/reporting-period.module';
import { StatusUpdateModule } from '../status-update/status-update.module';
import { VoiceModule } from '../voice/voice.module';
import { PlanSnapshotRepository } from './plan-snapshot.repository';
import { PlanSnapshotService } from './plan-snapshot.service';
import { ReportController } from './report.controller';
import { ReportService } from './report.service';

@Module({ imports: [PlanModule, ActionModule, GovernanceModule, ReportingPeriodModule, StatusUpdateModule, MeasureModule, ExceptionModule, VoiceModule], controllers: [ReportController], providers: [PlanSnapshotRepository, PlanSnapshotService, ReportService], exports: [PlanSnapshotService] })
export class ReportModule {}
