import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each history row keeps what the row before it (the same action's, in (valid_from, id) order)
 * said: its id, statuses and due date. "What changed between two days" then reads the window's
 * rows alone, with no lookup of each row's predecessor: under row-level security the planner
 * could not estimate that lookup and read thousands of rows to find one.
 *
 * The database keeps the columns itself, whoever writes: after any insert, update or delete, the
 * affected actions' rows are re-linked (only rows whose link changed are written). Appending a
 * row, the usual write, writes that row alone. (A cascade from deleting an action or plan takes
 * all their rows, so nothing is left to re-link.)
 */
/** Each history row of the actions `where` picks, with what the same action's row before it said. */
const linked = (where: string) => `(
  SELECT id, lag(id) OVER by_time AS previous_id, lag(delivery_status) OVER by_time AS previous_delivery_status,
         lag(impact_status) OVER by_time AS previous_impact_status, lag(due_date) OVER by_time AS previous_due_date
    FROM action_status_history
   WHERE ${where}
  WINDOW by_time AS (PARTITION BY action_id ORDER BY valid_from, id))`;

const SET_LINKS = `previous_id = w.previous_id, previous_delivery_status = w.previous_delivery_status,
  previous_impact_status = w.previous_impact_status, previous_due_date = w.previous_due_date`;

export class HistoryPreviousRow1796570000000 implements MigrationInterface {
  name = 'HistoryPreviousRow1796570000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_status_history"
      ADD "previous_id" bigint,
      ADD "previous_delivery_status" text,
      ADD "previous_impact_status" text,
      ADD "previous_due_date" date`);
    await queryRunner.query(`
      CREATE FUNCTION link_previous_history_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Its own update below fires the update trigger again: that firing has nothing to do.
        IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF;
        UPDATE action_status_history h
           SET ${SET_LINKS}
          FROM ${linked('action_id IN (SELECT DISTINCT action_id FROM changed_rows)')} w
         WHERE h.id = w.id
           AND (h.previous_id, h.previous_delivery_status, h.previous_impact_status, h.previous_due_date)
               IS DISTINCT FROM (w.previous_id, w.previous_delivery_status, w.previous_impact_status, w.previous_due_date);
        RETURN NULL;
      END $$`);
    // A trigger with a transition table answers one kind of event (and any column), hence three.
    await queryRunner.query(`CREATE TRIGGER action_status_history_linked_on_insert AFTER INSERT ON action_status_history
      REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION link_previous_history_rows()`);
    await queryRunner.query(`CREATE TRIGGER action_status_history_linked_on_update AFTER UPDATE ON action_status_history
      REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION link_previous_history_rows()`);
    await queryRunner.query(`CREATE TRIGGER action_status_history_linked_on_delete AFTER DELETE ON action_status_history
      REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION link_previous_history_rows()`);
    // The rows already written: every action's, once.
    await queryRunner.query(`UPDATE action_status_history h SET ${SET_LINKS} FROM ${linked('true')} w WHERE h.id = w.id AND w.previous_id IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER action_status_history_linked_on_${event} ON action_status_history`);
    }
    await queryRunner.query(`DROP FUNCTION link_previous_history_rows()`);
    await queryRunner.query(`ALTER TABLE "action_status_history"
      DROP COLUMN "previous_id", DROP COLUMN "previous_delivery_status", DROP COLUMN "previous_impact_status", DROP COLUMN "previous_due_date"`);
  }
}
