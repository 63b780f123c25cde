import {
  can,
  canEditAction,
  moderationRefusal,
  type Permission,
  type UpdateParties,
} from '@send/domain';
import type { CurrentUser } from './api';

/**
 * Whether the user's roles hold `permission` in the domain's PERMISSIONS table, the table the API's
 * route policies enforce. The server decides every request; this only hides what a person's roles
 * cannot use.
 */
export function hasPolicy(user: CurrentUser | null | undefined, permission: Permission): boolean {
  return !!user && can(user.roles, permission);
}

/** Whether the user may write for this action: the domain's rule, as the API applies it. */
export function ownsAction(
  user: CurrentUser | null | undefined,
  action: { ownerPerson: { id: string } | null; ownerOrganisation: { id: string } | null },
): boolean {
  if (!user) return false;
  return canEditAction(user, { ownerPersonId: action.ownerPerson?.id ?? null, ownerOrganisationId: action.ownerOrganisation?.id ?? '' });
}

/** An update as the moderation rule needs it: who wrote and submitted it, and who owns its action. */
interface ModeratedUpdate extends UpdateParties {
  action: { ownerPerson: { id: string } | null; ownerOrganisation: { id: string } | null };
}

/**
 * Why the user may not approve or return this update (the domain's rule, as the API applies it):
 * `role`, `self` (they wrote or submitted it), `own_action` (they own its action); null when they may.
 */
export function updateModerationRefusal(user: CurrentUser | null | undefined, update: ModeratedUpdate) {
  if (!user) return 'role';
  return moderationRefusal(user, update, {
    ownerPersonId: update.action.ownerPerson?.id ?? null,
    ownerOrganisationId: update.action.ownerOrganisation?.id ?? '',
  });
}
