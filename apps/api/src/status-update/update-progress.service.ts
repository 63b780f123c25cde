import { Injectable } from '@nestjs/common';
import { canReadUpdate, todayIso } from '@send/domain';
import type { Actor } from '../common/actor';
import { PlanService } from '../plan/plan.service';
import { ReportingPeriodService } from '../reporting-period/reporting-period.service';
import { StatusUpdateRepository } from './status-update.repository';
import { toUpdateProgress, UpdateProgressResponse } from './update-progress';

/** Who has reported for a period, and which actions need chasing: for the Strategic Delivery Group. */
@Injectable()
export class UpdateProgressService {
  constructor(
    private readonly repository: StatusUpdateRepository,
    private readonly plans: PlanService,
    private readonly periods: ReportingPeriodService,
  ) {}

  /**
   * Where every action stands for the period. A reader who may not read an action's draft (or
   * returned) update sees that there is one, not which: its `update` is null. Without a reader (for
   * a snapshot of the plan, which quotes approved updates only), every update is referenced.
   */
  async getProgress(planId: string, periodId: string, reader?: Actor): Promise<UpdateProgressResponse> {
    await this.plans.findPlanOrFail(planId);
    const period = await this.periods.findPeriodOrFail(this.repository.manager, planId, periodId);
    const rows = await this.repository.progressRows(planId, periodId);
    const readable = rows.map((r) =>
      reader && r.update_state && !canReadUpdate(reader, r.update_state, { ownerPersonId: r.owner_person_id, ownerOrganisationId: r.owner_organisation_id ?? '' })
        ? { ...r, update_id: null }
        : r,
    );
    return toUpdateProgress(planId, period, readable, todayIso());
  }
}
