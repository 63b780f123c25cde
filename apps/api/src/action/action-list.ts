import type { DeliveryStatus, ImpactStatus } from '@send/domain';
import { Action } from './action.entity';
import { latestStatusBeforeSql, notArchivedAtSql } from './action-status-history.sql';
import { ActionResponse, toActionResponse } from './action.response';
import type { ActionQueryDto } from './dto/action-query.dto';
import { overdueSql } from './overdue.sql';

/*
 * The action list (GET /api/actions) in one statement: a page of actions with their priority,
 * owner, partners, the facts the inconsistency rules need, and the total (count(*) over the whole
 * filtered list). Fixed texts (now or as at a day, one plan or all), each prepared once per connection;
 * a filter not asked for is a NULL parameter.
 *
 * Parameters: $1 plan id, $2 the day (today, or asAt), $3 priority area id, $4 owner person id,
 * $5 owner organisation id, $6 delivery status, $7 impact status, $8 overdue (true, false or
 * NULL), $9 the ILIKE pattern of the text searched, $10 include archived, $11 limit, $12 offset.
 */

/**
 * Where each listed action's fields come from: the action itself, or its history as at the end of
 * the day; and its partners, named (the history keeps their ids).
 */
const SOURCES = {
  current: {
    rows: `
    SELECT a.id, a.plan_id, a.priority_area_id, a.reference, a.title, a.description, a.owner_organisation_id, a.owner_person_id,
           a.start_date::text AS start_date, a.due_date::text AS due_date, a.delivery_status, a.impact_status,
           a.archived_at, a.version, a.created_at, a.updated_at
      FROM action a
     WHERE ($10 OR a.archived_at IS NULL)`,
    partners: 'FROM action_partner ap JOIN organisation po ON po.id = ap.organisation_id WHERE ap.action_id = page.id',
  },
  asAt: {
    rows: `
    SELECT a.id, a.plan_id, st.priority_area_id, st.reference, st.title, st.description, st.owner_organisation_id, st.owner_person_id,
           st.start_date::text AS start_date, st.due_date::text AS due_date, st.delivery_status, st.impact_status,
           st.partner_organisation_ids, a.archived_at, a.version, a.created_at, a.updated_at
      FROM action a CROSS JOIN ${latestStatusBeforeSql('a', '$2')} st
     WHERE ($10 OR ${notArchivedAtSql('a', '$2')})`,
    partners: 'FROM organisation po WHERE po.id = ANY(page.partner_organisation_ids)',
  },
} as const;

/** One plan's actions, or every plan's of the local area (a school's plan is read through its school). */
const PLANS = {
  one: 's.plan_id = $1',
  all: '$1::uuid IS NULL AND s.plan_id IN (SELECT p.id FROM plan p WHERE p.school_id IS NULL)',
} as const;

function listSql(source: keyof typeof SOURCES, plans: keyof typeof PLANS): string {
  return `
WITH page AS (
  SELECT s.*, pa.number AS priority_number, count(*) OVER () AS total
    FROM (${SOURCES[source].rows}) s
    JOIN priority_area pa ON pa.id = s.priority_area_id
   WHERE ${PLANS[plans]}
     AND ($3::uuid IS NULL OR s.priority_area_id = $3)
     AND ($4::uuid IS NULL OR s.owner_person_id = $4)
     AND ($5::uuid IS NULL OR s.owner_organisation_id = $5)
     AND ($6::text IS NULL OR s.delivery_status = $6)
     AND ($7::text IS NULL OR s.impact_status = $7)
     AND ($8::boolean IS NULL OR ${overdueSql('CAST(s.due_date AS date)', 's.delivery_status', '$2')} = $8)
     AND ($9::text IS NULL OR s.reference ILIKE $9 OR s.title ILIKE $9 OR s.description ILIKE $9)
   ORDER BY pa.number, length(s.reference), s.reference, s.id
   LIMIT $11 OFFSET $12
)
SELECT page.*, o.name AS owner_organisation_name, p.name AS owner_person_name, p.job_title AS owner_person_job_title,
       coalesce((SELECT json_agg(json_build_object('id', po.id, 'name', po.name)) ${SOURCES[source].partners}), '[]') AS partners,
       (SELECT count(*) FROM milestone m WHERE m.action_id = page.id AND m.completed_on IS NULL)::int AS open_milestones,
       (SELECT count(*) FROM evidence e WHERE e.action_id = page.id AND e.demonstrates_impact AND e.archived_at IS NULL)::int AS impact_evidence
  FROM page
  JOIN organisation o ON o.id = page.owner_organisation_id
  LEFT JOIN person p ON p.id = page.owner_person_id
 ORDER BY page.priority_number, length(page.reference), page.reference, page.id`;
}

/** The four statements, by source and plans, named for preparing. */
export const ACTION_LIST_SQL = {
  current: { one: listSql('current', 'one'), all: listSql('current', 'all') },
  asAt: { one: listSql('asAt', 'one'), all: listSql('asAt', 'all') },
} as const;

/** The statement a query needs, and the name it is prepared under. */
export function actionListStatement(query: Pick<ActionQueryDto, 'planId' | 'asAt'>): { name: string; text: string } {
  const source = query.asAt ? 'asAt' : 'current';
  const plans = query.planId ? 'one' : 'all';
  return { name: `action-list-${source}-${plans}`, text: ACTION_LIST_SQL[source][plans] };
}

/** The statement's parameters for a query, in order. */
export function actionListParams(query: ActionQueryDto, day: string): unknown[] {
  return [
    query.planId ?? null, day, query.priorityId ?? null, query.ownerId ?? null, query.organisationId ?? null,
    query.deliveryStatus ?? null, query.impactStatus ?? null, query.overdue ?? null,
    query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null,
    query.includeArchived ?? false, query.pageSize, (query.page - 1) * query.pageSize,
  ];
}

export interface ActionListRow {
  id: string; plan_id: string; priority_area_id: string; priority_number: number; reference: string; title: string; description: string;
  owner_organisation_id: string; owner_organisation_name: string; owner_person_id: string | null; owner_person_name: string | null;
  owner_person_job_title: string | null; partners: { id: string; name: string }[]; start_date: string | null; due_date: string | null;
  delivery_status: DeliveryStatus; impact_status: ImpactStatus; archived_at: Date | null; version: number; created_at: Date; updated_at: Date;
  open_milestones: number; impact_evidence: number; total: string;
}

/** A row as the API answers it (the same shape as one action's answer). */
export function toActionListItem(row: ActionListRow, day: string): ActionResponse {
  const action = Object.assign(new Action(), {
    id: row.id, planId: row.plan_id, priorityAreaId: row.priority_area_id, priorityArea: { number: row.priority_number },
    reference: row.reference, title: row.title, description: row.description,
    ownerOrganisationId: row.owner_organisation_id, ownerOrganisation: { id: row.owner_organisation_id, name: row.owner_organisation_name },
    ownerPersonId: row.owner_person_id,
    ownerPerson: row.owner_person_id ? { id: row.owner_person_id, name: row.owner_person_name, jobTitle: row.owner_person_job_title } : null,
    partners: row.partners, startDate: row.start_date, dueDate: row.due_date,
    deliveryStatus: row.delivery_status, impactStatus: row.impact_status,
    archivedAt: row.archived_at, version: row.version, createdAt: row.created_at, updatedAt: row.updated_at,
  });
  return toActionResponse(action, day, { openMilestones: row.open_milestones, impactEvidenceCount: row.impact_evidence });
}
