import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An action's history keeps every field a pack or an "as at" view shows, not only its statuses,
 * with the reason given for a change (a new due date needs one). Rows written before this carry
 * the action's fields as they are now: the best record there is of them.
 */
export class ActionHistoryOfEveryField1796470000000 implements MigrationInterface {
  name = 'ActionHistoryOfEveryField1796470000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_status_history"
      ADD "priority_area_id" uuid, ADD "reference" text, ADD "title" text, ADD "description" text,
      ADD "owner_organisation_id" uuid, ADD "owner_person_id" uuid, ADD "start_date" date, ADD "due_date" date,
      ADD "partner_organisation_ids" uuid array NOT NULL DEFAULT '{}', ADD "reason" text`);
    await queryRunner.query(`UPDATE "action_status_history" h
      SET priority_area_id = a.priority_area_id, reference = a.reference, title = a.title, description = a.description,
          owner_organisation_id = a.owner_organisation_id, owner_person_id = a.owner_person_id, start_date = a.start_date, due_date = a.due_date,
          partner_organisation_ids = coalesce((SELECT array_agg(ap.organisation_id ORDER BY ap.organisation_id) FROM action_partner ap WHERE ap.action_id = a.id), '{}')
      FROM "action" a WHERE a.id = h.action_id`);
    for (const column of ['priority_area_id', 'reference', 'title', 'description', 'owner_organisation_id']) {
      await queryRunner.query(`ALTER TABLE "action_status_history" ALTER COLUMN "${column}" SET NOT NULL`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_status_history"
      DROP COLUMN "reason", DROP COLUMN "partner_organisation_ids", DROP COLUMN "due_date", DROP COLUMN "start_date",
      DROP COLUMN "owner_person_id", DROP COLUMN "owner_organisation_id", DROP COLUMN "description", DROP COLUMN "title",
      DROP COLUMN "reference", DROP COLUMN "priority_area_id"`);
  }
}
