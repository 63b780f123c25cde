import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SHARED_UPDATE_STATES, type DeliveryStatus, type DraftUpdateScope, type ImpactStatus, type UpdateState } from '@send/domain';
import { Brackets, DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import type { Action } from '../action/action.entity';
import type { ReportingPeriod } from '../reporting-period/reporting-period.entity';
import { StatusUpdateTransition } from './status-update-transition.entity';
import { StatusUpdate } from './status-update.entity';
import type { LinkedEvidence } from './status-update.response';
import { UPDATE_PROGRESS_SQL, UpdateProgressRow } from './update-progress';

/** An update with its action (priority area and owners) and its reporting period loaded. */
export type HydratedStatusUpdate = StatusUpdate & { action: Action; period: ReportingPeriod };

/** An approved update as packs and reports quote it. */
export interface LatestApprovedUpdate {
  id: string;
  actionId: string;
  periodTitle: string;
  moderatedAt: string;
  narrative: string;
  nextSteps: string;
  risks: string;
  proposedDeliveryStatus: DeliveryStatus;
  proposedImpactStatus: ImpactStatus;
}

/** Which updates a list holds, and which page of them. */
export interface StatusUpdateFilter {
  planId?: string;
  periodId?: string;
  state?: UpdateState;
  page: number;
  pageSize: number;
}

/** A transition to record: the event, the states either side, who and why. */
export type NewTransition = Pick<StatusUpdateTransition, 'statusUpdateId' | 'event' | 'fromState' | 'toState' | 'actorUserId' | 'actorPersonId' | 'actorLabel' | 'comment'>;

/** A linked evidence item with the update it is linked to. */
export type UpdateEvidenceRow = LinkedEvidence & { statusUpdateId: string };

/**
 * The statements over status updates, their evidence links and their transitions. Writes take the
 * caller's EntityManager, so they run in the caller's transaction; reads take it when they must see
 * that transaction, and otherwise use the app's own manager. No rule is decided here: which drafts
 * a reader may see arrives as the domain's DraftUpdateScope.
 */
@Injectable()
export class StatusUpdateRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The app's manager, for reads outside any transaction. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** The action's update for a period, locked until the transaction ends; null when there is none. */
  lockForPeriod(em: EntityManager, actionId: string, periodId: string): Promise<StatusUpdate | null> {
    return em.findOne(StatusUpdate, { where: { actionId, periodId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The action an update belongs to, read without a lock (so the action can be locked first); null when there is no such update. */
  async actionIdOf(em: EntityManager, id: string): Promise<string | null> {
    const found = await em.findOne(StatusUpdate, { where: { id }, select: { id: true, actionId: true } });
    return found?.actionId ?? null;
  }

  /** The update, locked until the transaction ends. */
  lock(em: EntityManager, id: string): Promise<StatusUpdate> {
    return em.findOneOrFail(StatusUpdate, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  save(em: EntityManager, update: StatusUpdate): Promise<StatusUpdate> {
    return em.save(update);
  }

  /** Raises the update's version (and updatedAt) without changing its columns, and loads both onto `update`. */
  async bumpVersion(em: EntityManager, update: StatusUpdate): Promise<void> {
    await em.update(StatusUpdate, { id: update.id }, { updatedAt: () => 'now()' });
    const { version, updatedAt } = await em.findOneOrFail(StatusUpdate, { where: { id: update.id }, select: { id: true, version: true, updatedAt: true } });
    Object.assign(update, { version, updatedAt });
  }

  /** Makes these evidence items the update's links, replacing any it had. */
  async replaceEvidenceLinks(em: EntityManager, updateId: string, evidenceIds: readonly string[]): Promise<void> {
    await em.query('DELETE FROM status_update_evidence WHERE status_update_id = $1', [updateId]);
    if (evidenceIds.length) {
      await em.query(
        'INSERT INTO status_update_evidence (status_update_id, evidence_id) SELECT $1, unnest($2::uuid[])',
        [updateId, evidenceIds],
      );
    }
  }

  /** The ids of the evidence linked to the update, in id order. */
  async linkedEvidenceIds(em: EntityManager, updateId: string): Promise<string[]> {
    const rows: { evidence_id: string }[] = await em.query(
      'SELECT evidence_id FROM status_update_evidence WHERE status_update_id = $1 ORDER BY evidence_id', [updateId],
    );
    return rows.map((r) => r.evidence_id);
  }

  /** The evidence linked to these updates (with its file, if any), by evidence date then title. */
  linkedEvidence(em: EntityManager, updateIds: readonly string[]): Promise<UpdateEvidenceRow[]> {
    return em.query(
      `SELECT sue.status_update_id AS "statusUpdateId", e.id, e.title, e.type, e.evidence_date::text AS "evidenceDate",
              e.demonstrates_impact AS "demonstratesImpact", e.url,
              CASE WHEN f.evidence_id IS NULL THEN NULL
                   ELSE jsonb_build_object('name', f.file_name, 'downloadUrl', '/api/evidence/' || e.id || '/file') END AS file
         FROM status_update_evidence sue JOIN evidence e ON e.id = sue.evidence_id
         LEFT JOIN evidence_file f ON f.evidence_id = e.id
        WHERE sue.status_update_id = ANY($1) ORDER BY e.evidence_date NULLS LAST, e.title`,
      [updateIds],
    );
  }

  async insertTransition(em: EntityManager, transition: NewTransition): Promise<void> {
    await em.insert(StatusUpdateTransition, transition);
  }

  /** The transitions of these updates, oldest first. */
  transitionsOf(em: EntityManager, updateIds: readonly string[]): Promise<StatusUpdateTransition[]> {
    return em.find(StatusUpdateTransition, { where: { statusUpdateId: In([...updateIds]) }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }

  /** One update with its action and period; null when there is none. */
  async findHydrated(em: EntityManager, id: string): Promise<HydratedStatusUpdate | null> {
    return (await hydratedQuery(em).where('u.id = :id', { id }).getOne()) as HydratedStatusUpdate | null;
  }

  /**
   * The moderation queue, within `scope`: by plan (without one, the local area's own plans: a
   * school's plan's updates are found by naming the plan), period and state; newest period first,
   * longest waiting first, then in priority and reference order.
   */
  async findPage(filter: StatusUpdateFilter, scope: DraftUpdateScope): Promise<[HydratedStatusUpdate[], number]> {
    const qb = withinScope(hydratedQuery(this.manager), scope);
    if (filter.planId) qb.andWhere('u.plan_id = :planId', { planId: filter.planId });
    else qb.andWhere('u.plan_id IN (SELECT id FROM plan WHERE school_id IS NULL)');
    if (filter.periodId) qb.andWhere('u.period_id = :periodId', { periodId: filter.periodId });
    if (filter.state) qb.andWhere('u.state = :state', { state: filter.state });
    qb.orderBy('p.board_date', 'DESC')
      .addOrderBy('u.submitted_at', 'ASC', 'NULLS LAST')
      .addOrderBy('pa.number', 'ASC')
      .addOrderBy('length(a.reference)', 'ASC')
      .addOrderBy('a.reference', 'ASC')
      .offset((filter.page - 1) * filter.pageSize)
      .limit(filter.pageSize);
    return (await qb.getManyAndCount()) as [HydratedStatusUpdate[], number];
  }

  /** An action's updates within `scope`, newest period first. */
  async findPageOfAction(actionId: string, scope: DraftUpdateScope, page: { page: number; pageSize: number }): Promise<[HydratedStatusUpdate[], number]> {
    const qb = withinScope(hydratedQuery(this.manager).where('u.action_id = :actionId', { actionId }), scope)
      .orderBy('p.board_date', 'DESC')
      .addOrderBy('u.created_at', 'DESC')
      .offset((page.page - 1) * page.pageSize)
      .limit(page.pageSize);
    return (await qb.getManyAndCount()) as [HydratedStatusUpdate[], number];
  }

  /**
   * Each action's latest update approved by `asAt` (that of its latest reporting period), in one
   * statement: what packs and reports quote, without paging through years of updates.
   */
  async latestApprovedUpdates(planId: string, asAt: Date): Promise<LatestApprovedUpdate[]> {
    const rows: (Omit<LatestApprovedUpdate, 'moderatedAt'> & { moderatedAt: Date })[] = await this.dataSource.query(
      `SELECT DISTINCT ON (u.action_id)
              u.id, u.action_id AS "actionId", p.title AS "periodTitle", u.moderated_at AS "moderatedAt",
              u.narrative, u.next_steps AS "nextSteps", u.risks,
              u.proposed_delivery_status AS "proposedDeliveryStatus", u.proposed_impact_status AS "proposedImpactStatus"
         FROM status_update u JOIN reporting_period p ON p.id = u.period_id
        WHERE u.plan_id = $1 AND u.state = 'approved' AND date_trunc('milliseconds', u.moderated_at) <= $2
        ORDER BY u.action_id, p.board_date DESC, u.submitted_at ASC NULLS LAST`,
      [planId, asAt],
    );
    return rows.map((r) => ({ ...r, moderatedAt: r.moderatedAt.toISOString() }));
  }

  /** Every action of the plan that existed by the period's board, with its update for the period (UPDATE_PROGRESS_SQL). */
  progressRows(planId: string, periodId: string): Promise<UpdateProgressRow[]> {
    return this.dataSource.query(UPDATE_PROGRESS_SQL, [planId, periodId]);
  }

  /** The school whose plan this is; null for a local area's plan. */
  async planSchoolId(em: EntityManager, planId: string): Promise<string | null> {
    const [plan] = await em.query<{ school_id: string | null }[]>('SELECT school_id FROM plan WHERE id = $1', [planId]);
    return plan?.school_id ?? null;
  }

  /** The transaction's time: the moment every change it makes is stamped with. */
  async transactionTime(em: EntityManager): Promise<Date> {
    const [row] = await em.query<{ now: Date }[]>('SELECT now() AS now');
    return row?.now ?? new Date();
  }
}

function hydratedQuery(em: EntityManager): SelectQueryBuilder<StatusUpdate> {
  return em
    .getRepository(StatusUpdate)
    .createQueryBuilder('u')
    .innerJoinAndSelect('u.action', 'a')
    .innerJoinAndSelect('a.priorityArea', 'pa')
    .leftJoinAndSelect('a.ownerPerson', 'op')
    .leftJoinAndSelect('a.ownerOrganisation', 'oo')
    .innerJoinAndSelect('u.period', 'p');
}

/**
 * Limits a query of updates (`u`, joined to their action `a`) to those a reader with this scope
 * may read: every submitted and approved one, and drafts and returned ones within the scope.
 */
function withinScope(qb: SelectQueryBuilder<StatusUpdate>, scope: DraftUpdateScope): SelectQueryBuilder<StatusUpdate> {
  if (scope === 'all') return qb;
  return qb.andWhere(
    new Brackets((where) => {
      where.where('u.state IN (:...sharedStates)', { sharedStates: SHARED_UPDATE_STATES });
      if (scope.ownerPersonId !== null) where.orWhere('a.owner_person_id = :readerPersonId', { readerPersonId: scope.ownerPersonId });
      if (scope.ownerOrganisationId !== null) {
        where.orWhere('a.owner_organisation_id = :readerOrganisationId', { readerOrganisationId: scope.ownerOrganisationId });
      }
      if (scope.planSchoolId !== null) {
        where.orWhere('a.plan_id IN (SELECT id FROM plan WHERE school_id = :readerSchoolId)', { readerSchoolId: scope.planSchoolId });
      }
    }),
  );
}
