import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tells every API process, on commit, whose sessions to look up afresh: a session ended or aged,
 * an account deactivated or its roles, organisation or links changed, by the app or by hand in SQL.
 * The processes keep recently checked sessions in memory and drop them on these notices.
 */
export class SessionInvalidationNotices1795460000000 implements MigrationInterface {
  name = 'SessionInvalidationNotices1795460000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_session_invalidated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- The argument names the column with the user's id. Identical notices in one transaction are delivered once.
        PERFORM pg_notify('session_invalidated', to_jsonb(OLD) ->> TG_ARGV[0]);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER user_session_invalidated AFTER DELETE ON user_session
        FOR EACH ROW EXECUTE FUNCTION notify_session_invalidated('user_id')`);
    // Sliding last_seen_at forward (once a minute per session) needs no notice; anything else does.
    await queryRunner.query(`
      CREATE TRIGGER user_session_changed AFTER UPDATE ON user_session
        FOR EACH ROW WHEN (NEW.last_seen_at < OLD.last_seen_at OR NEW.token_hash <> OLD.token_hash OR NEW.user_id <> OLD.user_id)
        EXECUTE FUNCTION notify_session_invalidated('user_id')`);
    // Deleting an account deletes its sessions (ON DELETE CASCADE), which gives the notice.
    await queryRunner.query(`
      CREATE TRIGGER app_user_session_invalidated
        AFTER UPDATE OF active, roles, email, display_name, organisation_id, person_id, can_edit_organisation_actions ON app_user
        FOR EACH ROW EXECUTE FUNCTION notify_session_invalidated('id')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER app_user_session_invalidated ON app_user`);
    await queryRunner.query(`DROP TRIGGER user_session_changed ON user_session`);
    await queryRunner.query(`DROP TRIGGER user_session_invalidated ON user_session`);
    await queryRunner.query(`DROP FUNCTION notify_session_invalidated()`);
  }
}
