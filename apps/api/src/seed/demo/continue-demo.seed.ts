import { Logger } from '@nestjs/common';
import { todayIso, type DeliveryStatus, type ImpactStatus, type MeasureFrequency, type MeasureUnit, type Polarity } from '@send/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { SYSTEM_ACTOR } from '../../common/actor';
import { REPORTING_BODY_KIND } from '../../reporting-period/period-meeting';
import { DEMO_USERS } from '../demo-users';
import { insertStatusUpdates } from '../status-update.seed';
import { continueActions, type DemoAction, type DemoContinuation, type DemoPeriod } from './actions';
import { boardDecisions } from './decisions';
import { continueMeasure } from './measures';

const logger = new Logger('DemoContinuation');

/** Who moderates the demo's updates: the moderator, and the alternate for the moderator's own actions. */
export interface DemoModerators {
  moderatorPersonKey: string;
  alternateModeratorPersonKey: string;
}

/**
 * Carries a plan whose real history ends at one board on to `now`, with illustrative records
 * marked as such: an approved update per action for every board since, the updates of the period
 * still open as far as they have got, the evidence that shows the impact of the few judged
 * evidenced, the milestones reached, the measures' figures and the board's decisions. Runs in the
 * plan's seed transaction, after its real history; deterministic for a given `now`.
 */
export async function continueDemo(
  em: EntityManager, audit: AuditService, planId: string, demo: { historyEndsOn: string; moderators: DemoModerators }, now: Date,
): Promise<void> {
  const { historyEndsOn, moderators } = demo;
  const started = Date.now();
  const today = todayIso(now);
  const periods = await em.query<DemoPeriod[]>(
    `SELECT rp.id, rp.title, rp.opens_on::text AS "opensOn", rp.update_deadline::text AS "updateDeadline", rp.board_date::text AS "boardDate",
            m.cut_off_at AS "cutOffAt", m.id AS "meetingId"
       FROM reporting_period rp JOIN meeting m ON m.id = rp.meeting_id
      WHERE rp.plan_id = $1 ORDER BY rp.board_date`,
    [planId],
  );
  const [lastReal] = await em.query<{ board: string | null }[]>(
    `SELECT max(rp.board_date)::text AS board FROM status_update su JOIN reporting_period rp ON rp.id = su.period_id WHERE su.plan_id = $1`,
    [planId],
  );
  const fromIndex = periods.findIndex((p) => lastReal?.board !== null && p.boardDate > (lastReal?.board ?? ''));
  if (fromIndex < 0) return;

  const actions = await loadActions(em, planId, moderators);
  const continuation = continueActions(actions, periods, fromIndex, now, await leftToDemoOwners(em, planId));

  // Evidence of impact first, so updates can link to it.
  const evidenceIds = new Map(continuation.evidence.map((e) => [e.key, randomUUID()]));
  if (continuation.evidence.length) {
    await em.query(
      `INSERT INTO evidence (id, version, action_id, type, title, description, evidence_date, demonstrates_impact, url, added_by_label, illustrative)
       SELECT r.id, 1, r.action_id, r.type, r.title, r.description, r.date, true, NULL, $2, true
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, action_id uuid, type text, title text, description text, date date)`,
      [JSON.stringify(continuation.evidence.map((e) => ({ ...e, id: evidenceIds.get(e.key), action_id: e.actionId }))), SYSTEM_ACTOR.label],
    );
  }
  await insertStatusUpdates(em, planId, continuation.updates.map((u) => ({
    ...u, id: randomUUID(), evidenceIds: u.evidenceKeys.map((k) => evidenceIds.get(k) as string), illustrative: true,
  })));
  if (continuation.milestones.length) {
    await em.query(
      `UPDATE milestone m SET completed_on = r.completed_on, version = m.version + 1, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, completed_on date) WHERE m.id = r.id`,
      [JSON.stringify(continuation.milestones.map((m) => ({ id: m.id, completed_on: m.completedOn })))],
    );
  }
  // The actions' official statuses are those of their last approved update.
  const changed = actions.filter((a) => {
    const s = continuation.statuses.get(a.id)!;
    return s.deliveryStatus !== a.deliveryStatus || s.impactStatus !== a.impactStatus;
  });
  if (changed.length) {
    await em.query(
      `UPDATE action a SET delivery_status = r.delivery_status, impact_status = r.impact_status, version = a.version + 1, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, delivery_status text, impact_status text) WHERE a.id = r.id`,
      [JSON.stringify(changed.map((a) => ({ id: a.id, delivery_status: continuation.statuses.get(a.id)!.deliveryStatus, impact_status: continuation.statuses.get(a.id)!.impactStatus })))],
    );
  }

  const measureValues = await continueMeasures(em, planId, historyEndsOn, today);
  const decisions = await recordDecisions(em, planId, continuation, actions, today);

  const counts = {
    updates: continuation.updates.length,
    approvedUpdates: continuation.updates.filter((u) => u.state === 'approved').length,
    evidence: continuation.evidence.length,
    milestonesReached: continuation.milestones.length,
    measureValues,
    decisions,
  };
  await audit.record(em, SYSTEM_ACTOR, {
    entityType: 'plan', entityId: planId, action: 'continue_demo', planId,
    after: { illustrative: true, continuedTo: now.toISOString(), from: periods[fromIndex].title, ...counts },
  });
  logger.log(`Continued the demo to ${today} with illustrative records (${JSON.stringify(counts)}) in ${Date.now() - started} ms`);
}

/**
 * The actions the demo's action owner accounts report on (their organisations' actions): in the
 * period still open, these are left for whoever tries the product as an owner to report.
 */
async function leftToDemoOwners(em: EntityManager, planId: string): Promise<Set<string>> {
  const keys = DEMO_USERS.filter((u) => u.roles.includes('action_owner') && u.organisationKey).map((u) => u.organisationKey as string);
  const rows: { id: string }[] = await em.query(
    'SELECT a.id FROM action a JOIN organisation o ON o.id = a.owner_organisation_id WHERE a.plan_id = $1 AND o.key = ANY($2)',
    [planId, keys],
  );
  return new Set(rows.map((r) => r.id));
}

async function loadActions(em: EntityManager, planId: string, moderators: DemoModerators): Promise<DemoAction[]> {
  const people: { id: string; key: string; name: string }[] = await em.query(
    'SELECT id, key, name FROM person WHERE key = ANY($1)', [[moderators.moderatorPersonKey, moderators.alternateModeratorPersonKey]],
  );
  const moderator = people.find((p) => p.key === moderators.moderatorPersonKey);
  const alternate = people.find((p) => p.key === moderators.alternateModeratorPersonKey);
  if (!moderator || !alternate) throw new Error('The demo names a moderator the dataset does not define');
  const rows: { id: string; reference: string; title: string; due_date: string | null; delivery_status: DeliveryStatus; impact_status: ImpactStatus; owner_person_id: string; owner_name: string }[] =
    await em.query(
      `SELECT a.id, a.reference, a.title, a.due_date::text, a.delivery_status, a.impact_status, a.owner_person_id, p.name AS owner_name
         FROM action a JOIN person p ON p.id = a.owner_person_id
        WHERE a.plan_id = $1 AND a.archived_at IS NULL
        ORDER BY a.reference`,
      [planId],
    );
  const milestones: { id: string; action_id: string; title: string; due_date: string | null; completed_on: string | null }[] = await em.query(
    `SELECT m.id, m.action_id, m.title, m.due_date::text, m.completed_on::text FROM milestone m JOIN action a ON a.id = m.action_id
      WHERE a.plan_id = $1 ORDER BY m.due_date NULLS LAST, m.title`,
    [planId],
  );
  return rows.map((r) => {
    const approver = r.owner_person_id === moderator.id ? alternate : moderator;
    return {
      id: r.id, reference: r.reference, title: r.title, dueDate: r.due_date, deliveryStatus: r.delivery_status, impactStatus: r.impact_status,
      author: { personId: r.owner_person_id, label: r.owner_name },
      moderator: { personId: approver.id, label: approver.name },
      milestones: milestones.filter((m) => m.action_id === r.id).map((m) => ({ id: m.id, title: m.title, dueDate: m.due_date, completedOn: m.completed_on })),
    };
  });
}

/** Each measure's illustrative figures since its last one. */
async function continueMeasures(em: EntityManager, planId: string, historyEndsOn: string, today: string): Promise<number> {
  const measures: { id: string; title: string; unit: MeasureUnit; polarity: Polarity; frequency: MeasureFrequency | null; baseline_value: number | null;
    baseline_date: string | null; target_value: number | null; target_date: string | null; tolerance: number; values: { periodEnd: string; value: number }[] }[] = await em.query(
    `SELECT m.id, m.title, m.unit, m.polarity, m.frequency, m.baseline_value, m.baseline_date::text, m.target_value, m.target_date::text, m.tolerance,
            coalesce((SELECT jsonb_agg(jsonb_build_object('periodEnd', v.period_end::text, 'value', v.value) ORDER BY v.period_end)
                        FROM measure_value v WHERE v.measure_id = m.id), '[]'::jsonb) AS values
       FROM measure m WHERE m.plan_id = $1`,
    [planId],
  );
  const rows = measures.flatMap((m) => continueMeasure({
    key: m.title, unit: m.unit, polarity: m.polarity, frequency: m.frequency, tolerance: Number(m.tolerance), values: m.values,
    baseline: { value: m.baseline_value, date: m.baseline_date }, target: { value: m.target_value, date: m.target_date },
  }, historyEndsOn, today).map((v) => ({ measure_id: m.id, period_end: v.periodEnd, value: v.value })));
  if (rows.length) {
    await em.query(
      `INSERT INTO measure_value (version, measure_id, period_end, value, note, entered_by_id, entered_by_label, illustrative, created_at)
       SELECT 1, r.measure_id, r.period_end, r.value, 'Illustrative figure, continuing the series for the demonstration.', NULL, $2, true,
              least(now(), (r.period_end + time '12:00') AT TIME ZONE 'UTC')
         FROM jsonb_to_recordset($1::jsonb) AS r(measure_id uuid, period_end date, value double precision)`,
      [JSON.stringify(rows), SYSTEM_ACTOR.label],
    );
  }
  return rows.length;
}

/** The Improvement Board's illustrative decisions and challenges at the boards that have met. */
async function recordDecisions(em: EntityManager, planId: string, continuation: DemoContinuation, actions: DemoAction[], today: string): Promise<number> {
  const boards: { id: string; date: string }[] = await em.query(
    `SELECT m.id, m.meeting_date::text AS date FROM meeting m JOIN governance_body b ON b.id = m.body_id AND b.kind = $2
      WHERE m.plan_id = $1 ORDER BY m.meeting_date`,
    [planId, REPORTING_BODY_KIND],
  );
  const info = new Map(actions.map((a) => [a.id, { reference: a.reference, title: a.title, ownerPersonId: a.author.personId }]));
  const finalImpact = new Map(actions.map((a) => [a.id, continuation.statuses.get(a.id)?.impactStatus ?? a.impactStatus]));
  const decisions = boardDecisions(continuation.moves, boards, info, today, finalImpact);
  if (decisions.length) {
    await em.query(
      `INSERT INTO decision (version, plan_id, meeting_id, action_id, kind, text, owner_person_id, due_date, status, closing_note, closed_on, illustrative)
       SELECT 1, $2, r.meeting_id, r.action_id, r.kind, r.text, r.owner_person_id, r.due_date, r.status, r.closing_note, r.closed_on, true
         FROM jsonb_to_recordset($1::jsonb) AS r(meeting_id uuid, action_id uuid, kind text, text text, owner_person_id uuid, due_date date,
                                                 status text, closing_note text, closed_on date)`,
      [JSON.stringify(decisions.map((d) => ({
        meeting_id: d.meetingId, action_id: d.actionId, kind: d.kind, text: d.text, owner_person_id: d.ownerPersonId, due_date: d.dueDate,
        status: d.status, closing_note: d.closingNote, closed_on: d.closedOn,
      }))), planId],
    );
  }
  return decisions.length;
}
