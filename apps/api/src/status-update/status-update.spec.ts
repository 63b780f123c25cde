import { bootTestApp, buildAction, buildPlan, call, callAs, createUser, signIn, TestApp, testDataSource, TestPlan } from '../../test/test-app';
import { buildEvidence, buildPerson, daysFromToday, decideUpdate, openPeriod, signInAs } from '../../test/updates';
import { Evidence } from '../evidence/evidence.entity';

describe('status updates API', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootTestApp();
  });
  afterAll(() => app.close());

  /** A plan with an open period, one action owned by a person, and the people who act on it. */
  async function scene(actionOverrides: Record<string, unknown> = {}) {
    const t: TestPlan = await buildPlan(app);
    const period = await openPeriod(app, t.plan.id);
    const person = await buildPerson(app, t);
    const action = await buildAction(app, t, { ownerPersonId: person.id, deliveryStatus: 'on_track', ...actionOverrides });
    return {
      t, period, person, action,
      owner: await signInAs(app, 'Action owner', ['action_owner'], person.id),
      moderator: await signInAs(app, 'Service Director', ['moderator']),
      manager: await signInAs(app, 'Head of SEND', ['plan_manager']),
    };
  }

  const draft = {
    narrative: 'The SENCO network met twice; 40 SENCOs trained.',
    proposedDeliveryStatus: 'at_risk',
    proposedImpactStatus: 'not_yet_complete',
    nextSteps: 'Second cohort in spring.',
    risks: 'Venue costs.',
  };

  it('takes an update from draft to approval, and only approval changes the official status', async () => {
    const s = await scene();
    const created = await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, draft);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      actionId: s.action.id, state: 'draft', stateLabel: 'Draft', allowedEvents: ['edit', 'submit'], version: 1,
      period: { id: s.period.id, title: s.period.title }, ...draft,
      action: { reference: s.action.reference, title: s.action.title, ownerPerson: { id: s.person.id }, deliveryStatus: 'on_track' },
      author: { userId: s.owner.user.id, personId: s.person.id, label: 'Action owner' },
      submittedAt: null, moderatedAt: null, moderatorComment: null,
    });
    const id = created.body.id;
    const official = async () => (await call(app, 'GET', `/api/actions/${s.action.id}`)).body;

    const edited = await callAs(app, s.owner, 'PATCH', `/api/updates/${id}`, { version: 1, proposedDeliveryStatus: 'off_track' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ proposedDeliveryStatus: 'off_track', version: 2, state: 'draft' });
    expect((await official()).deliveryStatus).toBe('on_track');

    const submitted = await callAs(app, s.owner, 'POST', `/api/updates/${id}/submit`, { version: 2 });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', allowedEvents: ['approve', 'return'], submittedBy: { userId: s.owner.user.id } });
    expect((await official())).toMatchObject({ deliveryStatus: 'on_track', version: 1 });

    const approved = await callAs(app, s.moderator, 'POST', `/api/updates/${id}/approve`, { version: 3, comment: 'Agreed at moderation.' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      state: 'approved', allowedEvents: [], moderatedBy: { userId: s.moderator.user.id, label: 'Service Director' }, moderatorComment: 'Agreed at moderation.',
    });
    expect(await official()).toMatchObject({ deliveryStatus: 'off_track', impactStatus: 'not_yet_complete', version: 2 });
    expect(approved.body.transitions.map((t: { event: string; toState: string }) => `${t.event}:${t.toState}`)).toEqual([
      'create:draft', 'submit:submitted', 'approve:approved',
    ]);
  });

  it('writes an audit event for every transition, and one for the action whose status it set', async () => {
    const s = await scene();
    const id = (await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, draft)).body.id;
    await callAs(app, s.owner, 'PATCH', `/api/updates/${id}`, { version: 1, nextSteps: 'Book venue.' });
    await decideUpdate(app, s.owner, id, 'submit');
    await decideUpdate(app, s.moderator, id, 'return', { comment: 'Say how many schools took part.' });
    await decideUpdate(app, s.owner, id, 'submit');
    await decideUpdate(app, s.moderator, id, 'approve');

    const events = (await call(app, 'GET', `/api/audit?entityType=status_update&entityId=${id}`)).body.items;
    expect(events.map((e: { action: string }) => e.action).reverse()).toEqual(['create', 'edit', 'submit', 'return', 'submit', 'approve']);
    expect(events[0]).toMatchObject({
      actor: { id: s.moderator.user.id, label: 'Service Director' },
      before: { state: 'submitted' },
      after: { state: 'approved', proposedDeliveryStatus: 'at_risk' },
    });
    const actionEvents = (await call(app, 'GET', `/api/audit?entityType=action&entityId=${s.action.id}`)).body.items;
    expect(actionEvents[0]).toMatchObject({
      action: 'approve_status', actor: { id: s.moderator.user.id },
      before: { deliveryStatus: 'on_track', version: 1 }, after: { deliveryStatus: 'at_risk', version: 2, statusUpdateId: id },
    });
  });

  it('returns an update with a comment; the author edits and resubmits it', async () => {
    const s = await scene();
    const id = (await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, draft)).body.id;
    await decideUpdate(app, s.owner, id, 'submit');

    const returned = await decideUpdate(app, s.moderator, id, 'return', { comment: '  Attach the training register.  ' });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({
      state: 'returned', stateLabel: 'Returned for changes', allowedEvents: ['edit', 'submit'],
      moderatorComment: 'Attach the training register.', moderatedBy: { userId: s.moderator.user.id },
    });

    const edited = await callAs(app, s.owner, 'PATCH', `/api/updates/${id}`, { version: returned.body.version, narrative: 'Register attached.' });
    expect(edited.body).toMatchObject({ state: 'returned', narrative: 'Register attached.', moderatorComment: 'Attach the training register.' });

    const resubmitted = await callAs(app, s.owner, 'POST', `/api/updates/${id}/submit`, { version: edited.body.version });
    expect(resubmitted.body).toMatchObject({ state: 'submitted', moderatorComment: null, moderatedBy: null });
    const history = resubmitted.body.transitions.map((t: { event: string; comment: string | null; by: { label: string } }) => [t.event, t.by.label, t.comment]);
    expect(history).toEqual([
      ['create', 'Action owner', null],
      ['submit', 'Action owner', null],
      ['return', 'Service Director', 'Attach the training register.'],
      ['submit', 'Action owner', null],
    ]);
  });

  it('refuses to return an update without saying why', async () => {
    const s = await scene();
    const id = (await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, draft)).body.id;
    await decideUpdate(app, s.owner, id, 'submit');
    for (const body of [{}, { comment: '   ' }]) {
      const res = await decideUpdate(app, s.moderator, id, 'return', body);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'comment', message: expect.stringMatching(/why the update is being returned/) }]);
    }
    expect((await call(app, 'GET', `/api/updates/${id}`)).body.state).toBe('submitted');
  });

  it('refuses approving your own update, and lets a second person approve it', async () => {
    const s = await scene();
    const id = (await callAs(app, s.manager, 'POST', `/api/actions/${s.action.id}/updates`, draft)).body.id;
    await decideUpdate(app, s.manager, id, 'submit');

    const own = await decideUpdate(app, s.manager, id, 'approve');
    expect(own.status).toBe(400);
    expect(own.body).toEqual({ message: 'You cannot approve your own update', errors: [{ field: 'moderatorId', message: 'You cannot approve your own update' }] });
    const ownReturn = await decideUpdate(app, s.manager, id, 'return', { comment: 'Not sure' });
    expect(ownReturn.status).toBe(400);
    expect(ownReturn.body.errors[0].field).toBe('moderatorId');
    expect((await call(app, 'GET', `/api/actions/${s.action.id}`)).body.deliveryStatus).toBe('on_track');

    const second = await decideUpdate(app, s.moderator, id, 'approve');
    expect(second.status).toBe(200);
    expect((await call(app, 'GET', `/api/actions/${s.action.id}`)).body.deliveryStatus).toBe('at_risk');
  });

  it('refuses approval by whoever submitted the update, and by the author under another account', async () => {
    const s = await scene();
    const id = (await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, draft)).body.id;
    await decideUpdate(app, s.manager, id, 'submit');
    expect((await decideUpdate(app, s.manager, id, 'approve')).status).toBe(400);
    const ownerAsModerator = await signInAs(app, 'Action owner (moderator account)', ['moderator'], s.person.id);
    const res = await decideUpdate(app, ownerAsModerator, id, 'approve');
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('You cannot approve your own update');
  });

  it('refuses an impact-evidenced proposal without impact evidence, saying why, and accepts it once evidence exists', async () => {
    const s = await scene({ deliveryStatus: 'complete' });
    const res = await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, {
      ...draft, proposedDeliveryStatus: 'complete', proposedImpactStatus: 'complete_impact_evidenced',
    });
    expect(res.status).toBe(201); // a draft may propose it; the evidence is checked on submission and approval
    const id = res.body.id;

    const refused = await decideUpdate(app, s.owner, id, 'submit');
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'proposedImpactStatus', message: expect.stringMatching(/evidence item shows impact on children and young people/) }]);

    const notImpact = await buildEvidence(app, s.action.id, { demonstratesImpact: false });
    expect((await decideUpdate(app, s.owner, id, 'submit')).status).toBe(400);

    const impact = await buildEvidence(app, s.action.id, { demonstratesImpact: true, title: 'Parent carer survey' });
    await callAs(app, s.owner, 'PATCH', `/api/updates/${id}`, { version: 1, evidenceIds: [impact.id, notImpact.id] });
    expect((await decideUpdate(app, s.owner, id, 'submit')).status).toBe(200);
    const approved = await decideUpdate(app, s.moderator, id, 'approve');
    expect(approved.status).toBe(200);
    expect(approved.body.evidence).toEqual(expect.arrayContaining([expect.objectContaining({ id: impact.id, title: 'Parent carer survey', demonstratesImpact: true })]));
    expect((await call(app, 'GET', `/api/actions/${s.action.id}`)).body.impactStatus).toBe('complete_impact_evidenced');
  });

  it('refuses approval when the impact evidence was archived after submission, and leaves the action as it was', async () => {
    const s = await scene({ deliveryStatus: 'complete' });
    const impact = await buildEvidence(app, s.action.id, { demonstratesImpact: true });
    const id = (await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, {
      ...draft, proposedDeliveryStatus: 'complete', proposedImpactStatus: 'complete_impact_evidenced',
    })).body.id;
    await decideUpdate(app, s.owner, id, 'submit');
    impact.archivedAt = new Date();
    await (await testDataSource(app)).getRepository(Evidence).save(impact);

    const res = await decideUpdate(app, s.moderator, id, 'approve');
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/Completed – impact evidenced.*evidence/);
    expect((await call(app, 'GET', `/api/updates/${id}`)).body.state).toBe('submitted');
    expect((await call(app, 'GET', `/api/actions/${s.action.id}`)).body).toMatchObject({ impactStatus: 'not_yet_complete', version: 1 });
    expect((await call(app, 'GET', `/api/audit?entityType=status_update&entityId=${id}`)).body.items.map((e: { action: string }) => e.action)).not.toContain('approve');
  });

  it('refuses a complete impact proposal while delivery is not complete', async () => {
    const s = await scene();
    const res = await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, { ...draft, proposedImpactStatus: 'complete_monitoring_impact' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('proposedImpactStatus');
  });

  it('refuses a stale version with 409 and the current update', async () => {
    const s = await scene();
    const id = (await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, draft)).body.id;
    await callAs(app, s.owner, 'PATCH', `/api/updates/${id}`, { version: 1, narrative: 'First edit' });
    const stale = await callAs(app, s.owner, 'PATCH', `/api/updates/${id}`, { version: 1, narrative: 'Second edit' });
    expect(stale.status).toBe(409);
    expect(stale.body.errors).toEqual([expect.objectContaining({ field: 'version' })]);
    expect(stale.body.current).toMatchObject({ id, narrative: 'First edit', version: 2 });
    expect((await callAs(app, s.owner, 'POST', `/api/updates/${id}/submit`, { version: 1 })).status).toBe(409);
    expect((await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, { version: 1, narrative: 'x' })).status).toBe(409);
  });

  it('needs the version on submit, approve and return: 400 on the version field when it is missing, 409 when stale', async () => {
    const s = await scene();
    const id = (await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, draft)).body.id;
    const versionRequired = [{ field: 'version', message: 'version must be the whole number the update was read at' }];

    const noVersion = await callAs(app, s.owner, 'POST', `/api/updates/${id}/submit`, {});
    expect([noVersion.status, noVersion.body.errors]).toEqual([400, versionRequired]);
    expect((await callAs(app, s.owner, 'POST', `/api/updates/${id}/submit`, { version: 'one' })).status).toBe(400);
    expect((await callAs(app, s.owner, 'POST', `/api/updates/${id}/submit`, { version: 1 })).status).toBe(200);

    for (const [verb, body] of [['approve', {}], ['return', { comment: 'Add the numbers.' }]] as const) {
      const missing = await callAs(app, s.moderator, 'POST', `/api/updates/${id}/${verb}`, body);
      expect([verb, missing.status, missing.body.errors]).toEqual([verb, 400, versionRequired]);
      const stale = await callAs(app, s.moderator, 'POST', `/api/updates/${id}/${verb}`, { ...body, version: 1 });
      expect([verb, stale.status]).toEqual([verb, 409]);
      expect(stale.body.errors).toEqual([expect.objectContaining({ field: 'version' })]);
      expect(stale.body.current).toMatchObject({ id, state: 'submitted', version: 2 });
    }
    // Nothing was decided by the refused requests.
    expect((await call(app, 'GET', `/api/updates/${id}`)).body).toMatchObject({ state: 'submitted', version: 2 });
    expect((await callAs(app, s.moderator, 'POST', `/api/updates/${id}/approve`, { version: 2 })).status).toBe(200);
  });

  it('keeps one update per action per period: a second POST edits the draft, and is refused once submitted', async () => {
    const s = await scene();
    const first = await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, draft);
    const again = await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, { periodId: s.period.id, risks: 'None now.' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, risks: 'None now.', narrative: draft.narrative, version: 2 });

    await decideUpdate(app, s.owner, first.body.id, 'submit');
    const refused = await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, draft);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/already has an update for .* awaiting moderation/);
    expect(refused.body.current).toMatchObject({ id: first.body.id, state: 'submitted' });
  });

  it('refuses to submit an update that says nothing about progress', async () => {
    const s = await scene();
    const id = (await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, {})).body.id;
    const res = await decideUpdate(app, s.owner, id, 'submit');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'narrative', message: 'Describe the progress made this period before submitting the update.' }]);
  });

  it('proposes the official statuses by default', async () => {
    const s = await scene({ deliveryStatus: 'at_risk' });
    const res = await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, { narrative: 'No change.' });
    expect(res.body).toMatchObject({ proposedDeliveryStatus: 'at_risk', proposedImpactStatus: 'not_yet_complete' });
  });

  it('refuses edits once submitted or approved, and moderation of an update not submitted', async () => {
    const s = await scene();
    const id = (await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, draft)).body.id;
    const early = await decideUpdate(app, s.moderator, id, 'approve');
    expect(early.status).toBe(400);
    expect(early.body.errors[0]).toEqual({ field: 'state', message: expect.stringMatching(/Only a submitted update can be approved/) });
    await decideUpdate(app, s.owner, id, 'submit');
    const edit = await callAs(app, s.owner, 'PATCH', `/api/updates/${id}`, { version: 2, narrative: 'late change' });
    expect(edit.status).toBe(400);
    expect(edit.body.errors[0].field).toBe('state');
    await decideUpdate(app, s.moderator, id, 'approve');
    expect((await decideUpdate(app, s.moderator, id, 'return', { comment: 'Too late' })).body.message).toMatch(/approved and is final/);
  });

  it('answers 400 when no period is open, or the chosen period is not open', async () => {
    const t = await buildPlan(app);
    const person = await buildPerson(app, t);
    const action = await buildAction(app, t, { ownerPersonId: person.id });
    const owner = await signInAs(app, 'Owner', ['action_owner'], person.id);
    const none = await callAs(app, owner, 'POST', `/api/actions/${action.id}/updates`, draft);
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([{ field: 'periodId', message: expect.stringMatching(/No reporting period is open/) }]);

    const closed = await openPeriod(app, t.plan.id, { opensOn: '2024-01-01', updateDeadline: '2024-01-20', boardDate: '2024-02-01' });
    const upcoming = await openPeriod(app, t.plan.id, { opensOn: daysFromToday(30), updateDeadline: daysFromToday(40), boardDate: daysFromToday(50) });
    expect((await callAs(app, owner, 'POST', `/api/actions/${action.id}/updates`, { periodId: closed.id })).body.errors[0].message).toMatch(/closed when the board met/);
    expect((await callAs(app, owner, 'POST', `/api/actions/${action.id}/updates`, { periodId: upcoming.id })).body.errors[0].message).toMatch(/opens on/);
    const otherPlan = await buildPlan(app);
    const foreign = await openPeriod(app, otherPlan.plan.id);
    const res = await callAs(app, owner, 'POST', `/api/actions/${action.id}/updates`, { periodId: foreign.id });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('periodId');
  });

  it('links only the action\'s own live evidence', async () => {
    const s = await scene();
    const other = await buildAction(app, s.t);
    const foreign = await buildEvidence(app, other.id);
    const archived = await buildEvidence(app, s.action.id, { archivedAt: new Date() });
    const own = await buildEvidence(app, s.action.id);
    const res = await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, { ...draft, evidenceIds: [own.id, foreign.id, archived.id] });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('evidenceIds');
    expect(res.body.errors[0].message).toContain(foreign.id);
    expect(res.body.errors[0].message).toContain(archived.id);
    expect(res.body.errors[0].message).not.toContain(own.id);
    const ok = await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, { ...draft, evidenceIds: [own.id, own.id] });
    expect(ok.body.evidenceIds).toEqual([own.id]);
  });

  it('refuses moderation by a moderator who owns the action, as its owner or through their organisation', async () => {
    const s = await scene();
    const id = (await callAs(app, s.manager, 'POST', `/api/actions/${s.action.id}/updates`, draft)).body.id;
    await decideUpdate(app, s.manager, id, 'submit');
    const ownerModerator = await signInAs(app, 'Director who owns the action', ['moderator'], s.person.id);
    const orgModerator = await signIn(app, await createUser(app, {
      roles: ['moderator', 'action_owner'], organisationId: s.t.council.id, canEditOrganisationActions: true, displayName: 'Council moderator',
    }));
    const message = 'You cannot moderate an update on an action you own: another moderator or plan manager must approve or return it.';
    for (const moderator of [ownerModerator, orgModerator]) {
      const approve = await decideUpdate(app, moderator, id, 'approve');
      expect(approve.status).toBe(400);
      expect(approve.body).toEqual({ message, errors: [{ field: 'moderatorId', message }] });
      const giveBack = await decideUpdate(app, moderator, id, 'return', { comment: 'Needs figures' });
      expect(giveBack.status).toBe(400);
      expect(giveBack.body.errors[0]).toEqual({ field: 'moderatorId', message });
    }
    expect((await call(app, 'GET', `/api/updates/${id}`)).body.state).toBe('submitted');
    expect((await decideUpdate(app, s.moderator, id, 'approve')).status).toBe(200);
  });

  it('lets only the action\'s owner or a plan manager write, and only a moderator or plan manager moderate', async () => {
    const s = await scene();
    const stranger = await signInAs(app, 'Another owner', ['action_owner'], (await buildPerson(app, s.t)).id);
    const refused = await callAs(app, stranger, 'POST', `/api/actions/${s.action.id}/updates`, draft);
    expect(refused.status).toBe(403);
    expect((await callAs(app, await signInAs(app, 'Viewer', ['viewer']), 'POST', `/api/actions/${s.action.id}/updates`, draft)).status).toBe(403);
    expect((await callAs(app, null, 'POST', `/api/actions/${s.action.id}/updates`, draft)).status).toBe(401);

    const id = (await callAs(app, s.manager, 'POST', `/api/actions/${s.action.id}/updates`, draft)).body.id;
    expect((await callAs(app, stranger, 'PATCH', `/api/updates/${id}`, { version: 1, narrative: 'mine now' })).status).toBe(403);
    await decideUpdate(app, s.owner, id, 'submit');
    expect((await decideUpdate(app, s.owner, id, 'approve')).status).toBe(403);
    expect((await decideUpdate(app, stranger, id, 'return', { comment: 'no' })).status).toBe(403);
  });

  it('answers bad input field by field, and unknown ids with 404', async () => {
    const s = await scene();
    const bad = await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, {
      narrative: 'x'.repeat(10001), proposedDeliveryStatus: 'green', evidenceIds: ['nope'], periodId: 'nope', extra: true,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['narrative', 'proposedDeliveryStatus', 'evidenceIds', 'periodId', 'extra']),
    );
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await call(app, 'GET', `/api/updates/${missing}`)).status).toBe(404);
    expect((await call(app, 'GET', '/api/updates/not-an-id')).status).toBe(404);
    expect((await callAs(app, s.owner, 'POST', `/api/actions/${missing}/updates`, draft)).status).toBe(404);
    expect((await callAs(app, s.moderator, 'POST', `/api/updates/${missing}/approve`, { version: 1 })).status).toBe(404);
    expect((await call(app, 'GET', `/api/actions/${missing}/updates`)).status).toBe(404);
    expect((await call(app, 'GET', '/api/updates?state=rejected')).body.errors[0].field).toBe('state');
  });

  it('serves the moderation queue by plan, period and state, longest waiting first, with each action\'s reference, title and owner', async () => {
    const s = await scene();
    const second = await buildAction(app, s.t, { reference: '2.1', priorityAreaId: s.t.areas[1].id, ownerPersonId: s.person.id });
    const third = await buildAction(app, s.t, { reference: '1.1', ownerPersonId: s.person.id });
    const ids = [];
    for (const a of [s.action, second, third]) {
      ids.push((await callAs(app, s.owner, 'POST', `/api/actions/${a.id}/updates`, draft)).body.id);
    }
    await decideUpdate(app, s.owner, ids[1], 'submit');
    await decideUpdate(app, s.owner, ids[2], 'submit');

    const queue = (await call(app, 'GET', `/api/updates?planId=${s.t.plan.id}&periodId=${s.period.id}&state=submitted`)).body;
    expect(queue).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    // Longest waiting first: 2.1 was submitted before 1.1.
    expect(queue.items.map((u: { action: { reference: string } }) => u.action.reference)).toEqual(['2.1', '1.1']);
    expect(queue.items[0].action).toMatchObject({ title: 'Test action', ownerPerson: { id: s.person.id, name: s.person.name }, ownerOrganisation: { id: s.t.council.id } });

    const page = (await call(app, 'GET', `/api/updates?planId=${s.t.plan.id}&pageSize=2&page=2`)).body;
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items).toHaveLength(1);
    expect((await call(app, 'GET', `/api/updates?planId=${s.t.plan.id}&state=draft`)).body.items.map((u: { id: string }) => u.id)).toEqual([ids[0]]);
  });

  it('lists an action\'s updates newest period first, with who moved each and when', async () => {
    const s = await scene();
    const older = await openPeriod(app, s.t.plan.id, { opensOn: daysFromToday(-20), updateDeadline: daysFromToday(-5), boardDate: daysFromToday(2) });
    const first = (await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, { ...draft, periodId: older.id })).body.id;
    await decideUpdate(app, s.owner, first, 'submit');
    await decideUpdate(app, s.moderator, first, 'return', { comment: 'Add numbers.' });
    const latest = (await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, { ...draft, periodId: s.period.id })).body.id;

    const history = (await call(app, 'GET', `/api/actions/${s.action.id}/updates`)).body;
    expect(history.total).toBe(2);
    expect(history.items.map((u: { id: string }) => u.id)).toEqual([latest, first]);
    expect(history.items[1]).toMatchObject({ state: 'returned', moderatorComment: 'Add numbers.', period: { id: older.id } });
    expect(history.items[1].transitions).toEqual([
      expect.objectContaining({ event: 'create', fromState: null, toState: 'draft', by: expect.objectContaining({ label: 'Action owner' }) }),
      expect.objectContaining({ event: 'submit', fromState: 'draft', toState: 'submitted' }),
      expect.objectContaining({ event: 'return', fromState: 'submitted', toState: 'returned', comment: 'Add numbers.', by: expect.objectContaining({ userId: s.moderator.user.id }) }),
    ]);
    for (const t of history.items[1].transitions) expect(Date.parse(t.at)).not.toBeNaN();
  });

  it("shows draft and returned updates only to the action's editors, moderators and plan managers", async () => {
    const s = await scene();
    const submittedAction = await buildAction(app, s.t, { ownerPersonId: s.person.id });
    const returnedAction = await buildAction(app, s.t, { ownerPersonId: s.person.id });
    const drafted = (await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, draft)).body.id;
    const submitted = (await callAs(app, s.owner, 'POST', `/api/actions/${submittedAction.id}/updates`, draft)).body.id;
    await decideUpdate(app, s.owner, submitted, 'submit');
    const returned = (await callAs(app, s.owner, 'POST', `/api/actions/${returnedAction.id}/updates`, draft)).body.id;
    await decideUpdate(app, s.owner, returned, 'submit');
    await decideUpdate(app, s.moderator, returned, 'return', { comment: 'Add figures.' });

    const board = await signInAs(app, 'Board member', ['board_member']);
    const viewer = await signInAs(app, 'Viewer', ['viewer']);
    const stranger = await signInAs(app, 'Another owner', ['action_owner'], (await buildPerson(app, s.t)).id);
    const colleague = await signIn(app, await createUser(app, { roles: ['action_owner'], organisationId: s.t.council.id, canEditOrganisationActions: true }));
    const listed = async (who: typeof board) =>
      ((await callAs(app, who, 'GET', `/api/updates?planId=${s.t.plan.id}`)).body.items as { id: string }[]).map((u) => u.id).sort();

    for (const who of [board, viewer, stranger]) {
      expect((await callAs(app, who, 'GET', `/api/updates/${drafted}`)).status).toBe(404);
      expect((await callAs(app, who, 'GET', `/api/updates/${returned}`)).status).toBe(404);
      expect((await callAs(app, who, 'GET', `/api/updates/${submitted}`)).status).toBe(200);
      expect(await listed(who)).toEqual([submitted]);
      expect((await callAs(app, who, 'GET', `/api/updates?planId=${s.t.plan.id}&state=draft`)).body).toMatchObject({ total: 0, items: [] });
      expect((await callAs(app, who, 'GET', `/api/actions/${s.action.id}/updates`)).body).toMatchObject({ total: 0, items: [] });
      const progress = (await callAs(app, who, 'GET', `/api/plans/${s.t.plan.id}/periods/${s.period.id}/progress`)).body;
      const row = (id: string) => progress.actions.find((a: { action: { id: string } }) => a.action.id === id);
      expect(row(s.action.id)).toMatchObject({ updateState: 'draft', update: null });
      expect(row(returnedAction.id)).toMatchObject({ updateState: 'returned', update: null });
      expect(row(submittedAction.id)).toMatchObject({ updateState: 'submitted', update: { id: submitted } });
    }
    for (const who of [s.owner, colleague, s.moderator, s.manager]) {
      expect((await callAs(app, who, 'GET', `/api/updates/${drafted}`)).status).toBe(200);
      expect(await listed(who)).toEqual([drafted, returned, submitted].sort());
      expect((await callAs(app, who, 'GET', `/api/actions/${s.action.id}/updates`)).body.total).toBe(1);
      const progress = (await callAs(app, who, 'GET', `/api/plans/${s.t.plan.id}/periods/${s.period.id}/progress`)).body;
      expect(progress.actions.find((a: { action: { id: string } }) => a.action.id === s.action.id).update).toEqual({ id: drafted, state: 'draft' });
    }

    // Nor does the audit trail show a board member what a draft said.
    const trail = async (who: typeof board, id: string) =>
      ((await callAs(app, who, 'GET', `/api/audit?entityType=status_update&entityId=${id}`)).body.items as { action: string }[]).map((e) => e.action);
    expect(await trail(board, drafted)).toEqual([]);
    expect(await trail(board, returned)).toEqual(['submit']);
    expect(await trail(s.moderator, drafted)).toEqual(['create']);
    expect(await trail(s.moderator, returned)).toEqual(['return', 'submit', 'create']);
  });

  it('refuses updates on an archived action', async () => {
    const s = await scene();
    await call(app, 'POST', `/api/actions/${s.action.id}/archive`, { version: 1 });
    const res = await callAs(app, s.owner, 'POST', `/api/actions/${s.action.id}/updates`, draft);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/archived/);
  });
});
