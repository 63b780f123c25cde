import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { GovernanceModule } from '../governance/governance.module';
import { PlanModule } from '../plan/plan.module';
import { PlanSnapshotService } from './plan-snapshot.service';

@Module({ imports: [PlanModule, ActionModule, GovernanceModule], providers: [PlanSnapshotService], exports: [PlanSnapshotService] })
export class ReportModule {}
