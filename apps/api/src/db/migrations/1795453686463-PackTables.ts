import { MigrationInterface, QueryRunner } from "typeorm";

export class PackTables1795453686463 implements MigrationInterface {
    name = 'PackTables1795453686463'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "pack" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "plan_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "state" text NOT NULL DEFAULT 'draft', "generated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "generated_by_id" uuid, "generated_by_label" text NOT NULL, "as_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "published_by_id" uuid, "published_by_label" text, "snapshot" jsonb NOT NULL, CONSTRAINT "pack_state_check" CHECK (state IN ('draft', 'published')), CONSTRAINT "PK_c125718b999b41a621b0d799e02" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5d9d9824f3b39c307d6c096f8f" ON "pack" ("plan_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_0420b72bc0e7660e0543e46243" ON "pack" ("meeting_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "pack_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pack_id" uuid NOT NULL, "name" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "sha256" text NOT NULL, "bytes" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_221fe9a0e1f7f23f23090bd9247" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_da4557b391ae22c419e84032b4" ON "pack_file" ("pack_id", "name") `);
        await queryRunner.query(`ALTER TABLE "pack" ADD CONSTRAINT "FK_5d9d9824f3b39c307d6c096f8f6" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pack" ADD CONSTRAINT "FK_e3ed19390f54c05916ce139b598" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "pack_file" ADD CONSTRAINT "FK_80afc68f8e3e7261e8117e97a84" FOREIGN KEY ("pack_id") REFERENCES "pack"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // A published pack is what was reported: the database refuses to change it or its files.
        await queryRunner.query(`CREATE FUNCTION "pack_published_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'pack' THEN
    IF OLD.state = 'published' THEN
      RAISE EXCEPTION 'pack % is published and cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF EXISTS (SELECT 1 FROM pack WHERE id = CASE WHEN TG_OP = 'INSERT' THEN NEW.pack_id ELSE OLD.pack_id END AND state = 'published') THEN
    RAISE EXCEPTION 'the files of a published pack cannot change' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$`);
        await queryRunner.query(`CREATE TRIGGER "pack_published_is_final" BEFORE UPDATE OR DELETE ON "pack" FOR EACH ROW EXECUTE FUNCTION "pack_published_is_final"()`);
        await queryRunner.query(`CREATE TRIGGER "pack_file_published_is_final" BEFORE INSERT OR UPDATE OR DELETE ON "pack_file" FOR EACH ROW EXECUTE FUNCTION "pack_published_is_final"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "pack_file_published_is_final" ON "pack_file"`);
        await queryRunner.query(`DROP TRIGGER "pack_published_is_final" ON "pack"`);
        await queryRunner.query(`DROP FUNCTION "pack_published_is_final"()`);
        await queryRunner.query(`ALTER TABLE "pack_file" DROP CONSTRAINT "FK_80afc68f8e3e7261e8117e97a84"`);
        await queryRunner.query(`ALTER TABLE "pack" DROP CONSTRAINT "FK_e3ed19390f54c05916ce139b598"`);
        await queryRunner.query(`ALTER TABLE "pack" DROP CONSTRAINT "FK_5d9d9824f3b39c307d6c096f8f6"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_da4557b391ae22c419e84032b4"`);
        await queryRunner.query(`DROP TABLE "pack_file"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0420b72bc0e7660e0543e46243"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5d9d9824f3b39c307d6c096f8f"`);
        await queryRunner.query(`DROP TABLE "pack"`);
    }

}
