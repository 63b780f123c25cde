import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session also ends at a maximum lifetime counted from its creation: moving `created_at` back
 * (by hand in SQL) ages it, so it gives the same notice as moving `last_seen_at` back.
 */
export class SessionLifetimeNotices1796458282335 implements MigrationInterface {
  name = 'SessionLifetimeNotices1796458282335';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER user_session_changed ON user_session`);
    await queryRunner.query(`
      CREATE TRIGGER user_session_changed AFTER UPDATE ON user_session
        FOR EACH ROW WHEN (NEW.last_seen_at < OLD.last_seen_at OR NEW.created_at < OLD.created_at
                           OR NEW.token_hash <> OLD.token_hash OR NEW.user_id <> OLD.user_id)
        EXECUTE FUNCTION notify_session_invalidated('user_id')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER user_session_changed ON user_session`);
    await queryRunner.query(`
      CREATE TRIGGER user_session_changed AFTER UPDATE ON user_session
        FOR EACH ROW WHEN (NEW.last_seen_at < OLD.last_seen_at OR NEW.token_hash <> OLD.token_hash OR NEW.user_id <> OLD.user_id)
        EXECUTE FUNCTION notify_session_invalidated('user_id')`);
  }
}
