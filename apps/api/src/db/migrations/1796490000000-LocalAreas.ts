import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows belong to a local area, each with a local_area_id and a row-level security policy on it. */
export const LOCAL_AREA_TABLES = [
  'organisation', 'person', 'plan', 'governance_body', 'priority_area', 'action', 'action_status_history', 'evidence',
  'evidence_file', 'meeting', 'decision', 'reporting_period', 'status_update', 'status_update_transition', 'pack',
  'pack_file', 'milestone', 'measure', 'measure_value', 'import', 'audit_event',
] as const;

/** Link tables (TypeORM's many-to-many join tables): a row is in sight when the row it hangs from is. */
export const LINK_TABLES = [
  { table: 'action_partner', parent: 'action', column: 'action_id' },
  { table: 'measure_action', parent: 'measure', column: 'measure_id' },
  { table: 'status_update_evidence', parent: 'status_update', column: 'status_update_id' },
] as const;

/** The role the API works as (SET ROLE at connection): neither the tables' owner nor able to bypass row-level security. */
export const APP_ROLE = 'send_app';

const INDEXES: [table: string, name: string, columns: string][] = [
  ['organisation', 'IDX_6d6bd718a7e56c7e9323cb0413', '"local_area_id"'],
  ['person', 'IDX_8306f84713bbfc8aefa3be6cd7', '"local_area_id"'],
  ['plan', 'IDX_d1fa3597861b5c5a9876446811', '"local_area_id"'],
  ['governance_body', 'IDX_3575e8a0034e36b3872030e6e7', '"local_area_id"'],
  ['priority_area', 'IDX_a59fd8131b4284042d04930739', '"local_area_id"'],
  ['action', 'IDX_d583dee156af2e2f5d4203e1bd', '"local_area_id"'],
  ['evidence', 'IDX_e79a8514cb1adc7c367c8e7b74', '"local_area_id"'],
  ['meeting', 'IDX_e2f663e29794f839b5eb0188cb', '"local_area_id"'],
  ['reporting_period', 'IDX_4f31dd273f95b5423ff1b6a317', '"local_area_id"'],
  ['status_update', 'IDX_6249d0747197217ab464f7a196', '"local_area_id"'],
  ['status_update_transition', 'IDX_13e7af0f452fc7236ffa63aa9a', '"local_area_id"'],
  ['pack', 'IDX_6c59c4fe4955ae9ecf88dbdfe9', '"local_area_id"'],
  ['pack_file', 'IDX_e8a559468487c94a9696283028', '"local_area_id"'],
  ['milestone', 'IDX_46c9cc8dca61f287ebfc73d004', '"local_area_id"'],
  ['measure', 'IDX_ccaebd58cdd3975ca4a33af029', '"local_area_id"'],
  ['measure_value', 'IDX_6f4e688ddba0ca084d13307ba9', '"local_area_id"'],
  ['import', 'IDX_3c4067e72c6f1c8bdbae84dca5', '"local_area_id"'],
  ['decision', 'IDX_7db8bc384111dc69d06368748f', '"local_area_id"'],
  ['evidence_file', 'IDX_ee6d3485f18cb025881e3a27fe', '"local_area_id"'],
  ['audit_event', 'IDX_4a8f82e3ee4ea2c09622919a04', '"local_area_id"'],
  ['action_status_history', 'IDX_1284bccc7f6f437c913fa36a2e', '"local_area_id"'],
];

/**
 * Local areas as tenants. Every row of a local area's data carries local_area_id, filled in by the
 * database from the writer's setting, and a row-level security policy compares it with the
 * `app.local_area_ids` setting the API makes for each piece of work (db/local-area-context.ts).
 * The API works as the role send_app, which is not the tables' owner and cannot bypass the
 * policies; migrations (and the benchmark's floor) run as the owner.
 *
 * Data already here becomes one local area, named after its first plan's local area; its
 * administrators become the installation's.
 */
export class LocalAreas1796490000000 implements MigrationInterface {
  name = 'LocalAreas1796490000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The local areas in sight: the setting's ids, or none. Inlined by the planner; callers wrap it
    // in a sub-select so that the ids are read once per statement, not once per row.
    await queryRunner.query(`
      CREATE FUNCTION app_local_area_ids() RETURNS uuid[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT string_to_array(nullif(current_setting('app.local_area_ids', true), ''), ',')::uuid[]
      $$`);
    // The local area a new row belongs to: the one in sight, when there is exactly one.
    await queryRunner.query(`
      CREATE FUNCTION app_local_area_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN cardinality(ids) = 1 THEN ids[1] END FROM (SELECT app_local_area_ids() AS ids) s
      $$`);

    await queryRunner.query(`CREATE TABLE "local_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "name" text NOT NULL, "slug" text NOT NULL, "council_name" text NOT NULL DEFAULT '', "icb_name" text NOT NULL DEFAULT '', CONSTRAINT "PK_f5e007dc4410edd29021aec4f8c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f79178d560626ab48c815a555a" ON "local_area" ("slug") `);
    await queryRunner.query(`CREATE TABLE "adviser_local_area" ("user_id" uuid NOT NULL, "local_area_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a6d4f7682ecfb43ad3d9293b9e4" PRIMARY KEY ("user_id", "local_area_id"))`);

    // Data already here: one local area, in sight for the rest of this migration, so that the
    // columns' default fills every existing row with it.
    await queryRunner.query(`
      WITH named AS (SELECT coalesce((SELECT local_area FROM plan ORDER BY created_at LIMIT 1), 'Local area') AS name)
      INSERT INTO local_area (version, name, slug)
      SELECT 1, name, coalesce(nullif(trim(both '-' from lower(regexp_replace(name, '[^A-Za-z0-9]+', '-', 'g'))), ''), 'local-area') FROM named
       WHERE EXISTS (SELECT 1 FROM plan) OR EXISTS (SELECT 1 FROM app_user) OR EXISTS (SELECT 1 FROM organisation) OR EXISTS (SELECT 1 FROM person)`);
    await queryRunner.query(`SELECT set_config('app.local_area_ids', coalesce((SELECT id::text FROM local_area LIMIT 1), ''), true)`);

    for (const table of LOCAL_AREA_TABLES) {
      const nullable = table === 'audit_event' ? '' : ' NOT NULL';
      await queryRunner.query(`ALTER TABLE "${table}" ADD "local_area_id" uuid${nullable} DEFAULT app_local_area_id()`);
    }
    for (const [table, name, columns] of INDEXES) await queryRunner.query(`CREATE INDEX "${name}" ON "${table}" (${columns}) `);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "local_area_id" uuid NOT NULL DEFAULT app_local_area_id()`);
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "local_area_id" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "installation_admin" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`UPDATE app_user SET installation_admin = true WHERE 'admin' = ANY(roles)`);
    await queryRunner.query(`CREATE INDEX "IDX_f920af55ebbb01fb43bde7e95c" ON "app_user" ("local_area_id") `);
    // The adviser role.
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_roles_check"`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "app_user_roles_check" CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'plan_manager', 'moderator', 'action_owner', 'board_member', 'scrutiny', 'viewer', 'adviser']::text[])`);
    await queryRunner.query(`SELECT set_config('app.local_area_ids', '', true)`);

    // Keys and slugs are unique within a local area, so one area's cannot reveal another's.
    await queryRunner.query(`DROP INDEX "public"."IDX_3ee0975189df5d18d8da3a5634"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8a014377a16aca84df2643f6eb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3c212579e21a2c819a6281b589"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_00e126baea84af8c44d823886c" ON "organisation" ("local_area_id", "key") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c0917815bcb68b600da54282b6" ON "person" ("local_area_id", "key") WHERE key IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7b9a678a0f302eee0c82d5ea96" ON "plan" ("local_area_id", "slug") `);

    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_f920af55ebbb01fb43bde7e95c8" FOREIGN KEY ("local_area_id") REFERENCES "local_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "adviser_local_area" ADD CONSTRAINT "FK_c97e5c45f5017f746933e0e87d9" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "adviser_local_area" ADD CONSTRAINT "FK_00abc9a70c913035545cd024576" FOREIGN KEY ("local_area_id") REFERENCES "local_area"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // An adviser's areas are part of their session: a change looks the session up afresh.
    await queryRunner.query(`
      CREATE TRIGGER adviser_local_area_session_invalidated AFTER INSERT OR DELETE ON adviser_local_area
        FOR EACH ROW EXECUTE FUNCTION notify_session_invalidated('user_id')`);
    await queryRunner.query(`DROP TRIGGER app_user_session_invalidated ON app_user`);
    await queryRunner.query(`
      CREATE TRIGGER app_user_session_invalidated
        AFTER UPDATE OF active, roles, email, display_name, organisation_id, person_id, can_edit_organisation_actions, local_area_id, installation_admin ON app_user
        FOR EACH ROW EXECUTE FUNCTION notify_session_invalidated('id')`);

    // Row-level security: rows outside the local areas in sight can be neither read nor written.
    for (const table of LOCAL_AREA_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      // Sign-in failures are nobody's: written with no local area, read by no one through the API.
      const check = table === 'audit_event' ? 'local_area_id IS NULL OR ' : '';
      await queryRunner.query(`
        CREATE POLICY local_area_rows ON "${table}"
          USING (local_area_id = ANY ((SELECT app_local_area_ids())::uuid[]))
          WITH CHECK (${check}local_area_id = ANY ((SELECT app_local_area_ids())::uuid[]))`);
    }
    for (const { table, parent, column } of LINK_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      // The parent's own policy decides whether it is in sight.
      await queryRunner.query(`CREATE POLICY local_area_rows ON "${table}" USING (EXISTS (SELECT 1 FROM "${parent}" p WHERE p.id = "${column}"))`);
    }

    // The API's role. Roles belong to the whole PostgreSQL server, so it may exist already (another database).
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} NOLOGIN NOBYPASSRLS;
        END IF;
      END $$`);
    // The migrating user switches to it at every connection of the API.
    await queryRunner.query(`GRANT ${APP_ROLE} TO current_user`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON "migrations" FROM ${APP_ROLE}`);
    // Tables that later migrations make are the API's to use as well (and need a policy of their own: the tenancy tests check).
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ${APP_ROLE}`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${APP_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}`);
    for (const { table } of LINK_TABLES) {
      await queryRunner.query(`DROP POLICY local_area_rows ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    for (const table of LOCAL_AREA_TABLES) {
      await queryRunner.query(`DROP POLICY local_area_rows ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP TRIGGER app_user_session_invalidated ON app_user`);
    await queryRunner.query(`
      CREATE TRIGGER app_user_session_invalidated
        AFTER UPDATE OF active, roles, email, display_name, organisation_id, person_id, can_edit_organisation_actions ON app_user
        FOR EACH ROW EXECUTE FUNCTION notify_session_invalidated('id')`);
    await queryRunner.query(`DROP TRIGGER adviser_local_area_session_invalidated ON adviser_local_area`);
    await queryRunner.query(`ALTER TABLE "adviser_local_area" DROP CONSTRAINT "FK_00abc9a70c913035545cd024576"`);
    await queryRunner.query(`ALTER TABLE "adviser_local_area" DROP CONSTRAINT "FK_c97e5c45f5017f746933e0e87d9"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_f920af55ebbb01fb43bde7e95c8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7b9a678a0f302eee0c82d5ea96"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c0917815bcb68b600da54282b6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_00e126baea84af8c44d823886c"`);
    // Two local areas may have used the same keys: the global unique indexes come back only where they still hold.
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3c212579e21a2c819a6281b589" ON "plan" ("slug") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8a014377a16aca84df2643f6eb" ON "person" ("key") WHERE (key IS NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3ee0975189df5d18d8da3a5634" ON "organisation" ("key") `);
    await queryRunner.query(`DROP INDEX "public"."IDX_f920af55ebbb01fb43bde7e95c"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_roles_check"`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "app_user_roles_check" CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'plan_manager', 'moderator', 'action_owner', 'board_member', 'scrutiny', 'viewer']::text[])`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "installation_admin"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "local_area_id"`);
    for (const table of LOCAL_AREA_TABLES) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "local_area_id"`);
    await queryRunner.query(`DROP TABLE "adviser_local_area"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f79178d560626ab48c815a555a"`);
    await queryRunner.query(`DROP TABLE "local_area"`);
    await queryRunner.query(`DROP FUNCTION app_local_area_id()`);
    await queryRunner.query(`DROP FUNCTION app_local_area_ids()`);
  }
}
