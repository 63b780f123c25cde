import { can, PERMISSIONS, rolesAllow } from './permissions';
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
  /** A school's SENCO: their school. */
  schoolId?: string | null;
}

/** Who owns an action, and whose plan it is in. */
export interface ActionOwnership {
  ownerPersonId: string | null;
  ownerOrganisationId: string;
  /** The school whose own improvement plan holds the action; null or absent for a local area's plan. */
  planSchoolId?: string | null;
}

/**
 * Whether a user keeps the plan an action is in, as its plan manager does: a plan manager (or
 * administrator) any plan; someone who may edit school plans (a school's SENCO) only their own
 * school's plan, and nothing of any other plan, the local area's included.
 */
export function managesActionPlan(subject: AccessSubject, action: ActionOwnership): boolean {
  if (can(subject.roles, 'managePlan')) return true;
  const planSchoolId = action.planSchoolId ?? null;
  return planSchoolId !== null && can(subject.roles, 'editSchoolPlan') && subject.schoolId === planSchoolId;
}

/** Who keeps every plan's calendar: those with managePlanCalendar but a SENCO (a plan manager). */
const ALL_PLAN_CALENDAR_KEEPERS = PERMISSIONS.managePlanCalendar.filter((role) => role !== 'school_senco');

/**
 * Whether a user may add and move the meetings of a plan's governance bodies and its reporting
 * periods: a plan manager (or administrator) any plan's; someone who may manage plan calendars
 * through a school (a school's SENCO) only their own school's plan, whose governing board meets on
 * the school's days, and nothing of any other plan, the local area's included.
 */
export function managesPlanCalendar(subject: Pick<AccessSubject, 'roles' | 'schoolId'>, plan: { planSchoolId: string | null }): boolean {
  if (rolesAllow(subject.roles, ALL_PLAN_CALENDAR_KEEPERS)) return true;
  const planSchoolId = plan.planSchoolId ?? null;
  return planSchoolId !== null && can(subject.roles, 'managePlanCalendar') && (subject.schoolId ?? null) === planSchoolId;
}

/** Who reads every school's own plan: the local authority's school reviewers (readSchoolPlan, but not a SENCO). */
const ALL_SCHOOL_PLAN_READERS = PERMISSIONS.readSchoolPlan.filter((role) => role !== 'school_senco');

/**
 * Whether a user may reach a plan's records at all, whichever route they come by. A local area's
 * plan (no school) is left to the route's own permission. A school's own plan is reached only by
 * those who read school plans (readSchoolPlan): the local authority's school reviewers every
 * school's, a school's SENCO their own school's alone. To anyone else it does not exist (404).
 */
export function canReachPlan(subject: Pick<AccessSubject, 'roles' | 'schoolId'>, planSchoolId: string | null): boolean {
  if (planSchoolId === null) return true;
  if (reachesEverySchoolPlan(subject)) return true;
  return can(subject.roles, 'readSchoolPlan') && subject.schoolId === planSchoolId;
}

/** Whether canReachPlan holds for every plan, so no plan need be looked up to decide it. */
export function reachesEverySchoolPlan(subject: Pick<AccessSubject, 'roles'>): boolean {
  return rolesAllow(subject.roles, ALL_SCHOOL_PLAN_READERS);
}

/**
 * Whether a user may edit an action and its milestones: whoever keeps its plan (managesActionPlan)
 * any of its actions; an action owner the actions they own, or every action of their organisation when granted.
 */
export function canEditAction(subject: AccessSubject, action: ActionOwnership): boolean {
  if (managesActionPlan(subject, action)) return true;
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
 * The fields of a requested change to `action` that `subject` may not make. Empty when the change
 * is allowed as a whole. Assumes canEditAction() already holds.
 */
export function actionFieldsBeyondRights(subject: AccessSubject, action: ActionOwnership, changedFields: readonly string[]): string[] {
  if (managesActionPlan(subject, action)) return [];
  const editable: readonly string[] = OWNER_EDITABLE_ACTION_FIELDS;
  return changedFields.filter((field) => !editable.includes(field));
}

/** A password's length in characters: long enough to resist guessing, short enough to hash cheaply. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
