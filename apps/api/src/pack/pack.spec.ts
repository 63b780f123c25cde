import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { bootTestApp, buildAction, buildPlan, call, callAs, createUser, signIn, TestApp, testDataSource, TestPlan } from '../../test/test-app';
import { download, pdfText } from '../../test/files';
import { buildBody, buildMeeting, plymouthPlanId } from '../../test/governance';
import { eventually } from '../../test/smtp';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const PRIORITY_TITLES = [
  'Leadership and Governance', 'Early Identification and Support', 'Reducing Exclusions', 'Risk Assessment for Waiting Lists',
  'Social Care Needs', 'Consistency of Support', 'Addressing Long Waiting Times', 'Training for Practitioners', 'Planning Ahead',
];

describe('meeting packs API', () => {
  let app: TestApp;

  /**
   * Publishes a draft: answered at once as being prepared, while a job renders its files; then
   * the pack as it is once published.
   */
  async function publish(id: string, body: Record<string, unknown> = {}) {
    const res = await call(app, 'POST', `/api/packs/${id}/publish`, body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'publishing', stateLabel: 'Being prepared' });
    return eventually(async () => {
      const read = await call(app, 'GET', `/api/packs/${id}`);
      return read.body.state === 'published' && read;
    });
  }

  beforeAll(async () => {
    app = await bootTestApp();
  });
  afterAll(() => app.close());

  /** A meeting of the test's own plan, ahead of us: its pack shows the plan as it stands now. */
  async function ownMeeting(t: TestPlan, overrides: Record<string, unknown> = {}) {
    const body = await buildBody(app, t);
    return buildMeeting(app, body.id, { meetingDate: '2099-02-12', cutOffAt: '2099-02-05T17:00', ...overrides });
  }

  it('generates the seeded Plymouth Board pack: a tagged PDF with every priority area and the 17 / 31 / 7 split', async () => {
    const planId = await plymouthPlanId(app);
    const board = (await call(app, 'GET', `/api/governance-bodies?planId=${planId}`)).body.items.find((b: { key: string }) => b.key === 'send-improvement-board');
    const meeting = (await call(app, 'GET', `/api/meetings?bodyId=${board.id}&from=2025-02-05&to=2025-02-05`)).body.items[0];
    const res = await call(app, 'POST', `/api/meetings/${meeting.id}/packs`);
    expect([200, 201]).toContain(res.status);
    expect(res.body).toMatchObject({
      state: 'draft', stateLabel: 'Draft', meeting: { id: meeting.id, meetingDate: '2025-02-05', body: { name: 'SEND Improvement Board' } },
      asAt: meeting.cutOffAt, publishedAt: null,
      headline: { actions: 55, byImpactStatus: { not_yet_complete: 17, complete_monitoring_impact: 31, complete_impact_evidenced: 7 } },
    });
    expect(res.body.files.map((f: { name: string }) => f.name)).toEqual([
      'board-pack.pdf', 'progress-report.pdf', 'progress-report.docx', 'action-plan-tracker.xlsx', 'action-plan-tracker.csv',
    ]);
    expect(res.body.snapshot.decisions.open.length).toBeGreaterThanOrEqual(2);
    // The same figures as the dashboard's summary for the cut-off day: computed once.
    const summary = (await call(app, 'GET', `/api/plans/${planId}/summary?asAt=2025-01-29`)).body;
    expect(res.body.snapshot).toMatchObject({ statusBasis: 'as_at', statusDate: '2025-01-29' });
    expect(res.body.snapshot.totals).toEqual({
      actions: summary.actions, byImpactStatus: summary.byImpactStatus, byDeliveryStatus: summary.byDeliveryStatus, overdue: summary.overdue,
    });
    expect(res.body.snapshot.priorities.map((p: { counts: { actions: number } }) => p.counts.actions)).toEqual(summary.priorities.map((p: { actions: number }) => p.actions));
    expect(res.body.snapshot.exceptions.overdue).toHaveLength(summary.overdue);

    const pdf = await download(app, `/api/packs/${res.body.id}/board-pack.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('filename="Plymouth SEND Improvement Board pack 2025-02-05 DRAFT.pdf"');
    expect(pdf.headers.etag).toBe(`"sha256-${sha256(pdf.bytes)}"`);
    if (process.env.KEEP_REPORTS) writeFileSync('/tmp/rep/board-pack.pdf', pdf.bytes);
    const raw = pdf.bytes.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/FontFile2|\/BaseFont \/Helvetica/);
    const text = await pdfText(pdf.bytes);
    for (const title of PRIORITY_TITLES) expect(text).toContain(`Priority ${PRIORITY_TITLES.indexOf(title) + 1}: ${title}`);
    expect(text).toMatch(/17 are not yet fully completed/);
    expect(text).toMatch(/31 are completed and now monitoring/);
    expect(text).toMatch(/7 are completed and there is evidence of clear impact/);
    expect(text).toMatch(/17 \(31%\)[\s\S]*31 \(56%\)[\s\S]*7 \(13%\)/);
    expect(text).toContain('DRAFT');
  });

  it('keeps a published pack byte for byte after the plan changes, while a new draft shows the change', async () => {
    const t = await buildPlan(app);
    const action = await buildAction(app, t, { reference: '1.1', title: 'Appoint a Head of SEND', deliveryStatus: 'on_track', dueDate: '2030-01-31' });
    const meeting = await ownMeeting(t);
    const draft = (await call(app, 'POST', `/api/meetings/${meeting.id}/packs`)).body;
    const published = await publish(draft.id, { version: draft.version });
    expect(published.body).toMatchObject({ state: 'published', publishedAt: expect.any(String), publishedBy: { label: expect.any(String) } });
    const before = await download(app, `/api/packs/${draft.id}/board-pack.pdf`);
    expect(before.headers['content-disposition']).not.toContain('DRAFT');
    expect(await pdfText(before.bytes)).not.toContain('DRAFT');
    expect(sha256(before.bytes)).toBe(published.body.files[0].sha256);

    await call(app, 'PATCH', `/api/actions/${action.id}`, { version: action.version, title: 'Appoint a permanent Head of SEND', deliveryStatus: 'off_track' });

    const after = await download(app, `/api/packs/${draft.id}/board-pack.pdf`);
    expect(sha256(after.bytes)).toBe(sha256(before.bytes));
    const read = (await call(app, 'GET', `/api/packs/${draft.id}`)).body;
    expect(read.snapshot.priorities[0].actions[0]).toMatchObject({ title: 'Appoint a Head of SEND', deliveryStatus: 'on_track' });

    const fresh = await call(app, 'POST', `/api/meetings/${meeting.id}/packs`);
    expect(fresh.status).toBe(201);
    expect(fresh.body.id).not.toBe(draft.id);
    expect(fresh.body.snapshot.priorities[0].actions[0]).toMatchObject({ title: 'Appoint a permanent Head of SEND', deliveryStatus: 'off_track' });
    expect(await pdfText((await download(app, `/api/packs/${fresh.body.id}/board-pack.pdf`)).bytes)).toContain('Appoint a permanent Head of SEND');
    const list = (await call(app, 'GET', `/api/meetings/${meeting.id}/packs`)).body;
    expect(list.items.map((p: { state: string }) => p.state)).toEqual(['draft', 'published']);
  });

  it('renders a draft\'s other files on request, and stores every file when it is published', async () => {
    const t = await buildPlan(app);
    await buildAction(app, t, { reference: '1.1', title: 'Train SENCOs' });
    const meeting = await ownMeeting(t);
    const draft = (await call(app, 'POST', `/api/meetings/${meeting.id}/packs`)).body;
    expect(draft.files.map((f: { name: string; sha256: string | null }) => [f.name, f.sha256 !== null])).toEqual([
      ['board-pack.pdf', true], ['progress-report.pdf', false], ['progress-report.docx', false], ['action-plan-tracker.xlsx', false], ['action-plan-tracker.csv', false],
    ]);
    const csv = await download(app, `/api/packs/${draft.id}/files/action-plan-tracker.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toContain('DRAFT.csv');
    expect(csv.bytes.toString('utf8')).toContain('Train SENCOs');
    const published = (await publish(draft.id)).body;
    for (const file of published.files) {
      expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(sha256((await download(app, file.url)).bytes)).toBe(file.sha256);
    }
  });

  it('refuses to regenerate or republish a published pack with 409, and the database refuses to change it', async () => {
    const t = await buildPlan(app);
    const meeting = await ownMeeting(t);
    const draft = (await call(app, 'POST', `/api/meetings/${meeting.id}/packs`)).body;
    await publish(draft.id);
    const regenerate = await call(app, 'POST', `/api/packs/${draft.id}/regenerate`, {});
    expect(regenerate.status).toBe(409);
    expect(regenerate.body.current).toMatchObject({ state: 'published' });
    expect((await call(app, 'POST', `/api/packs/${draft.id}/publish`, {})).status).toBe(409);
    const dataSource = (await testDataSource(app));
    await expect(dataSource.query(`UPDATE pack_file SET bytes = '\\x00' WHERE pack_id = $1`, [draft.id])).rejects.toThrow(/published/);
    await expect(dataSource.query(`UPDATE pack SET snapshot = '{}' WHERE id = $1`, [draft.id])).rejects.toThrow(/published/);
  });

  it('regenerates a draft in place, and refuses to publish a draft that changed since it was previewed', async () => {
    const t = await buildPlan(app);
    const meeting = await ownMeeting(t);
    const first = await call(app, 'POST', `/api/meetings/${meeting.id}/packs`);
    expect(first.status).toBe(201);
    await buildAction(app, t, { reference: '1.1', title: 'Added after the first draft' });
    const second = await call(app, 'POST', `/api/meetings/${meeting.id}/packs`);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ id: first.body.id, version: first.body.version + 1, headline: { actions: 1 } });
    const stale = await call(app, 'POST', `/api/packs/${first.body.id}/publish`, { version: first.body.version });
    expect(stale.status).toBe(409);
    const audit = (await call(app, 'GET', `/api/audit?entityType=pack&entityId=${first.body.id}`)).body;
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(['regenerate', 'generate']);
  });

  it('takes the snapshot at the cut-off: a pack generated before it says so', async () => {
    const t = await buildPlan(app);
    const future = await ownMeeting(t);
    const pack = (await call(app, 'POST', `/api/meetings/${future.id}/packs`)).body;
    expect(Date.parse(pack.asAt)).toBeLessThan(Date.parse('2099-01-01'));
    expect(await pdfText((await download(app, `/api/packs/${pack.id}/board-pack.pdf`)).bytes)).toContain('generated before the cut-off');
  });

  it('carries the body\'s open decisions into its next pack, and those closed since the last meeting', async () => {
    const t = await buildPlan(app);
    const body = await buildBody(app, t);
    const january = await buildMeeting(app, body.id, { meetingDate: '2025-01-08', cutOffAt: '2025-01-01T17:00' });
    const february = await buildMeeting(app, body.id, { meetingDate: '2025-02-19', cutOffAt: '2025-02-12T17:00' });
    const open = (await call(app, 'POST', `/api/meetings/${january.id}/decisions`, { kind: 'challenge', text: 'Show the waiting list trajectory', dueDate: '2025-02-19' })).body;
    const closed = (await call(app, 'POST', `/api/meetings/${january.id}/decisions`, { kind: 'decision', text: 'Commission the audit' })).body;
    await call(app, 'PATCH', `/api/decisions/${closed.id}`, { version: 1, status: 'closed', closingNote: 'Audit commissioned', closedOn: '2025-01-20' });
    const pack = (await call(app, 'POST', `/api/meetings/${february.id}/packs`)).body;
    expect(pack.snapshot.decisions.open.map((d: { id: string }) => d.id)).toEqual([open.id]);
    expect(pack.snapshot.decisions.closedSinceLastMeeting.map((d: { id: string }) => d.id)).toEqual([closed.id]);
    expect(pack.snapshot.meeting.previousMeeting).toMatchObject({ id: january.id });
    const text = await pdfText((await download(app, `/api/packs/${pack.id}/board-pack.pdf`)).bytes);
    expect(text).toContain('Show the waiting list trajectory');
    expect(text).toContain('Audit commissioned');
  });

  it('narrows a pack to the meeting\'s priority areas', async () => {
    const t = await buildPlan(app);
    await buildAction(app, t, { reference: '1.1' });
    await buildAction(app, t, { priorityAreaId: t.areas[1].id, reference: '2.1', deliveryStatus: 'off_track' });
    const meeting = await ownMeeting(t, { priorityAreaIds: [t.areas[1].id] });
    const pack = (await call(app, 'POST', `/api/meetings/${meeting.id}/packs`)).body;
    expect(pack.snapshot.priorities.map((p: { number: number }) => p.number)).toEqual([2]);
    expect(pack.headline).toMatchObject({ actions: 1, byDeliveryStatus: expect.objectContaining({ off_track: 1 }) });
  });

  it('hides drafts from scrutiny members and action owners, and shows them published packs', async () => {
    const t = await buildPlan(app);
    const meeting = await ownMeeting(t);
    const draft = (await call(app, 'POST', `/api/meetings/${meeting.id}/packs`)).body;
    const scrutiny = await signIn(app, await createUser(app, { roles: ['scrutiny'] }));
    const owner = await signIn(app, await createUser(app, { roles: ['action_owner'] }));
    const board = await signIn(app, await createUser(app, { roles: ['board_member'] }));
    for (const session of [scrutiny, owner]) {
      expect((await callAs(app, session, 'GET', `/api/packs/${draft.id}`)).status).toBe(404);
      expect((await callAs(app, session, 'GET', `/api/packs/${draft.id}/board-pack.pdf`)).status).toBe(404);
      expect((await callAs(app, session, 'GET', `/api/meetings/${meeting.id}/packs`)).body.items).toEqual([]);
    }
    expect((await callAs(app, board, 'GET', `/api/packs/${draft.id}`)).status).toBe(200);
    expect((await callAs(app, board, 'POST', `/api/packs/${draft.id}/publish`, {})).status).toBe(403);
    await publish(draft.id);
    expect((await callAs(app, scrutiny, 'GET', `/api/packs/${draft.id}/board-pack.pdf`)).status).toBe(200);
    expect((await callAs(app, scrutiny, 'GET', `/api/meetings/${meeting.id}/packs`)).body.items).toHaveLength(1);
  });

  it('lists a plan\'s published packs for scrutiny, those published ahead of their meeting included, never drafts', async () => {
    const t = await buildPlan(app);
    const scrutiny = await signIn(app, await createUser(app, { roles: ['scrutiny'] }));
    // The meeting is weeks away (2099), as a pack is published a week before its board.
    const ahead = await ownMeeting(t);
    const published = (await call(app, 'POST', `/api/meetings/${ahead.id}/packs`)).body;
    await publish(published.id);
    const later = await ownMeeting(t, { meetingDate: '2099-03-26', cutOffAt: '2099-03-19T17:00' });
    await call(app, 'POST', `/api/meetings/${later.id}/packs`);

    const list = await callAs(app, scrutiny, 'GET', `/api/packs?planId=${t.plan.id}`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items.map((p: { id: string; state: string; meeting: { id: string } }) => [p.id, p.state, p.meeting.id])).toEqual([[published.id, 'published', ahead.id]]);
    expect((await callAs(app, scrutiny, 'GET', '/api/packs?planId=nope')).status).toBe(400);
  });

  it('answers 404 for an unknown meeting, pack or file', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await call(app, 'POST', `/api/meetings/${unknown}/packs`)).status).toBe(404);
    expect((await call(app, 'GET', `/api/packs/${unknown}`)).status).toBe(404);
    const t = await buildPlan(app);
    const pack = (await call(app, 'POST', `/api/meetings/${(await ownMeeting(t)).id}/packs`)).body;
    expect((await call(app, 'GET', `/api/packs/${pack.id}/files/secrets.txt`)).status).toBe(404);
    expect((await call(app, 'POST', `/api/packs/${pack.id}/publish`, { version: 'x' })).status).toBe(400);
  });
});

describe('publishing a pack on the job queue', () => {
  it('finishes a publication that was queued before a restart, once', async () => {
    const first = await bootTestApp();
    const t = await buildPlan(first);
    await buildAction(first, t, { reference: '1.1', title: 'Train SENCOs' });
    const body = await buildBody(first, t);
    const meeting = await buildMeeting(first, body.id, { meetingDate: '2025-02-12' });
    const draft = (await call(first, 'POST', `/api/meetings/${meeting.id}/packs`)).body;
    const published = await call(first, 'POST', `/api/packs/${draft.id}/publish`, {});
    expect(published.body.state).toBe('publishing');
    await first.close();

    const second = await bootTestApp();
    try {
      const done = await eventually(async () => {
        const read = await call(second, 'GET', `/api/packs/${draft.id}`);
        return read.body.state === 'published' && read.body;
      });
      expect(done.files.every((f: { sha256: string | null }) => /^[0-9a-f]{64}$/.test(f.sha256 ?? ''))).toBe(true);
      const events = (await call(second, 'GET', `/api/audit?entityType=pack&entityId=${draft.id}`)).body.items.map((e: { action: string }) => e.action);
      expect(events.filter((a: string) => a === 'render_published_files')).toHaveLength(1);
      expect(events.filter((a: string) => a === 'publish')).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});
