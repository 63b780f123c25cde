import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ActionService } from '../action/action.service';
import { AuditService } from '../audit/audit.service';
import { assertCanEditAction } from '../auth/action-access';
import type { Actor } from '../common/actor';
import { assertCurrentVersion } from '../common/versioning';
import { CreateMilestoneDto, UpdateMilestoneDto } from './dto/milestone.dto';
import { Milestone } from './milestone.entity';
import { MilestoneResponse, toMilestoneResponse } from './milestone.response';

@Injectable()
export class MilestoneService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly actions: ActionService,
    private readonly audit: AuditService,
  ) {}

  async addMilestone(actionId: string, dto: CreateMilestoneDto, actor: Actor): Promise<MilestoneResponse> {
    return this.dataSource.transaction(async (em) => {
      const action = await this.actions.lockAction(em, actionId);
      await assertCanEditAction(em, actor, action);
      const saved = await em.save(em.create(Milestone, {
        actionId, title: dto.title, dueDate: dto.dueDate ?? null, completedOn: dto.completedOn ?? null,
      }));
      const after = toMilestoneResponse(saved);
      await this.audit.record(em, actor, { entityType: 'milestone', entityId: saved.id, action: 'create', planId: action.planId, after });
      return after;
    });
  }

  async updateMilestone(id: string, dto: UpdateMilestoneDto, actor: Actor): Promise<MilestoneResponse> {
    return this.dataSource.transaction(async (em) => {
      const milestone = await em.findOne(Milestone, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!milestone) throw new NotFoundException({ message: `There is no milestone with id ${id}`, errors: [] });
      const action = await this.actions.lockAction(em, milestone.actionId);
      await assertCanEditAction(em, actor, action);
      assertCurrentVersion(milestone, dto.version, () => toMilestoneResponse(milestone));
      const before = toMilestoneResponse(milestone);
      if (dto.title !== undefined) milestone.title = dto.title;
      if (dto.dueDate !== undefined) milestone.dueDate = dto.dueDate;
      if (dto.completedOn !== undefined) milestone.completedOn = dto.completedOn;
      const after = toMilestoneResponse(await em.save(milestone));
      await this.audit.record(em, actor, { entityType: 'milestone', entityId: id, action: 'update', planId: action.planId, before, after });
      return after;
    });
  }
}
