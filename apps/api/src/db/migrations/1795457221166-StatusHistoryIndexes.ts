import { MigrationInterface, QueryRunner } from "typeorm";

export class StatusHistoryIndexes1795457221166 implements MigrationInterface {
    name = 'StatusHistoryIndexes1795457221166'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_cf79c910b48a71086ae4b9fced"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_86d4e4fdca6c4f2ee8884ad390"`);
        await queryRunner.query(`CREATE INDEX "IDX_f18b0e05fa4ad1721e5ddea3bf" ON "action_status_history" ("action_id", "valid_from", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_4e24fce26914180ebcb0a3399b" ON "action_status_history" ("plan_id", "valid_from") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_4e24fce26914180ebcb0a3399b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f18b0e05fa4ad1721e5ddea3bf"`);
        await queryRunner.query(`CREATE INDEX "IDX_86d4e4fdca6c4f2ee8884ad390" ON "action_status_history" ("plan_id", "action_id", "valid_from") `);
        await queryRunner.query(`CREATE INDEX "IDX_cf79c910b48a71086ae4b9fced" ON "action_status_history" ("action_id", "valid_from") `);
    }

}
