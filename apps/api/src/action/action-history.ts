import type { DeliveryStatus, ImpactStatus } from '@send/domain';
import type { EntityManager } from 'typeorm';
import type { StatusChangeCause } from './action-status-history.entity';

/** The reportable fields an action's history keeps beside its statuses, in column order. */
export const HISTORY_FIELDS =
  'priority_area_id, reference, title, description, owner_organisation_id, owner_person_id, start_date, due_date, partner_organisation_ids';

/** Those fields as they stand on the action `alias` (its partners in id order). */
export function historyFieldsOf(alias: string): string {
  return `${alias}.priority_area_id, ${alias}.reference, ${alias}.title, ${alias}.description, ${alias}.owner_organisation_id,
          ${alias}.owner_person_id, ${alias}.start_date, ${alias}.due_date,
          coalesce((SELECT array_agg(ap.organisation_id ORDER BY ap.organisation_id) FROM action_partner ap WHERE ap.action_id = ${alias}.id), '{}')`;
}

/** One history row to write: the action's fields as they stand, with these statuses and this moment when given. */
export interface HistoryEntry {
  actionId: string;
  /** Defaults to the action's own statuses. */
  deliveryStatus?: DeliveryStatus;
  impactStatus?: ImpactStatus;
  /** Defaults to now (the transaction's start). */
  validFrom?: Date | string;
  statusUpdateId?: string | null;
  /** Defaults to the actor's. */
  actorLabel?: string;
}

export interface HistoryCause {
  cause: StatusChangeCause;
  actor: { id: string | null; label: string };
  /** Why the change was made (a new due date needs one). */
  reason?: string | null;
}

/**
 * The one writer of action_status_history: every reportable field of each action as it stands in
 * the caller's transaction (after the change), so "as at" reads can rebuild whatever a pack showed.
 * Rows are written in the order given.
 */
export async function recordActionHistory(em: EntityManager, entries: readonly HistoryEntry[], { cause, actor, reason = null }: HistoryCause): Promise<void> {
  for (let i = 0; i < entries.length; i += 5000) {
    const chunk = entries.slice(i, i + 5000).map((e, n) => ({
      n,
      action_id: e.actionId,
      delivery_status: e.deliveryStatus ?? null,
      impact_status: e.impactStatus ?? null,
      valid_from: e.validFrom instanceof Date ? e.validFrom.toISOString() : (e.validFrom ?? null),
      status_update_id: e.statusUpdateId ?? null,
      actor_label: e.actorLabel ?? null,
    }));
    await em.query(
      `INSERT INTO action_status_history
              (action_id, plan_id, delivery_status, impact_status, valid_from, cause, status_update_id, actor_id, actor_label, reason, ${HISTORY_FIELDS})
       SELECT a.id, a.plan_id, coalesce(r.delivery_status, a.delivery_status), coalesce(r.impact_status, a.impact_status),
              coalesce(r.valid_from, now()), $2, r.status_update_id, $3, coalesce(r.actor_label, $4), $5, ${historyFieldsOf('a')}
         FROM jsonb_to_recordset($1::jsonb) AS r(n int, action_id uuid, delivery_status text, impact_status text, valid_from timestamptz, status_update_id uuid, actor_label text)
         JOIN action a ON a.id = r.action_id
        ORDER BY r.n`,
      [JSON.stringify(chunk), cause, actor.id, actor.label, reason],
    );
  }
}
