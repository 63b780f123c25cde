import { MigrationInterface, QueryRunner } from 'typeorm';

/** The notification tables, each held to its local area like every other tenant table (see LocalAreas). */
const TABLES: { table: string; index: string; from: string }[] = [
  { table: 'notification', index: 'IDX_c59ab011a29a72669fbd7f79f7', from: `(SELECT u.local_area_id FROM app_user u WHERE u.id = t.user_id)` },
  {
    table: 'email_message', index: 'IDX_daf0e70ab81a7347def2f2fbdc',
    from: `coalesce((SELECT u.local_area_id FROM app_user u WHERE u.id = t.user_id), (SELECT p.local_area_id FROM plan p WHERE p.id = t.plan_id))`,
  },
  { table: 'notification_preference', index: 'IDX_5f2b3b64c02de3d22962b71f98', from: `(SELECT u.local_area_id FROM app_user u WHERE u.id = t.user_id)` },
  { table: 'plan_reminder_setting', index: 'IDX_840606ff6ab85b1cafc57c89d9', from: `(SELECT p.local_area_id FROM plan p WHERE p.id = t.plan_id)` },
  { table: 'governance_body_member', index: 'IDX_ee98d16d9095435b85232221b4', from: `(SELECT b.local_area_id FROM governance_body b WHERE b.id = t.body_id)` },
];

export class NotificationsInLocalAreas1796496000000 implements MigrationInterface {
  name = 'NotificationsInLocalAreas1796496000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, index, from } of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "local_area_id" uuid DEFAULT app_local_area_id()`);
      // Rows written before: the local area of the person or plan they are about.
      await queryRunner.query(`UPDATE "${table}" t SET local_area_id = ${from}`);
      await queryRunner.query(`DELETE FROM "${table}" WHERE local_area_id IS NULL`);
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "local_area_id" SET NOT NULL`);
      await queryRunner.query(`CREATE INDEX "${index}" ON "${table}" ("local_area_id") `);
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`
        CREATE POLICY local_area_rows ON "${table}"
          USING (local_area_id = ANY ((SELECT app_local_area_ids())::uuid[]))
          WITH CHECK (local_area_id = ANY ((SELECT app_local_area_ids())::uuid[]))`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, index } of [...TABLES].reverse()) {
      await queryRunner.query(`DROP POLICY local_area_rows ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "local_area_id"`);
    }
  }
}
