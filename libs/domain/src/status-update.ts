import { ownsAction, type AccessSubject, type ActionOwnership } from './access';
import { can } from './permissions';
import { DomainRuleError } from './errors';
import { RETURN_COMMENT_MAX } from './limits';

/**
 * Lifecycle of an owner's status update for a reporting period:
 * draft -> submitted -> approved | returned, and returned -> submitted again.
 * Only an approved update changes the action's official status.
 */
export const UPDATE_STATES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type UpdateState = (typeof UPDATE_STATES)[number];

export const UPDATE_EVENTS = ['edit', 'submit', 'approve', 'return'] as const;
export type UpdateEvent = (typeof UPDATE_EVENTS)[number];

export function isUpdateState(x: unknown): x is UpdateState {
  return typeof x === 'string' && (UPDATE_STATES as readonly string[]).includes(x);
}

export function isUpdateEvent(x: unknown): x is UpdateEvent {
  return typeof x === 'string' && (UPDATE_EVENTS as readonly string[]).includes(x);
}

export const UPDATE_STATE_LABELS: Readonly<Record<UpdateState, string>> = {
  draft: 'Draft',
  submitted: 'Awaiting moderation',
  approved: 'Approved',
  returned: 'Returned for changes',
};

// A returned update works as a draft for its author, but editing keeps it
// `returned` so the moderator's comment stays in view until it is resubmitted.
const TRANSITIONS: Readonly<Record<UpdateState, Partial<Record<UpdateEvent, UpdateState>>>> = {
  draft: { edit: 'draft', submit: 'submitted' },
  submitted: { approve: 'approved', return: 'returned' },
  approved: {},
  returned: { edit: 'returned', submit: 'submitted' },
};

/** The events allowed from a state, e.g. to decide which buttons to show. */
export function allowedUpdateEvents(state: UpdateState): UpdateEvent[] {
  return UPDATE_EVENTS.filter((event) => TRANSITIONS[state][event] !== undefined);
}

/** True when the author may still change the update's content. */
export function isEditableUpdateState(state: UpdateState): boolean {
  return TRANSITIONS[state].edit !== undefined;
}

/** The state after `event`, or a DomainRuleError('state', reason) when the event is not allowed. */
export function nextUpdateState(state: UpdateState, event: UpdateEvent): UpdateState {
  const next = TRANSITIONS[state][event];
  if (next === undefined) throw new DomainRuleError('state', refusalReason(state, event));
  return next;
}

function refusalReason(state: UpdateState, event: UpdateEvent): string {
  if (state === 'approved') {
    return 'This update has been approved and is final. Report any change in a new update.';
  }
  switch (event) {
    case 'edit':
      return 'This update has been submitted and is waiting for moderation, so it cannot be changed. Ask the moderator to return it if it needs changes.';
    case 'submit':
      return 'This update has already been submitted and is waiting for moderation.';
    case 'approve':
      return 'Only a submitted update can be approved. This update has not been submitted yet.';
    case 'return':
      return 'Only a submitted update can be returned. This update has not been submitted yet.';
  }
}

/**
 * Who wrote an update and who is moderating it. Ids are user ids; null when not
 * known (an update loaded from a dataset has no user, only a person). Person ids
 * catch the same person acting under two accounts, and an imported update's author.
 */
export interface ApprovalParties {
  authorId: string | null;
  moderatorId: string | null;
  authorPersonId?: string | null;
  moderatorPersonId?: string | null;
}

export const SELF_APPROVAL_MESSAGE = 'You cannot approve your own update';

/**
 * An owner may never approve their own update: moderation needs a second person.
 * Two unknown users (both ids null) cannot be told apart, so they count as the same.
 */
export function canApprove({ authorId, moderatorId, authorPersonId, moderatorPersonId }: ApprovalParties): boolean {
  if (authorId === moderatorId) return false;
  if (authorPersonId != null && authorPersonId === moderatorPersonId) return false;
  return true;
}

/** Throws DomainRuleError('moderatorId', 'You cannot approve your own update'). */
export function assertCanApprove(parties: ApprovalParties): void {
  if (!canApprove(parties)) throw new DomainRuleError('moderatorId', SELF_APPROVAL_MESSAGE);
}

/** A user who would moderate an update: their account and what they own. */
export interface ModeratorSubject extends AccessSubject {
  id: string | null;
}

/** Who wrote an update and who submitted it (null until it is submitted). */
export interface UpdateParties {
  author: { userId: string | null; personId: string | null };
  submittedBy: { userId: string | null; personId: string | null } | null;
}

export const OWN_ACTION_MODERATION_MESSAGE =
  'You cannot moderate an update on an action you own: another moderator or plan manager must approve or return it.';

/**
 * Why a user may not approve or return an update, or null when they may. Moderation needs a second
 * person: a moderator or plan manager who neither wrote nor submitted the update (`self`) and does
 * not own its action, as the person it names or through their organisation's editing rights
 * (`own_action`). `role` when they are no moderator at all.
 */
export function moderationRefusal(
  subject: ModeratorSubject,
  update: UpdateParties,
  action: ActionOwnership,
): 'role' | 'self' | 'own_action' | null {
  if (!can(subject.roles, 'moderate')) return 'role';
  const parties = update.submittedBy ? [update.author, update.submittedBy] : [update.author];
  const self = parties.some(
    (party) => !canApprove({ authorId: party.userId, moderatorId: subject.id, authorPersonId: party.personId, moderatorPersonId: subject.personId }),
  );
  if (self) return 'self';
  if (ownsAction(subject, action)) return 'own_action';
  return null;
}

/** Whether a user may approve or return an update: see moderationRefusal. */
export function canModerateUpdate(subject: ModeratorSubject, update: UpdateParties, action: ActionOwnership): boolean {
  return moderationRefusal(subject, update, action) === null;
}

/** The states every plan reader sees. Draft and returned updates are their authors' working notes. */
export const SHARED_UPDATE_STATES: readonly UpdateState[] = ['submitted', 'approved'];

/**
 * Whose draft and returned updates a user may read: `all` for moderators and plan managers (and
 * administrators); otherwise those of the actions they may edit, as an action owner: the actions
 * naming their person, and every action of their organisation when granted; and, for a school's
 * SENCO, every action of their own school's plan, which they keep. None, for anyone else (board
 * members, viewers). The API turns this into its SQL; canReadUpdate() applies it to one.
 */
export type DraftUpdateScope = 'all' | { ownerPersonId: string | null; ownerOrganisationId: string | null; planSchoolId: string | null };

export function draftUpdateScope(subject: AccessSubject): DraftUpdateScope {
  if (can(subject.roles, 'moderate')) return 'all';
  const planSchoolId = can(subject.roles, 'editSchoolPlan') ? (subject.schoolId ?? null) : null;
  if (!subject.roles.includes('action_owner')) return { ownerPersonId: null, ownerOrganisationId: null, planSchoolId };
  return {
    ownerPersonId: subject.personId,
    ownerOrganisationId: subject.canEditOrganisationActions === true ? subject.organisationId : null,
    planSchoolId,
  };
}

/** Whether a user may read an update in this state, on this action (see draftUpdateScope). */
export function canReadUpdate(subject: AccessSubject, state: UpdateState, action: ActionOwnership): boolean {
  if (SHARED_UPDATE_STATES.includes(state)) return true;
  const scope = draftUpdateScope(subject);
  if (scope === 'all') return true;
  return (
    (scope.ownerPersonId !== null && action.ownerPersonId === scope.ownerPersonId) ||
    (scope.ownerOrganisationId !== null && action.ownerOrganisationId === scope.ownerOrganisationId) ||
    (scope.planSchoolId !== null && (action.planSchoolId ?? null) === scope.planSchoolId)
  );
}

export const NARRATIVE_REQUIRED_MESSAGE = 'Describe the progress made this period before submitting the update.';

/** What an update must say before it goes to moderation. Throws DomainRuleError('narrative', ...). */
export function assertSubmittable(update: { narrative: string | null | undefined }): void {
  if (update.narrative == null || update.narrative.trim() === '') throw new DomainRuleError('narrative', NARRATIVE_REQUIRED_MESSAGE);
}

/**
 * A returned update must say why, so the owner knows what to change.
 * Throws DomainRuleError('comment', ...) when the comment is blank or too long.
 */
export function assertReturnComment(comment: string | null | undefined): void {
  if (comment == null || comment.trim() === '') {
    throw new DomainRuleError('comment', 'Say why the update is being returned, so the owner knows what to change.');
  }
  if (comment.length > RETURN_COMMENT_MAX) {
    throw new DomainRuleError('comment', `The comment must be ${RETURN_COMMENT_MAX} characters or fewer.`);
  }
}

/** An update counts as reported for a period once it has been submitted (or approved). */
export const REPORTED_UPDATE_STATES: readonly UpdateState[] = ['submitted', 'approved'];

/**
 * Whether an action's owner still owes an update for the period: the action is not complete and
 * its update (if any) has not been submitted. The delivery view's list of owners to chase and its
 * counts both come from this.
 */
export function owesUpdate(deliveryStatus: string, updateState: UpdateState | 'missing' | null): boolean {
  if (deliveryStatus === 'complete') return false;
  return updateState === null || updateState === 'missing' || !REPORTED_UPDATE_STATES.includes(updateState);
}
