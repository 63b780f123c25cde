import { HISTORY_FIELDS, historyFieldsOf } from '../src/action/action-history';
import type { Client } from 'pg';

/** How big the dataset is: one plan per local area. */
export interface Scale {
  /** Starts every slug, key and address, so that a second dataset can sit beside the first. */
  name: string;
  plans: number;
  actionsPerPlan: number;
  priorityAreasPerPlan: number;
  /** Six-weekly reporting periods, each with an approved update per action. */
  periods: number;
  measuresPerPlan: number;
  /** Monthly values per measure. */
  months: number;
  evidencePerAction: number;
}

export const FULL_SCALE: Scale = {
  name: 'bench',
  plans: 150,
  actionsPerPlan: 55,
  priorityAreasPerPlan: 5,
  periods: 26, // three years of six-weekly boards
  measuresPerPlan: 15,
  months: 36,
  evidencePerAction: 3,
};

export const QUICK_SCALE: Scale = { ...FULL_SCALE, plans: 5 };

/** One large plan, beside the others: 500 actions under nine priorities, with ten years of six-weekly updates. */
export const LARGE_PLAN_SCALE: Scale = {
  name: 'bench-large', plans: 1, actionsPerPlan: 500, priorityAreasPerPlan: 9, periods: 87, measuresPerPlan: 15, months: 120, evidencePerAction: 3,
};

export interface Dataset {
  planIds: string[];
  /** One local area per plan. */
  localAreaIds: string[];
  /** The day the first plan's history starts (everything is dated back from today). */
  startDay: string;
  counts: Record<string, number>;
}

const DAYS_BETWEEN_BOARDS = 42;
/** The last board was this many days ago. */
const LAST_BOARD_DAYS_AGO = 10;

/**
 * Builds the dataset with set-based SQL (generate_series and INSERT ... SELECT), one statement per
 * table, in one transaction. Statuses are a deterministic function of an action's number and the
 * period, so every run builds the same plan shapes: each action starts within its first periods,
 * moves between on track, at risk and off track in runs of three periods, and completes (or not)
 * by a period of its own, its impact judged complete some periods later.
 */
const BUILDING_AREA = '00000000-0000-4000-8000-000000000000';

const oneLocalAreaPerPlan = (name: string) => `
  CREATE TEMP TABLE b_local_area AS SELECT n, id AS plan_id, gen_random_uuid() AS id FROM b_plan;
  INSERT INTO local_area (id, version, name, slug) SELECT id, 1, 'Bench area ' || n, '${name}-area-' || n FROM b_local_area;
  UPDATE plan p SET local_area_id = l.id FROM b_local_area l WHERE l.plan_id = p.id;
  ${['priority_area', 'action', 'governance_body', 'meeting', 'reporting_period', 'status_update', 'action_status_history', 'measure']
    .map((t) => `UPDATE ${t} t SET local_area_id = p.local_area_id FROM plan p WHERE p.id = t.plan_id;`).join('\n  ')}
  UPDATE evidence t SET local_area_id = a.local_area_id FROM action a WHERE a.id = t.action_id;
  UPDATE measure_value t SET local_area_id = m.local_area_id FROM measure m WHERE m.id = t.measure_id;
  UPDATE organisation t SET local_area_id = l.id FROM b_org o JOIN b_local_area l ON l.n = o.plan_n WHERE o.id = t.id;
  UPDATE person t SET local_area_id = l.id FROM b_person bp JOIN b_local_area l ON l.n = bp.plan_n WHERE bp.id = t.id;
  DELETE FROM local_area WHERE id = '${BUILDING_AREA}';`;

export async function buildDataset(db: Client, scale: Scale): Promise<Dataset> {
  const s = scale;
  const lastBoard = `(current_date - ${LAST_BOARD_DAYS_AGO})`;
  const firstBoard = `(${lastBoard} - ${DAYS_BETWEEN_BOARDS * (s.periods - 1)})`;
  // Taken on two weeks before the first period opens.
  const start = `(${firstBoard} - 35)`;
  const londonAt = (day: string, time: string) => `((${day})::date + time '${time}') AT TIME ZONE 'Europe/London'`;
  const h = (expr: string) => `abs(hashtext(${expr}))`;

  const steps: [string, string][] = [
    ['plans', `
      CREATE TEMP TABLE b_plan AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, ${s.plans}) n;
      INSERT INTO plan (id, version, slug, title, local_area, description, start_date, end_date)
      SELECT id, 1, '${s.name}-area-' || n, 'Local area ' || n || ' SEND Improvement Plan', 'Local area ' || n,
             'A local area written for the benchmark.', ${start}, ${start} + greatest(4 * 365, ${DAYS_BETWEEN_BOARDS * s.periods + 365})
        FROM b_plan`],
    ['organisations', `
      CREATE TEMP TABLE b_org AS SELECT p.n AS plan_n, k, gen_random_uuid() AS id FROM b_plan p, generate_series(1, 4) k;
      INSERT INTO organisation (id, version, key, name, kind)
      SELECT id, 1, '${s.name}-' || plan_n || '-org-' || k,
             (ARRAY['Council','Integrated Care Board','Schools partnership','Parent carer forum'])[k] || ' of area ' || plan_n,
             (ARRAY['council','health','education','other'])[k]
        FROM b_org`],
    ['people', `
      CREATE TEMP TABLE b_person AS SELECT p.n AS plan_n, k, gen_random_uuid() AS id FROM b_plan p, generate_series(1, 12) k;
      INSERT INTO person (id, version, key, name, job_title, email, organisation_id)
      SELECT bp.id, 1, '${s.name}-' || bp.plan_n || '-person-' || bp.k, 'Person ' || bp.k || ' of area ' || bp.plan_n, 'Service lead',
             'person' || bp.k || '.area' || bp.plan_n || '@${s.name}.example', o.id
        FROM b_person bp JOIN b_org o ON o.plan_n = bp.plan_n AND o.k = (bp.k - 1) % 4 + 1`],
    ['priority areas', `
      CREATE TEMP TABLE b_area AS SELECT p.n AS plan_n, p.id AS plan_id, k, gen_random_uuid() AS id
        FROM b_plan p, generate_series(1, ${s.priorityAreasPerPlan}) k;
      INSERT INTO priority_area (id, version, plan_id, number, title, aim, lead_person_id)
      SELECT a.id, 1, a.plan_id, a.k, 'Priority ' || a.k || ': improving outcomes', 'The plan emphasises timely support.', bp.id
        FROM b_area a JOIN b_person bp ON bp.plan_n = a.plan_n AND bp.k = a.k`],
    ['actions', `
      CREATE TEMP TABLE b_action AS
      SELECT (p.n - 1) * ${s.actionsPerPlan} + i AS n, p.n AS plan_n, p.id AS plan_id, i, gen_random_uuid() AS id,
             (i - 1) % ${s.priorityAreasPerPlan} + 1 AS area_k, (i - 1) / ${s.priorityAreasPerPlan} + 1 AS seq,
             (i - 1) % 12 + 1 AS person_k
        FROM b_plan p, generate_series(1, ${s.actionsPerPlan}) i;
      ALTER TABLE b_action ADD COLUMN starts int, ADD COLUMN completes int, ADD COLUMN impact_evidence boolean;
      UPDATE b_action SET starts = ${h(`n || ':s'`)} % 4, completes = 10 + ${h(`n || ':c'`)} % 40,
                          impact_evidence = ${h(`n || ':e'`)} % 10 < 7;
      INSERT INTO action (id, version, plan_id, priority_area_id, reference, title, description, owner_organisation_id,
                          owner_person_id, start_date, due_date, delivery_status, impact_status)
      SELECT a.id, 1, a.plan_id, ar.id, a.area_k || '.' || a.seq, 'Action ' || a.area_k || '.' || a.seq || ' of area ' || a.plan_n,
             'What the partnership will do, and how it will know.', bp_org.id, bp.id,
             ${start} + 14 * a.starts, ${start} + 180 + ${h(`a.n || ':d'`)} % 1500, 'not_started', 'not_yet_complete'
        FROM b_action a
        JOIN b_area ar ON ar.plan_n = a.plan_n AND ar.k = a.area_k
        JOIN b_person bp ON bp.plan_n = a.plan_n AND bp.k = a.person_k
        JOIN b_org bp_org ON bp_org.plan_n = a.plan_n AND bp_org.k = (a.person_k - 1) % 4 + 1`],
    ['evidence', `
      INSERT INTO evidence (version, action_id, type, title, description, evidence_date, demonstrates_impact, url, added_by_label)
      SELECT 1, a.id, (ARRAY['document','minutes','voice_of_parent_carers','data','case_study'])[1 + (a.n + k) % 5],
             'Evidence ' || k || ' for action ' || a.n, 'Notes of what it shows.', ${start} + 30 * k + a.n % 30,
             k = 1 AND a.impact_evidence, 'https://evidence.example/' || a.n || '/' || k, 'Benchmark'
        FROM b_action a, generate_series(1, ${s.evidencePerAction}) k`],
    ['reporting periods', `
      CREATE TEMP TABLE b_board AS SELECT p.n AS plan_n, p.id AS plan_id, gen_random_uuid() AS id FROM b_plan p;
      INSERT INTO governance_body (id, version, plan_id, key, name, kind)
      SELECT id, 1, plan_id, 'improvement-board', 'SEND Improvement Board', 'improvement_board' FROM b_board;
      CREATE TEMP TABLE b_period AS
      SELECT p.n AS plan_n, p.id AS plan_id, k, gen_random_uuid() AS id, gen_random_uuid() AS meeting_id,
             ${firstBoard} + ${DAYS_BETWEEN_BOARDS} * k AS board_date
        FROM b_plan p, generate_series(0, ${s.periods - 1}) k;
      -- Each period reports to a meeting of the Improvement Board, cut off a week before; updates are due the day before that.
      INSERT INTO meeting (id, version, plan_id, body_id, title, meeting_date, cut_off_at)
      SELECT pr.meeting_id, 1, pr.plan_id, b.id, 'SEND Improvement Board', pr.board_date, ${londonAt('pr.board_date - 7', '17:00')}
        FROM b_period pr JOIN b_board b ON b.plan_n = pr.plan_n;
      INSERT INTO reporting_period (id, version, plan_id, meeting_id, title, opens_on, update_deadline, board_date)
      SELECT id, 1, plan_id, meeting_id, 'Board of ' || to_char(board_date, 'FMDD Mon YYYY'), board_date - 21, board_date - 8, board_date
        FROM b_period`],
    ['approved status updates', `
      CREATE TEMP TABLE b_status AS
      SELECT a.id AS action_id, a.plan_id, pr.id AS period_id, pr.k, gen_random_uuid() AS id, pr.board_date,
             CASE WHEN pr.k < a.starts THEN 'not_started'
                  WHEN pr.k >= a.completes THEN 'complete'
                  WHEN ${h(`a.n || ':' || (pr.k / 3)`)} % 100 < 60 THEN 'on_track'
                  WHEN ${h(`a.n || ':' || (pr.k / 3)`)} % 100 < 82 THEN 'at_risk'
                  ELSE 'off_track' END AS delivery_status,
             CASE WHEN pr.k >= a.completes + 4 AND a.impact_evidence THEN 'complete_impact_evidenced'
                  WHEN pr.k >= a.completes + 1 THEN 'complete_monitoring_impact'
                  ELSE 'not_yet_complete' END AS impact_status,
             bp.id AS author_id, 'Person ' || bp.k || ' of area ' || bp.plan_n AS author_label,
             md.id AS moderator_id, 'Person ' || md.k || ' of area ' || md.plan_n AS moderator_label
        FROM b_action a
        JOIN b_period pr ON pr.plan_n = a.plan_n
        JOIN b_person bp ON bp.plan_n = a.plan_n AND bp.k = a.person_k
        JOIN b_person md ON md.plan_n = a.plan_n AND md.k = CASE WHEN a.person_k = 1 THEN 2 ELSE 1 END;
      INSERT INTO status_update (id, created_at, updated_at, version, plan_id, action_id, period_id, state, narrative,
             proposed_delivery_status, proposed_impact_status, next_steps, risks, author_person_id, author_label,
             submitted_at, submitted_by_person_id, submitted_by_label,
             moderated_at, moderated_by_person_id, moderated_by_label)
      SELECT id, ${londonAt('board_date - 10', '09:30')}, ${londonAt('board_date - 3', '15:00')}, 3, plan_id, action_id, period_id,
             'approved', 'What happened this period, and what it changed for children and families.',
             delivery_status, impact_status, 'What happens next.', '', author_id, author_label,
             ${londonAt('board_date - 10', '10:00')}, author_id, author_label,
             ${londonAt('board_date - 3', '15:00')}, moderator_id, moderator_label
        FROM b_status`],
    ['status history', `
      INSERT INTO action_status_history (action_id, plan_id, delivery_status, impact_status, valid_from, cause, actor_label, ${HISTORY_FIELDS})
      SELECT a.id, a.plan_id, 'not_started', 'not_yet_complete', ${londonAt(start, '00:00')}, 'import', 'System', ${historyFieldsOf('x')}
        FROM b_action a JOIN action x ON x.id = a.id;
      INSERT INTO action_status_history (action_id, plan_id, delivery_status, impact_status, valid_from, cause, status_update_id, actor_id, actor_label, ${HISTORY_FIELDS})
      SELECT s.action_id, s.plan_id, s.delivery_status, s.impact_status, ${londonAt('s.board_date - 3', '15:00')}, 'update_approved', s.id, NULL, s.moderator_label, ${historyFieldsOf('x')}
        FROM b_status s JOIN action x ON x.id = s.action_id ORDER BY s.board_date, s.action_id`],
    ['current statuses', `
      UPDATE action a SET delivery_status = s.delivery_status, impact_status = s.impact_status, version = 1 + ${s.periods}
        FROM b_status s WHERE s.action_id = a.id AND s.k = ${s.periods - 1}`],
    ['measures', `
      CREATE TEMP TABLE b_measure AS
      SELECT p.n AS plan_n, p.id AS plan_id, k, gen_random_uuid() AS id, k % 2 = 0 AS higher FROM b_plan p, generate_series(1, ${s.measuresPerPlan}) k;
      INSERT INTO measure (id, version, plan_id, priority_area_id, title, unit, polarity, baseline_value, baseline_date,
                           target_value, target_date, tolerance, source, frequency)
      SELECT m.id, 1, m.plan_id, ar.id, 'Measure ' || m.k || ' of area ' || m.plan_n, 'percent',
             CASE WHEN m.higher THEN 'higher_is_better' ELSE 'lower_is_better' END,
             50, ${start}, CASE WHEN m.higher THEN 70 ELSE 30 END, ${start} + 4 * 365, 2, 'Local data return', 'monthly'
        FROM b_measure m JOIN b_area ar ON ar.plan_n = m.plan_n AND ar.k = (m.k - 1) % ${s.priorityAreasPerPlan} + 1;
      INSERT INTO measure_value (version, measure_id, period_end, value, entered_by_label)
      SELECT 1, m.id, (date_trunc('month', current_date) - make_interval(months => i))::date - 1,
             50 + (CASE WHEN m.higher THEN 1 ELSE -1 END) * (${s.months} - i) * 0.4 + ${h(`m.id::text || i`)} % 5,
             'Benchmark'
        FROM b_measure m, generate_series(0, ${s.months - 1}) i`],
  ];

  const counts: Record<string, number> = {};
  await db.query('BEGIN');
  try {
    // Built in one local area (the columns' default reads it from the setting), then each plan and
    // everything below it is moved to a local area of its own.
    await db.query(`INSERT INTO local_area (id, version, name, slug) VALUES ('${BUILDING_AREA}', 1, 'Being built', 'bench-building')`);
    await db.query(`SELECT set_config('app.local_area_ids', '${BUILDING_AREA}', true)`);
    for (const [, sql] of steps) await db.query(sql);
    await db.query(oneLocalAreaPerPlan(s.name));
    await db.query('COMMIT');
    await db.query('DISCARD TEMP'); // the working tables, so that another dataset can be built on this connection
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
  await db.query('ANALYZE');
  for (const table of ['plan', 'action', 'status_update', 'action_status_history', 'evidence', 'measure', 'measure_value']) {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = rows[0].n;
  }
  const { rows: plans } = await db.query(`SELECT id FROM plan WHERE slug LIKE '${s.name}-area-%' ORDER BY length(slug), slug`);
  const { rows: [first] } = await db.query(`SELECT min(start_date)::text AS start FROM plan`);
  const { rows: areas } = await db.query(`SELECT id FROM local_area WHERE slug LIKE '${s.name}-area-%'`);
  return { planIds: plans.map((r: { id: string }) => r.id), localAreaIds: areas.map((r: { id: string }) => r.id), startDay: first.start, counts };
}
