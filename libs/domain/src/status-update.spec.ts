import type { Role } from './roles';
import { DomainRuleError } from './errors';
import { RETURN_COMMENT_MAX } from './limits';
import {
  allowedUpdateEvents,
  owesUpdate,
  assertCanApprove,
  assertReturnComment,
  assertSubmittable,
  canApprove,
  canModerateUpdate,
  canReadUpdate,
  draftUpdateScope,
  isEditableUpdateState,
  moderationRefusal,
  type ModeratorSubject,
  type UpdateParties,
  isUpdateEvent,
  isUpdateState,
  nextUpdateState,
  UPDATE_EVENTS,
  UPDATE_STATES,
  type UpdateEvent,
  type UpdateState,
} from './status-update';

function refusal(state: UpdateState, event: UpdateEvent): DomainRuleError {
  try {
    nextUpdateState(state, event);
  } catch (e) {
    if (e instanceof DomainRuleError) return e;
    throw e;
  }
  throw new Error(`expected ${state} -> ${event} to be refused`);
}

describe('nextUpdateState', () => {
  it('submits a draft', () => {
    expect(nextUpdateState('draft', 'submit')).toBe('submitted');
  });

  it('lets the author edit a draft', () => {
    expect(nextUpdateState('draft', 'edit')).toBe('draft');
  });

  it('approves a submitted update', () => {
    expect(nextUpdateState('submitted', 'approve')).toBe('approved');
  });

  it('returns a submitted update', () => {
    expect(nextUpdateState('submitted', 'return')).toBe('returned');
  });

  it('lets the author edit a returned update, keeping it returned', () => {
    expect(nextUpdateState('returned', 'edit')).toBe('returned');
  });

  it('lets the author resubmit a returned update', () => {
    expect(nextUpdateState('returned', 'submit')).toBe('submitted');
  });

  it('refuses to edit a submitted update', () => {
    const error = refusal('submitted', 'edit');
    expect(error.field).toBe('state');
    expect(error.message).toMatch(/waiting for moderation/);
  });

  it('refuses to submit an update twice', () => {
    expect(refusal('submitted', 'submit').message).toMatch(/already been submitted/);
  });

  it('refuses to approve or return an update that was never submitted', () => {
    for (const state of ['draft', 'returned'] as const) {
      expect(refusal(state, 'approve').message).toMatch(/Only a submitted update can be approved/);
      expect(refusal(state, 'return').message).toMatch(/Only a submitted update can be returned/);
    }
  });

  it('treats an approved update as final', () => {
    for (const event of UPDATE_EVENTS) {
      expect(refusal('approved', event).message).toMatch(/approved and is final/);
    }
  });
});

describe('allowedUpdateEvents', () => {
  it('lists what can happen next from each state', () => {
    expect(allowedUpdateEvents('draft')).toEqual(['edit', 'submit']);
    expect(allowedUpdateEvents('submitted')).toEqual(['approve', 'return']);
    expect(allowedUpdateEvents('approved')).toEqual([]);
    expect(allowedUpdateEvents('returned')).toEqual(['edit', 'submit']);
  });

  it('agrees with nextUpdateState for every state and event', () => {
    for (const state of UPDATE_STATES) {
      for (const event of UPDATE_EVENTS) {
        const allowed = allowedUpdateEvents(state).includes(event);
        if (allowed) expect(() => nextUpdateState(state, event)).not.toThrow();
        else expect(() => nextUpdateState(state, event)).toThrow(DomainRuleError);
      }
    }
  });
});

describe('isEditableUpdateState', () => {
  it('allows editing only drafts and returned updates', () => {
    expect(UPDATE_STATES.filter(isEditableUpdateState)).toEqual(['draft', 'returned']);
  });
});

describe('guards', () => {
  it('recognises states and events', () => {
    expect(isUpdateState('returned')).toBe(true);
    expect(isUpdateState('rejected')).toBe(false);
    expect(isUpdateEvent('approve')).toBe(true);
    expect(isUpdateEvent('publish')).toBe(false);
  });
});

describe('approval by a second person', () => {
  it('lets a moderator approve someone else\'s update', () => {
    expect(canApprove({ authorId: 'u1', moderatorId: 'u2' })).toBe(true);
    expect(() => assertCanApprove({ authorId: 'u1', moderatorId: 'u2' })).not.toThrow();
  });

  it('refuses approving your own update', () => {
    expect(canApprove({ authorId: 'u1', moderatorId: 'u1' })).toBe(false);
    expect(() => assertCanApprove({ authorId: 'u1', moderatorId: 'u1' })).toThrow(
      new DomainRuleError('moderatorId', 'You cannot approve your own update'),
    );
  });

  it('refuses the same person approving under another account', () => {
    expect(canApprove({ authorId: 'u1', moderatorId: 'u2', authorPersonId: 'p1', moderatorPersonId: 'p1' })).toBe(false);
    expect(canApprove({ authorId: 'u1', moderatorId: 'u2', authorPersonId: 'p1', moderatorPersonId: 'p2' })).toBe(true);
  });

  it('refuses the author of an imported update, known only as a person', () => {
    expect(canApprove({ authorId: null, moderatorId: 'u2', authorPersonId: 'p1', moderatorPersonId: 'p1' })).toBe(false);
    expect(canApprove({ authorId: null, moderatorId: 'u2', authorPersonId: 'p1', moderatorPersonId: null })).toBe(true);
  });

  it('cannot tell two unknown users apart, so refuses them', () => {
    expect(canApprove({ authorId: null, moderatorId: null })).toBe(false);
  });

  it('does not treat two people without person records as the same person', () => {
    expect(canApprove({ authorId: 'u1', moderatorId: 'u2', authorPersonId: null, moderatorPersonId: null })).toBe(true);
  });
});

describe('assertSubmittable', () => {
  it('accepts an update that says what progress was made', () => {
    expect(() => assertSubmittable({ narrative: 'Training delivered to 40 SENCOs.' })).not.toThrow();
  });

  it('refuses to submit an update without a narrative', () => {
    for (const narrative of [undefined, null, '', '  \n ']) {
      expect(() => assertSubmittable({ narrative })).toThrow(new DomainRuleError('narrative', 'Describe the progress made this period before submitting the update.'));
    }
  });
});

describe('assertReturnComment', () => {
  it('accepts a reason for returning', () => {
    expect(() => assertReturnComment('Please attach the audit.')).not.toThrow();
    expect(() => assertReturnComment('x'.repeat(RETURN_COMMENT_MAX))).not.toThrow();
  });

  it('refuses to return an update without saying why', () => {
    for (const comment of [undefined, null, '', '   \n']) {
      expect(() => assertReturnComment(comment)).toThrow(DomainRuleError);
    }
  });

  it('refuses a comment over the limit', () => {
    expect(() => assertReturnComment('x'.repeat(RETURN_COMMENT_MAX + 1))).toThrow(/2000 characters or fewer/);
  });
});

describe('who may moderate an update', () => {
  const moderator = (roles: Role[], extra: Partial<ModeratorSubject> = {}): ModeratorSubject => ({
    id: 'mod-user', roles, organisationId: 'org-a', personId: 'mod-person', canEditOrganisationActions: false, ...extra,
  });
  const written: UpdateParties = { author: { userId: 'owner-user', personId: 'owner-person' }, submittedBy: { userId: 'owner-user', personId: 'owner-person' } };
  const othersAction = { ownerPersonId: 'owner-person', ownerOrganisationId: 'org-a' };

  it('lets a moderator or plan manager (or administrator) moderate an update on an action they do not own', () => {
    for (const roles of [['moderator'], ['plan_manager'], ['admin']] as Role[][]) {
      expect(moderationRefusal(moderator(roles), written, othersAction)).toBeNull();
      expect(canModerateUpdate(moderator(roles), written, othersAction)).toBe(true);
    }
  });

  it('refuses anyone else by role', () => {
    for (const roles of [['action_owner'], ['board_member'], ['viewer']] as Role[][]) {
      expect(moderationRefusal(moderator(roles), written, othersAction)).toBe('role');
    }
  });

  it("refuses the update's author and whoever submitted it", () => {
    expect(moderationRefusal(moderator(['moderator'], { id: 'owner-user', personId: null }), written, othersAction)).toBe('self');
    const submittedByModerator: UpdateParties = { ...written, submittedBy: { userId: 'mod-user', personId: 'mod-person' } };
    expect(moderationRefusal(moderator(['moderator']), submittedByModerator, othersAction)).toBe('self');
    const draft: UpdateParties = { ...written, submittedBy: null };
    expect(moderationRefusal(moderator(['moderator']), draft, othersAction)).toBeNull();
  });

  it('refuses a moderator who owns the action, as its owner or through their organisation', () => {
    const theirs = { ownerPersonId: 'mod-person', ownerOrganisationId: 'org-b' };
    expect(moderationRefusal(moderator(['moderator']), written, theirs)).toBe('own_action');
    expect(moderationRefusal(moderator(['plan_manager']), written, theirs)).toBe('own_action');
    const orgWide = moderator(['moderator', 'action_owner'], { canEditOrganisationActions: true });
    expect(moderationRefusal(orgWide, written, othersAction)).toBe('own_action');
    // Organisation rights come with the action owner role; without it the flag grants nothing.
    expect(moderationRefusal(moderator(['moderator'], { canEditOrganisationActions: true }), written, othersAction)).toBeNull();
    expect(moderationRefusal(orgWide, written, { ownerPersonId: 'owner-person', ownerOrganisationId: 'org-b' })).toBeNull();
  });
});

describe('who may read draft and returned updates', () => {
  const reader = (roles: Role[], extra: Partial<ModeratorSubject> = {}) => ({
    roles, organisationId: 'org-a', personId: 'person-1', canEditOrganisationActions: false, ...extra,
  });
  const own = { ownerPersonId: 'person-1', ownerOrganisationId: 'org-a' };
  const colleagues = { ownerPersonId: 'person-2', ownerOrganisationId: 'org-a' };

  it('shows submitted and approved updates to every plan reader', () => {
    for (const state of ['submitted', 'approved'] as UpdateState[]) {
      expect(canReadUpdate(reader(['viewer']), state, colleagues)).toBe(true);
      expect(canReadUpdate(reader(['board_member']), state, colleagues)).toBe(true);
    }
  });

  it("shows drafts and returned updates only to the action's editors, moderators and plan managers", () => {
    for (const state of ['draft', 'returned'] as UpdateState[]) {
      expect(canReadUpdate(reader(['viewer']), state, own)).toBe(false);
      expect(canReadUpdate(reader(['board_member']), state, own)).toBe(false);
      expect(canReadUpdate(reader(['moderator']), state, colleagues)).toBe(true);
      expect(canReadUpdate(reader(['plan_manager']), state, colleagues)).toBe(true);
      expect(canReadUpdate(reader(['admin']), state, colleagues)).toBe(true);
      expect(canReadUpdate(reader(['action_owner']), state, own)).toBe(true);
      expect(canReadUpdate(reader(['action_owner']), state, colleagues)).toBe(false);
      expect(canReadUpdate(reader(['action_owner'], { canEditOrganisationActions: true }), state, colleagues)).toBe(true);
    }
  });

  it('says whose drafts a user reads, for a query to filter on', () => {
    expect(draftUpdateScope(reader(['moderator']))).toBe('all');
    expect(draftUpdateScope(reader(['board_member']))).toEqual({ ownerPersonId: null, ownerOrganisationId: null, planSchoolId: null });
    expect(draftUpdateScope(reader(['action_owner']))).toEqual({ ownerPersonId: 'person-1', ownerOrganisationId: null, planSchoolId: null });
    expect(draftUpdateScope(reader(['action_owner'], { canEditOrganisationActions: true }))).toEqual({ ownerPersonId: 'person-1', ownerOrganisationId: 'org-a', planSchoolId: null });
    expect(draftUpdateScope(reader(['school_senco'], { schoolId: 'school-1' }))).toEqual({ ownerPersonId: null, ownerOrganisationId: null, planSchoolId: 'school-1' });
  });

  it("shows a school's SENCO the drafts of their own school's plan, and of no other plan", () => {
    const senco = reader(['school_senco'], { schoolId: 'school-1' });
    expect(canReadUpdate(senco, 'draft', { ...colleagues, planSchoolId: 'school-1' })).toBe(true);
    expect(canReadUpdate(senco, 'returned', { ...colleagues, planSchoolId: 'school-2' })).toBe(false);
    expect(canReadUpdate(senco, 'draft', colleagues)).toBe(false);
  });
});

describe('owesUpdate', () => {
  it('is owed by an open action with no update, a draft or a returned one; never by a complete action', () => {
    expect(['missing', 'draft', 'returned', 'submitted', 'approved'].map((s) => owesUpdate('on_track', s as 'missing'))).toEqual([true, true, true, false, false]);
    expect(owesUpdate('not_started', null)).toBe(true);
    expect(owesUpdate('complete', 'missing')).toBe(false);
  });
});
