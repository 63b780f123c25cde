import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The monitoring evidence pack: a frozen account of the plan against each inspection finding,
 * held to its local area, and final once published (the database refuses to change it).
 */
export class ReadinessPacks1796530000000 implements MigrationInterface {
    name = 'ReadinessPacks1796530000000';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "readiness_pack" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "plan_id" uuid NOT NULL, "state" text NOT NULL DEFAULT 'draft', "as_at" date NOT NULL, "generated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "generated_by_id" uuid, "generated_by_label" text NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "published_by_id" uuid, "published_by_label" text, "content" jsonb NOT NULL, "pdf" bytea, "pdf_sha256" text, "docx" bytea, "docx_sha256" text, CONSTRAINT "readiness_pack_state_check" CHECK (state IN ('draft', 'published')), CONSTRAINT "PK_ed48a39326513f61ebcabca8f88" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_818d39caabfe741255c89d7fa3" ON "readiness_pack" ("local_area_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_a854cba0107e556fdc7f286057" ON "readiness_pack" ("plan_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "readiness_pack" ADD CONSTRAINT "FK_7e6f201977e1ab366da77eaf035" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // A published pack is what was handed over: the database refuses to change or remove it.
        await queryRunner.query(`CREATE FUNCTION "readiness_pack_published_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.state = 'published' THEN
    RAISE EXCEPTION 'readiness pack % is published and cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$`);
        await queryRunner.query(`CREATE TRIGGER "readiness_pack_published_is_final" BEFORE UPDATE OR DELETE ON "readiness_pack" FOR EACH ROW EXECUTE FUNCTION "readiness_pack_published_is_final"()`);
        await queryRunner.query(`ALTER TABLE "readiness_pack" ENABLE ROW LEVEL SECURITY`);
        await queryRunner.query(`
          CREATE POLICY local_area_rows ON "readiness_pack"
            USING (local_area_id = ANY ((SELECT app_local_area_ids())::uuid[]))
            WITH CHECK (local_area_id = ANY ((SELECT app_local_area_ids())::uuid[]))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP POLICY local_area_rows ON "readiness_pack"`);
        await queryRunner.query(`DROP TRIGGER "readiness_pack_published_is_final" ON "readiness_pack"`);
        await queryRunner.query(`DROP FUNCTION "readiness_pack_published_is_final"()`);
        await queryRunner.query(`ALTER TABLE "readiness_pack" DROP CONSTRAINT "FK_7e6f201977e1ab366da77eaf035"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a854cba0107e556fdc7f286057"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_818d39caabfe741255c89d7fa3"`);
        await queryRunner.query(`DROP TABLE "readiness_pack"`);
    }
}
