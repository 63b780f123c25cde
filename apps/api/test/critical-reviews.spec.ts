import { plymouthPlanId } from './governance';
import { bootTestApp, buildAction, buildPlan, call, callAs, ownerQuery, Session, TestApp, TestPlan } from './test-app';
import { signInAs } from './updates';

/**
 * Critical reviews: a plan manager records a review's judgements and submits it, a second person
 * approves or returns it, and only approved reviews are everyone's to read and count as the latest.
 */
describe('critical reviews', () => {
  let app: TestApp;
  let manager: Session;
  let otherManager: Session;
  let moderator: Session;
  let adviser: Session;
  let viewer: Session;
  let owner: Session;

  beforeAll(async () => {
    app = await bootTestApp();
    manager = await signInAs(app, 'Head of SEND', ['plan_manager']);
    otherManager = await signInAs(app, 'Deputy Head of SEND', ['plan_manager']);
    moderator = await signInAs(app, 'Service Director', ['moderator']);
    adviser = await signInAs(app, 'DfE SEND adviser', ['adviser']);
    viewer = await signInAs(app, 'Viewer', ['viewer']);
    owner = await signInAs(app, 'Owner', ['action_owner']);
  }, 60_000);
  afterAll(() => app.close());

  async function scene() {
    const t = await buildPlan(app);
    const actions = [];
    for (const reference of ['1.1', '1.2', '1.3']) actions.push(await buildAction(app, t, { reference }));
    return { t, actions };
  }

  async function record(t: TestPlan, judgements: { actionId: string; judgement: string; reason?: string }[], reviewDate = '2025-01-09', as = manager) {
    const created = await callAs(app, as, 'POST', `/api/plans/${t.plan.id}/critical-reviews`, { reviewDate, title: `Review ${reviewDate}`, facilitators: 'DfE SEND adviser' });
    expect(created.status).toBe(201);
    const judged = await callAs(app, as, 'PUT', `/api/critical-reviews/${created.body.id}/judgements`, { version: created.body.version, judgements });
    expect(judged.status).toBe(200);
    return judged.body;
  }

  async function decide(session: Session, id: string, verb: 'submit' | 'approve' | 'return', body: object = {}) {
    const { version } = (await callAs(app, manager, 'GET', `/api/critical-reviews/${id}`)).body as { version: number };
    return callAs(app, session, 'POST', `/api/critical-reviews/${id}/${verb}`, { version, ...body });
  }

  async function approved(t: TestPlan, judgements: { actionId: string; judgement: string }[], reviewDate: string) {
    const review = await record(t, judgements, reviewDate);
    expect((await decide(manager, review.id, 'submit')).status).toBe(200);
    const res = await decide(moderator, review.id, 'approve');
    expect(res.status).toBe(200);
    return res.body;
  }

  it('is recorded as a draft with judgements, submitted, and approved by a second person', async () => {
    const { t, actions } = await scene();
    const review = await record(t, [
      { actionId: actions[0].id, judgement: 'not_yet_complete', reason: 'Integrated front door due April 2025' },
      { actionId: actions[1].id, judgement: 'complete_monitoring_impact' },
    ]);
    expect(review).toMatchObject({
      status: 'draft', reviewDate: '2025-01-09', facilitators: 'DfE SEND adviser', recordedBy: { label: 'Head of SEND' }, actions: 2,
      byJudgement: { not_yet_complete: 1, complete_monitoring_impact: 1, complete_impact_evidenced: 0 },
    });
    expect(review.judgements.map((j: { action: { reference: string }; judgement: string; reason: string; change: string }) => [j.action.reference, j.judgement, j.reason, j.change])).toEqual([
      ['1.1', 'not_yet_complete', 'Integrated front door due April 2025', 'new'],
      ['1.2', 'complete_monitoring_impact', '', 'new'],
    ]);

    const submitted = await decide(manager, review.id, 'submit');
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', submittedBy: { label: 'Head of SEND' } });
    const approvedReview = await decide(moderator, review.id, 'approve', { note: 'Moderated with the Head of SEND' });
    expect(approvedReview.status).toBe(200);
    expect(approvedReview.body).toMatchObject({ status: 'approved', moderatedBy: { label: 'Service Director' }, moderationNote: 'Moderated with the Head of SEND' });

    const audit = await call(app, 'GET', `/api/audit?entityType=critical_review&entityId=${review.id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['approve', 'create', 'judge', 'submit']);
  });

  it('needs a second person: who recorded or submitted it cannot approve or return it', async () => {
    const { t, actions } = await scene();
    const review = await record(t, [{ actionId: actions[0].id, judgement: 'not_yet_complete' }]);
    expect((await decide(otherManager, review.id, 'submit')).status).toBe(200);
    for (const session of [manager, otherManager]) {
      const refused = await decide(session, review.id, 'approve');
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ field: 'moderatorId', message: expect.stringMatching(/second person/) }]);
      expect((await decide(session, review.id, 'return', { note: 'Check 1.1' })).status).toBe(400);
    }
    // Another plan manager who did neither may moderate.
    const third = await signInAs(app, 'Another plan manager', ['plan_manager']);
    expect((await decide(third, review.id, 'approve')).status).toBe(200);
  });

  it('is returned with a reason, edited and resubmitted; a return without a reason is refused', async () => {
    const { t, actions } = await scene();
    const review = await record(t, [{ actionId: actions[0].id, judgement: 'complete_impact_evidenced' }]);
    expect((await decide(manager, review.id, 'submit')).status).toBe(200);
    const bare = await decide(moderator, review.id, 'return', { note: '  ' });
    expect(bare.status).toBe(400);
    expect(bare.body.errors[0].field).toBe('note');
    const returned = await decide(moderator, review.id, 'return', { note: 'No evidence of impact for 1.1 yet' });
    expect(returned.body).toMatchObject({ status: 'returned', moderationNote: 'No evidence of impact for 1.1 yet' });
    const edited = await callAs(app, manager, 'PUT', `/api/critical-reviews/${review.id}/judgements`, {
      version: returned.body.version, judgements: [{ actionId: actions[0].id, judgement: 'complete_monitoring_impact' }],
    });
    expect(edited.status).toBe(200);
    expect(edited.body.status).toBe('returned');
    expect((await decide(manager, review.id, 'submit')).body).toMatchObject({ status: 'submitted', moderationNote: null });
  });

  it('refuses what the state does not allow: an empty review submitted, an approved one edited', async () => {
    const { t, actions } = await scene();
    const empty = await callAs(app, manager, 'POST', `/api/plans/${t.plan.id}/critical-reviews`, { reviewDate: '2025-01-09', title: 'Empty' });
    const refused = await decide(manager, empty.body.id, 'submit');
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('judgements');
    expect((await decide(moderator, empty.body.id, 'approve')).status).toBe(400);

    const done = await approved(t, [{ actionId: actions[0].id, judgement: 'not_yet_complete' }], '2025-01-09');
    const edit = await callAs(app, manager, 'PATCH', `/api/critical-reviews/${done.id}`, { version: done.version, title: 'Changed' });
    expect(edit.status).toBe(400);
    expect(edit.body.errors[0]).toEqual({ field: 'status', message: expect.stringMatching(/approved and is final/) });
  });

  it('edits the review and moves its version on every write; a stale version is refused with 409', async () => {
    const { t, actions } = await scene();
    const review = await record(t, [{ actionId: actions[0].id, judgement: 'not_yet_complete' }]);
    const edited = await callAs(app, manager, 'PATCH', `/api/critical-reviews/${review.id}`, { version: review.version, title: 'Workshop of 9 January 2025', facilitators: 'DfE SEND adviser; Head of SEND, Telford and Wrekin' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Workshop of 9 January 2025', facilitators: 'DfE SEND adviser; Head of SEND, Telford and Wrekin', version: review.version + 1 });
    for (const [method, url, body] of [
      ['PATCH', `/api/critical-reviews/${review.id}`, { version: review.version, title: 'Stale' }],
      ['PUT', `/api/critical-reviews/${review.id}/judgements`, { version: review.version, judgements: [] }],
      ['POST', `/api/critical-reviews/${review.id}/submit`, { version: review.version }],
    ] as const) {
      const stale = await callAs(app, manager, method, url, body);
      expect([url, stale.status]).toEqual([url, 409]);
      expect(stale.body.errors).toEqual([{ field: 'version', message: expect.any(String) }]);
    }
  });

  it('answers 400 per field for bad input, and for an action not in the plan', async () => {
    const { t, actions } = await scene();
    const other = await scene();
    const bad = await callAs(app, manager, 'POST', `/api/plans/${t.plan.id}/critical-reviews`, { reviewDate: '2025-13-40', title: '', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'reviewDate', 'title']);
    const review = await record(t, []);
    const judged = await callAs(app, manager, 'PUT', `/api/critical-reviews/${review.id}/judgements`, {
      version: review.version,
      judgements: [{ actionId: 'nope', judgement: 'complete' }, { actionId: actions[0].id, judgement: 'not_yet_complete', reason: 5 }],
    });
    expect(judged.status).toBe(400);
    expect(judged.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['judgements.0.actionId', 'judgements.0.judgement', 'judgements.1.reason']);
    const foreign = await callAs(app, manager, 'PUT', `/api/critical-reviews/${review.id}/judgements`, {
      version: review.version, judgements: [{ actionId: actions[0].id, judgement: 'not_yet_complete' }, { actionId: other.actions[0].id, judgement: 'not_yet_complete' }],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual([{ field: 'judgements.1.actionId', message: expect.stringMatching(/no action with this id in the review's plan/) }]);
    const twice = await callAs(app, manager, 'PUT', `/api/critical-reviews/${review.id}/judgements`, {
      version: review.version, judgements: [{ actionId: actions[0].id, judgement: 'not_yet_complete' }, { actionId: actions[0].id, judgement: 'complete_monitoring_impact' }],
    });
    expect(twice.body.errors).toEqual([{ field: 'judgements.1.actionId', message: expect.stringMatching(/judged twice/) }]);
    const nul = await callAs(app, manager, 'PATCH', `/api/critical-reviews/${review.id}`, { version: 99999999999, title: 'a\u0000b' });
    expect(nul.status).toBe(400);
  });

  it('answers 404 for an unknown review or plan', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await callAs(app, manager, 'GET', `/api/critical-reviews/${missing}`)).status).toBe(404);
    expect((await callAs(app, manager, 'GET', `/api/plans/${missing}/critical-reviews`)).status).toBe(404);
    expect((await callAs(app, manager, 'POST', `/api/plans/${missing}/critical-reviews`, { reviewDate: '2025-01-09', title: 'X' })).status).toBe(404);
    expect((await callAs(app, moderator, 'POST', `/api/critical-reviews/${missing}/approve`, { version: 1 })).status).toBe(404);
    expect((await callAs(app, manager, 'GET', '/api/critical-reviews/not-a-uuid')).status).toBe(404);
  });

  it('shows drafts to those who record or moderate reviews; other readers, the adviser among them, read approved reviews only', async () => {
    const { t, actions } = await scene();
    const draft = await record(t, [{ actionId: actions[0].id, judgement: 'not_yet_complete' }], '2025-06-01');
    const done = await approved(t, [{ actionId: actions[0].id, judgement: 'complete_monitoring_impact' }], '2025-01-09');
    for (const session of [manager, moderator]) {
      const list = await callAs(app, session, 'GET', `/api/plans/${t.plan.id}/critical-reviews`);
      expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([draft.id, done.id]);
      expect((await callAs(app, session, 'GET', `/api/critical-reviews/${draft.id}`)).status).toBe(200);
    }
    for (const session of [adviser, viewer, owner]) {
      const list = await callAs(app, session, 'GET', `/api/plans/${t.plan.id}/critical-reviews`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([done.id]);
      expect(list.body.items[0]).toMatchObject({ status: 'approved', actions: 1, byJudgement: { complete_monitoring_impact: 1 } });
      expect((await callAs(app, session, 'GET', `/api/critical-reviews/${draft.id}`)).status).toBe(404);
      expect((await callAs(app, session, 'GET', `/api/critical-reviews/${done.id}`)).status).toBe(200);
    }
    // Writes stay with plan managers; moderation with moderators.
    expect((await callAs(app, adviser, 'PATCH', `/api/critical-reviews/${draft.id}`, { version: draft.version, title: 'X' })).status).toBe(403);
    expect((await callAs(app, moderator, 'PUT', `/api/critical-reviews/${draft.id}/judgements`, { version: draft.version, judgements: [] })).status).toBe(403);
    expect((await callAs(app, owner, 'POST', `/api/critical-reviews/${draft.id}/approve`, { version: draft.version })).status).toBe(403);
  });

  it('compares a review with the previous approved one: what moved forward, what slipped back', async () => {
    const { t, actions } = await scene();
    const [a, b, c] = actions;
    const first = await approved(t, [
      { actionId: a.id, judgement: 'not_yet_complete' },
      { actionId: b.id, judgement: 'complete_impact_evidenced' },
      { actionId: c.id, judgement: 'complete_monitoring_impact' },
    ], '2025-01-09');
    // A returned review in between does not count as the previous one.
    const returned = await record(t, [{ actionId: a.id, judgement: 'complete_impact_evidenced' }], '2025-03-01');
    await decide(manager, returned.id, 'submit');
    await decide(moderator, returned.id, 'return', { note: 'Not this time' });

    const second = await record(t, [
      { actionId: a.id, judgement: 'complete_monitoring_impact' },
      { actionId: b.id, judgement: 'complete_monitoring_impact' },
    ], '2025-07-10');
    const read = (await callAs(app, viewer, 'GET', `/api/critical-reviews/${first.id}`)).body;
    expect(read.comparison).toMatchObject({ previousReview: null, counts: { new: 3, moved_forward: 0, slipped_back: 0, unchanged: 0 } });

    const draftView = (await callAs(app, manager, 'GET', `/api/critical-reviews/${second.id}`)).body;
    expect(draftView.comparison).toMatchObject({
      previousReview: { id: first.id, reviewDate: '2025-01-09' },
      counts: { moved_forward: 1, slipped_back: 1, unchanged: 0, new: 0 },
      movedForward: [a.id], slippedBack: [b.id],
      notJudgedAgain: [{ action: { id: c.id, reference: '1.3' }, judgement: 'complete_monitoring_impact' }],
    });
    expect(draftView.judgements.map((j: { action: { reference: string }; previousJudgement: string; change: string }) => [j.action.reference, j.previousJudgement, j.change])).toEqual([
      ['1.1', 'not_yet_complete', 'moved_forward'],
      ['1.2', 'complete_impact_evidenced', 'slipped_back'],
    ]);

    // Only approved reviews count as the plan's latest.
    const summary = await call(app, 'GET', `/api/plans/${t.plan.id}/summary`);
    expect(summary.body.latestCriticalReview).toMatchObject({ id: first.id, reviewDate: '2025-01-09', actions: 3 });
    await decide(manager, second.id, 'submit');
    await decide(moderator, second.id, 'approve');
    expect((await call(app, 'GET', `/api/plans/${t.plan.id}/summary`)).body.latestCriticalReview).toMatchObject({
      id: second.id, reviewDate: '2025-07-10', byJudgement: { not_yet_complete: 0, complete_monitoring_impact: 2, complete_impact_evidenced: 0 },
    });
    // As at a day before the second, the first.
    expect((await call(app, 'GET', `/api/plans/${t.plan.id}/summary?asAt=2025-02-01`)).body.latestCriticalReview.id).toBe(first.id);
    expect((await call(app, 'GET', `/api/plans/${t.plan.id}/summary?asAt=2024-12-31`)).body.latestCriticalReview).toBeNull();
  });

  it("seeds Plymouth's January 2025 review, approved, with the report's split of the 55 actions", async () => {
    const planId = await plymouthPlanId(app);
    const list = await callAs(app, adviser, 'GET', `/api/plans/${planId}/critical-reviews`);
    const january = list.body.items.find((r: { reviewDate: string }) => r.reviewDate === '2025-01-09');
    expect(january).toMatchObject({
      status: 'approved', facilitators: expect.stringMatching(/DfE SEND Adviser; Head of SEND, Telford and Wrekin/), actions: 55,
      byJudgement: { not_yet_complete: 17, complete_monitoring_impact: 31, complete_impact_evidenced: 7 },
      sourceNote: expect.stringMatching(/illustrative/),
    });
    const summary = await call(app, 'GET', `/api/plans/${planId}/summary?asAt=2025-01-31`);
    expect(summary.body.latestCriticalReview).toMatchObject({ id: january.id, reviewDate: '2025-01-09', byJudgement: { not_yet_complete: 17, complete_monitoring_impact: 31, complete_impact_evidenced: 7 } });
    const [row] = await ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM critical_review_judgement WHERE review_id = $1`, [january.id]);
    expect(row.n).toBe(55);
  });
});
