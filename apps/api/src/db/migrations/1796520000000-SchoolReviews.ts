import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schools' SEND self-reviews against the local authority's expectations, and its audits of them:
 * the expectations framework (editions, areas, statements), schools, self-reviews and audit visits
 * with their ratings, each table held to its local area (see NotificationsInLocalAreas); and the
 * school SENCO role, whose account names their school.
 */
const TABLES: { table: string }[] = [
  { table: 'expectation_framework' }, { table: 'expectation_area' }, { table: 'expectation_statement' }, { table: 'school' },
  { table: 'school_self_review' }, { table: 'school_self_review_rating' }, { table: 'school_audit' }, { table: 'school_audit_rating' },
];
const SESSION_COLUMNS = 'active, roles, email, display_name, organisation_id, person_id, can_edit_organisation_actions, local_area_id, installation_admin';

export class SchoolReviews1796520000000 implements MigrationInterface {
  name = 'SchoolReviews1796520000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "expectation_framework" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "edition" integer NOT NULL, "title" text NOT NULL, "label" text NOT NULL, "published_on" date, CONSTRAINT "PK_fee1141828b990ebf56183a1175" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_314ec6ce85a6e93729286646aa" ON "expectation_framework" ("local_area_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bf46ab067795bdafcee1a980e3" ON "expectation_framework" ("local_area_id", "edition") `);
    await queryRunner.query(`CREATE TABLE "expectation_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "framework_id" uuid NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "introduction" text, "local_authority_introduction" text, "local_authority_commitments" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_7486500b4681b057b8d34882658" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_068f302104526ffb46ca91221e" ON "expectation_area" ("local_area_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_65ad5853ecb9a42934b49031e8" ON "expectation_area" ("framework_id", "number") `);
    await queryRunner.query(`CREATE TABLE "expectation_statement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "framework_id" uuid NOT NULL, "area_id" uuid NOT NULL, "number" integer NOT NULL, "text" text NOT NULL, CONSTRAINT "PK_0bfbc9c2bf66a87ef5d89f3d883" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_37ad9b87d67757322845fcc98f" ON "expectation_statement" ("local_area_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_417a9697ab035b29d6ec4d8e34" ON "expectation_statement" ("framework_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2b19c4d99bc9099397c86259a8" ON "expectation_statement" ("area_id", "number") `);
    await queryRunner.query(`CREATE TABLE "school" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "name" text NOT NULL, "phase" text NOT NULL, "urn" text NOT NULL, "senco_name" text, "illustrative" boolean NOT NULL DEFAULT false, CONSTRAINT "school_urn_check" CHECK (urn ~ '^[0-9]{6}$'), CONSTRAINT "school_phase_check" CHECK (phase IN ('primary', 'secondary', 'special', 'all_through', 'post_16')), CONSTRAINT "PK_57836c3fe2f2c7734b20911755e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7a4f10c94a46f2ea896916f0a2" ON "school" ("local_area_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e1e8a1e2a58e24bc6480a24e99" ON "school" ("local_area_id", "urn") `);
    await queryRunner.query(`CREATE TABLE "school_self_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "school_id" uuid NOT NULL, "framework_id" uuid NOT NULL, "academic_year" integer NOT NULL, "state" text NOT NULL DEFAULT 'draft', "summary" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by" text, CONSTRAINT "school_self_review_state_check" CHECK (state IN ('draft', 'submitted')), CONSTRAINT "PK_bbb0d356232fbf12efd5bab3a37" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_af62b107f5fdc60c4a4cd35e4f" ON "school_self_review" ("local_area_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0c54173616da341f1bb858f192" ON "school_self_review" ("framework_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_adb2b357bd0e3fe127d5d1e029" ON "school_self_review" ("school_id", "academic_year") `);
    await queryRunner.query(`CREATE TABLE "school_self_review_rating" ("self_review_id" uuid NOT NULL, "statement_id" uuid NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "rating" text NOT NULL, "notes" text, "evidence" text, CONSTRAINT "school_self_review_rating_rating_check" CHECK (rating IN ('embedded', 'developing', 'not_yet')), CONSTRAINT "PK_5764eefe62c1692dcde14802d92" PRIMARY KEY ("self_review_id", "statement_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9519a6990db78197d141dbef04" ON "school_self_review_rating" ("local_area_id") `);
    await queryRunner.query(`CREATE TABLE "school_audit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "school_id" uuid NOT NULL, "framework_id" uuid NOT NULL, "visit_date" date NOT NULL, "auditors" text array NOT NULL DEFAULT '{}', "state" text NOT NULL DEFAULT 'draft', "published_at" TIMESTAMP WITH TIME ZONE, "strengths" jsonb NOT NULL DEFAULT '[]', "findings" jsonb NOT NULL DEFAULT '[]', "next_steps" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "school_audit_state_check" CHECK (state IN ('draft', 'published')), CONSTRAINT "PK_6be06c5144e9a550324efd117f9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ceb2428e93c3949cefdde5637a" ON "school_audit" ("local_area_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_61e2ac3a94e58bcea4b72aed02" ON "school_audit" ("school_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_88a2b0ab4b70701fd42fb1f714" ON "school_audit" ("framework_id") `);
    await queryRunner.query(`CREATE TABLE "school_audit_rating" ("audit_id" uuid NOT NULL, "statement_id" uuid NOT NULL, "local_area_id" uuid NOT NULL DEFAULT app_local_area_id(), "rating" text NOT NULL, "note" text, CONSTRAINT "school_audit_rating_rating_check" CHECK (rating IN ('embedded', 'developing', 'not_yet')), CONSTRAINT "PK_70ea35400bf86aef7da6aaed6dd" PRIMARY KEY ("audit_id", "statement_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1e26f58f0d392352df30c93831" ON "school_audit_rating" ("local_area_id") `);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "school_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_2692867cd64951048bdb4ec7c9" ON "app_user" ("school_id") `);
    await queryRunner.query(`ALTER TABLE "expectation_area" ADD CONSTRAINT "FK_c91ff9ddd472c3927fdf152bf74" FOREIGN KEY ("framework_id") REFERENCES "expectation_framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "expectation_statement" ADD CONSTRAINT "FK_417a9697ab035b29d6ec4d8e346" FOREIGN KEY ("framework_id") REFERENCES "expectation_framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "expectation_statement" ADD CONSTRAINT "FK_441aca7fe6b4e29c965f42d769f" FOREIGN KEY ("area_id") REFERENCES "expectation_area"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "school_self_review" ADD CONSTRAINT "FK_fe4e3d8a30cfc1138e98f4033e2" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "school_self_review" ADD CONSTRAINT "FK_0c54173616da341f1bb858f192b" FOREIGN KEY ("framework_id") REFERENCES "expectation_framework"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "school_self_review_rating" ADD CONSTRAINT "FK_920273fd95d0a845357d290dbe9" FOREIGN KEY ("self_review_id") REFERENCES "school_self_review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "school_self_review_rating" ADD CONSTRAINT "FK_6a9e111f0913ac558bf536814be" FOREIGN KEY ("statement_id") REFERENCES "expectation_statement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "school_audit" ADD CONSTRAINT "FK_61e2ac3a94e58bcea4b72aed024" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "school_audit" ADD CONSTRAINT "FK_88a2b0ab4b70701fd42fb1f714a" FOREIGN KEY ("framework_id") REFERENCES "expectation_framework"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "school_audit_rating" ADD CONSTRAINT "FK_286009b11fabf2cc85afc77e775" FOREIGN KEY ("audit_id") REFERENCES "school_audit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "school_audit_rating" ADD CONSTRAINT "FK_027e8a8859db237466f06812e46" FOREIGN KEY ("statement_id") REFERENCES "expectation_statement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_2692867cd64951048bdb4ec7c9c" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    for (const { table } of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`
        CREATE POLICY local_area_rows ON "${table}"
          USING (local_area_id = ANY ((SELECT app_local_area_ids())::uuid[]))
          WITH CHECK (local_area_id = ANY ((SELECT app_local_area_ids())::uuid[]))`);
    }
    // The school SENCO role.
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_roles_check"`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "app_user_roles_check" CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'plan_manager', 'moderator', 'action_owner', 'board_member', 'scrutiny', 'viewer', 'adviser', 'school_senco']::text[])`);
    // A SENCO's school is part of their session: a change looks the session up afresh.
    await queryRunner.query(`DROP TRIGGER app_user_session_invalidated ON app_user`);
    await queryRunner.query(`
      CREATE TRIGGER app_user_session_invalidated
        AFTER UPDATE OF ${SESSION_COLUMNS}, school_id ON app_user
        FOR EACH ROW EXECUTE FUNCTION notify_session_invalidated('id')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER app_user_session_invalidated ON app_user`);
    await queryRunner.query(`
      CREATE TRIGGER app_user_session_invalidated
        AFTER UPDATE OF ${SESSION_COLUMNS} ON app_user
        FOR EACH ROW EXECUTE FUNCTION notify_session_invalidated('id')`);
    // A SENCO with no other role has nothing left to do: kept, but signed out and unable to sign in.
    await queryRunner.query(`UPDATE app_user SET active = false, roles = '{viewer}' WHERE roles = '{school_senco}'`);
    await queryRunner.query(`UPDATE app_user SET roles = array_remove(roles, 'school_senco') WHERE 'school_senco' = ANY(roles)`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_roles_check"`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "app_user_roles_check" CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'plan_manager', 'moderator', 'action_owner', 'board_member', 'scrutiny', 'viewer', 'adviser']::text[])`);
    for (const { table } of [...TABLES].reverse()) {
      await queryRunner.query(`DROP POLICY local_area_rows ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_2692867cd64951048bdb4ec7c9c"`);
    await queryRunner.query(`ALTER TABLE "school_audit_rating" DROP CONSTRAINT "FK_027e8a8859db237466f06812e46"`);
    await queryRunner.query(`ALTER TABLE "school_audit_rating" DROP CONSTRAINT "FK_286009b11fabf2cc85afc77e775"`);
    await queryRunner.query(`ALTER TABLE "school_audit" DROP CONSTRAINT "FK_88a2b0ab4b70701fd42fb1f714a"`);
    await queryRunner.query(`ALTER TABLE "school_audit" DROP CONSTRAINT "FK_61e2ac3a94e58bcea4b72aed024"`);
    await queryRunner.query(`ALTER TABLE "school_self_review_rating" DROP CONSTRAINT "FK_6a9e111f0913ac558bf536814be"`);
    await queryRunner.query(`ALTER TABLE "school_self_review_rating" DROP CONSTRAINT "FK_920273fd95d0a845357d290dbe9"`);
    await queryRunner.query(`ALTER TABLE "school_self_review" DROP CONSTRAINT "FK_0c54173616da341f1bb858f192b"`);
    await queryRunner.query(`ALTER TABLE "school_self_review" DROP CONSTRAINT "FK_fe4e3d8a30cfc1138e98f4033e2"`);
    await queryRunner.query(`ALTER TABLE "expectation_statement" DROP CONSTRAINT "FK_441aca7fe6b4e29c965f42d769f"`);
    await queryRunner.query(`ALTER TABLE "expectation_statement" DROP CONSTRAINT "FK_417a9697ab035b29d6ec4d8e346"`);
    await queryRunner.query(`ALTER TABLE "expectation_area" DROP CONSTRAINT "FK_c91ff9ddd472c3927fdf152bf74"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2692867cd64951048bdb4ec7c9"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "school_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1e26f58f0d392352df30c93831"`);
    await queryRunner.query(`DROP TABLE "school_audit_rating"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_88a2b0ab4b70701fd42fb1f714"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_61e2ac3a94e58bcea4b72aed02"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ceb2428e93c3949cefdde5637a"`);
    await queryRunner.query(`DROP TABLE "school_audit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9519a6990db78197d141dbef04"`);
    await queryRunner.query(`DROP TABLE "school_self_review_rating"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_adb2b357bd0e3fe127d5d1e029"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0c54173616da341f1bb858f192"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_af62b107f5fdc60c4a4cd35e4f"`);
    await queryRunner.query(`DROP TABLE "school_self_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e1e8a1e2a58e24bc6480a24e99"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7a4f10c94a46f2ea896916f0a2"`);
    await queryRunner.query(`DROP TABLE "school"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2b19c4d99bc9099397c86259a8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_417a9697ab035b29d6ec4d8e34"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_37ad9b87d67757322845fcc98f"`);
    await queryRunner.query(`DROP TABLE "expectation_statement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_65ad5853ecb9a42934b49031e8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_068f302104526ffb46ca91221e"`);
    await queryRunner.query(`DROP TABLE "expectation_area"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bf46ab067795bdafcee1a980e3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_314ec6ce85a6e93729286646aa"`);
    await queryRunner.query(`DROP TABLE "expectation_framework"`);
  }
}
