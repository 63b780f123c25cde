import { ForbiddenException } from '@nestjs/common';
import type { Role } from '@send/domain';
import type { Action } from '../action/action.entity';
import type { Actor } from '../common/actor';

const PLAN_MANAGERS: readonly Role[] = ['admin', 'plan_manager'];
const MODERATORS: readonly Role[] = ['admin', 'plan_manager', 'moderator'];

const hasAny = (actor: Actor, roles: readonly Role[]) => actor.roles.some((r) => roles.includes(r));

/** The action's owner, or a plan manager, writes and submits its updates. */
export function mayWriteUpdate(actor: Actor, action: Pick<Action, 'ownerPersonId'>): boolean {
  if (hasAny(actor, PLAN_MANAGERS)) return true;
  return actor.personId !== null && actor.personId === action.ownerPersonId;
}

export function assertMayWriteUpdate(actor: Actor, action: Pick<Action, 'ownerPersonId' | 'reference'>): void {
  if (!mayWriteUpdate(actor, action)) {
    throw new ForbiddenException({ message: `Only the owner of action ${action.reference} or a plan manager can write its updates`, errors: [] });
  }
}

/** A moderator or a plan manager approves and returns updates (never their own: see assertCanApprove). */
export function assertMayModerate(actor: Actor): void {
  if (!hasAny(actor, MODERATORS)) {
    throw new ForbiddenException({ message: 'Only a moderator or a plan manager can approve or return updates', errors: [] });
  }
}
