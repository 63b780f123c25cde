import { ROLES, type Role } from '@send/domain';
import type { CurrentUser } from './api';

/**
 * Which roles may use each part of the UI. The server decides every request; these only hide
 * what a person's roles cannot use. `admin` may use everything.
 */
/** Every role that reads plan content: all but scrutiny, who receive published reports only. */
const READ_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'scrutiny');

export const UI_POLICIES = {
  readPlan: READ_ROLES,
  editAction: ['plan_manager'] as Role[],
  writeUpdate: ['plan_manager', 'action_owner'] as Role[],
  moderate: ['plan_manager', 'moderator'] as Role[],
  addMeasureValue: ['plan_manager', 'action_owner'] as Role[],
  addEvidence: ['plan_manager', 'action_owner'] as Role[],
  manageUsers: [] as Role[],
} satisfies Record<string, readonly Role[]>;

export type UiPolicy = keyof typeof UI_POLICIES;

export function hasPolicy(user: CurrentUser | null | undefined, policy: UiPolicy): boolean {
  if (!user) return false;
  if (user.roles.includes('admin')) return true;
  const allowed: readonly Role[] = UI_POLICIES[policy];
  return user.roles.some((r) => allowed.includes(r));
}

/** An action owner writes only for actions they own, by person or organisation. */
export function ownsAction(
  user: CurrentUser | null | undefined,
  action: { ownerPerson: { id: string } | null; ownerOrganisation: { id: string } | null },
): boolean {
  if (!user) return false;
  if (user.roles.includes('admin') || user.roles.includes('plan_manager')) return true;
  if (!user.roles.includes('action_owner')) return false;
  return (!!user.personId && action.ownerPerson?.id === user.personId) || (!!user.organisationId && action.ownerOrganisation?.id === user.organisationId);
}
