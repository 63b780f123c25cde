import { ForbiddenException } from '@nestjs/common';
import { actionFieldsBeyondRights, canEditAction, type ActionOwnership } from '@send/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';

/** An action as loaded: who owns it and which plan holds it. */
type LoadedAction = ActionOwnership & { planId: string };

/**
 * The action's ownership with the school whose own plan holds it (null for a local area's plan),
 * read in the caller's transaction: what the domain's access rules decide on.
 */
export async function ownershipOf(em: EntityManager, action: LoadedAction): Promise<ActionOwnership> {
  const [plan] = await em.query<{ school_id: string | null }[]>('SELECT school_id FROM plan WHERE id = $1', [action.planId]);
  return { ownerPersonId: action.ownerPersonId, ownerOrganisationId: action.ownerOrganisationId, planSchoolId: plan?.school_id ?? null };
}

/**
 * The resource check for writes to an action and to what hangs off it (milestones, status
 * updates, evidence): whoever keeps its plan (a plan manager; a school's SENCO on their own school's
 * plan) any action, an action owner only their own (or their organisation's, when granted).
 * Call it in the service once the action is loaded; answers with the ownership it decided on.
 */
export async function assertCanEditAction(em: EntityManager, actor: Actor, action: LoadedAction): Promise<ActionOwnership> {
  const ownership = await ownershipOf(em, action);
  if (!canEditAction(actor, ownership)) {
    throw new ForbiddenException({ message: 'You can only change actions you own', errors: [] });
  }
  return ownership;
}

/**
 * Refuses, field by field, the parts of an action edit that belong to whoever keeps the plan (the
 * official statuses, owner, dates, wording) when an action owner makes it.
 */
export function assertMayChangeActionFields(actor: Actor, action: ActionOwnership, changedFields: readonly string[]): void {
  const refused = actionFieldsBeyondRights(actor, action, changedFields);
  if (refused.length) {
    throw new ForbiddenException({
      message: 'Only the plan manager can change these fields',
      errors: refused.map((field) => ({ field, message: `${field} is changed by the plan manager` })),
    });
  }
}
