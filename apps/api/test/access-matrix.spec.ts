import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { ROLES, type Role } from '@send/domain';
import { bootTestApp, callAs, createUser, Method, Session, signIn, TestApp } from './test-app';

/**
 * Every route × every role (and no session): allowed, or refused with 401/403. The expectations are
 * the intended policy written out here, not read back from the decorators, and the routes walked
 * are the ones the app registers: a new route must be added to this table or this test fails.
 */
const EVERYONE: readonly Role[] = ROLES;
const PLAN_READERS: readonly Role[] = ['admin', 'plan_manager', 'moderator', 'action_owner', 'board_member', 'viewer', 'adviser'];
const PLAN_MANAGER: readonly Role[] = ['admin', 'plan_manager'];
const PLAN_MANAGER_OR_OWNER: readonly Role[] = ['admin', 'plan_manager', 'action_owner'];
/** Status updates: an action owner on their own actions, a school's SENCO on their own school's plan (by the service). */
const UPDATE_WRITERS: readonly Role[] = ['admin', 'plan_manager', 'action_owner', 'school_senco'];
const MODERATORS: readonly Role[] = ['admin', 'plan_manager', 'moderator'];
const AUDIT_READERS: readonly Role[] = ['admin', 'plan_manager', 'moderator', 'board_member'];
const ADMIN: readonly Role[] = ['admin'];
const READERS_AND_SCRUTINY: readonly Role[] = [...PLAN_READERS, 'scrutiny'];
const PLAN_MANAGER_OR_BOARD: readonly Role[] = ['admin', 'plan_manager', 'board_member'];
const CASE_AUDIT_READERS: readonly Role[] = ['admin', 'plan_manager', 'moderator', 'board_member'];
/** Schools' SEND reviews: the local authority's reviewers and readers, and a school's SENCO (their own school only, by the service). */
const SCHOOL_REVIEW_READERS: readonly Role[] = ['admin', 'plan_manager', 'moderator', 'board_member', 'school_senco'];
const SELF_REVIEW_WRITERS: readonly Role[] = ['admin', 'plan_manager', 'school_senco'];
/** A plan's meetings and reporting periods: a plan manager, and a school's SENCO (their own school plan's only, by the service). */
const PLAN_CALENDAR_KEEPERS: readonly Role[] = ['admin', 'plan_manager', 'school_senco'];
const SCHOOL_OVERVIEW_READERS: readonly Role[] = ['admin', 'plan_manager', 'moderator', 'board_member'];

const INTENDED: Record<string, 'public' | readonly Role[]> = {
  'GET /api/health': 'public',

  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'public',
  'POST /api/auth/reset-password': 'public',
  'GET /api/auth/me': EVERYONE,
  'POST /api/auth/password': EVERYONE,

  'GET /api/users': ADMIN,
  'GET /api/users/:id': ADMIN,
  'POST /api/users': ADMIN,
  'PATCH /api/users/:id': ADMIN,
  'POST /api/users/:id/password-reset': ADMIN,

  // The installation's administrators only, whatever their role (local-areas.spec.ts signs in as one).
  'GET /api/local-areas': [],
  'POST /api/local-areas': [],
  'GET /api/local-areas/summary': PLAN_READERS,
  'GET /api/advisers': [],
  'PUT /api/advisers/:userId/local-areas': [],

  'GET /api/plans': PLAN_READERS,
  'GET /api/plans/:planId': PLAN_READERS,
  'GET /api/plans/:planId/summary': PLAN_READERS,
  'POST /api/plans': PLAN_MANAGER,
  'GET /api/plans/:planId/changes': PLAN_READERS,
  'GET /api/plans/:planId/exceptions': PLAN_READERS,
  'GET /api/plans/:planId/self-evaluation': PLAN_READERS,
  'GET /api/plans/:planId/self-evaluation/history': PLAN_READERS,
  'PUT /api/plans/:planId/self-evaluation/sections/:criterionKey': PLAN_MANAGER,
  'POST /api/plans/:planId/self-evaluation/sections/:criterionKey/comments': ['admin', 'plan_manager', 'moderator', 'action_owner', 'board_member'],

  // Inspections and readiness: written by plan managers, read by every plan reader, not by scrutiny.
  'POST /api/plans/:planId/inspections': PLAN_MANAGER,
  'GET /api/plans/:planId/inspections': PLAN_READERS,
  'GET /api/plans/:planId/readiness': PLAN_READERS,
  'GET /api/inspections/:id': PLAN_READERS,
  'POST /api/inspections/:id/findings': PLAN_MANAGER,
  'PATCH /api/findings/:id': PLAN_MANAGER,
  'PUT /api/findings/:id/links': PLAN_MANAGER,
  'GET /api/actions/:id/findings': PLAN_READERS,
  'GET /api/priority-areas/:id/findings': PLAN_READERS,

  'GET /api/plans/:planId/periods': PLAN_READERS,
  'POST /api/plans/:planId/periods': PLAN_CALENDAR_KEEPERS,
  'PATCH /api/plans/:planId/periods/:periodId': PLAN_CALENDAR_KEEPERS,
  'GET /api/plans/:planId/periods/:periodId/progress': PLAN_READERS,

  'POST /api/actions/:id/updates': UPDATE_WRITERS,
  'GET /api/actions/:id/updates': PLAN_READERS,
  'GET /api/updates': PLAN_READERS,
  'GET /api/updates/:id': PLAN_READERS,
  'PATCH /api/updates/:id': UPDATE_WRITERS,
  'POST /api/updates/:id/submit': UPDATE_WRITERS,
  'POST /api/updates/:id/approve': MODERATORS,
  'POST /api/updates/:id/return': MODERATORS,

  // Every plan reader reads approved reviews (drafts only those who record or moderate them); a plan
  // manager records and submits them, and a second person (moderator or plan manager) approves or returns them.
  'GET /api/plans/:planId/critical-reviews': PLAN_READERS,
  'POST /api/plans/:planId/critical-reviews': PLAN_MANAGER,
  'GET /api/critical-reviews/:id': PLAN_READERS,
  'PATCH /api/critical-reviews/:id': PLAN_MANAGER,
  'PUT /api/critical-reviews/:id/judgements': PLAN_MANAGER,
  'POST /api/critical-reviews/:id/submit': PLAN_MANAGER,
  'POST /api/critical-reviews/:id/approve': MODERATORS,
  'POST /api/critical-reviews/:id/return': MODERATORS,
  // Case audits name a child's case by its reference: read by those who answer for the partnership's
  // practice, recorded by a plan manager; their counted summary is an adviser's to read as well.
  'GET /api/plans/:planId/case-audits': CASE_AUDIT_READERS,
  'POST /api/plans/:planId/case-audits': PLAN_MANAGER,
  'GET /api/plans/:planId/case-audits/summary': [...CASE_AUDIT_READERS, 'adviser'],
  'GET /api/case-audits/:id': CASE_AUDIT_READERS,
  'PATCH /api/case-audits/:id': PLAN_MANAGER,
  // The public summary: a plan manager previews and publishes it; what is published is anyone's, signed in or not.
  'GET /api/plans/:planId/public-summary': PLAN_MANAGER,
  'POST /api/plans/:planId/public-summary/publish': PLAN_MANAGER,
  'GET /api/public/plans/:planId': 'public',
  'GET /api/public/plans/:planId/summary.pdf': 'public',
  'GET /api/public/local-areas/:slug': 'public',

  'GET /api/priority-areas/:id': PLAN_READERS,
  'POST /api/priority-areas': PLAN_MANAGER,
  'PATCH /api/priority-areas/:id': PLAN_MANAGER,

  'GET /api/actions': PLAN_READERS,
  'GET /api/actions/:id': PLAN_READERS,
  // Every reader of an action, its owner included, reads its history (unlike the audit trail).
  'GET /api/actions/:id/history': PLAN_READERS,
  'POST /api/actions': PLAN_MANAGER,
  'PATCH /api/actions/:id': PLAN_MANAGER_OR_OWNER,
  'POST /api/actions/:id/archive': PLAN_MANAGER,

  'POST /api/actions/:id/milestones': PLAN_MANAGER_OR_OWNER,
  'PATCH /api/milestones/:id': PLAN_MANAGER_OR_OWNER,

  'GET /api/actions/:id/evidence': PLAN_READERS,
  'POST /api/actions/:id/evidence': PLAN_MANAGER_OR_OWNER,
  'GET /api/evidence/:id': PLAN_READERS,
  'GET /api/evidence/:id/file': PLAN_READERS,
  'PATCH /api/evidence/:id': PLAN_MANAGER_OR_OWNER,
  'POST /api/evidence/:id/archive': PLAN_MANAGER_OR_OWNER,

  'GET /api/plans/:planId/measures': PLAN_READERS,
  'GET /api/measures/:id': PLAN_READERS,
  'POST /api/measures': PLAN_MANAGER,
  'PATCH /api/measures/:id': PLAN_MANAGER,
  'POST /api/measures/:id/values': PLAN_MANAGER_OR_OWNER,
  'PATCH /api/measure-values/:id': PLAN_MANAGER_OR_OWNER,

  'GET /api/organisations': PLAN_READERS,
  'GET /api/organisations/:id': PLAN_READERS,
  'POST /api/organisations': PLAN_MANAGER,
  'PATCH /api/organisations/:id': PLAN_MANAGER,

  'GET /api/people': PLAN_READERS,
  'GET /api/people/:id': PLAN_READERS,
  'POST /api/people': PLAN_MANAGER,
  'PATCH /api/people/:id': PLAN_MANAGER,

  'GET /api/audit': AUDIT_READERS,

  'GET /api/notifications': EVERYONE,
  'GET /api/notifications/unread-count': EVERYONE,
  'POST /api/notifications/:id/read': EVERYONE,
  'POST /api/notifications/read-all': EVERYONE,
  'GET /api/outbox': ADMIN,
  'GET /api/notification-preferences': EVERYONE,
  'PUT /api/notification-preferences': EVERYONE,
  'GET /api/unsubscribe': 'public',
  'POST /api/unsubscribe': 'public',
  'GET /api/governance-bodies/:id/members': PLAN_READERS,
  'PUT /api/governance-bodies/:id/members': PLAN_MANAGER,
  'GET /api/plans/:planId/reminder-days': PLAN_READERS,
  'PUT /api/plans/:planId/reminder-days': PLAN_MANAGER,

  'GET /api/governance-bodies': READERS_AND_SCRUTINY,
  'POST /api/governance-bodies': PLAN_MANAGER,
  'GET /api/meetings': READERS_AND_SCRUTINY,
  'GET /api/meetings/:id': READERS_AND_SCRUTINY,
  'POST /api/meetings': PLAN_CALENDAR_KEEPERS,
  'PATCH /api/meetings/:id': PLAN_CALENDAR_KEEPERS,
  'GET /api/meetings/:id/decisions': PLAN_READERS,
  'POST /api/meetings/:id/decisions': PLAN_MANAGER_OR_BOARD,
  'GET /api/decisions': PLAN_READERS,
  'GET /api/decisions/:id': PLAN_READERS,
  'PATCH /api/decisions/:id': PLAN_MANAGER_OR_BOARD,

  // "You said, we did": every plan reader reads; the plan manager records; an action owner responds
  // (only to items linked to one of their actions: voice.spec.ts checks that rule).
  'GET /api/plans/:planId/voice': PLAN_READERS,
  'POST /api/plans/:planId/voice': PLAN_MANAGER,
  'GET /api/voice/:id': PLAN_READERS,
  'PATCH /api/voice/:id': PLAN_MANAGER,
  'PUT /api/voice/:id/response': PLAN_MANAGER_OR_OWNER,

  'POST /api/meetings/:id/packs': PLAN_MANAGER,
  'GET /api/meetings/:id/packs': READERS_AND_SCRUTINY,
  'GET /api/packs': READERS_AND_SCRUTINY,
  'GET /api/packs/:id': READERS_AND_SCRUTINY,
  'POST /api/packs/:id/regenerate': PLAN_MANAGER,
  'POST /api/packs/:id/publish': PLAN_MANAGER,
  'GET /api/packs/:id/board-pack.pdf': READERS_AND_SCRUTINY,
  'GET /api/packs/:id/files/:name': READERS_AND_SCRUTINY,

  'GET /api/plans/:planId/reports/progress.docx': READERS_AND_SCRUTINY,
  'GET /api/plans/:planId/reports/progress.pdf': READERS_AND_SCRUTINY,
  'GET /api/plans/:planId/reports/tracker.xlsx': READERS_AND_SCRUTINY,
  'GET /api/plans/:planId/reports/tracker.csv': READERS_AND_SCRUTINY,

  // The monitoring evidence pack: live for plan readers, generated and published by plan managers, published ones for scrutiny too.
  'GET /api/plans/:planId/reports/readiness.pdf': PLAN_READERS,
  'GET /api/plans/:planId/reports/readiness.docx': PLAN_READERS,
  'POST /api/plans/:planId/readiness-packs': PLAN_MANAGER,
  'GET /api/plans/:planId/readiness-packs': READERS_AND_SCRUTINY,
  'POST /api/readiness-packs/:id/publish': PLAN_MANAGER,
  'GET /api/readiness-packs/:id/readiness.pdf': READERS_AND_SCRUTINY,
  'GET /api/readiness-packs/:id/readiness.docx': READERS_AND_SCRUTINY,

  'GET /api/expectations': EVERYONE,
  'GET /api/schools': SCHOOL_REVIEW_READERS,
  'POST /api/schools': PLAN_MANAGER,
  'GET /api/schools/:id': SCHOOL_REVIEW_READERS,
  'PATCH /api/schools/:id': PLAN_MANAGER,
  'GET /api/schools/:id/self-reviews': SCHOOL_REVIEW_READERS,
  'POST /api/schools/:id/self-reviews': SELF_REVIEW_WRITERS,
  'GET /api/schools/:id/audits': SCHOOL_REVIEW_READERS,
  'POST /api/schools/:id/audits': PLAN_MANAGER,
  'GET /api/schools/:id/plan': SCHOOL_REVIEW_READERS,
  'POST /api/schools/:id/plan': SELF_REVIEW_WRITERS,
  'POST /api/schools/:id/plan/actions': SELF_REVIEW_WRITERS,
  'PATCH /api/schools/:id/plan/actions/:actionId': SELF_REVIEW_WRITERS,
  'POST /api/schools/:id/plan/actions/:actionId/evidence': SELF_REVIEW_WRITERS,
  'GET /api/schools/:id/plan/actions/:actionId/updates': SCHOOL_REVIEW_READERS,
  'GET /api/schools/:id/plan/governors-report.docx': SCHOOL_REVIEW_READERS,
  'GET /api/schools/:id/plan/governors-report.pdf': SCHOOL_REVIEW_READERS,
  'GET /api/self-reviews/:id': SCHOOL_REVIEW_READERS,
  'PATCH /api/self-reviews/:id': SELF_REVIEW_WRITERS,
  'POST /api/self-reviews/:id/submit': SELF_REVIEW_WRITERS,
  'GET /api/audits/:id': SCHOOL_REVIEW_READERS,
  'PATCH /api/audits/:id': PLAN_MANAGER,
  'GET /api/school-reviews/overview': SCHOOL_OVERVIEW_READERS,
  'GET /api/school-reviews/thematic-summary': SCHOOL_OVERVIEW_READERS,
  'GET /api/school-reviews/thematic-summary.docx': SCHOOL_OVERVIEW_READERS,
  'GET /api/school-reviews/thematic-summary.pdf': SCHOOL_OVERVIEW_READERS,

  'POST /api/imports': PLAN_MANAGER,
  'GET /api/imports/:id': PLAN_MANAGER,
  'PATCH /api/imports/:id': PLAN_MANAGER,
  'POST /api/imports/:id/commit': PLAN_MANAGER,
};

/** The routes Nest registered, as `METHOD /api/path/:param`, read from the controllers' metadata. */
function registeredRoutes(app: TestApp): string[] {
  const scanner = new MetadataScanner();
  const routes = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type;
      const bases = [Reflect.getMetadata(PATH_METADATA, controller) ?? ''].flat() as string[];
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = controller.prototype[name];
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (paths === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        for (const base of bases) {
          for (const path of [paths].flat()) {
            routes.add(`${method} ${['/api', base, path].map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/').replace(/^/, '/')}`);
          }
        }
      }
    }
  }
  return [...routes].sort();
}

const SOME_ID = '00000000-0000-4000-8000-00000000abcd';

describe('access to every route, by role', () => {
  let app: TestApp;
  let routes: string[];
  const sessions = new Map<Role, Session>();
  const users = new Map<Role, { email: string; password: string }>();

  beforeAll(async () => {
    app = await bootTestApp();
    routes = registeredRoutes(app);
    for (const role of ROLES) {
      const user = await createUser(app, { roles: [role] });
      users.set(role, user);
      sessions.set(role, await signIn(app, user));
    }
  });
  afterAll(() => app.close());

  it('finds the routes Fastify serves', () => {
    const fastify = app.getHttpAdapter().getInstance();
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) {
      const [method, url] = route.split(' ');
      expect({ route, served: fastify.hasRoute({ method: method, url }) }).toEqual({ route, served: true });
    }
  });

  it('has an intended policy for every route, and no policy for a route that does not exist', () => {
    expect(routes.filter((r) => !(r in INTENDED))).toEqual([]);
    expect(Object.keys(INTENDED).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('lets each role call exactly the routes its policy allows, and no route without a session unless public', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const intended = INTENDED[route];
      if (intended === undefined) continue; // reported by the test above
      const [method, path] = route.split(' ') as [Method, string];
      const url = path.replace(/:[A-Za-z]+/g, SOME_ID);
      const body = method === 'GET' ? undefined : {};
      for (const role of [...ROLES, null]) {
        // Signing out ends the session: use one of its own.
        const session = role === null ? null : route === 'POST /api/auth/logout' ? await signIn(app, users.get(role)!) : sessions.get(role)!;
        const { status } = await callAs(app, session, method, url, body);
        const allowed = intended === 'public' || (role !== null && intended.includes(role));
        const expected = allowed ? 'allowed' : role === null ? 401 : 403;
        const got = status === 401 || status === 403 ? status : 'allowed';
        if (got !== expected) wrong.push(`${route} as ${role ?? 'nobody'}: expected ${expected}, got ${status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
