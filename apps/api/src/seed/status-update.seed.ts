import { recordActionHistory } from '../action/action-history';
import type { DeliveryStatus, ImpactStatus, UpdateState } from '@send/domain';
import { EntityManager } from 'typeorm';

/** A person as an update records them: their person record and their name. */
export interface SeedParty {
  personId: string;
  label: string;
}

/** A status update as a dataset or the demo's continuation gives it, with the moments of its lifecycle. */
export interface SeedStatusUpdate {
  id: string;
  actionId: string;
  periodId: string;
  state: UpdateState;
  narrative: string;
  nextSteps: string;
  risks: string;
  deliveryStatus: DeliveryStatus;
  impactStatus: ImpactStatus;
  createdAt: Date;
  submittedAt: Date | null;
  /** Approved or returned. */
  moderatedAt: Date | null;
  moderatorComment: string | null;
  author: SeedParty;
  moderator: SeedParty;
  evidenceIds: string[];
  illustrative: boolean;
}

const ROWS = `jsonb_to_recordset($1::jsonb) AS r(id uuid, action_id uuid, period_id uuid, state text, narrative text, next_steps text, risks text,
  delivery_status text, impact_status text, created_at timestamptz, submitted_at timestamptz, moderated_at timestamptz, moderator_comment text,
  author_person_id uuid, author_label text, moderator_person_id uuid, moderator_label text, illustrative boolean)`;

/**
 * Writes status updates as the product would have: each with its transitions (created, submitted,
 * approved or returned), its evidence links, and for each approved one the change to the action's
 * official status history, at the moment it was approved. Set-based: one statement per table.
 * Updates have no user, as seeded people have no sign-in.
 */
export async function insertStatusUpdates(em: EntityManager, planId: string, updates: readonly SeedStatusUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  const json = JSON.stringify(updates.map((u) => ({
    id: u.id, action_id: u.actionId, period_id: u.periodId, state: u.state, narrative: u.narrative, next_steps: u.nextSteps, risks: u.risks,
    delivery_status: u.deliveryStatus, impact_status: u.impactStatus, created_at: u.createdAt.toISOString(),
    submitted_at: u.submittedAt?.toISOString() ?? null, moderated_at: u.moderatedAt?.toISOString() ?? null, moderator_comment: u.moderatorComment,
    author_person_id: u.author.personId, author_label: u.author.label, moderator_person_id: u.moderator.personId, moderator_label: u.moderator.label,
    illustrative: u.illustrative,
  })));
  await em.query(
    `INSERT INTO status_update (id, created_at, updated_at, version, plan_id, action_id, period_id, state, narrative,
       proposed_delivery_status, proposed_impact_status, next_steps, risks, author_user_id, author_person_id, author_label,
       submitted_at, submitted_by_user_id, submitted_by_person_id, submitted_by_label,
       moderated_at, moderated_by_user_id, moderated_by_person_id, moderated_by_label, moderator_comment, illustrative)
     SELECT r.id, r.created_at, coalesce(r.moderated_at, r.submitted_at, r.created_at),
            1 + (r.submitted_at IS NOT NULL)::int + (r.moderated_at IS NOT NULL)::int, $2, r.action_id, r.period_id, r.state, r.narrative,
            r.delivery_status, r.impact_status, r.next_steps, r.risks, NULL, r.author_person_id, r.author_label,
            r.submitted_at, NULL, CASE WHEN r.submitted_at IS NOT NULL THEN r.author_person_id END, CASE WHEN r.submitted_at IS NOT NULL THEN r.author_label END,
            r.moderated_at, NULL, CASE WHEN r.moderated_at IS NOT NULL THEN r.moderator_person_id END, CASE WHEN r.moderated_at IS NOT NULL THEN r.moderator_label END,
            r.moderator_comment, r.illustrative
       FROM ${ROWS}`,
    [json, planId],
  );
  await em.query(
    `INSERT INTO status_update_transition (status_update_id, event, from_state, to_state, actor_user_id, actor_person_id, actor_label, comment, occurred_at)
     SELECT r.id, t.event, t.from_state, t.to_state, NULL,
            CASE WHEN t.n = 3 THEN r.moderator_person_id ELSE r.author_person_id END,
            CASE WHEN t.n = 3 THEN r.moderator_label ELSE r.author_label END,
            CASE WHEN t.n = 3 THEN r.moderator_comment END,
            CASE t.n WHEN 1 THEN r.created_at WHEN 2 THEN r.submitted_at ELSE r.moderated_at END
       FROM ${ROWS}
      CROSS JOIN LATERAL (VALUES (1, 'create', NULL, 'draft'), (2, 'submit', 'draft', 'submitted'),
                                 (3, CASE r.state WHEN 'returned' THEN 'return' ELSE 'approve' END, 'submitted', r.state)) AS t(n, event, from_state, to_state)
      WHERE t.n = 1 OR (t.n = 2 AND r.submitted_at IS NOT NULL) OR (t.n = 3 AND r.moderated_at IS NOT NULL)
      ORDER BY coalesce(r.moderated_at, r.submitted_at, r.created_at), r.id, t.n`,
    [json],
  );
  const links = updates.flatMap((u) => u.evidenceIds.map((evidenceId) => ({ status_update_id: u.id, evidence_id: evidenceId })));
  if (links.length) {
    await em.query(
      `INSERT INTO status_update_evidence (status_update_id, evidence_id)
       SELECT status_update_id, evidence_id FROM jsonb_to_recordset($1::jsonb) AS r(status_update_id uuid, evidence_id uuid)`,
      [JSON.stringify(links)],
    );
  }
  const approved = updates.filter((u) => u.state === 'approved' && u.moderatedAt)
    .sort((a, b) => a.moderatedAt!.getTime() - b.moderatedAt!.getTime() || a.actionId.localeCompare(b.actionId));
  await recordActionHistory(
    em,
    approved.map((u) => ({
      actionId: u.actionId, deliveryStatus: u.deliveryStatus, impactStatus: u.impactStatus, validFrom: u.moderatedAt!, statusUpdateId: u.id, actorLabel: u.moderator.label,
    })),
    { cause: 'update_approved', actor: { id: null, label: 'Moderator' } },
  );
}
