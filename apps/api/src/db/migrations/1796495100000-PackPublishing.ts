import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A pack being published is `publishing` while a queued job renders its files; the trigger that
 * keeps a published pack final needs no change, as it guards the `published` state only.
 */
export class PackPublishing1796495100000 implements MigrationInterface {
  name = 'PackPublishing1796495100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pack" DROP CONSTRAINT "pack_state_check"`);
    await queryRunner.query(`ALTER TABLE "pack" ADD CONSTRAINT "pack_state_check" CHECK (state IN ('draft', 'publishing', 'published'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // A pack still being prepared goes back to draft, to be published again.
    await queryRunner.query(`UPDATE "pack" SET state = 'draft', published_at = NULL, published_by_id = NULL, published_by_label = NULL WHERE state = 'publishing'`);
    await queryRunner.query(`ALTER TABLE "pack" DROP CONSTRAINT "pack_state_check"`);
    await queryRunner.query(`ALTER TABLE "pack" ADD CONSTRAINT "pack_state_check" CHECK (state IN ('draft', 'published'))`);
  }
}
