import { DataSource } from 'typeorm';
import { adminSession, attemptSignIn, bootTestApp, call, callAs, createUser, ownerQuery, randomAddress, Session, signIn, TestApp, unique } from '../../test/test-app';
import { loadConfig } from '../config/app.config';
import { NoticeListener } from '../db/notice-listener';
import { tokenDigest } from './password';
import { SessionCache } from './session-cache';

describe('signing in and out', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  it('signs in with an HttpOnly, SameSite=Lax session cookie and answers the user', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email.toUpperCase(), password: user.password } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      user: {
        id: user.id, email: user.email, displayName: 'Test viewer', roles: ['viewer'], organisationId: null, personId: null, canEditOrganisationActions: false,
        localAreaId: expect.any(String), installationAdmin: false,
      },
    });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^send_session=[\w-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
    expect(res.body).not.toContain(user.password);
  });

  it('believes no client that says it came over HTTPS: only a trusted proxy is believed', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const res = await app.inject({
      method: 'POST', url: '/api/auth/login', headers: { 'x-forwarded-proto': 'https' }, payload: { email: user.email, password: user.password },
    });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).not.toMatch(/Secure/);
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

describe('refusing sign-ins', () => {
  let app: TestApp;
  let dataSource: DataSource;
  beforeAll(async () => {
    app = await bootTestApp();
    dataSource = app.get(DataSource);
  });
  afterAll(() => app.close());

  it('answers a wrong password exactly as it answers an email with no account', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const wrong = await attemptSignIn(app, user.email, 'not-the-password-at-all');
    const missing = await attemptSignIn(app, `nobody-${user.id}@example.test`, 'not-the-password-at-all');
    expect(wrong.statusCode).toBe(401);
    expect(missing.statusCode).toBe(wrong.statusCode);
    expect(missing.body).toBe(wrong.body);
    expect(wrong.json()).toEqual({ message: 'The email address or password is not right', errors: [] });
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a deactivated account with the same answer as a wrong password', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const current = await call(app, 'GET', `/api/users/${user.id}`);
    expect((await call(app, 'PATCH', `/api/users/${user.id}`, { version: current.body.version, active: false })).status).toBe(200);
    const res = await attemptSignIn(app, user.email, user.password);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ message: 'The email address or password is not right', errors: [] });
  });

  // Moves an address's failures (on every account) back in time, as if the wait had passed.
  const age = (address: string, seconds: number) =>
    dataSource.query(`UPDATE login_failure SET occurred_at = occurred_at - make_interval(secs => $2) WHERE address = $1`, [address, seconds]);

  it('lets the right password in from a fresh address after many failures from other addresses', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    for (const address of [randomAddress(), randomAddress(), randomAddress()]) {
      for (let i = 0; i < 3; i++) expect((await attemptSignIn(app, user.email, `wrong-password-${i}`, address)).statusCode).toBe(401);
    }
    expect((await attemptSignIn(app, user.email, user.password, randomAddress())).statusCode).toBe(200);
  });

  it('makes an address failing on one account wait, longer after each further failure, even with the right password', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const address = randomAddress();
    for (let i = 0; i < 3; i++) expect((await attemptSignIn(app, user.email, 'wrong-password', address)).statusCode).toBe(401);
    const first = await attemptSignIn(app, user.email, user.password, address);
    expect(first.statusCode).toBe(429);
    expect(first.json()).toEqual({ message: expect.stringMatching(/^Too many failed sign-in attempts\. Try again in (29|30) seconds\.$/), errors: [] });
    expect(Number(first.headers['retry-after'])).toBeGreaterThan(25);
    expect(Number(first.headers['retry-after'])).toBeLessThanOrEqual(30);

    await age(address, 31);
    expect((await attemptSignIn(app, user.email, 'wrong-password', address)).statusCode).toBe(401);
    const second = await attemptSignIn(app, user.email, user.password, address);
    expect(second.statusCode).toBe(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(55);
    expect(Number(second.headers['retry-after'])).toBeLessThanOrEqual(60);

    await age(address, 61);
    expect((await attemptSignIn(app, user.email, 'wrong-password', address)).statusCode).toBe(401);
    expect(Number((await attemptSignIn(app, user.email, user.password, address)).headers['retry-after'])).toBeGreaterThan(115);

    // Meanwhile the account signs in from anywhere else.
    expect((await attemptSignIn(app, user.email, user.password)).statusCode).toBe(200);
    // The same for an email with no account: throttling says nothing about which exist.
    const ghost = `ghost-${user.id}@example.test`;
    for (let i = 0; i < 3; i++) await attemptSignIn(app, ghost, 'wrong-password', address);
    expect((await attemptSignIn(app, ghost, 'wrong-password', address)).statusCode).toBe(429);
  });

  it('lets the address in again once its wait is over', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const address = randomAddress();
    for (let i = 0; i < 5; i++) await age(address, 15 * 60).then(() => attemptSignIn(app, user.email, 'wrong-password', address));
    expect((await attemptSignIn(app, user.email, user.password, address)).statusCode).toBe(429);
    await age(address, 15 * 60);
    expect((await attemptSignIn(app, user.email, user.password, address)).statusCode).toBe(200);
  });

  it('counts one attempt at a time per account and address: a burst of parallel guesses is refused', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const address = randomAddress();
    const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => attemptSignIn(app, user.email, `guess-${i}`, address)));
    const statuses = burst.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(7);
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM login_failure WHERE email = $1', [user.email]);
    expect(n).toBeLessThanOrEqual(3);
  });

  it('stops an address failing on 20 accounts, except for accounts that have signed in from it before', async () => {
    const address = randomAddress();
    const regular = await createUser(app, { roles: ['viewer'] });
    expect((await attemptSignIn(app, regular.email, regular.password, address)).statusCode).toBe(200);
    for (let i = 0; i < 20; i++) expect((await attemptSignIn(app, `guess-${i}-${address}@example.test`, 'wrong-password', address)).statusCode).toBe(401);
    const newcomer = await createUser(app, { roles: ['viewer'] });
    const throttled = await attemptSignIn(app, newcomer.email, newcomer.password, address);
    expect(throttled.statusCode).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect((await attemptSignIn(app, newcomer.email, newcomer.password)).statusCode).toBe(200);
    expect((await attemptSignIn(app, regular.email, regular.password, address)).statusCode).toBe(200);
  });

  it("clears an address's failures on the account when it signs in from there", async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const address = randomAddress();
    for (let i = 0; i < 2; i++) await attemptSignIn(app, user.email, 'wrong-password', address);
    expect((await attemptSignIn(app, user.email, user.password, address)).statusCode).toBe(200);
    for (let i = 0; i < 2; i++) await attemptSignIn(app, user.email, 'wrong-password', address);
    expect((await attemptSignIn(app, user.email, user.password, address)).statusCode).toBe(200);
  });

  it("keeps other addresses' failures on the account when it signs in", async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const guesser = randomAddress();
    for (let i = 0; i < 3; i++) await attemptSignIn(app, user.email, 'wrong-password', guesser);
    expect((await attemptSignIn(app, user.email, user.password)).statusCode).toBe(200);
    expect((await attemptSignIn(app, user.email, 'another-guess', guesser)).statusCode).toBe(429);
  });

  it('answers bad input with 400 naming the field', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: '', extra: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['email', 'password', 'extra']));
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('The condition did not come true in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('sessions', () => {
  let app: TestApp;
  let dataSource: DataSource;
  beforeAll(async () => {
    app = await bootTestApp();
    dataSource = app.get(DataSource);
  });
  afterAll(() => app.close());

  const tokenOf = (session: Session) => session.cookie.split('=')[1];
  // By hand in SQL, as an operator would: the database's notice reaches the app's session cache.
  const age = async (session: Session, interval: string, target: TestApp = app) => {
    await dataSource.query(`UPDATE user_session SET last_seen_at = now() - $2::interval WHERE token_hash = $1`, [tokenDigest(tokenOf(session)), interval]);
    await target.get(SessionCache).settled();
  };

  it('stores only a digest of the session token', async () => {
    const session = await signIn(app, await createUser(app, { roles: ['viewer'] }));
    const rows = await dataSource.query('SELECT token_hash FROM user_session WHERE user_id = $1', [session.user.id]);
    expect(rows).toEqual([{ token_hash: tokenDigest(tokenOf(session)) }]);
    expect(rows[0].token_hash).not.toContain(tokenOf(session));
  });

  it('ends a session after 8 hours without a request', async () => {
    const session = await signIn(app, await createUser(app, { roles: ['viewer'] }));
    await age(session, '8 hours 1 minute');
    expect((await callAs(app, session, 'GET', '/api/auth/me')).status).toBe(401);
  });

  it('refuses at once a session checked a moment ago and then ended, aged or deactivated by hand in SQL', async () => {
    const [ended, aged, deactivated] = await Promise.all([1, 2, 3].map(async () => signIn(app, await createUser(app, { roles: ['viewer'] }))));
    for (const session of [ended, aged, deactivated]) expect((await callAs(app, session, 'GET', '/api/auth/me')).status).toBe(200);
    await dataSource.query('DELETE FROM user_session WHERE token_hash = $1', [tokenDigest(tokenOf(ended))]);
    await age(aged, '9 hours');
    await dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [deactivated.user.id]);
    await app.get(SessionCache).settled();
    for (const session of [ended, aged, deactivated]) expect((await callAs(app, session, 'GET', '/api/auth/me')).status).toBe(401);
  });

  it('answers from the database alone while the notice connection is down, and takes the cache up again', async () => {
    const session = await signIn(app, await createUser(app, { roles: ['viewer'] }));
    expect((await callAs(app, session, 'GET', '/api/auth/me')).status).toBe(200);
    const cache = app.get(SessionCache);
    const notices = app.get(NoticeListener);
    const { processId, losses } = notices.connection;
    expect(processId).toEqual(expect.any(Number));
    await ownerQuery('SELECT pg_terminate_backend($1)', [processId]);
    await waitFor(async () => notices.connection.losses > losses);
    // No notice can arrive now: the session must be checked in the database.
    await dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [session.user.id]);
    expect((await callAs(app, session, 'GET', '/api/auth/me')).status).toBe(401);
    await dataSource.query('UPDATE app_user SET active = true WHERE id = $1', [session.user.id]);
    await waitFor(async () => notices.connection.processId !== null);
    expect((await callAs(app, session, 'GET', '/api/auth/me')).status).toBe(200);
    await dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [session.user.id]);
    await cache.settled();
    expect((await callAs(app, session, 'GET', '/api/auth/me')).status).toBe(401);
  });

  it('slides the idle time forward with each request', async () => {
    const session = await signIn(app, await createUser(app, { roles: ['viewer'] }));
    await age(session, '7 hours 59 minutes');
    expect((await callAs(app, session, 'GET', '/api/auth/me')).status).toBe(200);
    const [row] = await dataSource.query(`SELECT now() - last_seen_at < interval '1 minute' AS fresh FROM user_session WHERE token_hash = $1`, [tokenDigest(tokenOf(session))]);
    expect(row.fresh).toBe(true);
  });

  it('takes the idle time from SESSION_IDLE_MINUTES', async () => {
    const short = await bootTestApp(loadConfig({ SESSION_IDLE_MINUTES: '5' }, { logLevel: 'error', webDist: '/nonexistent' }));
    try {
      const session = await signIn(short, await createUser(short, { roles: ['viewer'] }));
      await age(session, '4 minutes', short);
      expect((await callAs(short, session, 'GET', '/api/auth/me')).status).toBe(200);
      await age(session, '6 minutes', short);
      expect((await callAs(short, session, 'GET', '/api/auth/me')).status).toBe(401);
    } finally {
      await short.close();
    }
  });

  // Moves a session's sign-in back in time, by hand in SQL.
  const signedInAgo = async (session: Session, interval: string, target: TestApp = app) => {
    await dataSource.query(`UPDATE user_session SET created_at = now() - $2::interval WHERE token_hash = $1`, [tokenDigest(tokenOf(session)), interval]);
    await target.get(SessionCache).settled();
  };

  it('ends a session 12 hours after sign-in, however active it has been', async () => {
    const session = await signIn(app, await createUser(app, { roles: ['viewer'] }));
    expect((await callAs(app, session, 'GET', '/api/auth/me')).status).toBe(200);
    await signedInAgo(session, '11 hours 59 minutes');
    expect((await callAs(app, session, 'GET', '/api/auth/me')).status).toBe(200);
    await signedInAgo(session, '12 hours 1 minute');
    expect((await callAs(app, session, 'GET', '/api/auth/me')).status).toBe(401);
  });

  it('remembers a checked session no longer than it has left to live', async () => {
    const session = await signIn(app, await createUser(app, { roles: ['viewer'] }));
    await signedInAgo(session, '11 hours 59 minutes 58 seconds');
    expect((await callAs(app, session, 'GET', '/api/auth/me')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2500));
    expect((await callAs(app, session, 'GET', '/api/auth/me')).status).toBe(401);
  });

  it('takes the maximum lifetime from SESSION_MAX_HOURS, and drops lapsed sessions at the next sign-in', async () => {
    const short = await bootTestApp(loadConfig({ SESSION_MAX_HOURS: '1' }, { logLevel: 'error', webDist: '/nonexistent' }));
    try {
      const user = await createUser(short, { roles: ['viewer'] });
      const session = await signIn(short, user);
      await signedInAgo(session, '59 minutes', short);
      expect((await callAs(short, session, 'GET', '/api/auth/me')).status).toBe(200);
      await signedInAgo(session, '61 minutes', short);
      expect((await callAs(short, session, 'GET', '/api/auth/me')).status).toBe(401);
      await signIn(short, user);
      const rows = await dataSource.query('SELECT 1 FROM user_session WHERE token_hash = $1', [tokenDigest(tokenOf(session))]);
      expect(rows).toHaveLength(0);
    } finally {
      await short.close();
    }
  });

  it('ends every session of a user who changes their password, and keeps the browser that changed it signed in', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const here = await signIn(app, user);
    const elsewhere = await signIn(app, user);
    const wrong = await callAs(app, here, 'POST', '/api/auth/password', { currentPassword: 'not-my-password', newPassword: 'a brand new passphrase' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'The current password is not right' }]);
    const tooShort = await callAs(app, here, 'POST', '/api/auth/password', { currentPassword: user.password, newPassword: 'short' });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.errors[0]).toEqual({ field: 'newPassword', message: 'newPassword must be at least 12 characters' });

    const changed = await app.inject({
      method: 'POST', url: '/api/auth/password', headers: { cookie: here.cookie },
      payload: { currentPassword: user.password, newPassword: 'a brand new passphrase' },
    });
    expect(changed.statusCode).toBe(204);
    const renewed = changed.cookies.find((c) => c.name === 'send_session')!;
    expect((await callAs(app, here, 'GET', '/api/auth/me')).status).toBe(401);
    expect((await callAs(app, elsewhere, 'GET', '/api/auth/me')).status).toBe(401);
    expect((await callAs(app, { ...here, cookie: `send_session=${renewed.value}` }, 'GET', '/api/auth/me')).status).toBe(200);
    expect((await attemptSignIn(app, user.email, user.password)).statusCode).toBe(401);
    expect((await attemptSignIn(app, user.email, 'a brand new passphrase')).statusCode).toBe(200);
  });

  it('sets a new password with a one-time reset token, signing the user out everywhere', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const before = await signIn(app, user);
    const issued = await call(app, 'POST', `/api/users/${user.id}/password-reset`);
    expect(issued.status).toBe(201);
    expect(issued.body).toEqual({ token: expect.stringMatching(/^[\w-]{43}$/), expiresAt: expect.any(String) });
    const hours = (Date.parse(issued.body.expiresAt) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    const stored = await dataSource.query('SELECT token_hash FROM password_reset_token WHERE user_id = $1', [user.id]);
    expect(stored).toEqual([{ token_hash: tokenDigest(issued.body.token) }]);

    const reset = await callAs(app, null, 'POST', '/api/auth/reset-password', { token: issued.body.token, password: 'chosen after a reset' });
    expect(reset.status).toBe(204);
    expect((await callAs(app, before, 'GET', '/api/auth/me')).status).toBe(401);
    expect((await attemptSignIn(app, user.email, 'chosen after a reset')).statusCode).toBe(200);

    const again = await callAs(app, null, 'POST', '/api/auth/reset-password', { token: issued.body.token, password: 'and another one again' });
    expect(again.status).toBe(400);
    expect(again.body.errors).toEqual([{ field: 'token', message: 'The token is not valid' }]);
  });

  it('refuses an expired reset token, and one replaced by a newer token', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const first = (await call(app, 'POST', `/api/users/${user.id}/password-reset`)).body.token;
    const second = (await call(app, 'POST', `/api/users/${user.id}/password-reset`)).body.token;
    expect((await callAs(app, null, 'POST', '/api/auth/reset-password', { token: first, password: 'replaced token here' })).status).toBe(400);
    await dataSource.query(`UPDATE password_reset_token SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [tokenDigest(second)]);
    expect((await callAs(app, null, 'POST', '/api/auth/reset-password', { token: second, password: 'expired token here' })).status).toBe(400);
    expect((await attemptSignIn(app, user.email, user.password)).statusCode).toBe(200);
  });
});

describe('cross-site request forgery', () => {
  let app: TestApp;
  let session: Session;
  beforeAll(async () => {
    app = await bootTestApp();
    session = await adminSession(app);
  });
  afterAll(() => app.close());

  const post = (headers: Record<string, string>) =>
    app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie: session.cookie, host: 'tracker.example.org', ...headers }, payload: { key: unique('org'), name: 'Forged', kind: 'other' } });

  it('refuses a write whose Origin is another site', async () => {
    const res = await post({ origin: 'https://evil.example' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ message: 'This request came from another site and was refused', errors: [] });
    expect((await post({ origin: 'null' })).statusCode).toBe(403);
  });

  it('refuses a write the browser marks cross-site, or that a page of another host referred', async () => {
    expect((await post({ 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect((await post({ referer: 'https://evil.example/page' })).statusCode).toBe(403);
  });

  it('refuses a forged sign-in too', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: 'https://evil.example' }, payload: { email: 'a@example.test', password: 'whatever-it-is' } });
    expect(res.statusCode).toBe(403);
  });

  it('lets through writes from its own pages and from clients that send no browser headers', async () => {
    expect((await post({ origin: 'http://tracker.example.org' })).statusCode).toBe(201);
    expect((await post({ 'sec-fetch-site': 'same-origin' })).statusCode).toBe(201);
    expect((await post({ referer: 'http://tracker.example.org/actions' })).statusCode).toBe(201);
    expect((await post({})).statusCode).toBe(201);
  });

  it('refuses a write from the same host on another scheme or port', async () => {
    expect((await post({ origin: 'https://tracker.example.org' })).statusCode).toBe(403);
    expect((await post({ origin: 'http://tracker.example.org:8080' })).statusCode).toBe(403);
    expect((await post({ referer: 'https://tracker.example.org/actions' })).statusCode).toBe(403);
    expect((await post({ referer: 'http://tracker.example.org:8080/actions' })).statusCode).toBe(403);
    expect((await post({ origin: 'http://tracker.example.org:80' })).statusCode).toBe(201);
  });

  it('takes the scheme from a trusted proxy', async () => {
    const proxied = await bootTestApp(loadConfig({ TRUST_PROXY: '1' }, { logLevel: 'error', webDist: '/nonexistent' }));
    try {
      const cookie = (await adminSession(proxied)).cookie;
      const postVia = (headers: Record<string, string>) =>
        proxied.inject({
          method: 'POST', url: '/api/organisations', headers: { cookie, host: 'tracker.example.org', 'x-forwarded-proto': 'https', ...headers },
          payload: { key: unique('org'), name: 'Proxied', kind: 'other' },
        });
      expect((await postVia({ origin: 'https://tracker.example.org' })).statusCode).toBe(201);
      expect((await postVia({ origin: 'http://tracker.example.org' })).statusCode).toBe(403);
    } finally {
      await proxied.close();
    }
  });

  it('lets reads through from anywhere', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie, origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(200);
  });
});

describe('security headers', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  it('sends a strict content security policy, no framing and nosniff', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("font-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends the same headers, and a request id, with answers that refuse the request', async () => {
    const missing = await app.inject({ method: 'GET', url: '/api/no-such-route' });
    const unsigned = await app.inject({ method: 'GET', url: '/api/plans' });
    for (const res of [missing, unsigned]) {
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    const given = await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'trace-42' } });
    expect(given.headers['x-request-id']).toBe('trace-42');
  });

  it('sends HSTS only over HTTPS, as a trusted proxy says', async () => {
    const claimed = await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(claimed.headers['strict-transport-security']).toBeUndefined();
    const proxied = await bootTestApp(loadConfig({ TRUST_PROXY: '1' }, { logLevel: 'error', webDist: '/nonexistent' }));
    try {
      const res = await proxied.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await proxied.close();
    }
  });

  it('relaxes the policy for the API docs page only', async () => {
    const docs = await app.inject({ method: 'GET', url: '/api/docs', headers: { cookie: (await adminSession(app)).cookie } });
    expect(docs.statusCode).toBe(200);
    expect(String(docs.headers['content-security-policy'])).toContain("style-src 'self' 'unsafe-inline'");
    expect(String(docs.headers['content-security-policy'])).toContain("script-src 'self';");
  });

  it('keeps answers about accounts out of caches', async () => {
    const res = await callAs(app, await adminSession(app), 'GET', '/api/auth/me');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('client addresses and schemes behind a proxy', () => {
  let direct: TestApp;
  let proxied: TestApp;
  let listed: TestApp;
  const config = (env: Record<string, string>) => loadConfig(env, { logLevel: 'error', webDist: '/nonexistent' });
  beforeAll(async () => {
    [direct, proxied, listed] = await Promise.all([
      bootTestApp(),
      bootTestApp(config({ TRUST_PROXY: '1' })),
      bootTestApp(config({ TRUST_PROXY: '10.0.0.0/8, loopback' })),
    ]);
  });
  afterAll(() => Promise.all([direct, proxied, listed].map((a) => a.close())));

  const attempt = (app: TestApp, email: string, password: string, from: string, forwardedFor?: string) =>
    app.inject({
      method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: from,
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    });
  const forged = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

  it('ignores X-Forwarded-For by default: a new forwarded address per try is still throttled', async () => {
    const user = await createUser(direct, { roles: ['viewer'] });
    const from = randomAddress();
    for (let i = 0; i < 3; i++) expect((await attempt(direct, user.email, 'wrong-password', from, forged())).statusCode).toBe(401);
    expect((await attempt(direct, user.email, user.password, from, forged())).statusCode).toBe(429);
  });

  it('with TRUST_PROXY=1, counts the address the proxy forwards', async () => {
    const user = await createUser(proxied, { roles: ['viewer'] });
    const proxy = randomAddress();
    const guesser = forged();
    for (let i = 0; i < 3; i++) expect((await attempt(proxied, user.email, 'wrong-password', proxy, guesser)).statusCode).toBe(401);
    expect((await attempt(proxied, user.email, user.password, proxy, guesser)).statusCode).toBe(429);
    // Someone else behind the same proxy is not held back.
    expect((await attempt(proxied, user.email, user.password, proxy, `203.0.113.${Math.floor(Math.random() * 250) + 1}`)).statusCode).toBe(200);
  });

  it('with a list of proxies, believes only those', async () => {
    const user = await createUser(listed, { roles: ['viewer'] });
    const stranger = randomAddress();
    for (let i = 0; i < 3; i++) expect((await attempt(listed, user.email, 'wrong-password', stranger, forged())).statusCode).toBe(401);
    expect((await attempt(listed, user.email, user.password, stranger, forged())).statusCode).toBe(429);
    const guesser = forged();
    for (let i = 0; i < 3; i++) expect((await attempt(listed, user.email, 'wrong-password', '10.1.2.3', guesser)).statusCode).toBe(401);
    expect((await attempt(listed, user.email, user.password, '10.1.2.3', guesser)).statusCode).toBe(429);
    expect((await attempt(listed, user.email, user.password, '10.1.2.3', forged())).statusCode).toBe(200);
  });

  it('marks the cookie Secure when a trusted proxy says the request came over HTTPS', async () => {
    const user = await createUser(proxied, { roles: ['viewer'] });
    const res = await proxied.inject({
      method: 'POST', url: '/api/auth/login', headers: { 'x-forwarded-proto': 'https' }, payload: { email: user.email, password: user.password },
    });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/^send_session=[\w-]{43};.*; Secure/);
  });
});

describe('cookies for HTTPS only (COOKIE_SECURE)', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp(loadConfig({ COOKIE_SECURE: 'true' }, { logLevel: 'error', webDist: '/nonexistent' }))));
  afterAll(() => app.close());

  it('sets a Secure session cookie under the __Host- prefix, for the whole site and no other domain', async () => {
    const user = await createUser(app, { roles: ['viewer'] });
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^__Host-send_session=[\w-]{43};/);
    expect(setCookie).toMatch(/; Path=\/(;|$)/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).not.toMatch(/Domain=/i);
  });

  it('reads the session from the __Host- cookie only, and clears it at sign-out', async () => {
    const session = await signIn(app, await createUser(app, { roles: ['viewer'] }));
    expect(session.cookie).toMatch(/^__Host-send_session=/);
    expect((await callAs(app, session, 'GET', '/api/auth/me')).status).toBe(200);
    const unprefixed = { ...session, cookie: session.cookie.replace('__Host-', '') };
    expect((await callAs(app, unprefixed, 'GET', '/api/auth/me')).status).toBe(401);
    const out = await callAs(app, session, 'POST', '/api/auth/logout');
    expect(String(out.headers['set-cookie'])).toMatch(/^__Host-send_session=;.*; Secure/);
  });
});

describe('the API docs', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  const docs = ['/api/docs', '/api/docs/', '/api/docs/json', '/api/docs/swagger-ui-init.js', '/api/docs/swagger-ui-bundle.js', '/api/docs/swagger-ui.css'];

  it('are refused without a session, page, document and scripts alike', async () => {
    for (const url of docs) {
      const res = await app.inject({ method: 'GET', url });
      expect({ url, status: res.statusCode, body: res.json() }).toEqual({ url, status: 401, body: { message: 'Sign in to continue', errors: [] } });
    }
    const expired = await app.inject({ method: 'GET', url: '/api/docs/json', headers: { cookie: 'send_session=not-a-session-token' } });
    expect(expired.statusCode).toBe(401);
  });

  it('are served to any signed-in user', async () => {
    const session = await signIn(app, await createUser(app, { roles: ['viewer'] }));
    for (const url of docs) {
      const res = await app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
    }
    const json = await callAs(app, session, 'GET', '/api/docs/json');
    expect(json.body.openapi).toMatch(/^3\./);
  });
});
