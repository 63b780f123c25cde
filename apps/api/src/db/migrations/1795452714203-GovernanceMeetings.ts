import { MigrationInterface, QueryRunner } from "typeorm";

export class GovernanceMeetings1795452714203 implements MigrationInterface {
    name = 'GovernanceMeetings1795452714203'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "plan_id" uuid NOT NULL, "body_id" uuid NOT NULL, "title" text NOT NULL, "meeting_date" date NOT NULL, "cut_off_at" TIMESTAMP WITH TIME ZONE NOT NULL, "priority_area_ids" uuid array NOT NULL DEFAULT '{}', "location" text NOT NULL DEFAULT '', CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_96f42d3c5740476732d3a30c2c" ON "meeting" ("body_id", "meeting_date") `);
        await queryRunner.query(`CREATE INDEX "IDX_20c36da4839bf922a9c6b118ab" ON "meeting" ("plan_id", "meeting_date") `);
        await queryRunner.query(`CREATE TABLE "decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "plan_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "action_id" uuid, "kind" text NOT NULL, "text" text NOT NULL, "owner_person_id" uuid, "due_date" date, "status" text NOT NULL DEFAULT 'open', "closing_note" text, "closed_on" date, CONSTRAINT "decision_closure_check" CHECK ((status = 'open' AND closed_on IS NULL AND closing_note IS NULL) OR (status = 'closed' AND closed_on IS NOT NULL AND closing_note IS NOT NULL)), CONSTRAINT "decision_status_check" CHECK (status IN ('open', 'closed')), CONSTRAINT "decision_kind_check" CHECK (kind IN ('decision', 'challenge')), CONSTRAINT "PK_fa4cbd6abf1215054f13c27df5a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2f94d2220056fd79cfd6e0e898" ON "decision" ("meeting_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_d61440463833fb539ad16879f3" ON "decision" ("action_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_0bed19a8f86b09a61795f4da0f" ON "decision" ("plan_id", "status") `);
        await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "FK_e03ffba80ea768af78fe6b39d48" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "FK_92ad2e68611c2f19bbaa5556206" FOREIGN KEY ("body_id") REFERENCES "governance_body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "decision" ADD CONSTRAINT "FK_1ba2dc105d56b3f3e68f14b24f4" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "decision" ADD CONSTRAINT "FK_2f94d2220056fd79cfd6e0e898c" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "decision" ADD CONSTRAINT "FK_d61440463833fb539ad16879f3c" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "decision" ADD CONSTRAINT "FK_814b8c76af6cb628d7478da5f3d" FOREIGN KEY ("owner_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "decision" DROP CONSTRAINT "FK_814b8c76af6cb628d7478da5f3d"`);
        await queryRunner.query(`ALTER TABLE "decision" DROP CONSTRAINT "FK_d61440463833fb539ad16879f3c"`);
        await queryRunner.query(`ALTER TABLE "decision" DROP CONSTRAINT "FK_2f94d2220056fd79cfd6e0e898c"`);
        await queryRunner.query(`ALTER TABLE "decision" DROP CONSTRAINT "FK_1ba2dc105d56b3f3e68f14b24f4"`);
        await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_92ad2e68611c2f19bbaa5556206"`);
        await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_e03ffba80ea768af78fe6b39d48"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0bed19a8f86b09a61795f4da0f"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d61440463833fb539ad16879f3"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2f94d2220056fd79cfd6e0e898"`);
        await queryRunner.query(`DROP TABLE "decision"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_20c36da4839bf922a9c6b118ab"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_96f42d3c5740476732d3a30c2c"`);
        await queryRunner.query(`DROP TABLE "meeting"`);
    }

}
