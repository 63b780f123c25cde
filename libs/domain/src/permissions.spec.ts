import { can, canReadDraftReadinessPacks, isPermission, PERMISSION_NAMES, PERMISSIONS, PLAN_READER_ROLES, rolesAllow, type Permission } from './permissions';
import { ROLES, type Role } from './roles';

// The table as the product owner reads it: a row per permission, the roles (besides an
// administrator) that hold it. PM plan manager, MO moderator, AO action owner, BM board member,
// SC scrutiny, VI viewer, AD adviser (DfE or NHS England: reads, never writes), SS a school's SENCO.
const GRID: Record<Permission, string> = {
  signedIn: '        PM MO AO BM SC VI AD SS',
  readPlan: '        PM MO AO BM    VI AD',
  readMeetings: '    PM MO AO BM SC VI AD',
  readReports: '     PM MO AO BM SC VI AD',
  readDraftPacks: '  PM MO    BM    VI',
  readDecisions: '   PM MO AO BM    VI AD',
  readAudit: '       PM MO    BM',
  managePlan: '      PM',
  editAction: '      PM    AO',
  writeUpdate: '     PM    AO                   SS',
  moderate: '        PM MO',
  recordCriticalReview: 'PM',
  addEvidence: '     PM    AO',
  addMeasureValue: ' PM    AO',
  manageGovernance: 'PM',
  managePlanCalendar: 'PM                      SS',
  managePacks: '     PM',
  recordDecision: '  PM       BM',
  recordVoice: '     PM',
  respondToVoice: '  PM    AO',
  importPlan: '      PM',
  editSelfEvaluation: 'PM',
  commentSelfEvaluation: 'PM MO AO BM',
  readInspections: ' PM MO AO BM    VI AD',
  readReadinessPacks: 'PM MO AO BM SC VI AD',
  manageInspections: 'PM',
  manageUsers: '',
  readOutbox: '',
  compareLocalAreas: '                  AD',
  readCaseAudits: '  PM MO    BM',
  readCaseAuditSummary: 'PM MO    BM          AD',
  recordCaseAudit: ' PM',
  publishPublicSummary: 'PM',
  readExpectations: '  PM MO AO BM SC VI AD SS',
  readSchoolReviews: ' PM MO    BM             SS',
  writeSelfReview: '   PM                      SS',
  readSchoolPlan: '    PM MO    BM             SS',
  editSchoolPlan: '    PM                      SS',
  reviewSchools: '     PM',
  readSchoolOverview: 'PM MO    BM',
};
const CODES: Record<string, Role> = { PM: 'plan_manager', MO: 'moderator', AO: 'action_owner', BM: 'board_member', SC: 'scrutiny', VI: 'viewer', AD: 'adviser', SS: 'school_senco' };
const holders = (permission: Permission) => GRID[permission].trim().split(/\s+/).filter(Boolean).map((code) => CODES[code]);

describe('the permissions table', () => {
  it.each(PERMISSION_NAMES)('gives %s to exactly the roles the grid names, and to an administrator', (permission) => {
    const expected = holders(permission);
    for (const role of ROLES) expect([role, can([role], permission)]).toEqual([role, role === 'admin' || expected.includes(role)]);
  });

  it('has a row in the grid for every permission, and no more', () => {
    expect(Object.keys(GRID).sort()).toEqual([...PERMISSION_NAMES].sort());
  });

  it('lets every role but scrutiny and a school\'s SENCO read plan content', () => {
    expect(PLAN_READER_ROLES).toEqual(['admin', 'plan_manager', 'moderator', 'action_owner', 'board_member', 'viewer', 'adviser']);
    expect(PERMISSIONS.readPlan).toBe(PLAN_READER_ROLES);
  });

  it('allows a person with several roles what any one of them allows', () => {
    expect(can(['action_owner', 'viewer'], 'readDraftPacks')).toBe(true);
    expect(can(['action_owner', 'scrutiny'], 'moderate')).toBe(false);
    expect(can(['moderator', 'action_owner'], 'writeUpdate')).toBe(true);
  });

  it('allows no one without a role', () => {
    for (const permission of PERMISSION_NAMES) expect(can([], permission)).toBe(false);
  });

  it('always lets an administrator through, and others only with an allowed role', () => {
    expect(rolesAllow(['admin'], [])).toBe(true);
    expect(rolesAllow(['viewer', 'moderator'], ['moderator'])).toBe(true);
    expect(rolesAllow(['viewer'], ['plan_manager', 'moderator'])).toBe(false);
  });

  it('knows its own permission names', () => {
    expect(isPermission('moderate')).toBe(true);
    expect(isPermission('toString')).toBe(false);
    expect(isPermission('fly')).toBe(false);
  });

  it('shows drafts of the monitoring evidence pack to plan readers, never to scrutiny members', () => {
    expect(canReadDraftReadinessPacks(['action_owner'])).toBe(true);
    expect(canReadDraftReadinessPacks(['adviser'])).toBe(true);
    expect(canReadDraftReadinessPacks(['scrutiny'])).toBe(false);
    expect(canReadDraftReadinessPacks(['admin'])).toBe(true);
    expect(can(['scrutiny'], 'readReadinessPacks')).toBe(true);
    expect(can(['school_senco'], 'readReadinessPacks')).toBe(false);
    expect(canReadDraftReadinessPacks(['school_senco'])).toBe(false);
  });
});
