import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { todayIso } from '@send/domain';
import { DataSource } from 'typeorm';
import { PlanService } from '../plan/plan.service';
import { ReportingPeriodService } from '../reporting-period/reporting-period.service';
import { toUpdateProgress, UPDATE_PROGRESS_SQL, UpdateProgressRow } from './update-progress';

/** Who has reported for a period, and which actions need chasing: for the Strategic Delivery Group. */
@Injectable()
export class UpdateProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlanService,
    private readonly periods: ReportingPeriodService,
  ) {}

  async getProgress(planId: string, periodId: string) {
    await this.plans.findPlanOrFail(planId);
    const period = await this.periods.findPeriodOrFail(this.dataSource.manager, planId, periodId);
    const rows: UpdateProgressRow[] = await this.dataSource.query(UPDATE_PROGRESS_SQL, [planId, periodId]);
    return toUpdateProgress(planId, period, rows, todayIso());
  }
}
