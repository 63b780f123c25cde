import type { ExportTiming } from './budgets';
import { median } from './load';

const TIMED = 3;

interface ExportRoute {
  name: string;
  route: string;
  budgetMs: number;
  path: (planId: string) => string;
}

const REPORTS: ExportRoute[] = [
  { name: 'progress report .docx', route: 'GET /api/plans/:id/reports/progress.docx', budgetMs: 2000, path: (id) => `/api/plans/${id}/reports/progress.docx` },
  { name: 'tracker .xlsx', route: 'GET /api/plans/:id/reports/tracker.xlsx', budgetMs: 1000, path: (id) => `/api/plans/${id}/reports/tracker.xlsx` },
];

/** A 404 for a route the API does not have (as against a record it does not have). */
async function isUnknownRoute(res: Response): Promise<boolean> {
  if (res.status !== 404) return false;
  const body = (await res.json().catch(() => ({}))) as { message?: string };
  return typeof body.message === 'string' && body.message.startsWith('Cannot ');
}

/** Time to generate each export for one plan, end to end; "not available" where the API has no such route yet. */
export async function measureExports(base: string, headers: Record<string, string>, planId: string, log: (m: string) => void): Promise<ExportTiming[]> {
  const timings: ExportTiming[] = [];
  timings.push({ name: 'board pack PDF', route: 'POST /api/meetings/:id/packs', budgetMs: 3000, status: 'not available', note: 'no board pack route in this build' });
  for (const r of REPORTS) {
    const first = await fetch(base + r.path(planId), { headers });
    if (await isUnknownRoute(first)) {
      timings.push({ name: r.name, route: r.route, budgetMs: r.budgetMs, status: 'not available', note: 'no such route in this build' });
      continue;
    }
    if (first.status !== 200) throw new Error(`${r.route} answered ${first.status}: ${await first.text()}`);
    await first.arrayBuffer();
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < TIMED; i++) {
      const t = performance.now();
      const res = await fetch(base + r.path(planId), { headers });
      bytes = (await res.arrayBuffer()).byteLength;
      times.push(performance.now() - t);
    }
    timings.push({ name: r.name, route: r.route, budgetMs: r.budgetMs, status: 'measured', ms: median(times), bytes });
  }
  log(`Exports: ${timings.map((t) => `${t.name} ${t.status === 'measured' ? `${((t.ms ?? 0) / 1000).toFixed(2)} s` : 'not available'}`).join(', ')}`);
  return timings;
}
