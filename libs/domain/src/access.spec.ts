import { actionFieldsBeyondRights, canEditAction, ownsAction, PLAN_READER_ROLES, rolesAllow, type AccessSubject } from './access';
import type { Role } from './roles';

const subject = (roles: Role[], extra: Partial<AccessSubject> = {}): AccessSubject => ({
  roles, organisationId: 'org-a', personId: 'person-1', canEditOrganisationActions: false, ...extra,
});
const own = { ownerPersonId: 'person-1', ownerOrganisationId: 'org-a' };
const colleagues = { ownerPersonId: 'person-2', ownerOrganisationId: 'org-a' };
const otherOrganisation = { ownerPersonId: 'person-3', ownerOrganisationId: 'org-b' };

describe('access rules', () => {
  it('lets every role but scrutiny read plan content', () => {
    expect(PLAN_READER_ROLES).toEqual(['admin', 'plan_manager', 'moderator', 'action_owner', 'board_member', 'viewer', 'adviser']);
  });

  it('always lets an administrator through, and others only with an allowed role', () => {
    expect(rolesAllow(['admin'], [])).toBe(true);
    expect(rolesAllow(['admin'], ['plan_manager'])).toBe(true);
    expect(rolesAllow(['viewer', 'moderator'], ['moderator'])).toBe(true);
    expect(rolesAllow(['viewer'], ['plan_manager', 'moderator'])).toBe(false);
    expect(rolesAllow([], PLAN_READER_ROLES)).toBe(false);
  });

  it('lets a plan manager or administrator edit any action', () => {
    expect(canEditAction(subject(['plan_manager'], { personId: null, organisationId: null }), otherOrganisation)).toBe(true);
    expect(canEditAction(subject(['admin']), otherOrganisation)).toBe(true);
  });

  it('lets an action owner edit the actions they own, and no other', () => {
    expect(canEditAction(subject(['action_owner']), own)).toBe(true);
    expect(canEditAction(subject(['action_owner']), colleagues)).toBe(false);
    expect(canEditAction(subject(['action_owner']), otherOrganisation)).toBe(false);
  });

  it("lets an owner granted their organisation's actions edit those, but not another organisation's", () => {
    const granted = subject(['action_owner'], { canEditOrganisationActions: true });
    expect(canEditAction(granted, colleagues)).toBe(true);
    expect(canEditAction(granted, otherOrganisation)).toBe(false);
  });

  it('never matches an unowned action to a user with no person or organisation', () => {
    const nobody = subject(['action_owner'], { personId: null, organisationId: null, canEditOrganisationActions: true });
    expect(canEditAction(nobody, { ownerPersonId: null, ownerOrganisationId: 'org-a' })).toBe(false);
  });

  it('refuses edits to roles that own nothing, whatever they are linked to', () => {
    for (const role of ['moderator', 'board_member', 'scrutiny', 'viewer'] as const) {
      expect(canEditAction(subject([role], { canEditOrganisationActions: true }), own)).toBe(false);
    }
  });

  it("names the fields an action owner may not change, and none for a plan manager", () => {
    const changes = ['description', 'deliveryStatus', 'impactStatus', 'dueDate', 'startDate'];
    expect(actionFieldsBeyondRights(subject(['action_owner']), changes)).toEqual(['deliveryStatus', 'impactStatus', 'dueDate']);
    expect(actionFieldsBeyondRights(subject(['action_owner']), ['description', 'partnerOrganisationIds'])).toEqual([]);
    expect(actionFieldsBeyondRights(subject(['plan_manager']), changes)).toEqual([]);
  });
});

describe('ownsAction', () => {
  it('is true for the person an action names, whatever their role, and for an organisation-wide action owner', () => {
    expect(ownsAction(subject(['moderator']), own)).toBe(true);
    expect(ownsAction(subject(['plan_manager']), colleagues)).toBe(false);
    expect(ownsAction(subject(['action_owner'], { canEditOrganisationActions: true }), colleagues)).toBe(true);
    expect(ownsAction(subject(['moderator'], { canEditOrganisationActions: true }), colleagues)).toBe(false);
    expect(ownsAction(subject(['action_owner'], { canEditOrganisationActions: true }), otherOrganisation)).toBe(false);
    expect(ownsAction(subject(['viewer'], { personId: null }), { ownerPersonId: null, ownerOrganisationId: 'org-a' })).toBe(false);
  });
});
