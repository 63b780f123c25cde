import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables with a plan_id of their own, announced once per statement, each plan once. */
const BY_PLAN_COLUMN = ['status_update', 'reporting_period'];
/** Tables that name their plan through their action (row triggers, with notify_plan_changed's parent lookup). */
const THROUGH_ACTION = ['milestone', 'evidence', 'action_partner'];
/** Names every plan of their local area shows (owners, partners): a change announces all of that area's plans. */
const NAMED_IN_AREA = ['organisation', 'person'];

/**
 * Besides the summary, the API keeps the answers of a plan's action list, exceptions and changes
 * between two days (PlanReadCache), which read more tables: the status updates and reporting
 * periods (what is missing, stale, and which period a change was for), milestones and evidence
 * (inconsistencies), partners, and the names of organisations and people. A committed write to
 * any of them announces the plans it touches on `plan_changed`, so no answer is kept past it.
 */
export class PlanReadNotices1796590000000 implements MigrationInterface {
  name = 'PlanReadNotices1796590000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // notify_plans_of_rows() is HistoryChangeNotices': the plans named by the changed rows' plan_id.
    for (const table of BY_PLAN_COLUMN) {
      for (const [event, rows] of [['insert', 'NEW'], ['update', 'NEW'], ['delete', 'OLD']]) {
        await queryRunner.query(`CREATE TRIGGER ${table}_plan_changed_on_${event} AFTER ${event.toUpperCase()} ON "${table}"
          REFERENCING ${rows} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_plans_of_rows()`);
      }
    }
    for (const table of THROUGH_ACTION) {
      await queryRunner.query(`CREATE TRIGGER ${table}_plan_changed AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION notify_plan_changed('action_id', 'action')`);
    }
    await queryRunner.query(`
      CREATE FUNCTION notify_plans_of_area() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('plan_changed', p.id::text) FROM plan p WHERE p.local_area_id = OLD.local_area_id;
        RETURN NULL;
      END $$`);
    for (const table of NAMED_IN_AREA) {
      // A new organisation or person is in no answer yet: only changes and removals matter.
      await queryRunner.query(`CREATE TRIGGER ${table}_plans_changed AFTER UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION notify_plans_of_area()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of NAMED_IN_AREA) await queryRunner.query(`DROP TRIGGER ${table}_plans_changed ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION notify_plans_of_area()`);
    for (const table of THROUGH_ACTION) await queryRunner.query(`DROP TRIGGER ${table}_plan_changed ON "${table}"`);
    for (const table of BY_PLAN_COLUMN) {
      for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER ${table}_plan_changed_on_${event} ON "${table}"`);
    }
  }
}
