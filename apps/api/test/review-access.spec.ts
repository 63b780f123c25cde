import { bootTestApp, buildAction, buildPlan, call, callAs, TestApp } from './test-app';
import { fetchFile, pdfBytes, postForm } from './multipart';
import { buildPerson, openPeriod, signInAs, decideUpdate } from './updates';

describe('what the people in a review may open', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  async function scene() {
    const t = await buildPlan(app);
    await openPeriod(app, t.plan.id);
    const person = await buildPerson(app, t);
    const action = await buildAction(app, t, { reference: '1.1', ownerPersonId: person.id, deliveryStatus: 'on_track', dueDate: '2099-01-01' });
    return {
      t, action,
      owner: await signInAs(app, 'Owner', ['action_owner'], person.id),
      moderator: await signInAs(app, 'Service Director', ['moderator']),
    };
  }

  it('lets the moderator open every piece of evidence behind the update under review', async () => {
    const s = await scene();
    const file = await postForm(app, `/api/actions/${s.action.id}/evidence`, { type: 'audit', title: 'Case audit summary', date: '2025-01-09' },
      { name: 'audit.pdf', type: 'application/pdf', content: pdfBytes() }, { session: s.owner });
    expect(file.status).toBe(201);
    const link = await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/evidence`, { type: 'link', title: 'Training register', date: '2025-01-10', url: 'https://example.org/register' });
    expect(link.body).toMatchObject({ url: 'https://example.org/register' });
    const update = await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, { narrative: 'Progress.', evidenceIds: [file.body.id, link.body.id] });
    expect((await decideUpdate(app, s.owner, update.body.id, 'submit')).status).toBe(200);

    const read = await callAs(app, s.moderator, 'GET', `/api/updates/${update.body.id}`);
    expect(read.status).toBe(200);
    const byTitle = Object.fromEntries(read.body.evidence.map((e: { title: string }) => [e.title, e]));
    expect(byTitle['Case audit summary']).toMatchObject({ file: { name: 'audit.pdf', downloadUrl: `/api/evidence/${file.body.id}/file` }, url: null });
    expect(byTitle['Training register']).toMatchObject({ file: null, url: 'https://example.org/register' });
    const download = await fetchFile(app, byTitle['Case audit summary'].file.downloadUrl, s.moderator);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdfBytes())).toBe(true);
  });

  it('shows an owner the status history of their own action, without opening the whole audit trail', async () => {
    const s = await scene();
    const edited = await call(app, 'PATCH', `/api/actions/${s.action.id}`, { version: s.action.version, dueDate: '2099-06-30', reason: 'Commissioning moved' });
    expect(edited.status).toBe(200);
    const history = await callAs(app, s.owner, 'GET', `/api/actions/${s.action.id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((r: { cause: string; dueDate: string; reason: string | null; deliveryStatus: string }) => [r.cause, r.deliveryStatus, r.dueDate, r.reason])).toEqual([
      ['create', 'on_track', '2099-01-01', null],
      ['edit', 'on_track', '2099-06-30', 'Commissioning moved'],
    ]);
    expect((await callAs(app, s.owner, 'GET', `/api/audit?entityType=action&entityId=${s.action.id}`)).status).toBe(403);
    expect((await callAs(app, s.owner, 'GET', '/api/actions/00000000-0000-4000-8000-000000000000/history')).status).toBe(404);
  });
});
