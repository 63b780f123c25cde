import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from './1796490000000-LocalAreas';

/**
 * Published public summaries: a tenant table like every other, whose rows the API may add but never
 * change (a published version is frozen). A function answers which local area published a summary
 * of a plan, so the public routes, read with no one signed in, can look in that area only.
 */
export class PublicSummaries1796526000000 implements MigrationInterface {
  name = 'PublicSummaries1796526000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "public_summary" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "plan_id" uuid NOT NULL, "version_number" integer NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_by_user_id" uuid, "published_by_label" text NOT NULL, "content" jsonb NOT NULL, CONSTRAINT "PK_b633a6dd828b22632f0848c86b6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_71e6bd3c034116ceb52adc0268" ON "public_summary" ("local_area_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8fd5147643ee903dddc2ded1dc" ON "public_summary" ("plan_id", "version_number") `);
    await queryRunner.query(`ALTER TABLE "public_summary" ADD CONSTRAINT "FK_be8b05c5ef59fa759f703c7f499" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "public_summary" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      CREATE POLICY local_area_rows ON "public_summary"
        USING (local_area_id = ANY ((SELECT app_local_area_ids())::uuid[]))
        WITH CHECK (local_area_id = ANY ((SELECT app_local_area_ids())::uuid[]))`);
    // Frozen once published.
    await queryRunner.query(`REVOKE UPDATE ON "public_summary" FROM ${APP_ROLE}`);
    // Which local area has published a summary of this plan (null when none has): what is published is public.
    await queryRunner.query(`
      CREATE FUNCTION public_summary_local_area(plan uuid) RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
          SELECT local_area_id FROM public_summary WHERE plan_id = plan LIMIT 1
        $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION public_summary_local_area(uuid)`);
    await queryRunner.query(`DROP POLICY local_area_rows ON "public_summary"`);
    await queryRunner.query(`ALTER TABLE "public_summary" DISABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "public_summary" DROP CONSTRAINT "FK_be8b05c5ef59fa759f703c7f499"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8fd5147643ee903dddc2ded1dc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_71e6bd3c034116ceb52adc0268"`);
    await queryRunner.query(`DROP TABLE "public_summary"`);
  }
}
