import { MigrationInterface, QueryRunner } from 'typeorm';

/** What the plan summary reads, and how a row names its plan: its own column, or its parent's plan_id. */
const SUMMARY_SOURCES: [table: string, column: string, parent: string | null][] = [
  ['plan', 'id', null],
  ['priority_area', 'plan_id', null],
  ['action', 'plan_id', null],
  ['critical_review', 'plan_id', null],
  ['critical_review_judgement', 'action_id', 'action'],
];

/**
 * The database announces, on commit, every plan whose summary a write may have changed
 * (`plan_changed`, with the plan's id), whoever wrote it: each API process drops its remembered
 * answers for that plan on hearing it. Triggers on every table the summary statement reads, so
 * that no write path can forget to announce. PostgreSQL folds a transaction's identical notices into one.
 */
export class PlanChangeNotices1796560000000 implements MigrationInterface {
  name = 'PlanChangeNotices1796560000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_plan_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ref text;
        plan_id uuid;
        rows jsonb[] := ARRAY[]::jsonb[];
        r jsonb;
      BEGIN
        IF TG_OP <> 'INSERT' THEN rows := rows || to_jsonb(OLD); END IF;
        IF TG_OP <> 'DELETE' THEN rows := rows || to_jsonb(NEW); END IF;
        FOREACH r IN ARRAY rows LOOP
          ref := r ->> TG_ARGV[0];
          CONTINUE WHEN ref IS NULL;
          IF TG_NARGS > 1 THEN
            EXECUTE format('SELECT plan_id FROM %I WHERE id = $1', TG_ARGV[1]) INTO plan_id USING ref::uuid;
          ELSE
            plan_id := ref::uuid;
          END IF;
          IF plan_id IS NOT NULL THEN PERFORM pg_notify('plan_changed', plan_id::text); END IF;
        END LOOP;
        RETURN NULL;
      END $$`);
    for (const [table, column, parent] of SUMMARY_SOURCES) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_plan_changed AFTER INSERT OR UPDATE OR DELETE ON "${table}"
          FOR EACH ROW EXECUTE FUNCTION notify_plan_changed('${column}'${parent ? `, '${parent}'` : ''})`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of SUMMARY_SOURCES) await queryRunner.query(`DROP TRIGGER ${table}_plan_changed ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION notify_plan_changed()`);
  }
}
