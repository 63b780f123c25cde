import { DataSource } from 'typeorm';
import { download } from './files';
import { plymouthPlanId } from './governance';
import { bootTestApp, call, TestApp, testDataSource, unique } from './test-app';
import { postForm, XLSX_TYPE } from './tracker';

/**
 * The tracker the product exports is a file a plan manager may edit and import again: exported
 * as it is, it must read back into the same plan with nothing to change and nothing to resolve.
 */
describe('the exported tracker imported again', () => {
  let app: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    app = await bootTestApp();
    db = (await testDataSource(app));
  });
  afterAll(() => app.close());

  const FILES = [
    ['tracker.xlsx', XLSX_TYPE],
    ['tracker.csv', 'text/csv'],
  ] as const;

  async function reimport(planId: string, file: string, type: string) {
    const exported = await download(app, `/api/plans/${planId}/reports/${file}`);
    expect(exported.status).toBe(200);
    return postForm(app, '/api/imports', { planId }, { name: `exported ${file}`, content: exported.bytes, type });
  }

  // Previewed only: the seeded plan is shared with other specs, so nothing is committed to it.
  it.each(FILES)('reads the Plymouth plan’s %s back as 55 unchanged actions in 9 unchanged priority areas', async (file, type) => {
    const planId = await plymouthPlanId(app);
    const res = await reimport(planId, file, type);
    expect(res.status).toBe(201);
    expect(res.body.problems).toEqual([]);
    expect(res.body).toMatchObject({
      problemCount: 0,
      canCommit: true,
      plan: {
        action: 'update',
        planId,
        priorityAreas: { new: 0, changed: 0, unchanged: 9 },
        actions: { new: 0, changed: 0, unchanged: 55, notInFile: 0 },
        organisations: { new: 0 },
        people: { new: 0 },
      },
      rowCounts: { actions: 55, skipped: 0, withProblems: 0 },
    });
    if (file === 'tracker.xlsx') expect(res.body.sheet).toBe('All actions');
  });

  it.each(FILES)('commits a plan’s own %s without changing any record or writing any audit event but the import’s', async (file, type) => {
    const u = unique('rt');
    const organisation = async (name: string) =>
      (await call(app, 'POST', '/api/organisations', { key: unique('org'), name: `${name} ${u}`, kind: 'council' })).body;
    const council = await organisation('Roundtrip Council');
    const icb = await organisation('Roundtrip ICB');
    const forum = await organisation('Roundtrip Parent Carer Forum');
    const person = (await call(app, 'POST', '/api/people', { name: `Alex Lead ${u}`, jobTitle: 'Head of SEND', organisationId: council.id })).body;
    const plan = (await call(app, 'POST', '/api/plans', { slug: unique('plan'), title: `Round trip plan ${u}`, localArea: 'Roundshire' })).body;
    const areas = [];
    for (const [number, title] of [[1, 'Leadership and governance'], [2, 'Identification of need']] as const) {
      areas.push((await call(app, 'POST', '/api/priority-areas', { planId: plan.id, number, title })).body);
    }
    const actions = [
      {
        priorityAreaId: areas[0].id, reference: '1.1', title: 'Set up the board', description: 'Independent chair; meets every six weeks.',
        ownerOrganisationId: council.id, ownerPersonId: person.id, partnerOrganisationIds: [icb.id, forum.id],
        startDate: '2024-09-01', dueDate: '2025-03-31', deliveryStatus: 'on_track',
      },
      { priorityAreaId: areas[0].id, reference: '1.10', title: 'Publish the strategy', ownerOrganisationId: council.id, dueDate: '2025-07-31', deliveryStatus: 'at_risk' },
      {
        priorityAreaId: areas[1].id, reference: '2.1', title: 'Train every SENCO', ownerOrganisationId: icb.id,
        deliveryStatus: 'complete', impactStatus: 'complete_monitoring_impact',
      },
      { priorityAreaId: areas[1].id, reference: '2.2', title: '=SUM(A1:A2) is not a formula here', ownerOrganisationId: forum.id, deliveryStatus: 'off_track' },
    ];
    for (const a of actions) {
      const res = await call(app, 'POST', '/api/actions', a);
      expect(res.status).toBe(201);
    }
    const before = await snapshot(plan.id);

    const res = await reimport(plan.id, file, type);
    expect(res.status).toBe(201);
    expect(res.body.problems).toEqual([]);
    expect(res.body.plan).toMatchObject({
      priorityAreas: { new: 0, changed: 0, unchanged: 2 },
      actions: { new: 0, changed: 0, unchanged: 4, notInFile: 0 },
      organisations: { new: 0 },
      people: { new: 0 },
    });
    const committed = await call(app, 'POST', `/api/imports/${res.body.id}/commit`, { version: res.body.version });
    expect(committed.status).toBe(200);
    expect(committed.body.result.actions).toEqual({ new: 0, changed: 0, unchanged: 4 });
    expect(await snapshot(plan.id)).toEqual(before);
  });

  /** Every record an import can touch, with its version, and the audit trail apart from imports. */
  async function snapshot(planId: string) {
    return {
      actions: await db.query(
        `SELECT reference, title, description, owner_organisation_id, owner_person_id, start_date, due_date, delivery_status, impact_status, version,
                (SELECT array_agg(organisation_id ORDER BY organisation_id) FROM action_partner p WHERE p.action_id = a.id) AS partners
           FROM action a WHERE plan_id = $1 ORDER BY reference`,
        [planId],
      ),
      priorityAreas: await db.query('SELECT number, title, version FROM priority_area WHERE plan_id = $1 ORDER BY number', [planId]),
      audit: Number((await db.query("SELECT count(*) FROM audit_event WHERE plan_id = $1 AND entity_type <> 'import'", [planId]))[0].count),
      statusHistory: Number((await db.query('SELECT count(*) FROM action_status_history WHERE plan_id = $1', [planId]))[0].count),
    };
  }
});
