import { MigrationInterface, QueryRunner } from 'typeorm';

/** One live plan per school, not one ever: a school whose plan was archived may start another. */
export class SchoolPlanArchived1796600000000 implements MigrationInterface {
  name = 'SchoolPlanArchived1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."plan_one_per_school"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "plan_one_per_school" ON "plan" ("school_id") WHERE archived_at IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Back to one plan ever: only each school's live plan (or, with none live, its latest) can stay.
    await queryRunner.query(`DELETE FROM "plan" p WHERE p.school_id IS NOT NULL AND EXISTS (
      SELECT 1 FROM "plan" q WHERE q.school_id = p.school_id AND q.id <> p.id
         AND (q.archived_at IS NULL OR (p.archived_at IS NOT NULL AND (q.archived_at, q.id) > (p.archived_at, p.id))))`);
    await queryRunner.query(`DROP INDEX "public"."plan_one_per_school"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "plan_one_per_school" ON "plan" ("school_id") `);
  }
}
