import { can } from './permissions';
import type { Role } from './roles';

/**
 * Whose records a user may change, on top of the PERMISSIONS table (permissions.ts): pure rules
 * shared by the API (which enforces them) and the web app (which shows or hides controls with them).
 */

/** The user a rule is about: their roles and what they own. */
export interface AccessSubject {
  roles: readonly Role[];
  organisationId: string | null;
  /** The person record the user acts as when owning actions. */
  personId: string | null;
  /** An action owner granted every action of their organisation, not only their own. */
  canEditOrganisationActions?: boolean;
}

/** Who owns an action. */
export interface ActionOwnership {
  ownerPersonId: string | null;
  ownerOrganisationId: string;
}

/**
 * Whether a user may edit an action and its milestones: a plan manager (or administrator) any
 * action; an action owner the actions they own, or every action of their organisation when granted.
 */
export function canEditAction(subject: AccessSubject, action: ActionOwnership): boolean {
  if (can(subject.roles, 'managePlan')) return true;
  return subject.roles.includes('action_owner') && ownsAction(subject, action);
}

/**
 * Whether an action is the user's own: they are the person it names as owner, or an action owner
 * granted every action of their organisation, which owns it. Whatever their other roles.
 */
export function ownsAction(subject: AccessSubject, action: ActionOwnership): boolean {
  if (subject.personId !== null && action.ownerPersonId === subject.personId) return true;
  return (
    subject.roles.includes('action_owner') &&
    subject.canEditOrganisationActions === true &&
    subject.organisationId !== null &&
    action.ownerOrganisationId === subject.organisationId
  );
}

/**
 * The fields of an action an action owner may change on their own actions. The rest (reference,
 * title, owner, due date, priority area and the official delivery and impact judgements) belong to
 * the plan manager: an owner proposes a status through a status update, which is moderated.
 */
export const OWNER_EDITABLE_ACTION_FIELDS = ['description', 'startDate', 'partnerOrganisationIds'] as const;

/**
 * The fields of a requested action change that `subject` may not make. Empty when the change is
 * allowed as a whole. Assumes canEditAction() already holds.
 */
export function actionFieldsBeyondRights(subject: AccessSubject, changedFields: readonly string[]): string[] {
  if (can(subject.roles, 'managePlan')) return [];
  const editable: readonly string[] = OWNER_EDITABLE_ACTION_FIELDS;
  return changedFields.filter((field) => !editable.includes(field));
}

/** A password's length in characters: long enough to resist guessing, short enough to hash cheaply. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
