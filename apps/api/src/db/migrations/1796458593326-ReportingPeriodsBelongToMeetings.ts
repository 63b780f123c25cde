import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reporting period belongs to a meeting of the Improvement Board, and its board date is that
 * meeting's date: `reporting_period.meeting_id` refers to the meeting by (id, meeting_date) with
 * ON UPDATE CASCADE, so moving the meeting moves the period and the two can never disagree.
 *
 * Periods already there are linked in three steps, each audited:
 * 1. to the plan's Improvement Board meeting on the period's board date;
 * 2. failing that, to the latest such meeting between the period's update deadline and its board
 *    date that no other period has: the period had been given a board date a few days after the
 *    meeting it reports to, and now takes the meeting's date (and its title, when that followed
 *    the date);
 * 3. failing that, to a new meeting of the plan's Improvement Board on the period's board date
 *    (and a new "Improvement Board" body for a plan that had none), cut off at 17:00 in England a
 *    week before, or later when the period's update deadline falls after that.
 * Nothing is refused: every period keeps its updates, and no date an owner reported to is lost.
 */
export class ReportingPeriodsBelongToMeetings1796458593326 implements MigrationInterface {
  name = 'ReportingPeriodsBelongToMeetings1796458593326';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "meeting_id_date_key" UNIQUE ("id", "meeting_date")`);
    await queryRunner.query(`ALTER TABLE "reporting_period" ADD "meeting_id" uuid`);

    const audit = (entityType: string, action: string, before: string, after: string) => `
      INSERT INTO audit_event (actor_id, actor_label, plan_id, entity_type, entity_id, action, before, after)
      SELECT NULL, 'system', r.plan_id, '${entityType}', r.id, '${action}', ${before}, ${after}`;

    // 1. The Improvement Board meeting on the board date.
    await queryRunner.query(`
      WITH linked AS (
        UPDATE reporting_period rp SET meeting_id = m.id
          FROM (SELECT DISTINCT ON (rp2.id) rp2.id AS period_id, m2.id
                  FROM reporting_period rp2
                  JOIN meeting m2 ON m2.plan_id = rp2.plan_id AND m2.meeting_date = rp2.board_date
                  JOIN governance_body b ON b.id = m2.body_id AND b.kind = 'improvement_board'
                 ORDER BY rp2.id, m2.cut_off_at, m2.id) m
         WHERE rp.id = m.period_id
        RETURNING rp.id, rp.plan_id, rp.meeting_id
      )
      ${audit('reporting_period', 'link_meeting', 'NULL', `jsonb_build_object('meetingId', r.meeting_id, 'reason', 'The meeting of the Improvement Board on the board date')`)}
        FROM linked r`);

    // 2. The latest unclaimed Improvement Board meeting between the deadline and the board date: the period moves to it.
    await queryRunner.query(`
      DO $$
      DECLARE p record; m record;
      BEGIN
        FOR p IN SELECT * FROM reporting_period WHERE meeting_id IS NULL ORDER BY plan_id, board_date LOOP
          SELECT m2.id, m2.meeting_date INTO m
            FROM meeting m2 JOIN governance_body b ON b.id = m2.body_id AND b.kind = 'improvement_board'
           WHERE m2.plan_id = p.plan_id AND m2.meeting_date >= p.update_deadline AND m2.meeting_date < p.board_date
             AND NOT EXISTS (SELECT 1 FROM reporting_period o WHERE o.meeting_id = m2.id)
             AND NOT EXISTS (SELECT 1 FROM reporting_period o WHERE o.plan_id = p.plan_id AND o.board_date = m2.meeting_date)
           ORDER BY m2.meeting_date DESC, m2.cut_off_at DESC, m2.id
           LIMIT 1;
          CONTINUE WHEN NOT FOUND;
          UPDATE reporting_period
             SET meeting_id = m.id, board_date = m.meeting_date, version = version + 1, updated_at = now(),
                 title = CASE WHEN title = 'Board ' || to_char(p.board_date, 'FMDD FMMonth YYYY')
                              THEN 'Board ' || to_char(m.meeting_date, 'FMDD FMMonth YYYY') ELSE title END
           WHERE id = p.id;
          INSERT INTO audit_event (actor_id, actor_label, plan_id, entity_type, entity_id, action, before, after)
          SELECT NULL, 'system', rp.plan_id, 'reporting_period', rp.id, 'link_meeting',
                 jsonb_build_object('title', p.title, 'boardDate', p.board_date, 'version', p.version),
                 jsonb_build_object('title', rp.title, 'boardDate', rp.board_date, 'version', rp.version, 'meetingId', rp.meeting_id,
                                    'reason', 'The board date was a few days after the meeting of the Improvement Board it reports to: it is now the meeting''s date')
            FROM reporting_period rp WHERE rp.id = p.id;
        END LOOP;
      END $$`);

    // 3. A new meeting for each period still alone, under the plan's Improvement Board (created if the plan has none).
    await queryRunner.query(`
      WITH needed AS (
        SELECT DISTINCT rp.plan_id FROM reporting_period rp
         WHERE rp.meeting_id IS NULL
           AND NOT EXISTS (SELECT 1 FROM governance_body b WHERE b.plan_id = rp.plan_id AND b.kind = 'improvement_board')
      ), created AS (
        INSERT INTO governance_body (version, plan_id, key, name, kind, chair, cadence)
        SELECT 1, n.plan_id,
               CASE WHEN EXISTS (SELECT 1 FROM governance_body o WHERE o.plan_id = n.plan_id AND o.key = 'improvement-board')
                    THEN 'improvement-board-' || left(md5(random()::text), 6) ELSE 'improvement-board' END,
               'Improvement Board', 'improvement_board', '', ''
          FROM needed n
        RETURNING id, plan_id, key, name, kind
      )
      ${audit('governance_body', 'create', 'NULL', `jsonb_build_object('key', r.key, 'name', r.name, 'kind', r.kind, 'reason', 'The body the plan''s reporting periods report to')`)}
        FROM created r`);
    await queryRunner.query(`
      WITH alone AS (
        SELECT rp.id AS period_id, rp.plan_id, rp.board_date, rp.update_deadline,
               (SELECT b.id FROM governance_body b WHERE b.plan_id = rp.plan_id AND b.kind = 'improvement_board'
                 ORDER BY b.created_at, b.id LIMIT 1) AS body_id,
               gen_random_uuid() AS meeting_id
          FROM reporting_period rp WHERE rp.meeting_id IS NULL
      ), created AS (
        INSERT INTO meeting (id, version, plan_id, body_id, title, meeting_date, cut_off_at, priority_area_ids, location)
        SELECT a.meeting_id, 1, a.plan_id, a.body_id, b.name, a.board_date,
               least(greatest(((a.board_date - 7) + time '17:00') AT TIME ZONE 'Europe/London',
                              ((a.update_deadline + 1) + time '17:00') AT TIME ZONE 'Europe/London'),
                     (a.board_date + time '17:00') AT TIME ZONE 'Europe/London'),
               '{}', ''
          FROM alone a JOIN governance_body b ON b.id = a.body_id
        RETURNING id, plan_id, body_id, title, meeting_date, cut_off_at
      ), linked AS (
        UPDATE reporting_period rp SET meeting_id = a.meeting_id FROM alone a WHERE rp.id = a.period_id
        RETURNING rp.id, rp.plan_id, rp.meeting_id
      ), meeting_events AS (
        ${audit('meeting', 'create', 'NULL', `jsonb_build_object('bodyId', r.body_id, 'title', r.title, 'meetingDate', r.meeting_date, 'cutOffAt', r.cut_off_at,
               'reason', 'No meeting of the Improvement Board was on the board date of a reporting period')`)}
          FROM created r
      )
      ${audit('reporting_period', 'link_meeting', 'NULL', `jsonb_build_object('meetingId', r.meeting_id, 'reason', 'A new meeting of the Improvement Board on the board date')`)}
        FROM linked r`);

    await queryRunner.query(`ALTER TABLE "reporting_period" ALTER COLUMN "meeting_id" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "reporting_period_meeting_key" ON "reporting_period" ("meeting_id")`);
    await queryRunner.query(`
      ALTER TABLE "reporting_period" ADD CONSTRAINT "reporting_period_meeting_fk"
        FOREIGN KEY ("meeting_id", "board_date") REFERENCES "meeting" ("id", "meeting_date") ON UPDATE CASCADE ON DELETE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The meetings and bodies created by up() stay: they are now part of the plan's calendar.
    await queryRunner.query(`ALTER TABLE "reporting_period" DROP CONSTRAINT "reporting_period_meeting_fk"`);
    await queryRunner.query(`DROP INDEX "reporting_period_meeting_key"`);
    await queryRunner.query(`ALTER TABLE "reporting_period" DROP COLUMN "meeting_id"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "meeting_id_date_key"`);
  }
}
