import { MigrationInterface, QueryRunner } from "typeorm";

export class EvidenceFilesAndMeasures1795451574409 implements MigrationInterface {
    name = 'EvidenceFilesAndMeasures1795451574409'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "measure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "plan_id" uuid NOT NULL, "priority_area_id" uuid, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "unit" text NOT NULL, "polarity" text NOT NULL, "baseline_value" double precision, "baseline_date" date, "target_value" double precision, "target_date" date, "tolerance" double precision NOT NULL DEFAULT '0', "source" text NOT NULL DEFAULT '', "frequency" text, "illustrative" boolean NOT NULL DEFAULT false, "illustrative_note" text NOT NULL DEFAULT '', CONSTRAINT "measure_tolerance_check" CHECK (tolerance >= 0), CONSTRAINT "measure_frequency_check" CHECK (frequency IS NULL OR frequency IN ('weekly', 'monthly', 'quarterly', 'termly', 'annually')), CONSTRAINT "measure_polarity_check" CHECK (polarity IN ('higher_is_better', 'lower_is_better')), CONSTRAINT "measure_unit_check" CHECK (unit IN ('count', 'percent', 'days', 'weeks', 'people')), CONSTRAINT "PK_ddc1ad2a86717cedc808809423e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5b6fbae2f3ee1cd3391d3f7e07" ON "measure" ("plan_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_2616c7698250830f7cf7e77c05" ON "measure" ("priority_area_id") `);
        await queryRunner.query(`CREATE TABLE "measure_value" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "measure_id" uuid NOT NULL, "period_end" date NOT NULL, "value" double precision NOT NULL, "note" text NOT NULL DEFAULT '', "entered_by_id" uuid, "entered_by_label" text NOT NULL DEFAULT '', "illustrative" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_066da64f0071f7e2658da9fcb28" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_65a649c585fe9496aaca0b8576" ON "measure_value" ("measure_id", "period_end") `);
        await queryRunner.query(`CREATE TABLE "evidence_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evidence_id" uuid NOT NULL, "file_name" text NOT NULL, "mime_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "content" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_20a27dabb34e6703f913745c9e" UNIQUE ("evidence_id"), CONSTRAINT "evidence_file_sha256_check" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "evidence_file_size_check" CHECK (size_bytes > 0 AND size_bytes <= 26214400 AND octet_length(content) = size_bytes), CONSTRAINT "PK_f54e0261bc7f0350c7eae30736a" PRIMARY KEY ("id"))`);
        // Evidence files are mostly PDFs, images and office files, already compressed: store them
        // out of line without trying to compress them again.
        await queryRunner.query(`ALTER TABLE "evidence_file" ALTER COLUMN "content" SET STORAGE EXTERNAL`);
        await queryRunner.query(`CREATE TABLE "measure_action" ("measure_id" uuid NOT NULL, "action_id" uuid NOT NULL, CONSTRAINT "PK_81565d713b82edbf2b6f5607aeb" PRIMARY KEY ("measure_id", "action_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_002880b6df7be206e61660cf1f" ON "measure_action" ("measure_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_36e46e348d4117c7f027abeefb" ON "measure_action" ("action_id") `);
        await queryRunner.query(`ALTER TABLE "evidence" ADD "added_by_label" text NOT NULL DEFAULT ''`);
        await queryRunner.query(`ALTER TABLE "evidence" ADD CONSTRAINT "evidence_url_check" CHECK (url IS NULL OR url ~* '^https?://')`);
        await queryRunner.query(`ALTER TABLE "evidence" ADD CONSTRAINT "evidence_type_check" CHECK (type IN ('document', 'link', 'data', 'case_study', 'audit', 'training_record', 'minutes', 'voice_of_children_and_young_people', 'voice_of_parent_carers'))`);
        await queryRunner.query(`ALTER TABLE "measure" ADD CONSTRAINT "FK_5b6fbae2f3ee1cd3391d3f7e071" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "measure" ADD CONSTRAINT "FK_2616c7698250830f7cf7e77c05a" FOREIGN KEY ("priority_area_id") REFERENCES "priority_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "measure_value" ADD CONSTRAINT "FK_1e1caf194a34e5f4de8170e7819" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "evidence_file" ADD CONSTRAINT "FK_20a27dabb34e6703f913745c9ea" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "measure_action" ADD CONSTRAINT "FK_002880b6df7be206e61660cf1ff" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "measure_action" ADD CONSTRAINT "FK_36e46e348d4117c7f027abeefb4" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "measure_action" DROP CONSTRAINT "FK_36e46e348d4117c7f027abeefb4"`);
        await queryRunner.query(`ALTER TABLE "measure_action" DROP CONSTRAINT "FK_002880b6df7be206e61660cf1ff"`);
        await queryRunner.query(`ALTER TABLE "evidence_file" DROP CONSTRAINT "FK_20a27dabb34e6703f913745c9ea"`);
        await queryRunner.query(`ALTER TABLE "measure_value" DROP CONSTRAINT "FK_1e1caf194a34e5f4de8170e7819"`);
        await queryRunner.query(`ALTER TABLE "measure" DROP CONSTRAINT "FK_2616c7698250830f7cf7e77c05a"`);
        await queryRunner.query(`ALTER TABLE "measure" DROP CONSTRAINT "FK_5b6fbae2f3ee1cd3391d3f7e071"`);
        await queryRunner.query(`ALTER TABLE "evidence" DROP CONSTRAINT "evidence_type_check"`);
        await queryRunner.query(`ALTER TABLE "evidence" DROP CONSTRAINT "evidence_url_check"`);
        await queryRunner.query(`ALTER TABLE "evidence" DROP COLUMN "added_by_label"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_36e46e348d4117c7f027abeefb"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_002880b6df7be206e61660cf1f"`);
        await queryRunner.query(`DROP TABLE "measure_action"`);
        await queryRunner.query(`DROP TABLE "evidence_file"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_65a649c585fe9496aaca0b8576"`);
        await queryRunner.query(`DROP TABLE "measure_value"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2616c7698250830f7cf7e77c05"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5b6fbae2f3ee1cd3391d3f7e07"`);
        await queryRunner.query(`DROP TABLE "measure"`);
    }

}
