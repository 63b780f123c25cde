import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A school's own improvement plan: the local area's plan model (priority areas, actions, updates,
 * evidence), owned by a school. A plan with a school is never one of the local area's own plans.
 * No new table: the plan's row-level security covers it.
 */
export class SchoolPlans1796540000000 implements MigrationInterface {
    name = 'SchoolPlans1796540000000';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "plan" ADD "school_id" uuid`);
        await queryRunner.query(`CREATE UNIQUE INDEX "plan_one_per_school" ON "plan" ("school_id") `);
        await queryRunner.query(`ALTER TABLE "plan" ADD CONSTRAINT "FK_plan_school" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DELETE FROM "plan" WHERE school_id IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "plan" DROP CONSTRAINT "FK_plan_school"`);
        await queryRunner.query(`DROP INDEX "public"."plan_one_per_school"`);
        await queryRunner.query(`ALTER TABLE "plan" DROP COLUMN "school_id"`);
    }
}
