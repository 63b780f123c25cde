import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plan's summary as at a past day is rebuilt from the status history, so a write to the
 * history (a new row, or one corrected or removed) announces its plans too (`plan_changed`, as
 * PlanChangeNotices does for the tables today's summary reads): then the summaries as at past days
 * can be kept as exactly as today's. Once per statement, each plan once, however many rows.
 * `notify_plans_of_rows()` serves any table with a plan_id (PlanReadNotices uses it too).
 */
export class HistoryChangeNotices1796580000000 implements MigrationInterface {
  name = 'HistoryChangeNotices1796580000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_plans_of_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('plan_changed', plan_id::text) FROM (SELECT DISTINCT plan_id FROM changed_rows) p;
        RETURN NULL;
      END $$`);
    for (const [event, table] of [['insert', 'NEW'], ['update', 'NEW'], ['delete', 'OLD']]) {
      await queryRunner.query(`CREATE TRIGGER action_status_history_plan_changed_on_${event} AFTER ${event.toUpperCase()} ON action_status_history
        REFERENCING ${table} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_plans_of_rows()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER action_status_history_plan_changed_on_${event} ON action_status_history`);
    }
    await queryRunner.query(`DROP FUNCTION notify_plans_of_rows()`);
  }
}
