import { download, pdfText } from './files';
import { plymouthPlanId } from './governance';
import { bootTestApp, buildAction, buildPlan, call, callAs, ownerQuery, Session, TestApp, TestPlan, unique } from './test-app';
import { boardMeeting, buildEvidence, daysFromToday, openPeriod, signInAs } from './updates';

/**
 * The public summary: a plan manager publishes it as a frozen version; anyone reads the latest
 * version without signing in, as JSON, by the local area's slug and as a PDF. It never carries a
 * person's name or email, a draft, risks, evidence or case audits.
 */
describe('the public summary', () => {
  let app: TestApp;
  let manager: Session;
  let scene: { t: TestPlan; secrets: string[] };

  beforeAll(async () => {
    app = await bootTestApp();
    const publisher = unique('Publisher');
    manager = await signInAs(app, publisher, ['plan_manager']);
    const t = await buildPlan(app);
    const ownerName = unique('Prudence Ownerly');
    const email = `${unique('prudence')}@example.test`;
    const person = await call(app, 'POST', '/api/people', { name: ownerName, organisationId: t.council.id, email });
    expect(person.status).toBe(201);
    const action = await buildAction(app, t, { ownerPersonId: person.body.id, title: 'Publish the local offer' });
    const evidenceTitle = unique('Evidence title never shown');
    await buildEvidence(app, action.id, { title: evidenceTitle });
    const narrative = unique('Draft narrative never shown');
    const risks = unique('Risk never shown');
    await openPeriod(app, t.plan.id);
    const draft = await call(app, 'POST', `/api/actions/${action.id}/updates`, { narrative, risks, nextSteps: unique('Next steps never shown') });
    expect(draft.status).toBe(201);
    const reference = `SECRET-${Math.floor(Math.random() * 1e6)}`;
    const grades = { identification_of_need: 'good', assessment: 'good', quality_of_ehc_plan: 'good', childs_voice: 'good', multi_agency_working: 'good', outcomes: 'good' };
    expect((await call(app, 'POST', `/api/plans/${t.plan.id}/case-audits`, { reference, auditDate: '2025-01-22', grades, learningThemes: ['Theme never shown'] })).status).toBe(201);
    await boardMeeting(app, t.plan.id, daysFromToday(-3));
    // "You said, we did": a done response is shown in its words; a planned one, and what a case audit heard, are not.
    const heard = async (words: string, source: string, whatChanged: string, status: string) => {
      const item = await callAs(app, manager, 'POST', `/api/plans/${t.plan.id}/voice`, { source, voiceOf: 'parent_carers', heardOn: '2025-01-09', kind: 'recommendation', words, sourceTitle: 'Source title never shown' });
      expect(item.status).toBe(201);
      expect((await callAs(app, manager, 'PUT', `/api/voice/${item.body.id}/response`, { whatChanged, respondedOn: '2025-02-01', status })).status).toBe(200);
    };
    await heard('We wait too long to hear back.', 'survey', 'We now reply within ten days.', 'done');
    await heard('Planned voice never shown', 'forum', 'Planned answer never shown', 'planned');
    await heard('Case audit voice never shown', 'case_audit', 'Case audit answer never shown', 'done');
    scene = {
      t,
      secrets: [
        publisher, ownerName, email, evidenceTitle, narrative, risks, reference, 'Theme never shown', draft.body.nextSteps,
        'Source title never shown', 'Planned voice never shown', 'Planned answer never shown', 'Case audit voice never shown', 'Case audit answer never shown',
      ],
    };
  }, 60_000);
  afterAll(() => app.close());

  it('is 404 to everyone until something is published, and previewed by its plan managers', async () => {
    const { t } = scene;
    expect((await callAs(app, null, 'GET', `/api/public/plans/${t.plan.id}`)).status).toBe(404);
    expect((await callAs(app, null, 'GET', `/api/public/plans/${t.plan.id}/summary.pdf`)).status).toBe(404);
    const overview = await callAs(app, manager, 'GET', `/api/plans/${t.plan.id}/public-summary`);
    expect(overview.status).toBe(200);
    expect(overview.body.versions).toEqual([]);
    expect(overview.body.preview).toMatchObject({
      plan: { id: t.plan.id }, headline: expect.arrayContaining(['Our plan has 1 task.']),
      priorityAreas: [{ number: 1, title: 'Area 1', summary: expect.any(String) }, { number: 2, title: 'Area 2', summary: 'There are no tasks in this part of the plan yet.' }],
      sinceLastBoard: { boardDate: daysFromToday(-3) },
      youSaidWeDid: [{ youSaid: 'We wait too long to hear back.', weDid: 'We now reply within ten days.' }],
    });
  });

  it('publishes frozen versions: what the public reads does not change until the next publication', async () => {
    const { t } = scene;
    const first = await callAs(app, manager, 'POST', `/api/plans/${t.plan.id}/public-summary/publish`);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ versionNumber: 1, publishedBy: { label: expect.any(String) } });
    const read = await callAs(app, null, 'GET', `/api/public/plans/${t.plan.id}`);
    expect(read.status).toBe(200);
    expect(read.headers['cache-control']).toBe('public, max-age=60');
    expect(read.body).toEqual({ planId: t.plan.id, versionNumber: 1, publishedAt: first.body.publishedAt, content: first.body.content });

    await buildAction(app, t, { title: 'Added after publishing' });
    const preview = (await callAs(app, manager, 'GET', `/api/plans/${t.plan.id}/public-summary`)).body;
    expect(preview.preview.progress.actions).toBe(2);
    expect(preview.versions.map((v: { versionNumber: number }) => v.versionNumber)).toEqual([1]);
    expect((await callAs(app, null, 'GET', `/api/public/plans/${t.plan.id}`)).body.content.progress.actions).toBe(1);
    // The database keeps a version as it was published.
    await expect(ownerQuery(`SET ROLE send_app; UPDATE public_summary SET content = '{}' WHERE plan_id = '${t.plan.id}'`)).rejects.toThrow(/permission denied/);

    const second = await callAs(app, manager, 'POST', `/api/plans/${t.plan.id}/public-summary/publish`);
    expect(second.body.versionNumber).toBe(2);
    expect((await callAs(app, null, 'GET', `/api/public/plans/${t.plan.id}`)).body).toMatchObject({ versionNumber: 2, content: { progress: { actions: 2 } } });
    const audit = await call(app, 'GET', `/api/audit?entityType=public_summary&planId=${t.plan.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['publish', 'publish']);
  });

  it("never carries a name, an email, a draft, risks, evidence or a case audit: not in the JSON, nor the PDF", async () => {
    const { t, secrets } = scene;
    const json = JSON.stringify((await callAs(app, null, 'GET', `/api/public/plans/${t.plan.id}`)).body);
    const pdf = await download(app, `/api/public/plans/${t.plan.id}/summary.pdf`, '');
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('How we are doing');
    expect(text).toContain('Our plan has 2 tasks.');
    expect(text).toContain('We now reply within ten days.');
    for (const secret of secrets) {
      expect([secret, json.includes(secret)]).toEqual([secret, false]);
      expect([secret, text.includes(secret)]).toEqual([secret, false]);
    }
  });

  it("holds none of Plymouth's names, emails, drafts, risks, evidence titles or case references", async () => {
    const planId = await plymouthPlanId(app);
    const published = await call(app, 'POST', `/api/plans/${planId}/public-summary/publish`);
    expect(published.status).toBe(201);
    const res = await callAs(app, null, 'GET', '/api/public/local-areas/plymouth');
    expect(res.status).toBe(200);
    expect(res.body.planId).toBe(planId);
    const json = JSON.stringify(res.body);
    const text = await pdfText((await download(app, `/api/public/plans/${planId}/summary.pdf`, '')).bytes);
    const rows = await ownerQuery<{ s: string }>(
      `SELECT name AS s FROM person WHERE local_area_id = (SELECT local_area_id FROM plan WHERE id = $1)
       UNION SELECT email FROM person WHERE email IS NOT NULL AND local_area_id = (SELECT local_area_id FROM plan WHERE id = $1)
       UNION SELECT display_name FROM app_user WHERE local_area_id = (SELECT local_area_id FROM plan WHERE id = $1)
       UNION SELECT email FROM app_user WHERE local_area_id = (SELECT local_area_id FROM plan WHERE id = $1)
       UNION SELECT e.title FROM evidence e JOIN action a ON a.id = e.action_id WHERE a.plan_id = $1
       UNION SELECT u.risks FROM status_update u JOIN action a ON a.id = u.action_id WHERE a.plan_id = $1 AND u.risks <> ''
       UNION SELECT u.narrative FROM status_update u JOIN action a ON a.id = u.action_id WHERE a.plan_id = $1 AND u.state <> 'approved' AND u.narrative <> ''
       UNION SELECT reference FROM case_audit WHERE plan_id = $1
       UNION SELECT r.responded_by FROM voice_response r JOIN voice_item i ON i.id = r.voice_item_id WHERE i.plan_id = $1`,
      [planId],
    );
    // Every private text long enough to be itself (a short evidence title could be a word of a priority area's title).
    const secrets = rows.map((r) => r.s).filter((s) => s.length >= 8);
    expect(secrets.length).toBeGreaterThan(50);
    const leaked = secrets.filter((s) => json.includes(s) || text.includes(s));
    expect(leaked).toEqual([]);
  });

  it("is read by the local area's slug, by anyone, whatever their local area; 404 for an area with nothing published", async () => {
    const planId = await plymouthPlanId(app);
    for (const session of [null, manager]) {
      const res = await callAs(app, session, 'GET', '/api/public/local-areas/plymouth');
      expect(res.status).toBe(200);
      expect(res.body.content.localArea).toEqual({ name: expect.any(String), slug: 'plymouth' });
      expect((await callAs(app, session, 'GET', `/api/public/plans/${planId}`)).status).toBe(200);
    }
    expect((await callAs(app, null, 'GET', '/api/public/local-areas/nowhere-at-all')).status).toBe(404);
    expect((await callAs(app, null, 'GET', '/api/public/local-areas/Not%20A%20Slug')).status).toBe(404);
    expect((await callAs(app, null, 'GET', '/api/public/plans/not-an-id')).status).toBe(404);
    expect((await callAs(app, null, 'GET', '/api/public/plans/00000000-0000-4000-8000-00000000dead')).status).toBe(404);
  });

  it('is previewed and published by plan managers only', async () => {
    const { t } = scene;
    for (const roles of [['moderator'], ['board_member'], ['action_owner'], ['viewer'], ['adviser'], ['scrutiny']] as const) {
      const session = await signInAs(app, `Not a manager ${roles[0]}`, [...roles]);
      expect((await callAs(app, session, 'GET', `/api/plans/${t.plan.id}/public-summary`)).status).toBe(403);
      expect((await callAs(app, session, 'POST', `/api/plans/${t.plan.id}/public-summary/publish`)).status).toBe(403);
    }
    expect((await callAs(app, null, 'POST', `/api/plans/${t.plan.id}/public-summary/publish`)).status).toBe(401);
    const none = '00000000-0000-4000-8000-00000000dead';
    expect((await call(app, 'GET', `/api/plans/${none}/public-summary`)).status).toBe(404);
    expect((await call(app, 'POST', `/api/plans/${none}/public-summary/publish`)).status).toBe(404);
  });
});
