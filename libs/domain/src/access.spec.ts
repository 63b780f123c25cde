import { actionFieldsBeyondRights, canEditAction, canReachPlan, managesActionPlan, managesPlanCalendar, ownsAction, reachesEverySchoolPlan, type AccessSubject } from './access';
import type { Role } from './roles';

const subject = (roles: Role[], extra: Partial<AccessSubject> = {}): AccessSubject => ({
  roles, organisationId: 'org-a', personId: 'person-1', canEditOrganisationActions: false, ...extra,
});
const own = { ownerPersonId: 'person-1', ownerOrganisationId: 'org-a' };
const colleagues = { ownerPersonId: 'person-2', ownerOrganisationId: 'org-a' };
const otherOrganisation = { ownerPersonId: 'person-3', ownerOrganisationId: 'org-b' };

describe('access rules', () => {
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
    expect(actionFieldsBeyondRights(subject(['action_owner']), own, changes)).toEqual(['deliveryStatus', 'impactStatus', 'dueDate']);
    expect(actionFieldsBeyondRights(subject(['action_owner']), own, ['description', 'partnerOrganisationIds'])).toEqual([]);
    expect(actionFieldsBeyondRights(subject(['plan_manager']), own, changes)).toEqual([]);
  });
});

describe("a school's own plan", () => {
  const senco = (schoolId: string | null) => subject(['school_senco'], { personId: null, organisationId: null, schoolId });
  const inSchoolA = { ownerPersonId: null, ownerOrganisationId: 'school-a-org', planSchoolId: 'school-a' };
  const inSchoolB = { ownerPersonId: null, ownerOrganisationId: 'school-b-org', planSchoolId: 'school-b' };
  const inLocalArea = { ownerPersonId: null, ownerOrganisationId: 'school-a-org', planSchoolId: null };

  it("is kept by its school's SENCO as a plan manager keeps the local area's: every action and every field", () => {
    expect(managesActionPlan(senco('school-a'), inSchoolA)).toBe(true);
    expect(canEditAction(senco('school-a'), inSchoolA)).toBe(true);
    expect(actionFieldsBeyondRights(senco('school-a'), inSchoolA, ['title', 'dueDate', 'deliveryStatus', 'impactStatus'])).toEqual([]);
  });

  it("gives a SENCO nothing of another school's plan or the local area's, even an action their school's organisation owns", () => {
    for (const action of [inSchoolB, inLocalArea, { ownerPersonId: null, ownerOrganisationId: 'school-a-org' }]) {
      expect(managesActionPlan(senco('school-a'), action)).toBe(false);
      expect(canEditAction(senco('school-a'), action)).toBe(false);
      expect(actionFieldsBeyondRights(senco('school-a'), action, ['title', 'deliveryStatus'])).toEqual(['title', 'deliveryStatus']);
    }
    // A SENCO with no school keeps no plan, not even one whose school is unknown.
    expect(managesActionPlan(senco(null), inSchoolA)).toBe(false);
  });

  it('is kept by a school only through the school plan permission: another role named for the school gains nothing', () => {
    for (const role of ['action_owner', 'moderator', 'board_member', 'viewer', 'scrutiny', 'adviser'] as const) {
      expect(managesActionPlan(subject([role], { schoolId: 'school-a' }), inSchoolA)).toBe(false);
    }
    expect(managesActionPlan(subject(['plan_manager'], { schoolId: null }), inSchoolB)).toBe(true);
  });
});

describe('managesPlanCalendar', () => {
  const senco = (schoolId: string | null) => subject(['school_senco'], { personId: null, organisationId: null, schoolId });

  it("lets a plan manager or administrator move any plan's meetings and periods, a school's or the local area's", () => {
    for (const roles of [['plan_manager'], ['admin']] as Role[][]) {
      for (const planSchoolId of [null, 'school-a', 'school-b']) expect(managesPlanCalendar(subject(roles), { planSchoolId })).toBe(true);
    }
  });

  it("lets a SENCO move their own school plan's meetings and periods only", () => {
    expect(managesPlanCalendar(senco('school-a'), { planSchoolId: 'school-a' })).toBe(true);
    expect(managesPlanCalendar(senco('school-a'), { planSchoolId: 'school-b' })).toBe(false);
    expect(managesPlanCalendar(senco('school-a'), { planSchoolId: null })).toBe(false);
    // A SENCO with no school keeps no calendar, not even a plan whose school is unknown.
    expect(managesPlanCalendar(senco(null), { planSchoolId: null })).toBe(false);
    expect(managesPlanCalendar(senco(null), { planSchoolId: 'school-a' })).toBe(false);
  });

  it('gives no other role a calendar, even one tied to the school', () => {
    for (const role of ['action_owner', 'moderator', 'board_member', 'viewer', 'scrutiny', 'adviser'] as const) {
      for (const planSchoolId of [null, 'school-a']) expect(managesPlanCalendar(subject([role], { schoolId: 'school-a' }), { planSchoolId })).toBe(false);
    }
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

describe('canReachPlan', () => {
  it("leaves a local area's plan to the route's own permission", () => {
    for (const role of ['action_owner', 'scrutiny', 'viewer', 'adviser', 'school_senco'] as const) expect(canReachPlan({ roles: [role] }, null)).toBe(true);
  });

  it("hides a school's own plan from everyone who does not read school plans, whatever school they are tied to", () => {
    for (const role of ['action_owner', 'scrutiny', 'viewer', 'adviser'] as const) {
      expect(canReachPlan({ roles: [role], schoolId: 'school-a' }, 'school-a')).toBe(false);
      expect(reachesEverySchoolPlan({ roles: [role] })).toBe(false);
    }
  });

  it("shows a SENCO their own school's plan only, and the local authority's reviewers every school's", () => {
    expect(canReachPlan({ roles: ['school_senco'], schoolId: 'school-a' }, 'school-a')).toBe(true);
    expect(canReachPlan({ roles: ['school_senco'], schoolId: 'school-a' }, 'school-b')).toBe(false);
    expect(canReachPlan({ roles: ['school_senco'], schoolId: null }, 'school-a')).toBe(false);
    expect(reachesEverySchoolPlan({ roles: ['school_senco'] })).toBe(false);
    for (const role of ['plan_manager', 'moderator', 'board_member', 'admin'] as const) {
      expect(canReachPlan({ roles: [role] }, 'school-b')).toBe(true);
      expect(reachesEverySchoolPlan({ roles: [role] })).toBe(true);
    }
  });
});
