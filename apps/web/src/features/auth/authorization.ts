import {
  canEditAction,
  moderationRefusal,
  PACK_DRAFT_READER_ROLES,
  PLAN_READER_ROLES,
  ROLES,
  rolesAllow,
  type Role,
  type UpdateParties,
} from '@send/domain';
import type { CurrentUser } from './api';

/**
 * Which roles may use each part of the UI. The server decides every request; these only hide
 * what a person's roles cannot use. `admin` may use everything (the domain's `rolesAllow`).
 */
export const UI_POLICIES: Readonly<Record<string, readonly Role[]>> = {
  readPlan: PLAN_READER_ROLES,
  editAction: ['plan_manager'],
  writeUpdate: ['plan_manager', 'action_owner'],
  moderate: ['plan_manager', 'moderator'],
  addMeasureValue: ['plan_manager', 'action_owner'],
  addEvidence: ['plan_manager', 'action_owner'],
  manageUsers: [],
  // Governance, as the API's route policies have it: scrutiny members see meetings, published
  // packs and reports, but neither drafts nor decisions.
  readMeetings: ROLES,
  readReports: ROLES,
  readDraftPacks: PACK_DRAFT_READER_ROLES,
  managePacks: ['plan_manager'],
  readDecisions: PLAN_READER_ROLES,
  recordDecision: ['plan_manager', 'board_member'],
  importPlan: ['plan_manager'],
  compareLocalAreas: ['adviser'],
} as const;

export type UiPolicy =
  | 'readPlan'
  | 'editAction'
  | 'writeUpdate'
  | 'moderate'
  | 'addMeasureValue'
  | 'addEvidence'
  | 'manageUsers'
  | 'readMeetings'
  | 'readReports'
  | 'readDraftPacks'
  | 'managePacks'
  | 'readDecisions'
  | 'recordDecision'
  | 'importPlan'
  | 'compareLocalAreas';

export function hasPolicy(user: CurrentUser | null | undefined, policy: UiPolicy): boolean {
  return !!user && rolesAllow(user.roles, UI_POLICIES[policy] ?? []);
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
