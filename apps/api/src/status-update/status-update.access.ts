import { ForbiddenException } from '@nestjs/common';
import { DomainRuleError, moderationRefusal, OWN_ACTION_MODERATION_MESSAGE, type ActionOwnership, type UpdateParties } from '@send/domain';
import type { Actor } from '../common/actor';
import type { StatusUpdate } from './status-update.entity';

/** Who wrote and who submitted an update, as the domain's moderation rule reads them. */
export function partiesOf(update: StatusUpdate): UpdateParties {
  return {
    author: { userId: update.authorUserId, personId: update.authorPersonId },
    submittedBy: update.submittedByLabel !== null ? { userId: update.submittedByUserId, personId: update.submittedByPersonId } : null,
  };
}

/**
 * A moderator or a plan manager (or an administrator) approves and returns updates. Who writes and
 * submits them is the action's owner or a plan manager: assertCanEditAction, as for any write to
 * an action. Throws 403 for anyone else.
 */
export function assertModeratorRole(actor: Actor, update: StatusUpdate, action: ActionOwnership): void {
  if (moderationRefusal(actor, partiesOf(update), action) === 'role') {
    throw new ForbiddenException({ message: 'Only a moderator or a plan manager can approve or return updates', errors: [] });
  }
}

/**
 * Moderation needs a second person: neither the update's author nor its submitter, nor anyone who
 * owns its action (the domain's moderationRefusal). Throws DomainRuleError('moderatorId', ...).
 */
export function assertSecondPerson(actor: Actor, update: StatusUpdate, action: ActionOwnership, selfMessage: string): void {
  const refusal = moderationRefusal(actor, partiesOf(update), action);
  if (refusal === 'self') throw new DomainRuleError('moderatorId', selfMessage);
  if (refusal === 'own_action') throw new DomainRuleError('moderatorId', OWN_ACTION_MODERATION_MESSAGE);
}
