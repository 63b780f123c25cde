import { ForbiddenException } from '@nestjs/common';
import type { Actor } from './actor';

/**
 * Resource-level access: who may write to what. Which roles may call a route at all is each
 * route's policy; on top of it, an action owner may only write to the actions they own.
 */

/** Plan managers (and administrators) may write to any action or measure of the plan. */
export function managesPlans(actor: Actor): boolean {
  return actor.roles.includes('admin') || actor.roles.includes('plan_manager');
}

/** True when the actor is the named owner of the action. */
export function ownsAction(actor: Actor, action: { ownerPersonId: string | null }): boolean {
  return actor.personId !== null && action.ownerPersonId === actor.personId;
}

/** Whether the actor's writes are limited to their own actions: an action owner who does not manage the plan. */
function limitedToOwnActions(actor: Actor): boolean {
  return actor.roles.includes('action_owner') && !managesPlans(actor);
}

/** Refuses an action owner writing to an action they do not own. */
export function assertMayWriteToAction(actor: Actor, action: { ownerPersonId: string | null; reference: string }, what: string): void {
  if (limitedToOwnActions(actor) && !ownsAction(actor, action)) {
    throw new ForbiddenException({ message: `You can only ${what} actions you own, and action ${action.reference} is not yours.`, errors: [] });
  }
}

/** Refuses an action owner writing to a measure that evidences none of their actions. */
export function assertMayWriteToMeasure(actor: Actor, evidencedActions: { ownerPersonId: string | null }[], what: string): void {
  if (limitedToOwnActions(actor) && !evidencedActions.some((a) => ownsAction(actor, a))) {
    throw new ForbiddenException({ message: `You can only ${what} measures that evidence actions you own.`, errors: [] });
  }
}
