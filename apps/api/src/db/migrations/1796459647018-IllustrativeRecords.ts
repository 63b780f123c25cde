import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marks what the demo makes up: status updates, meetings, decisions and evidence that continue a
 * plan's real history for illustration (measure values already carry the flag). Everything else,
 * and everything people enter, is false.
 */
export class IllustrativeRecords1796459647018 implements MigrationInterface {
  name = 'IllustrativeRecords1796459647018';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['status_update', 'meeting', 'decision', 'evidence']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "illustrative" boolean NOT NULL DEFAULT false`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['status_update', 'meeting', 'decision', 'evidence']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "illustrative"`);
    }
  }
}
