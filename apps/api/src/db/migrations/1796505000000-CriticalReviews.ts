import { MigrationInterface, QueryRunner } from 'typeorm';

/** Critical reviews of a plan and their per-action judgements: tenant tables, held to their local area like every other. */
export class CriticalReviews1796505000000 implements MigrationInterface {
  name = 'CriticalReviews1796505000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "critical_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "plan_id" uuid NOT NULL, "review_date" date NOT NULL, "title" text NOT NULL, "facilitators" text NOT NULL DEFAULT '', "source_note" text NOT NULL DEFAULT '', "status" text NOT NULL DEFAULT 'draft', "recorded_by_user_id" uuid, "recorded_by_person_id" uuid, "recorded_by_label" text NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_user_id" uuid, "submitted_by_person_id" uuid, "submitted_by_label" text, "moderated_at" TIMESTAMP WITH TIME ZONE, "moderated_by_user_id" uuid, "moderated_by_person_id" uuid, "moderated_by_label" text, "moderation_note" text, CONSTRAINT "critical_review_status_check" CHECK (status IN ('draft', 'submitted', 'approved', 'returned')), CONSTRAINT "PK_86dc4439174c920cd09c7649ab5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_14bf9b8836e3c5546edaa66346" ON "critical_review" ("local_area_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ee1c769d4c0190a54e42fbe791" ON "critical_review" ("plan_id", "status", "review_date") `);
    await queryRunner.query(`CREATE TABLE "critical_review_judgement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "review_id" uuid NOT NULL, "action_id" uuid NOT NULL, "judgement" text NOT NULL, "reason" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "critical_review_judgement_judgement_check" CHECK (judgement IN ('not_yet_complete', 'complete_monitoring_impact', 'complete_impact_evidenced')), CONSTRAINT "PK_b2310c23a572768d52b179fa8dd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_bddb5c085f76181f89976de7a5" ON "critical_review_judgement" ("local_area_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d25f81a0c46b9477b8f5ccaa3d" ON "critical_review_judgement" ("action_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a4d74e6bdcfe4ee8a8ca08b629" ON "critical_review_judgement" ("review_id", "action_id") `);
    await queryRunner.query(`ALTER TABLE "critical_review" ADD CONSTRAINT "FK_8d31279396a7243e6aa5fdd2d19" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "critical_review_judgement" ADD CONSTRAINT "FK_e1d7799cf4e7b25451d6b7142f2" FOREIGN KEY ("review_id") REFERENCES "critical_review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "critical_review_judgement" ADD CONSTRAINT "FK_d25f81a0c46b9477b8f5ccaa3d6" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    for (const table of ['critical_review', 'critical_review_judgement']) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`
        CREATE POLICY local_area_rows ON "${table}"
          USING (local_area_id = ANY ((SELECT app_local_area_ids())::uuid[]))
          WITH CHECK (local_area_id = ANY ((SELECT app_local_area_ids())::uuid[]))`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['critical_review_judgement', 'critical_review']) {
      await queryRunner.query(`DROP POLICY local_area_rows ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`ALTER TABLE "critical_review_judgement" DROP CONSTRAINT "FK_d25f81a0c46b9477b8f5ccaa3d6"`);
    await queryRunner.query(`ALTER TABLE "critical_review_judgement" DROP CONSTRAINT "FK_e1d7799cf4e7b25451d6b7142f2"`);
    await queryRunner.query(`ALTER TABLE "critical_review" DROP CONSTRAINT "FK_8d31279396a7243e6aa5fdd2d19"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a4d74e6bdcfe4ee8a8ca08b629"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d25f81a0c46b9477b8f5ccaa3d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bddb5c085f76181f89976de7a5"`);
    await queryRunner.query(`DROP TABLE "critical_review_judgement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ee1c769d4c0190a54e42fbe791"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_14bf9b8836e3c5546edaa66346"`);
    await queryRunner.query(`DROP TABLE "critical_review"`);
  }
}
