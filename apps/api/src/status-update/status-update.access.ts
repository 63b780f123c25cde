import { ForbiddenException } from '@nestjs/common';
import { rolesAllow } from '@send/domain';
import type { Actor } from '../common/actor';

/**
 * A moderator or a plan manager (or an administrator) approves and returns updates, never their
 * own (see assertCanApprove). Who writes and submits them is the action's owner or a plan manager:
 * assertCanEditAction, as for any write to an action.
 */
export function assertMayModerate(actor: Actor): void {
  if (!rolesAllow(actor.roles, ['plan_manager', 'moderator'])) {
    throw new ForbiddenException({ message: 'Only a moderator or a plan manager can approve or return updates', errors: [] });
  }
}
