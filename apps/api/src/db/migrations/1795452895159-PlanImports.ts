import { MigrationInterface, QueryRunner } from "typeorm";

export class PlanImports1795452895159 implements MigrationInterface {
    name = 'PlanImports1795452895159'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "plan_id" uuid, "new_plan_title" text, "new_plan_local_area" text, "file_name" text NOT NULL, "file_size" integer NOT NULL, "sha256" text NOT NULL, "content" bytea NOT NULL, "table" jsonb NOT NULL, "mapping" jsonb NOT NULL, "skip_rows" jsonb NOT NULL DEFAULT '[]', "state" text NOT NULL DEFAULT 'pending', "created_by_id" uuid, "created_by_label" text NOT NULL, "committed_at" TIMESTAMP WITH TIME ZONE, "committed_by_id" uuid, "committed_by_label" text, "result" jsonb, CONSTRAINT "import_target_check" CHECK (plan_id IS NOT NULL OR (new_plan_title IS NOT NULL AND new_plan_local_area IS NOT NULL)), CONSTRAINT "import_state_check" CHECK (state IN ('pending', 'committed')), CONSTRAINT "PK_4ed733f5bcc70cec27187bd90eb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_41fd56f501f9f286e7c9d7fb35" ON "import" ("plan_id") `);
        await queryRunner.query(`ALTER TABLE "import" ADD CONSTRAINT "FK_41fd56f501f9f286e7c9d7fb35d" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "import" DROP CONSTRAINT "FK_41fd56f501f9f286e7c9d7fb35d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_41fd56f501f9f286e7c9d7fb35"`);
        await queryRunner.query(`DROP TABLE "import"`);
    }

}
