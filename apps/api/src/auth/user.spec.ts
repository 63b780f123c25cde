import { Client } from 'pg';
import { adminSession, attemptSignIn, bootTestApp, buildPlan, call, callAs, createUser, signIn, TestApp, unique } from '../../test/test-app';

describe('managing accounts', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  it('creates an account with roles and a linked person, taking the organisation from the person', async () => {
    const t = await buildPlan(app);
    const person = (await call(app, 'POST', '/api/people', { name: 'Head of Inclusion', organisationId: t.council.id })).body;
    const email = `${unique('Mixed.Case')}@Example.TEST`;
    const res = await call(app, 'POST', '/api/users', {
      email, displayName: 'Head of Inclusion', roles: ['action_owner', 'viewer'], personId: person.id, password: 'twelve chars!',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String), email: email.toLowerCase(), displayName: 'Head of Inclusion', roles: ['action_owner', 'viewer'],
      localAreaId: (await adminSession(app)).user.localAreaId, organisationId: t.council.id, personId: person.id, canEditOrganisationActions: false, schoolId: null, active: true,
      passwordChangedAt: expect.any(String), lastSignedInAt: null, version: 1, createdAt: expect.any(String), updatedAt: expect.any(String),
    });
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|twelve chars/);
    expect((await attemptSignIn(app, email, 'twelve chars!')).statusCode).toBe(200);
  });

  it('refuses a second account with the same email in any case', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const res = await call(app, 'POST', '/api/users', { email: user.email.toUpperCase(), displayName: 'Twin', roles: ['viewer'] });
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([{ field: 'email', message: 'Another account already uses this email address' }]);
  });

  it('answers bad input field by field: unknown roles, no roles, a short password, unknown links', async () => {
    const res = await call(app, 'POST', '/api/users', { email: 'not-an-email', displayName: '', roles: ['owner'], password: 'short' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([
      { field: 'email', message: 'email must be an email address' },
      { field: 'roles', message: expect.stringContaining('plan_manager') },
      { field: 'password', message: 'password must be at least 12 characters' },
    ]));
    expect((await call(app, 'POST', '/api/users', { email: `${unique()}@example.test`, displayName: 'No roles', roles: [] })).body.errors[0].field).toBe('roles');
    const unknown = await call(app, 'POST', '/api/users', { email: `${unique()}@example.test`, displayName: 'X', roles: ['viewer'], personId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('personId');
  });

  it('lists accounts, searching by name or email and filtering by role', async () => {
    const marker = unique('Findable');
    await createUser(app, { roles: ['moderator'], displayName: `${marker} moderator` });
    await createUser(app, { roles: ['viewer'], displayName: `${marker} viewer` });
    const all = await call(app, 'GET', `/api/users?q=${marker}`);
    expect(all.body.total).toBe(2);
    const moderators = await call(app, 'GET', `/api/users?q=${marker}&role=moderator`);
    expect(moderators.body.items.map((u: { displayName: string }) => u.displayName)).toEqual([`${marker} moderator`]);
    expect((await call(app, 'GET', '/api/users?role=owner')).status).toBe(400);
  });

  it('changes roles with the version read, refuses a stale one with 409, and audits the role change', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const changed = await call(app, 'PATCH', `/api/users/${user.id}`, { version: 1, roles: ['moderator'] });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ roles: ['moderator'], version: 2 });
    const stale = await call(app, 'PATCH', `/api/users/${user.id}`, { version: 1, roles: ['plan_manager'] });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ roles: ['moderator'], version: 2 });

    const admin = await adminSession(app);
    const audit = await call(app, 'GET', `/api/audit?entityType=user&entityId=${user.id}`);
    expect(audit.body.items[0]).toMatchObject({
      action: 'change_roles', actor: { id: admin.user.id, label: 'Test administrator' },
      before: { roles: ['viewer'] }, after: { roles: ['moderator'] },
    });
  });

  it('applies a role change to sessions already open', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const session = await signIn(app, user);
    expect((await callAs(app, session, 'POST', '/api/organisations', { key: unique('o'), name: 'O', kind: 'other' })).status).toBe(403);
    await call(app, 'PATCH', `/api/users/${user.id}`, { version: 1, roles: ['plan_manager'] });
    expect((await callAs(app, session, 'POST', '/api/organisations', { key: unique('o'), name: 'O', kind: 'other' })).status).toBe(201);
  });

  it('deactivates an account: its sessions end and it cannot sign in; reactivating lets it back', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const session = await signIn(app, user);
    const off = await call(app, 'PATCH', `/api/users/${user.id}`, { version: 1, active: false });
    expect(off.body.active).toBe(false);
    expect((await callAs(app, session, 'GET', '/api/auth/me')).status).toBe(401);
    expect((await attemptSignIn(app, user.email, user.password)).statusCode).toBe(401);
    expect((await call(app, 'GET', `/api/users?q=${encodeURIComponent(user.email)}`)).body.total).toBe(0);
    expect((await call(app, 'GET', `/api/users?q=${encodeURIComponent(user.email)}&includeInactive=true`)).body.total).toBe(1);
    await call(app, 'PATCH', `/api/users/${user.id}`, { version: 2, active: true });
    expect((await attemptSignIn(app, user.email, user.password)).statusCode).toBe(200);
    const actions = (await call(app, 'GET', `/api/audit?entityType=user&entityId=${user.id}`)).body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['reactivate', 'deactivate', 'create']);
  });

  it('will not let administrators remove their own administrator access', async () => {
    const admin = await createUser(app, { roles: ['admin'] });
    const session = await signIn(app, admin);
    const demote = await callAs(app, session, 'PATCH', `/api/users/${admin.id}`, { version: 1, roles: ['viewer'] });
    expect(demote.status).toBe(400);
    expect(demote.body.errors[0].field).toBe('roles');
    expect((await callAs(app, session, 'PATCH', `/api/users/${admin.id}`, { version: 1, active: false })).body.errors[0].field).toBe('active');
  });

  it('answers 404 for an unknown account', async () => {
    expect((await call(app, 'GET', '/api/users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await call(app, 'PATCH', '/api/users/00000000-0000-4000-8000-000000000000', { version: 1 })).status).toBe(404);
    expect((await call(app, 'POST', '/api/users/00000000-0000-4000-8000-000000000000/password-reset')).status).toBe(404);
  });
});

describe('the audit trail of sign-ins and accounts', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  /** Sign-in events about one email, newest first, read through every page of the audit trail. */
  const sessionEvents = async (email: string) => {
    const found = [];
    for (let page = 1; ; page++) {
      const { items } = (await call(app, 'GET', `/api/audit?entityType=session&pageSize=200&page=${page}`)).body;
      found.push(...items.filter((e: { after: { email?: string } | null }) => e.after?.email === email));
      if (items.length < 200) return found;
    }
  };

  it('records sign-ins as the user, and failed sign-ins with the email typed and nothing else', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    await attemptSignIn(app, user.email, 'the wrong password');
    await signIn(app, user);
    const events = await sessionEvents(user.email);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['sign_in', 'sign_in_failed']);
    expect(events[0]).toMatchObject({ actor: { id: user.id, label: 'Test viewer' }, entityId: user.id });
    expect(events[1]).toMatchObject({ actor: { id: null, label: 'anonymous' }, entityId: null, before: null, after: { email: user.email } });
    expect(JSON.stringify(events)).not.toMatch(/wrong password|pw-/);
  });

  it('records a failed sign-in for an unknown email as for a known one, in no local area: no administrator reads it', async () => {
    const email = `${unique('nobody')}@example.test`;
    await attemptSignIn(app, email, 'the wrong password');
    expect(await sessionEvents(email)).toEqual([]);
    const owner = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await owner.connect();
    try {
      const { rows } = await owner.query(`SELECT actor_id, actor_label, entity_id, before, local_area_id FROM audit_event WHERE action = 'sign_in_failed' AND after ->> 'email' = $1`, [email]);
      expect(rows).toEqual([{ actor_id: null, actor_label: 'anonymous', entity_id: null, before: null, local_area_id: null }]);
    } finally {
      await owner.end();
    }
  });

  it('records who made each change to the plan', async () => {
    const manager = await createUser(app, { roles: ['plan_manager'], displayName: 'Head of SEND (test)' });
    const session = await signIn(app, manager);
    const org = await callAs(app, session, 'POST', '/api/organisations', { key: unique('org'), name: 'Audited', kind: 'other' });
    const audit = await call(app, 'GET', `/api/audit?entityType=organisation&entityId=${org.body.id}`);
    expect(audit.body.items[0].actor).toEqual({ id: manager.id, label: 'Head of SEND (test)' });
  });

  it('shows sign-ins and account changes to administrators only', async () => {
    const manager = await signIn(app, await createUser(app, { roles: ['plan_manager'] }));
    const asManager = await callAs(app, manager, 'GET', '/api/audit?pageSize=200');
    expect(asManager.status).toBe(200);
    expect(asManager.body.items.filter((e: { entityType: string }) => ['user', 'session'].includes(e.entityType))).toEqual([]);
    expect((await callAs(app, manager, 'GET', '/api/audit?entityType=session')).body.total).toBe(0);
    expect((await call(app, 'GET', '/api/audit?entityType=session')).body.total).toBeGreaterThan(0);
  });
});
