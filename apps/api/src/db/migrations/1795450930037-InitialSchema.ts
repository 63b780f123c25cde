import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795450930037 implements MigrationInterface {
    name = 'InitialSchema1795450930037'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "slug" text NOT NULL, "title" text NOT NULL, "local_area" text NOT NULL, "description" text NOT NULL DEFAULT '', "inspection_date" date, "start_date" date, "end_date" date, "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_54a2b686aed3b637654bf7ddbb3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3c212579e21a2c819a6281b589" ON "plan" ("slug") `);
        await queryRunner.query(`CREATE TABLE "governance_body" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "plan_id" uuid NOT NULL, "key" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "chair" text NOT NULL DEFAULT '', "cadence" text NOT NULL DEFAULT '', CONSTRAINT "PK_c1b6f36941a067116f9ba66605c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_227614b6281ecd4bfe675b22a2" ON "governance_body" ("plan_id", "key") `);
        await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "key" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3ee0975189df5d18d8da3a5634" ON "organisation" ("key") `);
        await queryRunner.query(`CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "key" text, "name" text NOT NULL, "job_title" text, "email" text, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8a014377a16aca84df2643f6eb" ON "person" ("key") WHERE key IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_53e60754c1edacbd248622810d" ON "person" ("organisation_id") `);
        await queryRunner.query(`CREATE TABLE "priority_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "plan_id" uuid NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "aim" text NOT NULL DEFAULT '', "progress_narrative" text NOT NULL DEFAULT '', "lead_person_id" uuid, "delivery_group_id" uuid, CONSTRAINT "PK_3fcc563c964052f0d2258bc607a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_483bacb2538d2b311d85690e2f" ON "priority_area" ("plan_id", "number") `);
        await queryRunner.query(`CREATE TABLE "action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "plan_id" uuid NOT NULL, "priority_area_id" uuid NOT NULL, "reference" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "owner_organisation_id" uuid NOT NULL, "owner_person_id" uuid, "start_date" date, "due_date" date, "delivery_status" text NOT NULL DEFAULT 'not_started', "impact_status" text NOT NULL DEFAULT 'not_yet_complete', "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "action_impact_status_check" CHECK (impact_status IN ('not_yet_complete', 'complete_monitoring_impact', 'complete_impact_evidenced')), CONSTRAINT "action_delivery_status_check" CHECK (delivery_status IN ('not_started', 'on_track', 'at_risk', 'off_track', 'complete')), CONSTRAINT "PK_2d9db9cf5edfbbae74eb56e3a39" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_993a6eb1ebbabdf1de4fd92cf4" ON "action" ("priority_area_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_005b3c4400d6d4be1a370efec6" ON "action" ("owner_organisation_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_e3d6ba534dfbc2d3f6b7a2000f" ON "action" ("owner_person_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_bc6ca53085f28fd9bcfcc631d5" ON "action" ("plan_id", "delivery_status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3ce6999f4b8def06c59fd6f337" ON "action" ("plan_id", "reference") `);
        await queryRunner.query(`CREATE TABLE "evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "action_id" uuid NOT NULL, "type" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "evidence_date" date, "demonstrates_impact" boolean NOT NULL DEFAULT false, "url" text, "added_by_id" uuid, "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_f9384b64f05845dafc167dcc21" ON "evidence" ("action_id") `);
        await queryRunner.query(`CREATE TABLE "milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "action_id" uuid NOT NULL, "title" text NOT NULL, "due_date" date, "completed_on" date, CONSTRAINT "PK_f8372abce331f60ba7b33fe23a7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2b62839b687dcf5f5673c655a9" ON "milestone" ("action_id") `);
        await queryRunner.query(`CREATE TABLE "audit_event" ("id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_label" text NOT NULL, "plan_id" uuid, "entity_type" text NOT NULL, "entity_id" uuid, "action" text NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3b361371d2a87e4dc17376da0d" ON "audit_event" ("plan_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_96f8ebd96ea3de9cd63863a2f9" ON "audit_event" ("entity_type", "entity_id", "occurred_at") `);
        await queryRunner.query(`CREATE TABLE "action_partner" ("action_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "PK_b2d371f6a69937dd7438de2f433" PRIMARY KEY ("action_id", "organisation_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_c8ba6f7b6a6bd9be97b64c81a4" ON "action_partner" ("action_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_cfa8e65a7d280316b609ba8f10" ON "action_partner" ("organisation_id") `);
        await queryRunner.query(`ALTER TABLE "governance_body" ADD CONSTRAINT "FK_83b510566d2f6a43bc498dd711b" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "FK_53e60754c1edacbd248622810d8" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "priority_area" ADD CONSTRAINT "FK_27d0a7a0c79bd47cba625e56704" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "priority_area" ADD CONSTRAINT "FK_1f52cfea66743168d6c6d4d8cbb" FOREIGN KEY ("lead_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "priority_area" ADD CONSTRAINT "FK_9bce00936150f29ef307155a886" FOREIGN KEY ("delivery_group_id") REFERENCES "governance_body"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "action" ADD CONSTRAINT "FK_73de59f4ddad48bad469c1afdbd" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "action" ADD CONSTRAINT "FK_993a6eb1ebbabdf1de4fd92cf4e" FOREIGN KEY ("priority_area_id") REFERENCES "priority_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "action" ADD CONSTRAINT "FK_005b3c4400d6d4be1a370efec68" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "action" ADD CONSTRAINT "FK_e3d6ba534dfbc2d3f6b7a2000f0" FOREIGN KEY ("owner_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "evidence" ADD CONSTRAINT "FK_f9384b64f05845dafc167dcc21f" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "milestone" ADD CONSTRAINT "FK_2b62839b687dcf5f5673c655a9e" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "action_partner" ADD CONSTRAINT "FK_c8ba6f7b6a6bd9be97b64c81a49" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "action_partner" ADD CONSTRAINT "FK_cfa8e65a7d280316b609ba8f10a" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "action_partner" DROP CONSTRAINT "FK_cfa8e65a7d280316b609ba8f10a"`);
        await queryRunner.query(`ALTER TABLE "action_partner" DROP CONSTRAINT "FK_c8ba6f7b6a6bd9be97b64c81a49"`);
        await queryRunner.query(`ALTER TABLE "milestone" DROP CONSTRAINT "FK_2b62839b687dcf5f5673c655a9e"`);
        await queryRunner.query(`ALTER TABLE "evidence" DROP CONSTRAINT "FK_f9384b64f05845dafc167dcc21f"`);
        await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "FK_e3d6ba534dfbc2d3f6b7a2000f0"`);
        await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "FK_005b3c4400d6d4be1a370efec68"`);
        await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "FK_993a6eb1ebbabdf1de4fd92cf4e"`);
        await queryRunner.query(`ALTER TABLE "action" DROP CONSTRAINT "FK_73de59f4ddad48bad469c1afdbd"`);
        await queryRunner.query(`ALTER TABLE "priority_area" DROP CONSTRAINT "FK_9bce00936150f29ef307155a886"`);
        await queryRunner.query(`ALTER TABLE "priority_area" DROP CONSTRAINT "FK_1f52cfea66743168d6c6d4d8cbb"`);
        await queryRunner.query(`ALTER TABLE "priority_area" DROP CONSTRAINT "FK_27d0a7a0c79bd47cba625e56704"`);
        await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_53e60754c1edacbd248622810d8"`);
        await queryRunner.query(`ALTER TABLE "governance_body" DROP CONSTRAINT "FK_83b510566d2f6a43bc498dd711b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_cfa8e65a7d280316b609ba8f10"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c8ba6f7b6a6bd9be97b64c81a4"`);
        await queryRunner.query(`DROP TABLE "action_partner"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_96f8ebd96ea3de9cd63863a2f9"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3b361371d2a87e4dc17376da0d"`);
        await queryRunner.query(`DROP TABLE "audit_event"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2b62839b687dcf5f5673c655a9"`);
        await queryRunner.query(`DROP TABLE "milestone"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f9384b64f05845dafc167dcc21"`);
        await queryRunner.query(`DROP TABLE "evidence"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3ce6999f4b8def06c59fd6f337"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_bc6ca53085f28fd9bcfcc631d5"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e3d6ba534dfbc2d3f6b7a2000f"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_005b3c4400d6d4be1a370efec6"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_993a6eb1ebbabdf1de4fd92cf4"`);
        await queryRunner.query(`DROP TABLE "action"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_483bacb2538d2b311d85690e2f"`);
        await queryRunner.query(`DROP TABLE "priority_area"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_53e60754c1edacbd248622810d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8a014377a16aca84df2643f6eb"`);
        await queryRunner.query(`DROP TABLE "person"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3ee0975189df5d18d8da3a5634"`);
        await queryRunner.query(`DROP TABLE "organisation"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_227614b6281ecd4bfe675b22a2"`);
        await queryRunner.query(`DROP TABLE "governance_body"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3c212579e21a2c819a6281b589"`);
        await queryRunner.query(`DROP TABLE "plan"`);
    }

}
