import { ForbiddenException } from '@nestjs/common';
import { actionFieldsBeyondRights, canEditAction, type ActionOwnership } from '@send/domain';
import type { Actor } from '../common/actor';

/**
 * The resource check for writes to an action and to what hangs off it (milestones, status
 * updates, evidence): a plan manager any action, an action owner only their own (or their
 * organisation's, when granted). Call it in the service once the action is loaded.
 */
export function assertCanEditAction(actor: Actor, action: ActionOwnership): void {
  if (!canEditAction(actor, action)) {
    throw new ForbiddenException({ message: 'You can only change actions you own', errors: [] });
  }
}

/**
 * Refuses, field by field, the parts of an action edit that belong to the plan manager (the official
 * statuses, owner, dates, wording) when an action owner makes it.
 */
export function assertMayChangeActionFields(actor: Actor, changedFields: readonly string[]): void {
  const refused = actionFieldsBeyondRights(actor, changedFields);
  if (refused.length) {
    throw new ForbiddenException({
      message: 'Only the plan manager can change these fields',
      errors: refused.map((field) => ({ field, message: `${field} is changed by the plan manager` })),
    });
  }
}
