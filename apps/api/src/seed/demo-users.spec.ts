import { bootTestApp, call, callAs, signIn, TestApp } from '../../test/test-app';

/** The demo accounts loaded with the Plymouth plan (tests of the shipped dataset: they only read it). */
describe('the demo accounts', () => {
  let app: TestApp;
  const password = process.env.TEST_DEMO_PASSWORD!;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  it('has one account per role, each able to sign in', async () => {
    const expected: Record<string, string[]> = {
      'admin@demo.example': ['admin'],
      'head.of.send@demo.example': ['plan_manager'],
      'director@demo.example': ['moderator'],
      'chair@demo.example': ['board_member'],
      'owner.education@demo.example': ['action_owner'],
      'owner.health@demo.example': ['action_owner'],
      'scrutiny@demo.example': ['scrutiny'],
      'viewer@demo.example': ['viewer'],
      'senco@demo.example': ['school_senco'],
    };
    for (const [email, roles] of Object.entries(expected)) {
      const session = await signIn(app, { email, password });
      expect({ email, roles: session.user.roles }).toEqual({ email, roles });
    }
  });

  it("links each action owner to a person who owns actions of their organisation, with the organisation's actions granted", async () => {
    for (const [email, organisationKey] of [['owner.education@demo.example', 'pcc-education-participation-skills'], ['owner.health@demo.example', 'nhs-devon-icb']]) {
      const session = await signIn(app, { email, password });
      const me = (await callAs(app, session, 'GET', '/api/auth/me')).body;
      expect(me.canEditOrganisationActions).toBe(true);
      const organisations = (await call(app, 'GET', '/api/organisations?pageSize=200')).body.items;
      expect(organisations.find((o: { id: string }) => o.id === me.organisationId)?.key).toBe(organisationKey);
      const owned = (await call(app, 'GET', `/api/actions?ownerId=${me.personId}&pageSize=200`)).body.items;
      expect(owned.length).toBeGreaterThan(0);
      expect(owned.every((a: { ownerOrganisation: { id: string } }) => a.ownerOrganisation.id === me.organisationId)).toBe(true);
    }
  });

  it("keeps each demo action owner out of the other's actions", async () => {
    const education = await signIn(app, { email: 'owner.education@demo.example', password });
    const health = await signIn(app, { email: 'owner.health@demo.example', password });
    const healthAction = (await call(app, 'GET', `/api/actions?organisationId=${health.user.organisationId}&pageSize=1`)).body.items[0];
    const educationAction = (await call(app, 'GET', `/api/actions?organisationId=${education.user.organisationId}&pageSize=1`)).body.items[0];
    expect((await callAs(app, education, 'PATCH', `/api/actions/${healthAction.id}`, { version: healthAction.version, description: 'x' })).status).toBe(403);
    expect((await callAs(app, health, 'PATCH', `/api/actions/${educationAction.id}`, { version: educationAction.version, description: 'x' })).status).toBe(403);
  });
});
