import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertStatusInvariants, todayIso, type DeliveryStatus, type ImpactStatus } from '@send/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { assertCanEditAction, assertMayChangeActionFields } from '../auth/action-access';
import type { Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { Page, toPage } from '../common/pagination.dto';
import { assertCurrentVersion } from '../common/versioning';
import { EvidenceService } from '../evidence/evidence.service';
import { Organisation } from '../organisation/organisation.entity';
import { Action } from './action.entity';
import type { StatusChangeCause } from './action-status-history.entity';
import { ActionRepository } from './action.repository';
import { ActionDetailResponse, ActionFacts, ActionHistoryResponse, ActionResponse, toActionAuditState, toActionDetailResponse, toActionResponse } from './action.response';
import { ActionQueryDto } from './dto/action-query.dto';
import { actionListParams, toActionListItem } from './action-list';
import type { Shared } from '../common/shared-answer';
import { PlanReadCache } from '../plan/plan-read-cache';
import { CreateActionDto } from './dto/create-action.dto';
import { UpdateActionDto } from './dto/update-action.dto';

@Injectable()
export class ActionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ActionRepository,
    private readonly audit: AuditService,
    private readonly evidence: EvidenceService,
    private readonly answers: PlanReadCache,
  ) {}

  /**
   * Actions by plan, priority, owner, status and text. With `asAt`, the statuses (and the status and
   * overdue filters) are those that stood at the end of that day, and actions that did not exist
   * yet, or were archived by then, are left out.
   */
  async findActions(query: ActionQueryDto): Promise<Shared<Page<ActionResponse>>> {
    const day = query.asAt ?? todayIso();
    // One plan's list, as this process last read it, while no write to the plan has been announced since.
    if (query.planId) {
      return this.answers.read(query.planId, `actions|${day}|${JSON.stringify(actionListParams(query, day))}`, () => this.listActions(query, day), (page) => page.items.length);
    }
    return this.listActions(query, day);
  }

  private async listActions(query: ActionQueryDto, day: string): Promise<Page<ActionResponse>> {
    const { rows, total } = await this.repository.listPage(query, day);
    return toPage(rows.map((row) => toActionListItem(row, day)), total, query);
  }

  /** Every action of a plan (in reference order), now or as at the end of a day: every page of findActions. */
  async findAllActions(planId: string, asAt?: string): Promise<Shared<ActionResponse>[]> {
    const actions: Shared<ActionResponse>[] = [];
    for (let page = 1; ; page++) {
      const result = await this.findActions(Object.assign(new ActionQueryDto(), { planId, asAt, page, pageSize: 200 }));
      actions.push(...result.items);
      if (actions.length >= result.total || result.items.length === 0) return actions;
    }
  }

  async getAction(id: string): Promise<ActionDetailResponse> {
    const action = await this.repository.findWithRelations(id);
    if (!action) throw new NotFoundException({ message: `There is no action with id ${id}`, errors: [] });
    const milestones = await this.repository.milestonesOf(id);
    const facts = (await this.repository.inconsistencyFacts([id])).get(id) as ActionFacts;
    return toActionDetailResponse(action, milestones, todayIso(), facts);
  }

  /**
   * The action's history, oldest first: every change of its statuses or other reportable fields,
   * with who made it, how (edit, approved update, import) and why. Readable by everyone who may
   * read the action, its owner included: unlike the audit trail, it holds nothing but the action.
   */
  async getHistory(id: string): Promise<ActionHistoryResponse> {
    if (!(await this.repository.exists(id))) {
      throw new NotFoundException({ message: `There is no action with id ${id}`, errors: [] });
    }
    const rows = await this.repository.historyOf(id);
    return {
      actionId: id,
      items: rows.map((r) => ({
        at: r.valid_from.toISOString(), cause: r.cause, by: { label: r.actor_label }, statusUpdateId: r.status_update_id, reason: r.reason,
        deliveryStatus: r.delivery_status, impactStatus: r.impact_status, reference: r.reference, title: r.title, dueDate: r.due_date, startDate: r.start_date,
        ownerPerson: r.owner_person_id ? { id: r.owner_person_id, name: r.owner_person_name! } : null,
        ownerOrganisation: { id: r.owner_organisation_id, name: r.owner_organisation_name },
      })),
    };
  }

  async createAction(dto: CreateActionDto, actor: Actor): Promise<ActionDetailResponse> {
    const id = await this.dataSource.transaction(async (em) => {
      const area = await this.repository.findPriorityArea(em, dto.priorityAreaId);
      if (!area) throw fieldError('priorityAreaId', 'There is no priority area with this id');
      await this.assertOwnerAndPartners(em, dto);
      const candidate = {
        deliveryStatus: dto.deliveryStatus ?? 'not_started',
        impactStatus: dto.impactStatus ?? 'not_yet_complete',
      } as const;
      assertStatusInvariants({ ...candidate, impactEvidenceCount: 0 });
      await this.assertReferenceFree(em, area.planId, dto.reference);

      const action = em.create(Action, {
        planId: area.planId,
        priorityAreaId: area.id,
        reference: dto.reference,
        title: dto.title,
        description: dto.description ?? '',
        ownerOrganisationId: dto.ownerOrganisationId,
        ownerPersonId: dto.ownerPersonId ?? null,
        startDate: dto.startDate ?? null,
        dueDate: dto.dueDate ?? null,
        ...candidate,
        archivedAt: null,
        partners: [...new Set(dto.partnerOrganisationIds ?? [])].map((pid) => ({ id: pid }) as Organisation),
      });
      const saved = await this.repository.save(em, action);
      await this.recordStatus(em, saved, 'create', actor);
      await this.audit.record(em, actor, {
        entityType: 'action', entityId: saved.id, action: 'create', planId: saved.planId,
        after: toActionAuditState(saved, [...(dto.partnerOrganisationIds ?? [])].sort()),
      });
      return saved.id;
    });
    return this.getAction(id);
  }

  async updateAction(id: string, dto: UpdateActionDto, actor: Actor): Promise<ActionDetailResponse> {
    await this.dataSource.transaction(async (em) => {
      const action = await this.lockAction(em, id);
      const ownership = await assertCanEditAction(em, actor, action);
      const today = todayIso();
      assertCurrentVersion(action, dto.version, () => toActionResponse(action, today));
      assertMayChangeActionFields(actor, ownership, changedFields(action, dto));
      const before = toActionAuditState(action);

      if (dto.priorityAreaId && dto.priorityAreaId !== action.priorityAreaId) {
        const area = await this.repository.findPriorityArea(em, dto.priorityAreaId);
        if (!area || area.planId !== action.planId) throw fieldError('priorityAreaId', 'There is no priority area with this id in this plan');
        action.priorityAreaId = area.id;
        action.priorityArea = area;
      }
      await this.assertOwnerAndPartners(em, dto);
      if (dto.reference !== undefined && dto.reference !== action.reference) {
        await this.assertReferenceFree(em, action.planId, dto.reference);
        action.reference = dto.reference;
      }
      if (dto.title !== undefined) action.title = dto.title;
      if (dto.description !== undefined) action.description = dto.description;
      if (dto.ownerOrganisationId !== undefined) action.ownerOrganisationId = dto.ownerOrganisationId;
      if (dto.ownerPersonId !== undefined) action.ownerPersonId = dto.ownerPersonId;
      if (dto.startDate !== undefined) action.startDate = dto.startDate;
      if (dto.dueDate !== undefined && dto.dueDate !== action.dueDate) {
        // Re-dating must never be silent: the board sees the old date, the new one and why.
        if (action.dueDate !== null && !dto.reason?.trim()) throw fieldError('reason', 'Give a reason for changing the due date');
        action.dueDate = dto.dueDate;
      }
      if (dto.deliveryStatus !== undefined) action.deliveryStatus = dto.deliveryStatus;
      if (dto.impactStatus !== undefined) action.impactStatus = dto.impactStatus;
      if (dto.partnerOrganisationIds !== undefined) {
        action.partners = [...new Set(dto.partnerOrganisationIds)].map((pid) => ({ id: pid }) as Organisation);
      }
      if (action.startDate && action.dueDate && action.dueDate < action.startDate) {
        throw fieldError('dueDate', 'The due date must be on or after the start date');
      }
      assertStatusInvariants({
        deliveryStatus: action.deliveryStatus,
        impactStatus: action.impactStatus,
        impactEvidenceCount: await this.evidence.countImpactEvidence(em, action.id),
      });
      // Relations loaded for the lock would be re-saved stale; save the columns and the partner list only.
      const { ownerOrganisation: _o, ownerPerson: _p, ...columns } = action;
      const saved = await this.repository.save(em, columns);
      const after = toActionAuditState(saved, dto.partnerOrganisationIds ? [...new Set(dto.partnerOrganisationIds)].sort() : before.partnerOrganisationIds);
      // Every field a pack or an "as at" view shows is kept in the history, not only the statuses.
      if (reportableFieldsChanged(before, after)) await this.recordStatus(em, saved, 'edit', actor, null, dto.reason?.trim() || null);
      await this.audit.record(em, actor, {
        entityType: 'action', entityId: id, action: 'update', planId: action.planId,
        before, after: { ...after, ...(dto.reason ? { reason: dto.reason } : {}) },
      });
    });
    return this.getAction(id);
  }

  async archiveAction(id: string, version: number, actor: Actor): Promise<ActionDetailResponse> {
    await this.dataSource.transaction(async (em) => {
      const action = await this.lockAction(em, id);
      assertCurrentVersion(action, version, () => toActionResponse(action, todayIso()));
      if (action.archivedAt) throw new BadRequestException({ message: 'This action is already archived', errors: [] });
      const before = toActionAuditState(action);
      action.archivedAt = new Date();
      const { ownerOrganisation: _o, ownerPerson: _p, partners: _partners, ...columns } = action;
      const saved = await this.repository.save(em, columns);
      await this.audit.record(em, actor, {
        entityType: 'action', entityId: id, action: 'archive', planId: action.planId,
        before, after: toActionAuditState(saved, before.partnerOrganisationIds),
      });
    });
    return this.getAction(id);
  }

  /**
   * Makes a moderated judgement the action's official status, inside the caller's transaction
   * (the approval of a status update), on the action the caller locked and loaded (lockAction) and
   * with the impact evidence it counted there. The same rules as any edit apply; the action's
   * version goes up, and the change is audited and kept in history.
   */
  async applyApprovedStatuses(
    em: EntityManager,
    action: Action,
    statuses: { deliveryStatus: DeliveryStatus; impactStatus: ImpactStatus },
    impactEvidenceCount: number,
    statusUpdateId: string,
    actor: Actor,
  ): Promise<void> {
    const actionId = action.id;
    assertStatusInvariants({ ...statuses, impactEvidenceCount });
    const before = toActionAuditState(action);
    action.deliveryStatus = statuses.deliveryStatus;
    action.impactStatus = statuses.impactStatus;
    const { ownerOrganisation: _o, ownerPerson: _p, partners: _partners, ...columns } = action;
    const saved = await this.repository.save(em, columns);
    await this.recordStatus(em, saved, 'update_approved', actor, statusUpdateId);
    await this.audit.record(em, actor, {
      entityType: 'action', entityId: actionId, action: 'approve_status', planId: action.planId,
      before, after: { ...toActionAuditState(saved, before.partnerOrganisationIds), statusUpdateId },
    });
  }

  /** Keeps the action's statuses and reportable fields in its history, in the same transaction as the change. */
  private async recordStatus(em: EntityManager, action: Action, cause: StatusChangeCause, actor: Actor, statusUpdateId: string | null = null, reason: string | null = null) {
    await this.repository.recordHistory(em, [{ actionId: action.id, statusUpdateId }], { cause, actor, reason });
  }

  actionExists(em: EntityManager, id: string): Promise<boolean> {
    return this.repository.exists(id, em);
  }

  /** Loads an action for a change, locking its row until the transaction ends. */
  async lockAction(em: EntityManager, id: string): Promise<Action> {
    const locked = await this.repository.lock(em, id);
    if (!locked) throw new NotFoundException({ message: `There is no action with id ${id}`, errors: [] });
    return locked;
  }

  private async assertOwnerAndPartners(em: EntityManager, dto: Partial<CreateActionDto>) {
    if (dto.ownerOrganisationId && !(await this.repository.organisationExists(em, dto.ownerOrganisationId))) {
      throw fieldError('ownerOrganisationId', 'There is no organisation with this id');
    }
    if (dto.ownerPersonId && !(await this.repository.personExists(em, dto.ownerPersonId))) {
      throw fieldError('ownerPersonId', 'There is no person with this id');
    }
    // Looked up here, in the caller's local area: a foreign key alone would accept another area's
    // organisation (PostgreSQL checks keys past row-level security).
    const partners = [...new Set(dto.partnerOrganisationIds ?? [])];
    if (partners.length && (await this.repository.countOrganisations(em, partners)) !== partners.length) {
      throw fieldError('partnerOrganisationIds', 'The request refers to a record that does not exist');
    }
  }

  private async assertReferenceFree(em: EntityManager, planId: string, reference: string) {
    if (await this.repository.referenceTaken(em, planId, reference)) {
      throw fieldError('reference', `Another action in this plan already has the reference ${reference}`, 409);
    }
  }

}

/** The fields of an edit that would change the action (a form may send unchanged values back). */
function changedFields(action: Action, dto: UpdateActionDto): string[] {
  const { version: _version, reason: _reason, ...changes } = dto;
  return Object.entries(changes)
    .filter(([field, value]) => {
      if (value === undefined) return false;
      if (field === 'partnerOrganisationIds') {
        const current = (action.partners ?? []).map((p) => p.id).sort();
        return [...new Set(value as string[])].sort().join() !== current.join();
      }
      return value !== action[field as keyof Action];
    })
    .map(([field]) => field);
}

/** Whether an edit changed anything the action's history keeps (its version and archiving aside). */
function reportableFieldsChanged(before: ReturnType<typeof toActionAuditState>, after: ReturnType<typeof toActionAuditState>): boolean {
  const { version: _v1, archivedAt: _a1, ...was } = before;
  const { version: _v2, archivedAt: _a2, ...now } = after;
  return JSON.stringify(was) !== JSON.stringify(now);
}
