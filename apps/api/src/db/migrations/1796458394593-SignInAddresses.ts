import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling per account and address: the addresses each account has signed in from
 * (which others' failures at that address do not hold back), and an index for counting the
 * failures of one account from one address.
 */
export class SignInAddresses1796458394593 implements MigrationInterface {
  name = 'SignInAddresses1796458394593';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "sign_in_address" (
        "email" text NOT NULL,
        "address" text NOT NULL,
        "last_signed_in_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_sign_in_address" PRIMARY KEY ("email", "address"))`);
    await queryRunner.query(`CREATE INDEX "IDX_login_failure_email_address" ON "login_failure" ("email", "address", "occurred_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_login_failure_email_address"`);
    await queryRunner.query(`DROP TABLE "sign_in_address"`);
  }
}
