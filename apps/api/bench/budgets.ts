import type { Sample } from './load';

/** One route at one number of connections: medians over the rounds. */
export interface Cell {
  route: string;
  label: string;
  /** The floor route it is compared with (itself, for a floor); none: no floor of its own. */
  floor?: string;
  connections: number;
  rounds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Median over the rounds of (this route's requests/s) / (the floor's in the same round). */
  floorRatio: number;
  /** Median over the rounds of (this route's p95) / (the floor's in the same round). */
  p95FloorRatio: number;
}

export interface ExportTiming {
  name: string;
  route: string;
  budgetMs: number;
  status: 'measured' | 'not available';
  /** Median of the timed requests, end to end. */
  ms?: number;
  bytes?: number;
  note?: string;
}

export type PacedStats = Pick<Sample, 'requestsPerSecond' | 'p50' | 'p95' | 'p99'>;

export interface Measured {
  cells: Record<string, Cell>;
  paced?: {
    rate: number;
    connections: number;
    secondsPerRound: number;
    rounds: number;
    /** Medians over the rounds. */
    api: PacedStats;
    floor: PacedStats;
  };
  exports: ExportTiming[];
}

export interface BudgetResult {
  name: string;
  limit: string;
  measured: string;
  status: 'met' | 'missed' | 'not available';
}

const ms = (n: number) => `${n.toFixed(2)} ms`;
const pct = (n: number) => `${(n * 100).toFixed(0)}%`;
const verdict = (ok: boolean): BudgetResult['status'] => (ok ? 'met' : 'missed');

/** The read routes held to their own floors (the summary's budget is its own, below). */
const ROUTES_AGAINST_FLOOR = ['offTrack', 'changes', 'asAt'];
/** The read routes with their p95 held under P95_AT_50_MS at 50 connections. */
const ROUTES_AT_50 = ['summary', 'offTrack', 'changes', 'asAt'];
const P95_AT_50_MS = 50;
const LARGE_PLAN_AS_AT_P95_MS = 20;

/** The issue's budgets, judged on the medians of the rounds. */
export function checkBudgets(m: Measured): BudgetResult[] {
  const summary = m.cells['summary@10'];
  const floor = m.cells['floor@10'];
  const results: BudgetResult[] = [
    {
      name: 'summary throughput vs its floor, 10 connections',
      limit: '>= 100% of the floor',
      measured: `${pct(summary.floorRatio)} (${summary.requestsPerSecond.toFixed(0)} vs ${floor.requestsPerSecond.toFixed(0)} requests/s)`,
      status: verdict(summary.floorRatio >= 1),
    },
    {
      name: 'summary p95 vs its floor, 10 connections',
      limit: '<= 1.2x the floor',
      measured: `${summary.p95FloorRatio.toFixed(2)}x (${ms(summary.p95)} vs ${ms(floor.p95)})`,
      status: verdict(summary.p95FloorRatio <= 1.2),
    },
  ];
  for (const key of ROUTES_AGAINST_FLOOR) {
    const cell = m.cells[`${key}@10`];
    const own = cell.floor ? m.cells[`${cell.floor}@10`] : undefined;
    if (!own) {
      results.push({ name: `${cell.label} vs its floor, 10 connections`, limit: '>= 80%, p95 <= 1.2x', measured: 'no floor of its own', status: 'not available' });
      continue;
    }
    results.push({
      name: `${cell.label} throughput vs its floor, 10 connections`,
      limit: '>= 80% of the floor',
      measured: `${pct(cell.floorRatio)} (${cell.requestsPerSecond.toFixed(0)} vs ${own.requestsPerSecond.toFixed(0)} requests/s)`,
      status: verdict(cell.floorRatio >= 0.8),
    });
    results.push({
      name: `${cell.label} p95 vs its floor, 10 connections`,
      limit: '<= 1.2x the floor',
      measured: `${cell.p95FloorRatio.toFixed(2)}x (${ms(cell.p95)} vs ${ms(own.p95)})`,
      status: verdict(cell.p95FloorRatio <= 1.2),
    });
  }
  // One person opening the as-at view of a large plan: a request at a time.
  const large = m.cells['asAtLarge@1'];
  results.push({
    name: 'as-at summary of a plan of 500 actions with ten years of history, p95, 1 connection',
    limit: `< ${LARGE_PLAN_AS_AT_P95_MS} ms`,
    measured: ms(large.p95),
    status: verdict(large.p95 < LARGE_PLAN_AS_AT_P95_MS),
  });
  for (const key of ROUTES_AT_50) {
    const cell = m.cells[`${key}@50`];
    if (cell) results.push({ name: `${cell.label} p95, 50 connections`, limit: `<= ${P95_AT_50_MS} ms`, measured: ms(cell.p95), status: verdict(cell.p95 <= P95_AT_50_MS) });
  }
  if (m.paced) {
    const { api, floor, rate, connections } = m.paced;
    const reached = api.requestsPerSecond >= rate * 0.95;
    results.push({
      name: `summary p95 paced at ${rate} requests/s (at most ${connections} in flight)`,
      limit: '< 10 ms, at the rate asked',
      measured: `${ms(api.p95)} at ${api.requestsPerSecond.toFixed(0)} requests/s (floor: ${ms(floor.p95)})`,
      status: verdict(api.p95 < 10 && reached),
    });
  }
  for (const key of ['asAt', 'changes']) {
    const cell = m.cells[`${key}@10`];
    results.push({ name: `${cell.label} p95, 10 connections`, limit: '< 100 ms', measured: ms(cell.p95), status: verdict(cell.p95 < 100) });
  }
  for (const e of m.exports) {
    results.push({
      name: `${e.name} (${e.route})`,
      limit: `< ${e.budgetMs / 1000} s`,
      measured: e.status === 'measured' ? `${((e.ms ?? 0) / 1000).toFixed(2)} s` : `not available${e.note ? `: ${e.note}` : ''}`,
      status: e.status === 'measured' ? verdict((e.ms ?? Infinity) < e.budgetMs) : 'not available',
    });
  }
  return results;
}
