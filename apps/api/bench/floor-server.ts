/*
 * The floor for this stack: the plan summary served by a bare node:http handler that runs the
 * summary query with `pg` directly and answers the same JSON as GET /api/plans/:id/summary.
 * No framework, no sign-in, no validation beyond the id's shape: nothing the API could skip.
 *
 * Run as its own process: DATABASE_URL and PORT from the environment; prints "listening" when ready.
 */
import { todayIso } from '@send/domain';
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { summarySql, type SummaryRow, toPlanSummary } from '../src/plan/plan-summary';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROUTE = /^\/summary\/([^/?]+)$/;

// The same pool size as the API's.
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const sql = summarySql('current');

const server = createServer((req, res) => {
  const match = ROUTE.exec(req.url ?? '');
  if (req.method !== 'GET' || !match || !UUID.test(match[1])) {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not found","errors":[]}');
    return;
  }
  const planId = match[1];
  const day = todayIso();
  pool.query<SummaryRow>({ name: 'plan-summary', text: sql, values: [planId, day] }).then(
    ({ rows }) => {
      if (rows.length === 0) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(`{"message":"There is no plan with id ${planId}","errors":[]}`);
        return;
      }
      // With its length given, as Fastify gives it: without, node:http answers chunked, which costs more.
      const body = JSON.stringify(toPlanSummary(planId, day, rows));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
    },
    (error: unknown) => {
      console.error(error);
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"Internal error","errors":[]}');
    },
  );
});

server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log('listening'));
process.once('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
