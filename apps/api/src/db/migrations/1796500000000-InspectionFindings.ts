import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tenant tables below, each held to its local area like every other (see NotificationsInLocalAreas). */
const TABLES = ['inspection', 'inspection_finding', 'finding_action', 'finding_measure'];

/**
 * Inspections of a plan's local area and their findings (areas for priority action, areas for
 * improvement, strengths), with the actions and measures that answer each finding. A link taken
 * away is kept with its removed_at, so readiness as at an earlier day counts the links of that day.
 */
export class InspectionFindings1796500000000 implements MigrationInterface {
  name = 'InspectionFindings1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "inspection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "plan_id" uuid NOT NULL, "date" date NOT NULL, "kind" text NOT NULL, "outcome" text NOT NULL DEFAULT '', "report_url" text, "source_note" text NOT NULL DEFAULT '', CONSTRAINT "inspection_report_url_check" CHECK (report_url IS NULL OR report_url ~* '^https?://'), CONSTRAINT "inspection_kind_check" CHECK (kind IN ('full', 'monitoring', 're_inspection')), CONSTRAINT "PK_1e895c2ae7b7d9d1ec464950013" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c4b52c3d7bab794f0404fe537b" ON "inspection" ("local_area_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_4130eedfe69813d8ed983dc5b0" ON "inspection" ("plan_id")`);
    await queryRunner.query(`CREATE TABLE "inspection_finding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "inspection_id" uuid NOT NULL, "kind" text NOT NULL, "number" integer NOT NULL, "text" text NOT NULL, "title" text, CONSTRAINT "inspection_finding_number_check" CHECK (number > 0), CONSTRAINT "inspection_finding_kind_check" CHECK (kind IN ('area_for_priority_action', 'area_for_improvement', 'strength')), CONSTRAINT "PK_8a5a31d52f66dd3a7ba987e2639" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b888d9ed15e0b8090fd3ad0f8b" ON "inspection_finding" ("local_area_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e680723f26756c31771be0b4a1" ON "inspection_finding" ("inspection_id", "kind", "number")`);
    await queryRunner.query(`CREATE TABLE "finding_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "finding_id" uuid NOT NULL, "action_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b8687348c8ea2481ad0d67a5a04" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ed09bd91153e054f05d7cd5471" ON "finding_action" ("local_area_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_1004512ca7ed22d64cc666fe4f" ON "finding_action" ("action_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_95208b33666b3fb2542e9ec69b" ON "finding_action" ("finding_id", "action_id")`);
    await queryRunner.query(`CREATE TABLE "finding_measure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "finding_id" uuid NOT NULL, "measure_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_53217338aee2e3f273e2551524d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_52c716da4a7c32d1425d4e8e24" ON "finding_measure" ("local_area_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_cb63a81248e58a161ae7bf2752" ON "finding_measure" ("measure_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_ffbaff6b48d17461b4fea03592" ON "finding_measure" ("finding_id", "measure_id")`);
    await queryRunner.query(`ALTER TABLE "inspection" ADD CONSTRAINT "FK_4130eedfe69813d8ed983dc5b0a" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "inspection_finding" ADD CONSTRAINT "FK_5ef508d8a41acca5769193f00f6" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "finding_action" ADD CONSTRAINT "FK_6ee48c1aec0e020ca7dec524cd2" FOREIGN KEY ("finding_id") REFERENCES "inspection_finding"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "finding_action" ADD CONSTRAINT "FK_1004512ca7ed22d64cc666fe4f5" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "finding_measure" ADD CONSTRAINT "FK_1bb7f4788c3a9b486c661c4f2cc" FOREIGN KEY ("finding_id") REFERENCES "inspection_finding"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "finding_measure" ADD CONSTRAINT "FK_cb63a81248e58a161ae7bf27526" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`
        CREATE POLICY local_area_rows ON "${table}"
          USING (local_area_id = ANY ((SELECT app_local_area_ids())::uuid[]))
          WITH CHECK (local_area_id = ANY ((SELECT app_local_area_ids())::uuid[]))`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) {
      await queryRunner.query(`DROP POLICY local_area_rows ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`ALTER TABLE "finding_measure" DROP CONSTRAINT "FK_cb63a81248e58a161ae7bf27526"`);
    await queryRunner.query(`ALTER TABLE "finding_measure" DROP CONSTRAINT "FK_1bb7f4788c3a9b486c661c4f2cc"`);
    await queryRunner.query(`ALTER TABLE "finding_action" DROP CONSTRAINT "FK_1004512ca7ed22d64cc666fe4f5"`);
    await queryRunner.query(`ALTER TABLE "finding_action" DROP CONSTRAINT "FK_6ee48c1aec0e020ca7dec524cd2"`);
    await queryRunner.query(`ALTER TABLE "inspection_finding" DROP CONSTRAINT "FK_5ef508d8a41acca5769193f00f6"`);
    await queryRunner.query(`ALTER TABLE "inspection" DROP CONSTRAINT "FK_4130eedfe69813d8ed983dc5b0a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ffbaff6b48d17461b4fea03592"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cb63a81248e58a161ae7bf2752"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_52c716da4a7c32d1425d4e8e24"`);
    await queryRunner.query(`DROP TABLE "finding_measure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_95208b33666b3fb2542e9ec69b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1004512ca7ed22d64cc666fe4f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ed09bd91153e054f05d7cd5471"`);
    await queryRunner.query(`DROP TABLE "finding_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e680723f26756c31771be0b4a1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b888d9ed15e0b8090fd3ad0f8b"`);
    await queryRunner.query(`DROP TABLE "inspection_finding"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4130eedfe69813d8ed983dc5b0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c4b52c3d7bab794f0404fe537b"`);
    await queryRunner.query(`DROP TABLE "inspection"`);
  }
}
