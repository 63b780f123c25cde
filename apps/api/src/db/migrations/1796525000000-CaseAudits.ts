import { MigrationInterface, QueryRunner } from 'typeorm';

/** Multi-agency case audits of a plan: a tenant table, held to its local area like every other. */
export class CaseAudits1796525000000 implements MigrationInterface {
  name = 'CaseAudits1796525000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_audit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "plan_id" uuid NOT NULL, "reference" text NOT NULL, "audit_date" date NOT NULL, "auditor_organisation_ids" uuid array NOT NULL DEFAULT '{}', "grades" jsonb NOT NULL, "strengths" text NOT NULL DEFAULT '', "learning_themes" text array NOT NULL DEFAULT '{}', "priority_area_ids" uuid array NOT NULL DEFAULT '{}', "illustrative" boolean NOT NULL DEFAULT false, "recorded_by_user_id" uuid, "recorded_by_label" text NOT NULL, CONSTRAINT "PK_ff07580f3f16738687a1718bd02" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f9d3fe7d05b6f38ecc9d27c0c5" ON "case_audit" ("local_area_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_984fe04a426c9d601bd19c167b" ON "case_audit" ("plan_id", "audit_date") `);
    await queryRunner.query(`ALTER TABLE "case_audit" ADD CONSTRAINT "FK_7d8e2ebe737cbd90db26fbda2ba" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_audit" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY local_area_rows ON "case_audit"
        USING (local_area_id = ANY ((SELECT app_local_area_ids())::uuid[]))
        WITH CHECK (local_area_id = ANY ((SELECT app_local_area_ids())::uuid[]))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY local_area_rows ON "case_audit"`);
    await queryRunner.query(`ALTER TABLE "case_audit" DISABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "case_audit" DROP CONSTRAINT "FK_7d8e2ebe737cbd90db26fbda2ba"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_984fe04a426c9d601bd19c167b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f9d3fe7d05b6f38ecc9d27c0c5"`);
    await queryRunner.query(`DROP TABLE "case_audit"`);
  }
}
