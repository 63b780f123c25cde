import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Survey results as measures: a measure says whether its figures come from the partnership's
 * records or from a survey, and each value may carry how many people it stands for (respondents).
 */
export class SurveyMeasures1796510100000 implements MigrationInterface {
  name = 'SurveyMeasures1796510100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "measure" ADD "source_kind" text NOT NULL DEFAULT 'records'`);
    await queryRunner.query(`ALTER TABLE "measure" ADD CONSTRAINT "measure_source_kind_check" CHECK (source_kind IN ('records', 'survey'))`);
    await queryRunner.query(`ALTER TABLE "measure_value" ADD "cohort_size" integer`);
    await queryRunner.query(`ALTER TABLE "measure_value" ADD CONSTRAINT "measure_value_cohort_size_check" CHECK (cohort_size IS NULL OR cohort_size >= 1)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "measure_value" DROP CONSTRAINT "measure_value_cohort_size_check"`);
    await queryRunner.query(`ALTER TABLE "measure_value" DROP COLUMN "cohort_size"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP CONSTRAINT "measure_source_kind_check"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP COLUMN "source_kind"`);
  }
}
