import { bootTestApp, call, callAs, createUser, signIn, TestApp } from '../../test/test-app';

describe('signing in and out', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  it('signs in with an HttpOnly, SameSite=Lax session cookie and answers the user', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email.toUpperCase(), password: user.password } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      user: { id: user.id, email: user.email, displayName: 'Test viewer', roles: ['viewer'], organisationId: null, personId: null, canEditOrganisationActions: false },
    });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^send_session=[\w-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
    expect(res.body).not.toContain(user.password);
  });

  it('marks the cookie Secure when the request came over HTTPS through a proxy', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const res = await app.inject({
      method: 'POST', url: '/api/auth/login', headers: { 'x-forwarded-proto': 'https' }, payload: { email: user.email, password: user.password },
    });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
  });

  it('answers who is signed in, and 401 with no session', async () => {
    const user = await createUser(app, { roles: ['moderator', 'board_member'] });
    const session = await signIn(app, user);
    const me = await callAs(app, session, 'GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: user.id, email: user.email, roles: ['moderator', 'board_member'] });
    const nobody = await callAs(app, null, 'GET', '/api/auth/me');
    expect(nobody.status).toBe(401);
    expect(nobody.body).toEqual({ message: 'Sign in to continue', errors: [] });
  });

  it('ends the session on the server at logout: the old cookie no longer works', async () => {
    const session = await signIn(app, await createUser(app, { roles: ['viewer'] }));
    const out = await callAs(app, session, 'POST', '/api/auth/logout');
    expect(out.status).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/send_session=;/);
    expect((await callAs(app, session, 'GET', '/api/auth/me')).status).toBe(401);
  });

  it('signs in the demo accounts created with the Plymouth plan', async () => {
    const session = await signIn(app, { email: 'owner.health@demo.example', password: process.env.TEST_DEMO_PASSWORD! });
    expect(session.user).toMatchObject({ roles: ['action_owner'], canEditOrganisationActions: true });
    const org = await call(app, 'GET', `/api/organisations/${session.user.organisationId}`);
    expect(org.body.name).toBe('NHS Devon Integrated Care Board');
  });
});
