import { ROLES, type Role } from './roles';

/**
 * Every role that may read plan content: all but scrutiny, which sees only published packs and
 * reports, and a school's SENCO, who sees only their own school's SEND review.
 */
export const PLAN_READER_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'scrutiny' && role !== 'school_senco');

/** The local area's own people (everyone but a school's SENCO), who read its meetings, packs and reports. */
export const LOCAL_AREA_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'school_senco');

/**
 * Who may do what: the one table of permissions. The API's route policies (`@Can('moderate')`)
 * enforce it and the web app shows or hides its controls with it. An administrator may do
 * everything. Rules about whose record it is sit on top, in access.ts and status-update.ts: an
 * action owner edits only their own actions, and an update needs a second person to moderate it.
 */
export const PERMISSIONS = {
  /** Their own account: who they are, signing out. */
  signedIn: ROLES,
  /** Plans, priority areas, actions, updates, evidence, measures, people and organisations. */
  readPlan: PLAN_READER_ROLES,
  /** Governance bodies, meetings and published packs. */
  readMeetings: LOCAL_AREA_ROLES,
  /** The exported progress report and tracker. */
  readReports: LOCAL_AREA_ROLES,
  /**
   * Packs not yet published: everyone who reads the plan except action owners (it is the board's
   * paper, not theirs to preview) and scrutiny members (who receive what is published, never drafts).
   */
  readDraftPacks: ['plan_manager', 'moderator', 'board_member', 'viewer'],
  /** Board decisions and challenges. */
  readDecisions: PLAN_READER_ROLES,
  /** The audit trail of plan records. */
  readAudit: ['plan_manager', 'moderator', 'board_member'],
  /** The plan's structure and official judgements: plans, priority areas, actions, measures, people, organisations, reporting periods. */
  managePlan: ['plan_manager'],
  /** An action's details and milestones: an action owner only on their own actions (canEditAction). */
  editAction: ['plan_manager', 'action_owner'],
  /**
   * Write and submit status updates: an action owner only on their own actions; a school's SENCO
   * only on their own school's plan, which they keep (managesActionPlan in access.ts).
   */
  writeUpdate: ['plan_manager', 'action_owner', 'school_senco'],
  /** Approve or return submitted updates, as a second person (moderationRefusal). */
  moderate: ['plan_manager', 'moderator'],
  /** Record a critical review of the plan and its judgements, and submit it; a moderator approves or returns it (`moderate`). */
  recordCriticalReview: ['plan_manager'],
  addEvidence: ['plan_manager', 'action_owner'],
  addMeasureValue: ['plan_manager', 'action_owner'],
  /** Governance bodies and their meetings. */
  manageGovernance: ['plan_manager'],
  /**
   * A plan's calendar: add and move its bodies' meetings and its reporting periods. A plan manager
   * any plan's; a school's SENCO only their own school plan's governing board and its periods
   * (managesPlanCalendar in access.ts: to them any other plan's meetings do not exist).
   */
  managePlanCalendar: ['plan_manager', 'school_senco'],
  /** Generate, publish and withdraw packs. */
  managePacks: ['plan_manager'],
  recordDecision: ['plan_manager', 'board_member'],
  /** What children, young people and families said ("you said"): recorded and edited by the plan manager. */
  recordVoice: ['plan_manager'],
  /** What the partnership did about it ("we did"): the plan manager, or an owner of one of the item's linked actions (canRespondToVoice). */
  respondToVoice: ['plan_manager', 'action_owner'],
  importPlan: ['plan_manager'],
  /** The partnership's self-evaluation against the inspection framework: written by the plan's managers. */
  editSelfEvaluation: ['plan_manager'],
  /** Partners comment on the self-evaluation: everyone who works on the plan, not its readers alone. */
  commentSelfEvaluation: ['plan_manager', 'moderator', 'action_owner', 'board_member'],
  /**
   * Multi-agency case audits, one by one. They name a child's case by its reference and grade what
   * partners did for that child, so they are read only by those who answer for the partnership's
   * practice: its plan managers, moderators and board members. Not action owners (an action's owner
   * needs the pattern, not one child's audit), not viewers (a wide read-only audience), not advisers
   * (they read several areas' plans; the summary below is theirs), never scrutiny.
   */
  readCaseAudits: ['plan_manager', 'moderator', 'board_member'],
  /** The audits' grades by domain and learning themes, counted: no case references, so advisers read them too. */
  readCaseAuditSummary: ['plan_manager', 'moderator', 'board_member', 'adviser'],
  /** Record and correct case audits. */
  recordCaseAudit: ['plan_manager'],
  /** Preview and publish the plan's public summary (what anyone may read without signing in). */
  publishPublicSummary: ['plan_manager'],
  /** Inspections, their findings and how ready the plan is to show it has answered them: everyone who reads the plan. */
  readInspections: PLAN_READER_ROLES,
  /**
   * The monitoring evidence pack: published versions for everyone who reads the plan and for
   * scrutiny members; drafts and the live rendering only for plan readers (canReadDraftReadinessPacks).
   * Plan managers generate and publish them (`managePacks`).
   */
  readReadinessPacks: LOCAL_AREA_ROLES,
  /** Record inspections and findings, and link findings to the actions and measures that answer them. */
  manageInspections: ['plan_manager'],
  /** Accounts and roles: administrators only. */
  manageUsers: [],
  /** Several local areas' headline figures side by side: advisers (and administrators). */
  compareLocalAreas: ['adviser'],
  /** The local authority's expectations of every school's SEND provision (its published framework). */
  readExpectations: ROLES,
  /**
   * Schools' SEND self-reviews and the local authority's audits of them: a school's SENCO reads
   * their own school only (the API answers 404 for any other); the local authority's people read all.
   */
  readSchoolReviews: ['plan_manager', 'moderator', 'board_member', 'school_senco'],
  /** A school's own self-review: its SENCO (their school only) or the local authority's reviewers. */
  writeSelfReview: ['plan_manager', 'school_senco'],
  /** Schools, audit visits and the local authority's view across schools: the local authority's reviewers. */
  reviewSchools: ['plan_manager'],
  /**
   * A school's own improvement plan and its governors' report: its SENCO (their school only: the API
   * answers 404 for any other) and the local authority's school reviewers, who read every school's.
   */
  readSchoolPlan: ['plan_manager', 'moderator', 'board_member', 'school_senco'],
  /**
   * Start a school's plan, add its actions, move their statuses and record evidence: a plan manager,
   * or its SENCO, who keeps their own school's plan as a plan manager keeps the local area's and
   * nothing else (managesActionPlan in access.ts).
   */
  editSchoolPlan: ['plan_manager', 'school_senco'],
  /** The local authority's view across schools: heat map, needs support, thematic summary. */
  readSchoolOverview: ['plan_manager', 'moderator', 'board_member'],
  /** The emails the installation would have sent with no SMTP server set: administrators only. */
  readOutbox: [],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(x: unknown): x is Permission {
  return typeof x === 'string' && Object.hasOwn(PERMISSIONS, x);
}

/** Drafts of the monitoring evidence pack: plan readers, never scrutiny (who read what is published). */
export function canReadDraftReadinessPacks(roles: readonly Role[]): boolean {
  return rolesAllow(roles, PLAN_READER_ROLES);
}

/** Whether someone with `roles` passes a policy allowing `allowed`. An administrator always does. */
export function rolesAllow(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return roles.includes('admin') || roles.some((role) => allowed.includes(role));
}

/** Whether someone with `roles` has `permission` (the PERMISSIONS table). */
export function can(roles: readonly Role[], permission: Permission): boolean {
  return rolesAllow(roles, PERMISSIONS[permission]);
}
