import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "You said, we did": voice items (what children, young people, parent carers and practitioners
 * said), the priority areas and actions they concern, and the partnership's response to each. Every
 * table is held to its local area like every other tenant table (see NotificationsInLocalAreas).
 * Links to inspection findings, when they come, get a link table of their own beside these.
 */
const TABLES = ['voice_item', 'voice_item_priority_area', 'voice_item_action', 'voice_response', 'voice_response_action'];

export class VoiceItems1796510000000 implements MigrationInterface {
  name = 'VoiceItems1796510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "voice_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "plan_id" uuid NOT NULL, "source" text NOT NULL, "voice_of" text NOT NULL, "heard_on" date NOT NULL, "cohort_size" integer, "kind" text NOT NULL, "words" text NOT NULL, "source_title" text NOT NULL DEFAULT '', "illustrative" boolean NOT NULL DEFAULT false, CONSTRAINT "voice_item_cohort_size_check" CHECK (cohort_size IS NULL OR cohort_size >= 1), CONSTRAINT "voice_item_kind_check" CHECK (kind IN ('strength', 'concern', 'recommendation')), CONSTRAINT "voice_item_voice_of_check" CHECK (voice_of IN ('parent_carers', 'children_young_people', 'practitioners')), CONSTRAINT "voice_item_source_check" CHECK (source IN ('survey', 'forum', 'discussion_group', 'complaint', 'case_audit', 'compliment')), CONSTRAINT "PK_77dd6a4528b9c11056c308762c9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9d418ea6ec4d5b3561bd59e075" ON "voice_item" ("local_area_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_9b99ee5d004664126c8fe497cc" ON "voice_item" ("plan_id", "heard_on")`);
    await queryRunner.query(`CREATE TABLE "voice_item_priority_area" ("voice_item_id" uuid NOT NULL, "priority_area_id" uuid NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), CONSTRAINT "PK_8fe4514af6bfa3849a4f3763a14" PRIMARY KEY ("voice_item_id", "priority_area_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_396d166d94db28eef646fa5103" ON "voice_item_priority_area" ("priority_area_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_37263232e27093ff696d4be1c0" ON "voice_item_priority_area" ("local_area_id")`);
    await queryRunner.query(`CREATE TABLE "voice_item_action" ("voice_item_id" uuid NOT NULL, "action_id" uuid NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), CONSTRAINT "PK_9dc2cba558ade20167f8c002c6b" PRIMARY KEY ("voice_item_id", "action_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3ba71edbae40df85928204ea6f" ON "voice_item_action" ("action_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_b736199b832d2e8bdc8735c6dc" ON "voice_item_action" ("local_area_id")`);
    await queryRunner.query(`CREATE TABLE "voice_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "voice_item_id" uuid NOT NULL, "what_changed" text NOT NULL, "responded_on" date NOT NULL, "status" text NOT NULL, "responded_by_user_id" uuid, "responded_by" text NOT NULL, "illustrative" boolean NOT NULL DEFAULT false, CONSTRAINT "REL_061d90f26a3a2118b3921fb6c6" UNIQUE ("voice_item_id"), CONSTRAINT "voice_response_status_check" CHECK (status IN ('planned', 'done')), CONSTRAINT "PK_5c2fc44f832755f95c89a7d9316" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5d8be6586b9e7321e79e4e9b8d" ON "voice_response" ("local_area_id")`);
    await queryRunner.query(`CREATE TABLE "voice_response_action" ("voice_response_id" uuid NOT NULL, "action_id" uuid NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), CONSTRAINT "PK_6d76dddfa3912fc0fba8662c790" PRIMARY KEY ("voice_response_id", "action_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a533d86f7c1dc64ee1cf642189" ON "voice_response_action" ("action_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_e9a57fd515ae075a6cca4a1963" ON "voice_response_action" ("local_area_id")`);
    await queryRunner.query(`ALTER TABLE "voice_item" ADD CONSTRAINT "FK_86759e5651c8fabb48d020dd1f1" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "voice_item_priority_area" ADD CONSTRAINT "FK_02ed307ab5ff49837d174de8e32" FOREIGN KEY ("voice_item_id") REFERENCES "voice_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "voice_item_priority_area" ADD CONSTRAINT "FK_396d166d94db28eef646fa5103f" FOREIGN KEY ("priority_area_id") REFERENCES "priority_area"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "voice_item_action" ADD CONSTRAINT "FK_78f69027c70e34aa242249b4f3d" FOREIGN KEY ("voice_item_id") REFERENCES "voice_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "voice_item_action" ADD CONSTRAINT "FK_3ba71edbae40df85928204ea6fe" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "voice_response" ADD CONSTRAINT "FK_061d90f26a3a2118b3921fb6c6c" FOREIGN KEY ("voice_item_id") REFERENCES "voice_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "voice_response" ADD CONSTRAINT "FK_83081c52db938d0c50ea43cb38d" FOREIGN KEY ("responded_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "voice_response_action" ADD CONSTRAINT "FK_cf0ba39888c3d8b4d2e075ab809" FOREIGN KEY ("voice_response_id") REFERENCES "voice_response"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "voice_response_action" ADD CONSTRAINT "FK_a533d86f7c1dc64ee1cf642189c" FOREIGN KEY ("action_id") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
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
    await queryRunner.query(`ALTER TABLE "voice_response_action" DROP CONSTRAINT "FK_a533d86f7c1dc64ee1cf642189c"`);
    await queryRunner.query(`ALTER TABLE "voice_response_action" DROP CONSTRAINT "FK_cf0ba39888c3d8b4d2e075ab809"`);
    await queryRunner.query(`ALTER TABLE "voice_response" DROP CONSTRAINT "FK_83081c52db938d0c50ea43cb38d"`);
    await queryRunner.query(`ALTER TABLE "voice_response" DROP CONSTRAINT "FK_061d90f26a3a2118b3921fb6c6c"`);
    await queryRunner.query(`ALTER TABLE "voice_item_action" DROP CONSTRAINT "FK_3ba71edbae40df85928204ea6fe"`);
    await queryRunner.query(`ALTER TABLE "voice_item_action" DROP CONSTRAINT "FK_78f69027c70e34aa242249b4f3d"`);
    await queryRunner.query(`ALTER TABLE "voice_item_priority_area" DROP CONSTRAINT "FK_396d166d94db28eef646fa5103f"`);
    await queryRunner.query(`ALTER TABLE "voice_item_priority_area" DROP CONSTRAINT "FK_02ed307ab5ff49837d174de8e32"`);
    await queryRunner.query(`ALTER TABLE "voice_item" DROP CONSTRAINT "FK_86759e5651c8fabb48d020dd1f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e9a57fd515ae075a6cca4a1963"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a533d86f7c1dc64ee1cf642189"`);
    await queryRunner.query(`DROP TABLE "voice_response_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5d8be6586b9e7321e79e4e9b8d"`);
    await queryRunner.query(`DROP TABLE "voice_response"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b736199b832d2e8bdc8735c6dc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ba71edbae40df85928204ea6f"`);
    await queryRunner.query(`DROP TABLE "voice_item_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_37263232e27093ff696d4be1c0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_396d166d94db28eef646fa5103"`);
    await queryRunner.query(`DROP TABLE "voice_item_priority_area"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9b99ee5d004664126c8fe497cc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d418ea6ec4d5b3561bd59e075"`);
    await queryRunner.query(`DROP TABLE "voice_item"`);
  }
}
