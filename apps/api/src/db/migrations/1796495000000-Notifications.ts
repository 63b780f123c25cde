import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Notifications and email: in-app notifications, every email with its delivery record (and the
 * outbox, when no SMTP server is configured), each person's email preferences, the secret that signs
 * unsubscribe links, plans' reminder days and governance bodies' members. The job queue (pg-boss)
 * keeps its own tables in its own schema, which it creates and upgrades itself.
 */

export class Notifications1796495000000 implements MigrationInterface {
    name = 'Notifications1796495000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "plan_reminder_setting" ("plan_id" uuid NOT NULL, "reminder_days" integer array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_23c02966c71ceb863ac0a12dcf4" PRIMARY KEY ("plan_id"))`);
        await queryRunner.query(`CREATE TABLE "signing_secret" ("name" text NOT NULL, "secret" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7ebc4cb821807b88ad5e3f607b2" PRIMARY KEY ("name"))`);
        await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "user_id" uuid NOT NULL, "plan_id" uuid, "kind" text NOT NULL, "event_key" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL DEFAULT '', "link" text, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_a39643b31289dc65081f803bc1" ON "notification" ("plan_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_73bfce92922b5fdb3c378fc8b9" ON "notification" ("user_id", "created_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b4896698bece2a8a816a8c9e2c" ON "notification" ("user_id", "event_key") `);
        await queryRunner.query(`CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "email_kinds_off" text array NOT NULL DEFAULT '{}', "digest_day" text NOT NULL DEFAULT 'monday', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "notification_preference_digest_day_check" CHECK (digest_day IN ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')), CONSTRAINT "notification_preference_kinds_check" CHECK (email_kinds_off <@ ARRAY['update_reminder', 'update_moderated', 'weekly_digest', 'pack_published', 'decision_due']::text[]), CONSTRAINT "PK_ff040d2d2e35c49b00525783829" PRIMARY KEY ("user_id"))`);
        await queryRunner.query(`CREATE TABLE "email_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "event_key" text NOT NULL, "user_id" uuid, "plan_id" uuid, "kind" text NOT NULL, "to_address" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "status" text NOT NULL DEFAULT 'queued', "attempts" integer NOT NULL DEFAULT '0', "last_response" text, "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "email_message_kind_check" CHECK (kind IN ('update_reminder', 'update_moderated', 'weekly_digest', 'pack_published', 'decision_due')), CONSTRAINT "email_message_status_check" CHECK (status IN ('queued', 'sending', 'retrying', 'sent', 'failed', 'outbox')), CONSTRAINT "PK_9fe3a0a31f2ffe66dd976851792" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d248fc5637a34accd757e1c3d5" ON "email_message" ("event_key") `);
        await queryRunner.query(`CREATE INDEX "IDX_aad6875afadd4f3b8f26e4d3e0" ON "email_message" ("user_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_8f63b2f9492f3cd25f9b3727c1" ON "email_message" ("plan_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_bef64746134299f865ea784251" ON "email_message" ("status", "created_at") `);
        await queryRunner.query(`CREATE TABLE "governance_body_member" ("body_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b196728b3216d7729e60ceac5d8" PRIMARY KEY ("body_id", "user_id"))`);
        await queryRunner.query(`ALTER TABLE "plan_reminder_setting" ADD CONSTRAINT "FK_23c02966c71ceb863ac0a12dcf4" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "email_message" ADD CONSTRAINT "FK_aad6875afadd4f3b8f26e4d3e08" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "governance_body_member" ADD CONSTRAINT "FK_bf7a4ddb6ecda65c6839bc62581" FOREIGN KEY ("body_id") REFERENCES "governance_body"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "governance_body_member" ADD CONSTRAINT "FK_1a723c8a4f242a423e0f743567d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "governance_body_member" DROP CONSTRAINT "FK_1a723c8a4f242a423e0f743567d"`);
        await queryRunner.query(`ALTER TABLE "governance_body_member" DROP CONSTRAINT "FK_bf7a4ddb6ecda65c6839bc62581"`);
        await queryRunner.query(`ALTER TABLE "email_message" DROP CONSTRAINT "FK_aad6875afadd4f3b8f26e4d3e08"`);
        await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"`);
        await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
        await queryRunner.query(`ALTER TABLE "plan_reminder_setting" DROP CONSTRAINT "FK_23c02966c71ceb863ac0a12dcf4"`);
        await queryRunner.query(`DROP TABLE "governance_body_member"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_bef64746134299f865ea784251"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8f63b2f9492f3cd25f9b3727c1"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_aad6875afadd4f3b8f26e4d3e0"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d248fc5637a34accd757e1c3d5"`);
        await queryRunner.query(`DROP TABLE "email_message"`);
        await queryRunner.query(`DROP TABLE "notification_preference"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b4896698bece2a8a816a8c9e2c"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_73bfce92922b5fdb3c378fc8b9"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a39643b31289dc65081f803bc1"`);
        await queryRunner.query(`DROP TABLE "notification"`);
        await queryRunner.query(`DROP TABLE "signing_secret"`);
        await queryRunner.query(`DROP TABLE "plan_reminder_setting"`);
    }

}
