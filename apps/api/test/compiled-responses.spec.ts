import { todayIso } from '@send/domain';
import { ActionService } from '../src/action/action.service';
import { ActionQueryDto } from '../src/action/dto/action-query.dto';
import { responseSchemaOf } from '../src/common/compiled-response';
import { runInLocalAreas } from '../src/db/local-area-context';
import { ExceptionService } from '../src/exception/exception.service';
import { PlanService } from '../src/plan/plan.service';
import { plymouthPlanId } from './governance';
import { adminSession, bootTestApp, buildAction, buildPlan, TestApp } from './test-app';

/**
 * The routes whose answers are written by a serialiser compiled from the OpenAPI schema of their
 * response class: each answers exactly what its service answered, so a field missing from the class
 * (which the serialiser would leave out) fails here.
 */
describe('compiled responses', () => {
  let app: TestApp;
  beforeAll(async () => (app = await bootTestApp()));
  afterAll(() => app.close());

  const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

  it('the action list, the changes and the exceptions answer what their services answer', async () => {
    const t = await buildPlan(app);
    await buildAction(app, t, { reference: '1.1', deliveryStatus: 'complete', impactStatus: 'complete_monitoring_impact' });
    await buildAction(app, t, { reference: '1.2', deliveryStatus: 'off_track', dueDate: '2021-05-01' });
    const admin = await adminSession(app);
    const plymouth = await plymouthPlanId(app);
    const asAdmin = <T>(work: () => Promise<T>) => runInLocalAreas([admin.user.localAreaId], work);
    const get = async (url: string) => {
      const res = await app.inject({ method: 'GET', url, headers: { cookie: admin.cookie } });
      expect(res.statusCode).toBe(200);
      return res.json<unknown>();
    };

    for (const planId of [t.plan.id, plymouth]) {
      const lists: [Record<string, string>, Partial<ActionQueryDto>][] = [
        [{}, {}],
        [{ deliveryStatus: 'off_track' }, { deliveryStatus: 'off_track' }],
        [{ overdue: 'true' }, { overdue: true }],
        [{ asAt: '2025-01-31' }, { asAt: '2025-01-31' }],
        [{ q: '1.', page: '2', pageSize: '5' }, { q: '1.', page: 2, pageSize: 5 }],
      ];
      for (const [params, fields] of lists) {
        const query = Object.assign(new ActionQueryDto(), { planId, ...fields });
        expect(await get(`/api/actions?${new URLSearchParams({ planId, ...params }).toString()}`)).toEqual(plain(await asAdmin(() => app.get(ActionService).findActions(query))));
      }
      for (const [from, to] of [['2023-01-01', todayIso()], ['2024-06-01', '2025-01-31']]) {
        expect(await get(`/api/plans/${planId}/changes?from=${from}&to=${to}`)).toEqual(plain(await asAdmin(() => app.get(PlanService).getChanges(planId, from, to))));
      }
      for (const asAt of [undefined, '2025-01-31']) {
        expect(await get(`/api/plans/${planId}/exceptions${asAt ? `?asAt=${asAt}` : ''}`)).toEqual(plain(await asAdmin(() => app.get(ExceptionService).findExceptions(planId, asAt))));
      }
    }
    // The demo plan's answers hold every kind of field (nullable owners, partners, inconsistencies, periods).
    const list = (await get(`/api/actions?planId=${plymouth}&pageSize=100`)) as { items: Record<string, unknown>[] };
    expect(list.items.some((a) => a.ownerPerson !== null)).toBe(true);
    expect(list.items.some((a) => Array.isArray(a.partners) && a.partners.length > 0)).toBe(true);
  });

  it('turns the OpenAPI schema into one the serialiser writes faithfully', () => {
    const document = {
      openapi: '3.0.0', info: { title: 't', version: '1' }, paths: {},
      components: {
        schemas: {
          Ref: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] },
          Status: { type: 'string', enum: ['a', 'b'] },
          Answer: {
            type: 'object',
            properties: {
              owner: { nullable: true, type: 'object', allOf: [{ $ref: '#/components/schemas/Ref' }] },
              status: { allOf: [{ $ref: '#/components/schemas/Status' }] },
              count: { type: 'integer' },
              due: { type: 'string', format: 'date', nullable: true },
              list: { type: 'array', items: { $ref: '#/components/schemas/Ref' } },
            },
            required: ['owner', 'status', 'count'],
          },
        },
      },
    };
    expect(responseSchemaOf(document, 'Answer')).toEqual({
      type: 'object',
      properties: {
        owner: { type: ['object', 'null'], properties: { id: { type: 'string' } } },
        status: { type: 'string' },
        count: { type: 'number' },
        due: { type: ['string', 'null'] },
        list: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } },
      },
    });
    expect(() => responseSchemaOf(document, 'Missing')).toThrow('No schema named Missing');
  });
});
