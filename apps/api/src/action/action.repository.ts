import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DeliveryStatus, ImpactStatus } from '@send/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { queryPrepared } from '../db/prepared-query';
import { Milestone } from '../milestone/milestone.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Person } from '../person/person.entity';
import { PriorityArea } from '../priority-area/priority-area.entity';
import { Action } from './action.entity';
import { HistoryCause, HistoryEntry, recordActionHistory } from './action-history';
import { actionListParams, ActionListRow, actionListStatement } from './action-list';
import type { StatusChangeCause } from './action-status-history.entity';
import type { ActionFacts } from './action.response';
import { ActionQueryDto } from './dto/action-query.dto';

/** An action with what its responses show: priority area, owners and partners. */
const ACTION_RELATIONS = { priorityArea: true, ownerOrganisation: true, ownerPerson: true, partners: true } as const;

/** A row of the action's history, with its owners named. */
export interface ActionHistoryRow {
  id: string; valid_from: Date; cause: StatusChangeCause; actor_label: string; status_update_id: string | null; reason: string | null;
  delivery_status: DeliveryStatus; impact_status: ImpactStatus; reference: string; title: string; due_date: string | null; start_date: string | null;
  owner_person_id: string | null; owner_person_name: string | null; owner_organisation_id: string; owner_organisation_name: string;
}

/**
 * The statements over actions and their history. Writes take the caller's EntityManager, so they
 * run in the caller's transaction; reads outside a transaction use the app's own manager.
 */
@Injectable()
export class ActionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A page of the action list as at the end of `day` (action-list.ts, a prepared statement), with
   * the total of the whole filtered list. A page past the end has no row to carry the total, so the
   * first page's first row is read for it.
   */
  async listPage(query: ActionQueryDto, day: string): Promise<{ rows: ActionListRow[]; total: number }> {
    const { name, text } = actionListStatement(query);
    const rows = await queryPrepared<ActionListRow>(this.dataSource, name, text, actionListParams(query, day));
    const total = rows[0]?.total ?? (query.page > 1
      ? (await queryPrepared<ActionListRow>(this.dataSource, name, text, actionListParams(Object.assign(new ActionQueryDto(), query, { page: 1, pageSize: 1 }), day)))[0]?.total
      : 0);
    return { rows, total: Number(total ?? 0) };
  }

  /** Open milestones and evidence showing impact, per action: what the inconsistency rules need (one query for them all). */
  async inconsistencyFacts(ids: readonly string[]): Promise<Map<string, ActionFacts>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; open_milestones: number; impact_evidence: number }[] = await this.dataSource.query(
      `SELECT a.id,
              (SELECT count(*) FROM milestone m WHERE m.action_id = a.id AND m.completed_on IS NULL)::int AS open_milestones,
              (SELECT count(*) FROM evidence e WHERE e.action_id = a.id AND e.demonstrates_impact AND e.archived_at IS NULL)::int AS impact_evidence
         FROM unnest($1::uuid[]) AS a(id)`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { openMilestones: Number(r.open_milestones), impactEvidenceCount: Number(r.impact_evidence) }]));
  }

  /** The action with its priority area, owners and partners; null when there is none. */
  findWithRelations(id: string, em: EntityManager = this.dataSource.manager): Promise<Action | null> {
    return em.findOne(Action, { where: { id }, relations: ACTION_RELATIONS });
  }

  /** The action's milestones, by due date (undated last), then as created. */
  milestonesOf(actionId: string): Promise<Milestone[]> {
    return this.dataSource.getRepository(Milestone).find({
      where: { actionId },
      order: { dueDate: { direction: 'ASC', nulls: 'LAST' }, createdAt: 'ASC' },
    });
  }

  exists(id: string, em: EntityManager = this.dataSource.manager): Promise<boolean> {
    return em.exists(Action, { where: { id } });
  }

  /** Whether another action of the plan already has this reference. */
  referenceTaken(em: EntityManager, planId: string, reference: string): Promise<boolean> {
    return em.exists(Action, { where: { planId, reference } });
  }

  /**
   * Locks the action's row until the transaction ends and loads it with its relations; null when
   * there is none. The lock is taken on the row alone (PostgreSQL refuses FOR UPDATE beside outer joins).
   */
  async lock(em: EntityManager, id: string): Promise<Action | null> {
    const locked = await em.findOne(Action, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!locked) return null;
    return em.findOneOrFail(Action, { where: { id }, relations: ACTION_RELATIONS });
  }

  /** Saves the action's columns, and its partner list when `action.partners` is set. */
  save(em: EntityManager, action: Action): Promise<Action> {
    return em.save(Action, action);
  }

  /** The action's history, oldest first, with its owners named. */
  historyOf(actionId: string): Promise<ActionHistoryRow[]> {
    return this.dataSource.query(
      `SELECT h.id, h.valid_from, h.cause, h.actor_label, h.status_update_id, h.reason, h.delivery_status, h.impact_status,
              h.reference, h.title, h.due_date::text AS due_date, h.start_date::text AS start_date,
              h.owner_person_id, p.name AS owner_person_name, h.owner_organisation_id, o.name AS owner_organisation_name
         FROM action_status_history h
         LEFT JOIN person p ON p.id = h.owner_person_id
         LEFT JOIN organisation o ON o.id = h.owner_organisation_id
        WHERE h.action_id = $1 ORDER BY h.valid_from, h.id`,
      [actionId],
    );
  }

  /** The priority area an action is filed under; null when there is none in sight. */
  findPriorityArea(em: EntityManager, id: string): Promise<PriorityArea | null> {
    return em.findOne(PriorityArea, { where: { id } });
  }

  organisationExists(em: EntityManager, id: string): Promise<boolean> {
    return em.exists(Organisation, { where: { id } });
  }

  personExists(em: EntityManager, id: string): Promise<boolean> {
    return em.exists(Person, { where: { id } });
  }

  /** How many of these organisations exist in sight (the caller's local areas). */
  countOrganisations(em: EntityManager, ids: readonly string[]): Promise<number> {
    return em.count(Organisation, { where: { id: In([...ids]) } });
  }

  /** Writes history rows in the caller's transaction, through the one writer of action_status_history (recordActionHistory). */
  recordHistory(em: EntityManager, entries: readonly HistoryEntry[], cause: HistoryCause): Promise<void> {
    return recordActionHistory(em, entries, cause);
  }
}
