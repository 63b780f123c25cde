import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertReturnComment,
  assertSubmittable,
  canReadUpdate,
  checkStatusInvariants,
  DomainRuleError,
  draftUpdateScope,
  isEditableUpdateState,
  nextUpdateState,
  periodState,
  SELF_APPROVAL_MESSAGE,
  todayIso,
  UPDATE_STATE_LABELS,
  type UpdateState,
} from '@send/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { Action } from '../action/action.entity';
import { ActionService } from '../action/action.service';
import { AuditService } from '../audit/audit.service';
import { assertCanEditAction } from '../auth/action-access';
import type { Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { Page, PaginationQueryDto, toPage } from '../common/pagination.dto';
import { assertCurrentVersion } from '../common/versioning';
import { EvidenceService } from '../evidence/evidence.service';
import { moderationNotice } from '../notification/moderation-notice';
import { NotificationService } from '../notification/notification.service';
import type { ReportingPeriod } from '../reporting-period/reporting-period.entity';
import { ReportingPeriodService } from '../reporting-period/reporting-period.service';
import {
  ApproveStatusUpdateDto,
  CreateStatusUpdateDto,
  EditStatusUpdateDto,
  ReturnStatusUpdateDto,
  StatusUpdateQueryDto,
  SubmitStatusUpdateDto,
} from './dto/status-update.dto';
import { assertModeratorRole, assertSecondPerson } from './status-update.access';
import type { TransitionEvent } from './status-update-transition.entity';
import { StatusUpdate } from './status-update.entity';
import { HydratedStatusUpdate, LatestApprovedUpdate, StatusUpdateRepository } from './status-update.repository';
import { StatusUpdateResponse, toStatusUpdateAuditState, toStatusUpdateResponse } from './status-update.response';

export const RETURN_OWN_MESSAGE = 'You cannot return your own update';

/**
 * Owners' status updates and their moderation. A draft (or returned) update is the author's to
 * change; a submitted one waits for a moderator; an approved one is final, and its proposed
 * statuses become the action's official status in the same transaction.
 *
 * Locks: the action row first, then the update row, in every use case, so that two requests on
 * the same action queue up rather than deadlock.
 */
@Injectable()
export class StatusUpdateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: StatusUpdateRepository,
    private readonly actions: ActionService,
    private readonly periods: ReportingPeriodService,
    private readonly evidence: EvidenceService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * Saves the owner's update for a period (the current one unless `periodId` says otherwise).
   * One update per action per period: when the action already has a draft or returned update for
   * that period, this edits it (`created: false`); when that update is submitted or approved, 409.
   */
  async saveUpdateForPeriod(actionId: string, dto: CreateStatusUpdateDto, actor: Actor): Promise<{ created: boolean; update: StatusUpdateResponse }> {
    const { id, created } = await this.dataSource.transaction(async (em) => {
      const action = await this.actions.lockAction(em, actionId);
      if (action.archivedAt) {
        throw new BadRequestException({ message: `Action ${action.reference} is archived, so it takes no more updates`, errors: [] });
      }
      await assertCanEditAction(em, actor, action);
      const period = await this.resolvePeriod(em, action.planId, dto.periodId);
      const existing = await this.repository.lockForPeriod(em, actionId, period.id);
      if (existing) {
        if (!isEditableUpdateState(existing.state)) {
          const message = `Action ${action.reference} already has an update for ${period.title}, and it is ${UPDATE_STATE_LABELS[existing.state].toLowerCase()}, so it can no longer be changed.`;
          throw new ConflictException({ message, errors: [{ field: 'periodId', message }], current: await this.responseOf(em, existing.id) });
        }
        await this.assertVersion(em, existing, dto.version);
        await this.applyEdit(em, existing, action, dto, actor);
        return { id: existing.id, created: false };
      }

      const update = em.create(StatusUpdate, {
        planId: action.planId,
        actionId,
        periodId: period.id,
        state: 'draft' as UpdateState,
        narrative: dto.narrative ?? '',
        proposedDeliveryStatus: dto.proposedDeliveryStatus ?? action.deliveryStatus,
        proposedImpactStatus: dto.proposedImpactStatus ?? action.impactStatus,
        nextSteps: dto.nextSteps ?? '',
        risks: dto.risks ?? '',
        authorUserId: actor.id,
        authorPersonId: actor.personId,
        authorLabel: actor.label,
        submittedAt: null, submittedByUserId: null, submittedByPersonId: null, submittedByLabel: null,
        moderatedAt: null, moderatedByUserId: null, moderatedByPersonId: null, moderatedByLabel: null, moderatorComment: null,
      });
      assertProposalConsistent(update);
      const evidenceIds = await this.checkEvidence(em, actionId, dto.evidenceIds ?? []);
      const saved = await this.repository.save(em, update);
      await this.repository.replaceEvidenceLinks(em, saved.id, evidenceIds);
      await this.recordTransition(em, saved, 'create', null, actor);
      await this.audit.record(em, actor, {
        entityType: 'status_update', entityId: saved.id, action: 'create', planId: saved.planId, after: toStatusUpdateAuditState(saved, evidenceIds),
      });
      return { id: saved.id, created: true };
    });
    return { created, update: await this.getUpdate(id) };
  }

  async editUpdate(id: string, dto: EditStatusUpdateDto, actor: Actor): Promise<StatusUpdateResponse> {
    await this.dataSource.transaction(async (em) => {
      const { update, action } = await this.lockUpdate(em, id);
      await this.assertVersion(em, update, dto.version);
      await assertCanEditAction(em, actor, action);
      await this.applyEdit(em, update, action, dto, actor);
    });
    return this.getUpdate(id);
  }

  /** Sends the update to moderation. It must say what progress was made, and its proposal must hold. */
  async submitUpdate(id: string, dto: SubmitStatusUpdateDto, actor: Actor): Promise<StatusUpdateResponse> {
    await this.dataSource.transaction(async (em) => {
      const { update, action } = await this.lockUpdate(em, id);
      await this.assertVersion(em, update, dto.version);
      await assertCanEditAction(em, actor, action);
      const before = toStatusUpdateAuditState(update, await this.repository.linkedEvidenceIds(em, id));
      const from = update.state;
      update.state = nextUpdateState(update.state, 'submit');
      assertSubmittable(update);
      assertProposalConsistent(update, await this.evidence.countImpactEvidence(em, action.id));
      const now = await this.repository.transactionTime(em);
      Object.assign(update, {
        submittedAt: now, submittedByUserId: actor.id, submittedByPersonId: actor.personId, submittedByLabel: actor.label,
        // The last moderation was answered by this submission; its comment stays in the transitions.
        moderatedAt: null, moderatedByUserId: null, moderatedByPersonId: null, moderatedByLabel: null, moderatorComment: null,
      });
      const saved = await this.repository.save(em, update);
      await this.recordTransition(em, saved, 'submit', from, actor);
      await this.audit.record(em, actor, {
        entityType: 'status_update', entityId: id, action: 'submit', planId: saved.planId, before, after: toStatusUpdateAuditState(saved, before.evidenceIds),
      });
    });
    return this.getUpdate(id);
  }

  /**
   * Approves a submitted update: its proposed statuses become the action's official status, through
   * ActionService in this same transaction. Never by its author or submitter, nor by an owner of its action.
   */
  async approveUpdate(id: string, dto: ApproveStatusUpdateDto, actor: Actor): Promise<StatusUpdateResponse> {
    await this.dataSource.transaction(async (em) => {
      const { update, action } = await this.lockUpdate(em, id);
      await this.assertVersion(em, update, dto.version);
      assertModeratorRole(actor, update, action);
      const before = toStatusUpdateAuditState(update, await this.repository.linkedEvidenceIds(em, id));
      const from = update.state;
      update.state = nextUpdateState(update.state, 'approve');
      assertSecondPerson(actor, update, action, SELF_APPROVAL_MESSAGE);
      // The action is locked and loaded once (lockUpdate) and its impact evidence counted once: the
      // proposal and the action's new official status are checked against the same count.
      const impactEvidenceCount = await this.evidence.countImpactEvidence(em, action.id);
      assertProposalConsistent(update, impactEvidenceCount);
      await this.actions.applyApprovedStatuses(
        em, action, { deliveryStatus: update.proposedDeliveryStatus, impactStatus: update.proposedImpactStatus }, impactEvidenceCount, update.id, actor,
      );
      const comment = dto.comment?.trim() || null;
      await this.recordModeration(em, update, actor, comment);
      const saved = await this.repository.save(em, update);
      await this.recordTransition(em, saved, 'approve', from, actor, comment);
      await this.audit.record(em, actor, {
        entityType: 'status_update', entityId: id, action: 'approve', planId: saved.planId, before, after: toStatusUpdateAuditState(saved, before.evidenceIds),
      });
      await this.notifyAuthor(em, saved, action, 'approve', comment, actor);
    });
    return this.getUpdate(id);
  }

  /** Returns a submitted update to its author as an editable draft, saying what to change. */
  async returnUpdate(id: string, dto: ReturnStatusUpdateDto, actor: Actor): Promise<StatusUpdateResponse> {
    await this.dataSource.transaction(async (em) => {
      const { update, action } = await this.lockUpdate(em, id);
      await this.assertVersion(em, update, dto.version);
      assertModeratorRole(actor, update, action);
      const before = toStatusUpdateAuditState(update, await this.repository.linkedEvidenceIds(em, id));
      const from = update.state;
      update.state = nextUpdateState(update.state, 'return');
      assertSecondPerson(actor, update, action, RETURN_OWN_MESSAGE);
      assertReturnComment(dto.comment);
      const comment = (dto.comment as string).trim();
      await this.recordModeration(em, update, actor, comment);
      const saved = await this.repository.save(em, update);
      await this.recordTransition(em, saved, 'return', from, actor, comment);
      await this.audit.record(em, actor, {
        entityType: 'status_update', entityId: id, action: 'return', planId: saved.planId, before, after: toStatusUpdateAuditState(saved, before.evidenceIds),
      });
      await this.notifyAuthor(em, saved, action, 'return', comment, actor);
    });
    return this.getUpdate(id);
  }

  /**
   * One update. With a `reader`, a draft or returned update they may not read (the domain's
   * canReadUpdate) answers 404, as if it did not exist.
   */
  async getUpdate(id: string, reader?: Actor): Promise<StatusUpdateResponse> {
    return this.responseOf(this.repository.manager, id, reader);
  }

  /** The moderation queue: updates by plan, period and state, newest period first, longest waiting first. */
  async findUpdates(query: StatusUpdateQueryDto, reader: Actor): Promise<Page<StatusUpdateResponse>> {
    // Without a plan, the local area's own queue: a school's plan's updates are found by naming the plan.
    const [updates, total] = await this.repository.findPage(query, draftUpdateScope(reader));
    return toPage(await this.toResponses(this.repository.manager, updates, false), total, query);
  }

  /**
   * Each action's latest update approved by `asAt` (that of its latest reporting period), in one
   * statement: what packs and reports quote, without paging through years of updates.
   */
  findLatestApproved(planId: string, asAt: Date): Promise<LatestApprovedUpdate[]> {
    return this.repository.latestApprovedUpdates(planId, asAt);
  }

  /** An action's updates, newest period first, each with its transitions (who, when, comments). */
  async findActionUpdates(actionId: string, query: PaginationQueryDto, reader: Actor): Promise<Page<StatusUpdateResponse>> {
    const em = this.repository.manager;
    if (!(await this.actions.actionExists(em, actionId))) throw new NotFoundException({ message: `There is no action with id ${actionId}`, errors: [] });
    const [updates, total] = await this.repository.findPageOfAction(actionId, draftUpdateScope(reader), query);
    return toPage(await this.toResponses(em, updates, true), total, query);
  }

  // ---- internals ----

  /** Tells the author, in this transaction, that their update was approved or returned. */
  private async notifyAuthor(em: EntityManager, update: StatusUpdate, action: Action, event: 'approve' | 'return', comment: string | null, actor: Actor) {
    const period = await this.periods.findPeriodOrFail(em, update.planId, update.periodId);
    const schoolId = await this.repository.planSchoolId(em, update.planId);
    const notice = moderationNotice(update, action, event, comment, period.title, this.notifications.publicUrl, actor.id, schoolId);
    if (notice) await this.notifications.notify(em, notice);
  }

  private async applyEdit(em: EntityManager, update: StatusUpdate, action: Action, dto: Omit<EditStatusUpdateDto, 'version'>, actor: Actor) {
    const linked = await this.repository.linkedEvidenceIds(em, update.id);
    const before = toStatusUpdateAuditState(update, linked);
    update.state = nextUpdateState(update.state, 'edit');
    if (dto.narrative !== undefined) update.narrative = dto.narrative;
    if (dto.proposedDeliveryStatus !== undefined) update.proposedDeliveryStatus = dto.proposedDeliveryStatus;
    if (dto.proposedImpactStatus !== undefined) update.proposedImpactStatus = dto.proposedImpactStatus;
    if (dto.nextSteps !== undefined) update.nextSteps = dto.nextSteps;
    if (dto.risks !== undefined) update.risks = dto.risks;
    assertProposalConsistent(update);
    const evidenceIds = dto.evidenceIds !== undefined ? await this.checkEvidence(em, action.id, dto.evidenceIds) : linked;
    const saved = await this.repository.save(em, update);
    if (dto.evidenceIds !== undefined) await this.repository.replaceEvidenceLinks(em, update.id, evidenceIds);
    // An edit that changes only the evidence links leaves the row alone: bump the version anyway.
    if (saved.version === before.version && !sameIds(linked, evidenceIds)) await this.repository.bumpVersion(em, update);
    await this.audit.record(em, actor, {
      entityType: 'status_update', entityId: update.id, action: 'edit', planId: update.planId, before, after: toStatusUpdateAuditState(update, evidenceIds),
    });
  }

  private async resolvePeriod(em: EntityManager, planId: string, periodId: string | undefined): Promise<ReportingPeriod> {
    const today = todayIso();
    if (periodId) {
      const period = await this.periods.findPeriod(em, planId, periodId);
      if (!period) throw fieldError('periodId', 'There is no reporting period with this id in the action\'s plan');
      const state = periodState(period, today);
      if (state === 'upcoming') throw fieldError('periodId', `${period.title} opens on ${period.opensOn}: updates for it can be written from then.`);
      if (state === 'closed') throw fieldError('periodId', `${period.title} closed when the board met on ${period.boardDate}: updates can no longer be started for it.`);
      return period;
    }
    const current = await this.periods.findCurrentPeriod(em, planId, today);
    if (!current) {
      throw fieldError('periodId', 'No reporting period is open for this plan today, so there is nothing to report against yet. A plan manager sets up the reporting periods before each board.');
    }
    return current;
  }

  /** Loads an update for a change: locks its action, then the update itself. */
  private async lockUpdate(em: EntityManager, id: string): Promise<{ update: StatusUpdate; action: Action }> {
    const actionId = await this.repository.actionIdOf(em, id);
    if (!actionId) throw notFound(id);
    const action = await this.actions.lockAction(em, actionId);
    const update = await this.repository.lock(em, id);
    return { update, action };
  }

  /** A stale version is refused with 409 and the update as it is now. */
  private async assertVersion(em: EntityManager, update: StatusUpdate, version: number | undefined) {
    // Only saving over a draft by period may leave it out (the DTOs require it everywhere else).
    if (version === undefined || version === update.version) return;
    const current = await this.responseOf(em, update.id);
    assertCurrentVersion(update, version, () => current);
  }

  private async checkEvidence(em: EntityManager, actionId: string, ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const foreign = await this.evidence.findNotEvidenceOf(em, actionId, unique);
    if (foreign.length) {
      throw fieldError('evidenceIds', `An update can only link to its own action's live evidence; these are not: ${foreign.join(', ')}`);
    }
    return unique;
  }

  private async recordModeration(em: EntityManager, update: StatusUpdate, actor: Actor, comment: string | null) {
    Object.assign(update, {
      moderatedAt: await this.repository.transactionTime(em),
      moderatedByUserId: actor.id,
      moderatedByPersonId: actor.personId,
      moderatedByLabel: actor.label,
      moderatorComment: comment,
    });
  }

  private async recordTransition(
    em: EntityManager, update: StatusUpdate, event: TransitionEvent, fromState: UpdateState | null, actor: Actor, comment: string | null = null,
  ) {
    await this.repository.insertTransition(em, {
      statusUpdateId: update.id, event, fromState, toState: update.state,
      actorUserId: actor.id, actorPersonId: actor.personId, actorLabel: actor.label, comment,
    });
  }

  private async responseOf(em: EntityManager, id: string, reader?: Actor): Promise<StatusUpdateResponse> {
    const update = await this.repository.findHydrated(em, id);
    if (!update || (reader && !canReadUpdate(reader, update.state, update.action))) throw notFound(id);
    const [response] = await this.toResponses(em, [update], true);
    return response;
  }

  /** Maps a page of updates with their evidence (and transitions): two queries, whatever the page size. */
  private async toResponses(em: EntityManager, updates: HydratedStatusUpdate[], withTransitions: boolean): Promise<StatusUpdateResponse[]> {
    if (updates.length === 0) return [];
    const ids = updates.map((u) => u.id);
    const evidenceRows = await this.repository.linkedEvidence(em, ids);
    const transitions = withTransitions ? await this.repository.transitionsOf(em, ids) : [];
    return updates.map((u) =>
      toStatusUpdateResponse(
        u,
        evidenceRows.filter((e) => e.statusUpdateId === u.id).map(({ statusUpdateId: _s, ...e }) => e),
        withTransitions ? transitions.filter((t) => t.statusUpdateId === u.id) : undefined,
      ),
    );
  }
}

/** The proposal must satisfy the same invariants as the official status, reported against the proposed field. */
function assertProposalConsistent(update: StatusUpdate, impactEvidenceCount?: number) {
  const [first] = checkStatusInvariants({
    deliveryStatus: update.proposedDeliveryStatus,
    impactStatus: update.proposedImpactStatus,
    impactEvidenceCount,
  });
  if (first) throw new DomainRuleError('proposedImpactStatus', first.message);
}

function sameIds(a: readonly string[], b: readonly string[]) {
  const sortedB = [...b].sort();
  return a.length === b.length && [...a].sort().every((id, i) => id === sortedB[i]);
}

function notFound(id: string) {
  return new NotFoundException({ message: `There is no status update with id ${id}`, errors: [] });
}
