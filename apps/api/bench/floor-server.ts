/*
 * The floors for this stack: each measured read served by a bare node:http handler that runs the
 * API's own statements (imported from the modules the API uses, so they cannot drift) with `pg`
 * directly and answers the same JSON as the API's route. No framework, no sign-in, no validation
 * beyond the parameters' shape: nothing the API could skip. As the API does, it works as the app's
 * role under row-level security, reading each plan with the plan's own local area in sight
 * (looked up within the reader's areas, LOCAL_AREA_IDS, and remembered, by the same code as the API).
 *
 *   GET /summary/:planId              = GET /api/plans/:planId/summary
 *   GET /summary/:planId?asAt=day     = GET /api/plans/:planId/summary?asAt=day
 *   GET /changes/:planId?from=&to=    = GET /api/plans/:planId/changes?from=&to=
 *   GET /actions/:planId?deliveryStatus=  = GET /api/actions?planId=&deliveryStatus= (the first page of 50)
 *   GET /owner/summary/:planId        the summary as the tables' owner, whom row-level security does not hold:
 *                                     what the summary costs without it, to read that cost off
 *
 * Run as its own process: DATABASE_URL, PORT and LOCAL_AREA_IDS from the environment; prints "listening" when ready.
 */
import { todayIso } from '@send/domain';
import { createServer, type ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { runInLocalAreas, scopePoolToLocalAreas } from '../src/db/local-area-context';
import { PlanLocalAreas } from '../src/local-area/plan-local-area';
import { DELIVERY_STATUSES, type DeliveryStatus } from '@send/domain';
import { actionListParams, type ActionListRow, actionListStatement, toActionListItem } from '../src/action/action-list';
import { MISSED_DEADLINES_SQL, type MissedDeadlineRow, PLAN_EXISTS_SQL, STATUS_CHANGES_SQL, type StatusChangeRow, toPlanChanges } from '../src/plan/plan-changes';
import { SUMMARY_SQL, type SummaryRow, toPlanSummary } from '../src/plan/plan-summary';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ROUTE = /^\/(owner\/)?(summary|changes|actions)\/([^/?]+)(?:\?(.*))?$/;
/** The API's role (APP_DATABASE_ROLE in src/db/data-source.ts, which the floor does not load: it brings TypeORM). */
const APP_ROLE = 'send_app';

// The same pool as the API's: its size, its role, its per-connection local-area setting.
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: `-c role=${APP_ROLE}` });
scopePoolToLocalAreas(pool);
const planAreas = new PlanLocalAreas(pool);
// The owner's pool: the same size, no role, no local-area setting (row-level security does not apply to the owner).
const ownerPool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const readerAreas = (process.env.LOCAL_AREA_IDS ?? '').split(',').filter(Boolean);

const json = (res: ServerResponse, status: number, body: string) =>
  // With its length given, as Fastify gives it: without, node:http answers chunked, which costs more.
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
const notFound = (res: ServerResponse, message = 'Not found') => json(res, 404, JSON.stringify({ message, errors: [] }));

async function answer(route: string, planId: string, params: URLSearchParams, res: ServerResponse) {
  const scope = await planAreas.scopeFor(planId, readerAreas);
  return runInLocalAreas(scope, () => answerWith(pool, route, planId, params, res));
}

async function answerWith(pool: Pool, route: string, planId: string, params: URLSearchParams, res: ServerResponse) {
  if (route === 'summary') {
    const asAt = params.get('asAt');
    if (asAt !== null && !DAY.test(asAt)) return notFound(res);
    const day = asAt ?? todayIso();
    const source = asAt ? 'asAt' : 'current';
    const { rows } = await pool.query<SummaryRow>({ name: `plan-summary-${source}`, text: SUMMARY_SQL[source], values: [planId, day] });
    if (rows.length === 0) return notFound(res, `There is no plan with id ${planId}`);
    return json(res, 200, JSON.stringify(toPlanSummary(planId, day, rows)));
  }
  if (route === 'actions') {
    const deliveryStatus = params.get('deliveryStatus') ?? undefined;
    if (deliveryStatus !== undefined && !DELIVERY_STATUSES.includes(deliveryStatus as DeliveryStatus)) return notFound(res);
    const day = todayIso();
    const query = { planId, deliveryStatus: deliveryStatus as DeliveryStatus | undefined, page: 1, pageSize: 50 };
    const { name, text } = actionListStatement(query);
    const { rows } = await pool.query<ActionListRow>({ name, text, values: actionListParams(query, day) });
    const page = { items: rows.map((row) => toActionListItem(row, day)), total: Number(rows[0]?.total ?? 0), page: 1, pageSize: 50 };
    return json(res, 200, JSON.stringify(page));
  }
  const [from, to] = [params.get('from') ?? '', params.get('to') ?? ''];
  if (!DAY.test(from) || !DAY.test(to) || from > to) return notFound(res);
  const [found, changes, missed] = await Promise.all([
    pool.query<{ found: boolean }>({ name: 'plan-exists', text: PLAN_EXISTS_SQL, values: [planId] }),
    pool.query<StatusChangeRow>({ name: 'plan-status-changes', text: STATUS_CHANGES_SQL, values: [planId, from, to] }),
    pool.query<MissedDeadlineRow>({ name: 'plan-missed-deadlines', text: MISSED_DEADLINES_SQL, values: [planId, from, to] }),
  ]);
  if (!found.rows[0]?.found) return notFound(res, `There is no plan with id ${planId}`);
  return json(res, 200, JSON.stringify(toPlanChanges(planId, from, to, changes.rows, missed.rows)));
}

const server = createServer((req, res) => {
  const match = ROUTE.exec(req.url ?? '');
  if (req.method !== 'GET' || !match || !UUID.test(match[3])) return void notFound(res);
  const [owner, route, planId, query] = [!!match[1], match[2], match[3], new URLSearchParams(match[4] ?? '')];
  (owner ? answerWith(ownerPool, route, planId, query, res) : answer(route, planId, query, res)).catch((error: unknown) => {
    console.error(error);
    json(res, 500, '{"message":"Internal error","errors":[]}');
  });
});

server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log('listening'));
process.once('SIGTERM', () => {
  server.close();
  void Promise.all([pool.end(), ownerPool.end()]).then(() => process.exit(0));
});
