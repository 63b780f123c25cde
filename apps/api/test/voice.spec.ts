import { UserService } from '../src/auth/user.service';
import { SYSTEM_ACTOR } from '../src/common/actor';
import { LocalAreaService } from '../src/local-area/local-area.service';
import { download, pdfText } from './files';
import { buildBody, buildMeeting, plymouthPlanId } from './governance';
import { bootTestApp, buildAction, buildPlan, call, callAs, ownerQuery, Session, signIn, TestApp, TestPlan, testPassword, unique } from './test-app';
import { buildPerson, daysFromToday, signInAs } from './updates';

/** "You said, we did": voice items, their links and responses, their filters and their place in packs. */
describe('voice items API', () => {
  let app: TestApp;
  let t: TestPlan;
  let elsewhere: TestPlan;
  let ownerPerson: { id: string };
  let otherPerson: { id: string };
  let linkedAction: { id: string; reference: string };
  let unrelatedAction: { id: string; reference: string };
  let owner: Session;
  let unrelatedOwner: Session;
  let manager: Session;
  let viewer: Session;
  let adviser: Session;
  let moderator: Session;

  const item = (overrides: Record<string, unknown> = {}) => ({
    source: 'survey', voiceOf: 'parent_carers', heardOn: '2025-01-09', kind: 'recommendation',
    words: 'Improve communication about available services.', sourceTitle: 'Testshire Parent Carer survey 2024', ...overrides,
  });
  const create = (body: Record<string, unknown>, session: Session = manager) => callAs(app, session, 'POST', `/api/plans/${t.plan.id}/voice`, body);
  const fields = (res: { body: { errors: { field: string }[] } }) => res.body.errors.map((e) => e.field).sort();

  beforeAll(async () => {
    app = await bootTestApp();
    t = await buildPlan(app);
    elsewhere = await buildPlan(app);
    ownerPerson = await buildPerson(app, t);
    otherPerson = await buildPerson(app, t);
    linkedAction = await buildAction(app, t, { ownerPersonId: ownerPerson.id });
    unrelatedAction = await buildAction(app, t, { ownerPersonId: otherPerson.id, priorityAreaId: t.areas[1].id });
    owner = await signInAs(app, 'Linked owner', ['action_owner'], ownerPerson.id);
    unrelatedOwner = await signInAs(app, 'Unrelated owner', ['action_owner'], otherPerson.id);
    manager = await signInAs(app, 'Head of SEND', ['plan_manager']);
    viewer = await signInAs(app, 'Viewer', ['viewer']);
    adviser = await signInAs(app, 'DfE adviser', ['adviser']);
    moderator = await signInAs(app, 'Moderator', ['moderator']);
  }, 60_000);
  afterAll(() => app.close());

  it('records an item with its priority areas and actions, read by every plan reader', async () => {
    const res = await create(item({ cohortSize: 40, priorityAreaIds: [t.areas[0].id], actionIds: [linkedAction.id] }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      planId: t.plan.id, source: 'survey', sourceLabel: 'Survey', voiceOf: 'parent_carers', voiceOfLabel: 'Parent carers', heardOn: '2025-01-09',
      cohortSize: 40, kind: 'recommendation', kindLabel: 'Recommendation', sourceTitle: 'Testshire Parent Carer survey 2024', illustrative: false,
      priorityAreas: [{ id: t.areas[0].id, number: 1, title: 'Area 1' }], actions: [{ id: linkedAction.id, reference: linkedAction.reference }],
      response: null, unanswered: true, version: 1,
    });
    for (const session of [manager, viewer, adviser, moderator, owner]) {
      const read = await callAs(app, session, 'GET', `/api/voice/${res.body.id}`);
      expect(read.status).toBe(200);
      expect(read.body.words).toBe('Improve communication about available services.');
      expect((await callAs(app, session, 'GET', `/api/plans/${t.plan.id}/voice`)).status).toBe(200);
    }
    const [event] = await ownerQuery(`SELECT action, after FROM audit_event WHERE entity_type = 'voice_item' AND entity_id = $1`, [res.body.id]);
    expect(event).toMatchObject({ action: 'create', after: { kind: 'recommendation', priorityAreaIds: [t.areas[0].id], actionIds: [linkedAction.id] } });
  });

  it('lets only the plan manager record and edit items', async () => {
    for (const session of [viewer, adviser, moderator, owner]) expect((await create(item(), session)).status).toBe(403);
    const made = (await create(item())).body;
    expect((await callAs(app, owner, 'PATCH', `/api/voice/${made.id}`, { version: 1, words: 'Mine now' })).status).toBe(403);
    expect((await callAs(app, null, 'GET', `/api/voice/${made.id}`)).status).toBe(401);
  });

  it('refuses bad input field by field (400), unknown fields included, never a 500', async () => {
    const bad = await create({
      source: 'rumour', voiceOf: 'everyone', heardOn: '2025-02-30', kind: 'praise', words: '', cohortSize: 0, sourceTitle: 'x'.repeat(201), colour: 'red',
    });
    expect(bad.status).toBe(400);
    expect(fields(bad)).toEqual(['cohortSize', 'colour', 'heardOn', 'kind', 'source', 'sourceTitle', 'voiceOf', 'words']);
    for (const cohortSize of [1.5, -1, 1e12, '40', 10_000_001]) {
      const res = await create(item({ cohortSize }));
      expect({ cohortSize, status: res.status, fields: fields(res) }).toEqual({ cohortSize, status: 400, fields: ['cohortSize'] });
    }
    expect(fields(await create(item({ words: 'x'.repeat(5001) })))).toEqual(['words']);
    expect(fields(await create(item({ words: 'a\u0000b' })))).toEqual(['words']);
    expect(fields(await create(item({ priorityAreaIds: ['not-an-id'], actionIds: 'x' })))).toEqual(['actionIds', 'priorityAreaIds']);
    expect((await create(item({ cohortSize: null }))).status).toBe(201);
  });

  it("refuses links to another plan's priority areas and actions, one message per field", async () => {
    const otherAction = await buildAction(app, elsewhere);
    const res = await create(item({ priorityAreaIds: [elsewhere.areas[0].id], actionIds: [otherAction.id] }));
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual(['actionIds', 'priorityAreaIds']);
    expect(fields(await create(item({ priorityAreaIds: [t.areas[0].id, elsewhere.areas[1].id] })))).toEqual(['priorityAreaIds']);
    const made = (await create(item())).body;
    expect(fields(await callAs(app, manager, 'PATCH', `/api/voice/${made.id}`, { version: 1, actionIds: [otherAction.id] }))).toEqual(['actionIds']);
  });

  it('edits an item at the version read, replacing its links, and refuses a stale version with 409', async () => {
    const made = (await create(item({ priorityAreaIds: [t.areas[0].id] }))).body;
    const edited = await callAs(app, manager, 'PATCH', `/api/voice/${made.id}`, {
      version: 1, kind: 'concern', words: 'Waiting too long for speech therapy.', priorityAreaIds: [t.areas[1].id], actionIds: [unrelatedAction.id], cohortSize: 12,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      version: 2, kind: 'concern', words: 'Waiting too long for speech therapy.', cohortSize: 12,
      priorityAreas: [{ id: t.areas[1].id }], actions: [{ id: unrelatedAction.id }],
    });
    const stale = await callAs(app, manager, 'PATCH', `/api/voice/${made.id}`, { version: 1, words: 'Lost edit' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ words: 'Waiting too long for speech therapy.', version: 2 });
    expect(fields(await callAs(app, manager, 'PATCH', `/api/voice/${made.id}`, { words: 'No version' }))).toEqual(['version']);
    expect(fields(await callAs(app, manager, 'PATCH', `/api/voice/${made.id}`, { version: 2, plan: 'x' }))).toEqual(['plan']);
    const [event] = await ownerQuery(`SELECT before, after FROM audit_event WHERE entity_type = 'voice_item' AND entity_id = $1 AND action = 'update'`, [made.id]);
    expect(event.before).toMatchObject({ kind: 'recommendation', priorityAreaIds: [t.areas[0].id] });
    expect(event.after).toMatchObject({ kind: 'concern', priorityAreaIds: [t.areas[1].id] });
  });

  describe('the response ("we did")', () => {
    it('is given by an owner of a linked action, and refused (403) to an owner of an unrelated action', async () => {
      const made = (await create(item({ actionIds: [linkedAction.id] }))).body;
      const body = { whatChanged: 'The Local Offer pages were rewritten with families.', respondedOn: '2025-02-01', status: 'done', actionIds: [linkedAction.id] };
      const refused = await callAs(app, unrelatedOwner, 'PUT', `/api/voice/${made.id}/response`, body);
      expect(refused.status).toBe(403);
      for (const session of [viewer, adviser, moderator]) expect((await callAs(app, session, 'PUT', `/api/voice/${made.id}/response`, body)).status).toBe(403);

      const given = await callAs(app, owner, 'PUT', `/api/voice/${made.id}/response`, body);
      expect(given.status).toBe(200);
      expect(given.body).toMatchObject({
        unanswered: false,
        response: {
          whatChanged: 'The Local Offer pages were rewritten with families.', respondedOn: '2025-02-01', status: 'done', statusLabel: 'Done',
          respondedBy: 'Linked owner', actions: [{ id: linkedAction.id, reference: linkedAction.reference }], version: 1,
        },
      });
      expect((await callAs(app, owner, 'GET', `/api/voice/${made.id}`)).body.response.whatChanged).toBe('The Local Offer pages were rewritten with families.');
    });

    it('is changed by the plan manager at the version read (409 when stale or missing), every edit kept in the audit log', async () => {
      const made = (await create(item())).body;
      // No linked action: only the plan manager may answer it.
      const first = { whatChanged: 'We will co-produce the short breaks statement.', respondedOn: '2025-01-20', status: 'planned' };
      expect((await callAs(app, owner, 'PUT', `/api/voice/${made.id}/response`, first)).status).toBe(403);
      const given = await callAs(app, manager, 'PUT', `/api/voice/${made.id}/response`, first);
      expect(given.status).toBe(200);
      expect(given.body.response).toMatchObject({ status: 'planned', respondedBy: 'Head of SEND', version: 1 });

      const again = await callAs(app, manager, 'PUT', `/api/voice/${made.id}/response`, { ...first, whatChanged: 'Without a version' });
      expect(again.status).toBe(409);
      const done = { whatChanged: 'The short breaks statement was published.', respondedOn: '2025-03-01', status: 'done', version: 1 };
      const changed = await callAs(app, manager, 'PUT', `/api/voice/${made.id}/response`, done);
      expect(changed.status).toBe(200);
      expect(changed.body.response).toMatchObject({ status: 'done', whatChanged: 'The short breaks statement was published.', version: 2 });
      const stale = await callAs(app, manager, 'PUT', `/api/voice/${made.id}/response`, { ...done, whatChanged: 'Lost' });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ whatChanged: 'The short breaks statement was published.', version: 2 });

      const events = await ownerQuery(`SELECT action, before, after FROM audit_event WHERE entity_type = 'voice_response' AND entity_id = $1 ORDER BY id`, [changed.body.response.id]);
      expect(events.map((e) => [e.action, e.before?.status ?? null, e.after.status])).toEqual([['create', null, 'planned'], ['update', 'planned', 'done']]);
    });

    it('refuses bad input field by field: dates before hearing or after today, unknown status, actions of another plan, unknown fields', async () => {
      const made = (await create(item({ heardOn: '2025-01-09' }))).body;
      const url = `/api/voice/${made.id}/response`;
      const otherAction = await buildAction(app, elsewhere);
      const bad = await callAs(app, manager, 'PUT', url, { whatChanged: '', respondedOn: 'soon', status: 'maybe', actionIds: ['x'], extra: 1 });
      expect(bad.status).toBe(400);
      expect(fields(bad)).toEqual(['actionIds', 'extra', 'respondedOn', 'status', 'whatChanged']);
      const base = { whatChanged: 'Done.', status: 'done' };
      expect(fields(await callAs(app, manager, 'PUT', url, { ...base, respondedOn: '2025-01-08' }))).toEqual(['respondedOn']);
      expect(fields(await callAs(app, manager, 'PUT', url, { ...base, respondedOn: daysFromToday(2) }))).toEqual(['respondedOn']);
      expect(fields(await callAs(app, manager, 'PUT', url, { ...base, respondedOn: '2025-02-01', actionIds: [otherAction.id] }))).toEqual(['actionIds']);
      expect(fields(await callAs(app, manager, 'PUT', url, { ...base, respondedOn: '2025-02-01', version: 0 }))).toEqual(['version']);
      expect((await callAs(app, manager, 'PUT', url, { ...base, respondedOn: '2025-02-01', version: 1 })).status).toBe(409);
    });
  });

  it('filters the list: unanswered, priority area, action, source, kind', async () => {
    const p = await buildPlan(app);
    const action = await buildAction(app, p);
    const mk = async (body: Record<string, unknown>) => {
      const res = await call(app, 'POST', `/api/plans/${p.plan.id}/voice`, item(body));
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const strength = await mk({ kind: 'strength', words: 'SENCOs were appreciated.', priorityAreaIds: [p.areas[0].id] });
    const open = await mk({ words: 'More wraparound care.', priorityAreaIds: [p.areas[0].id], actionIds: [action.id] });
    const answered = await mk({ words: 'Better guidance.', source: 'forum', priorityAreaIds: [p.areas[1].id] });
    const concern = await mk({ kind: 'concern', words: 'Long waits.', source: 'complaint', heardOn: '2025-03-01' });
    expect((await call(app, 'PUT', `/api/voice/${answered}/response`, { whatChanged: 'A guide was written.', respondedOn: '2025-02-01', status: 'done' })).status).toBe(200);

    const ids = async (query: string) => (await call(app, 'GET', `/api/plans/${p.plan.id}/voice${query}`)).body.items.map((i: { id: string }) => i.id);
    expect(await ids('')).toEqual([concern, strength, open, answered]);
    expect(await ids('?unanswered=true')).toEqual([concern, open]);
    expect(await ids('?unanswered=false')).toEqual([strength, answered]);
    expect(await ids(`?priorityAreaId=${p.areas[0].id}`)).toEqual([strength, open]);
    expect(await ids(`?actionId=${action.id}`)).toEqual([open]);
    expect(await ids('?source=forum')).toEqual([answered]);
    expect(await ids('?kind=recommendation&unanswered=true')).toEqual([open]);
    expect(await ids('?source=complaint&kind=concern')).toEqual([concern]);
    const page = (await call(app, 'GET', `/api/plans/${p.plan.id}/voice?pageSize=1&page=2`)).body;
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 1, items: [{ id: strength }] });
    for (const query of ['?unanswered=maybe', '?source=rumour', '?kind=praise', '?priorityAreaId=nope', '?colour=red']) {
      expect({ query, status: (await call(app, 'GET', `/api/plans/${p.plan.id}/voice${query}`)).status }).toEqual({ query, status: 400 });
    }
    expect((await call(app, 'GET', `/api/plans/${p.plan.id}/voice?unanswered=true&pageSize=1`)).body.total).toBe(2);
  });

  it("answers 404 for another local area's plan and items, and for ids that do not exist", async () => {
    const made = (await create(item())).body;
    const area = await app.get(LocalAreaService).ensureLocalArea({ name: 'Elsewhere', slug: unique('elsewhere') });
    const email = `${unique('other-admin')}@example.test`;
    const password = testPassword();
    await app.get(UserService).createUser({ email, password, displayName: 'Other administrator', roles: ['admin'] }, SYSTEM_ACTOR, { localAreaId: area.id });
    const other = await signIn(app, { email, password });
    expect((await callAs(app, other, 'GET', `/api/voice/${made.id}`)).status).toBe(404);
    expect((await callAs(app, other, 'PATCH', `/api/voice/${made.id}`, { version: 1, words: 'Not theirs' })).status).toBe(404);
    expect((await callAs(app, other, 'PUT', `/api/voice/${made.id}/response`, { whatChanged: 'x', respondedOn: '2025-02-01', status: 'done' })).status).toBe(404);
    expect((await callAs(app, other, 'GET', `/api/plans/${t.plan.id}/voice`)).status).toBe(404);
    expect((await callAs(app, other, 'POST', `/api/plans/${t.plan.id}/voice`, item())).status).toBe(404);
    expect((await call(app, 'GET', '/api/voice/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await call(app, 'GET', '/api/voice/not-an-id')).status).toBe(404);
    expect((await call(app, 'GET', '/api/plans/00000000-0000-4000-8000-000000000000/voice')).status).toBe(404);
    expect((await callAs(app, manager, 'GET', `/api/voice/${made.id}`)).body.words).toBe('Improve communication about available services.');
  });

  it("shows packs and the progress report the voice heard by their day, with the responses given by then", async () => {
    const p = await buildPlan(app);
    const mk = async (body: Record<string, unknown>) => (await call(app, 'POST', `/api/plans/${p.plan.id}/voice`, item(body))).body.id as string;
    const answered = await mk({ words: 'Shorter waits for speech therapy.', heardOn: '2025-02-01', priorityAreaIds: [p.areas[0].id] });
    const answeredLater = await mk({ words: 'Clearer short breaks offer.', heardOn: '2025-02-01', priorityAreaIds: [p.areas[0].id] });
    const heardLater = await mk({ words: 'More clubs for teenagers.', heardOn: '2025-04-01', priorityAreaIds: [p.areas[0].id] });
    await call(app, 'PUT', `/api/voice/${answered}/response`, { whatChanged: 'A second therapy team started.', respondedOn: '2025-02-20', status: 'done' });
    await call(app, 'PUT', `/api/voice/${answeredLater}/response`, { whatChanged: 'The offer was republished.', respondedOn: '2025-04-10', status: 'done' });

    const body = await buildBody(app, p);
    const meeting = await buildMeeting(app, body.id, { meetingDate: '2025-03-12', cutOffAt: '2025-03-05T17:00' });
    const pack = await call(app, 'POST', `/api/meetings/${meeting.id}/packs`);
    expect(pack.status).toBe(201);
    const voice = pack.body.snapshot.voice as { id: string; unanswered: boolean; response: { whatChanged: string } | null }[];
    expect(voice.map((v) => [v.id, v.response?.whatChanged ?? null, v.unanswered])).toEqual([
      [answered, 'A second therapy team started.', false],
      [answeredLater, null, true],
    ]);
    expect(voice.map((v) => v.id)).not.toContain(heardLater);
    const text = (await pdfText((await download(app, `/api/packs/${pack.body.id}/board-pack.pdf`)).bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('You said, we did');
    expect(text).toContain('A second therapy team started.');
    expect(text).toContain('No response yet.');
    expect(text).not.toContain('The offer was republished.');
    expect(text).not.toContain('More clubs for teenagers.');

    const report = (await pdfText((await download(app, `/api/plans/${p.plan.id}/reports/progress.pdf?asAt=2025-03-05`)).bytes)).replace(/\s+/g, ' ');
    expect(report).toContain('You said, we did');
    expect(report).toContain('A second therapy team started.');
    expect(report).not.toContain('More clubs for teenagers.');
    const now = (await pdfText((await download(app, `/api/plans/${p.plan.id}/reports/progress.pdf`)).bytes)).replace(/\s+/g, ' ');
    expect(now).toContain('The offer was republished.');
    expect(now).toContain('More clubs for teenagers.');
  }, 60_000);

  it("holds the Plymouth Parent Carer Voice survey: its strengths and twelve recommendations, none yet answered", async () => {
    const planId = await plymouthPlanId(app);
    const all = (await call(app, 'GET', `/api/plans/${planId}/voice?pageSize=200&source=survey`)).body;
    const ppcv = all.items.filter((i: { sourceTitle: string }) => i.sourceTitle === 'Plymouth Parent Carer Voice (PPCV) survey');
    expect(ppcv.filter((i: { kind: string }) => i.kind === 'strength')).toHaveLength(4);
    const recommendations = ppcv.filter((i: { kind: string }) => i.kind === 'recommendation');
    expect(recommendations).toHaveLength(12);
    expect(recommendations[0]).toMatchObject({
      words: 'Service Availability: Increase the number and variety of wraparound care options, particularly for older SEND children and during school holidays.',
      voiceOf: 'parent_carers', cohortSize: null, illustrative: false, response: null, unanswered: true,
    });
    expect(recommendations[11].words).toMatch(/^Parental Support: Offer clearer guidance/);
    const unanswered = (await call(app, 'GET', `/api/plans/${planId}/voice?unanswered=true&kind=recommendation&pageSize=1`)).body.total;
    expect(unanswered).toBeGreaterThanOrEqual(12);
  });

  describe('survey results as measures', () => {
    it('says a measure comes from a survey and carries each value\'s respondents, shown beside the figure in packs and reports', async () => {
      const p = await buildPlan(app);
      const created = await call(app, 'POST', '/api/measures', {
        planId: p.plan.id, priorityAreaId: p.areas[0].id, title: 'Parent carers who feel listened to', unit: 'percent', polarity: 'higher_is_better',
        source: 'Testshire Parent Carer survey', sourceKind: 'survey', targetValue: 75, targetDate: '2026-01-31',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ sourceKind: 'survey', sourceKindLabel: 'Survey' });
      const url = `/api/measures/${created.body.id}/values`;
      const value = await call(app, 'POST', url, { periodEnd: '2025-01-31', value: 62, cohortSize: 40 });
      expect(value.status).toBe(201);
      expect(value.body).toMatchObject({ value: 62, cohortSize: 40 });
      expect((await call(app, 'GET', `/api/measures/${created.body.id}`)).body.latest).toMatchObject({ value: 62, cohortSize: 40 });

      for (const cohortSize of [0, -5, 2.5, 1e12, 'forty']) {
        const res = await call(app, 'POST', url, { periodEnd: '2025-02-28', value: 60, cohortSize });
        expect({ cohortSize, status: res.status, fields: fields(res) }).toEqual({ cohortSize, status: 400, fields: ['cohortSize'] });
      }
      expect(fields(await call(app, 'PATCH', `/api/measures/${created.body.id}`, { version: created.body.version, sourceKind: 'gossip' }))).toEqual(['sourceKind']);
      const corrected = await call(app, 'PATCH', `/api/measure-values/${value.body.id}`, { version: value.body.version, cohortSize: 41 });
      expect(corrected.status).toBe(200);
      expect(corrected.body.cohortSize).toBe(41);

      const report = (await pdfText((await download(app, `/api/plans/${p.plan.id}/reports/progress.pdf`)).bytes)).replace(/\s+/g, ' ');
      expect(report).toContain('62% (41 respondents)');
      const body = await buildBody(app, p);
      // A meeting ahead of us: its pack shows the values recorded by now.
      const meeting = await buildMeeting(app, body.id, { meetingDate: '2099-02-12', cutOffAt: '2099-02-05T17:00' });
      const pack = await call(app, 'POST', `/api/meetings/${meeting.id}/packs`);
      expect(pack.body.snapshot.priorities[0].measures[0]).toMatchObject({ sourceKind: 'survey', latest: { value: 62, cohortSize: 41 } });
      const text = (await pdfText((await download(app, `/api/packs/${pack.body.id}/board-pack.pdf`)).bytes)).replace(/\s+/g, ' ');
      expect(text).toContain('62% (41 respondents)');
    }, 60_000);
  });
});
