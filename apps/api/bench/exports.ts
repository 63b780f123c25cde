import type { ExportTiming } from './budgets';
import { median } from './load';

/** Timed generations per export, after one untimed. */
const TIMED = 3;

const BOARD_PACK = { name: 'board pack PDF', route: 'POST /api/meetings/:id/packs', budgetMs: 3000 };
const REPORTS = [
  { name: 'progress report .docx', route: 'GET /api/plans/:id/reports/progress.docx', budgetMs: 2000, path: (id: string) => `/api/plans/${id}/reports/progress.docx` },
  { name: 'tracker .xlsx', route: 'GET /api/plans/:id/reports/tracker.xlsx', budgetMs: 1000, path: (id: string) => `/api/plans/${id}/reports/tracker.xlsx` },
];

type Call = (method: string, path: string, body?: unknown) => Promise<Response>;

/** A 404 for a route the API does not have (as against a record it does not have). */
async function isUnknownRoute(res: Response): Promise<boolean> {
  if (res.status !== 404) return false;
  const body = (await res.clone().json().catch(() => ({}))) as { message?: string };
  return typeof body.message === 'string' && body.message.startsWith('Cannot ');
}

async function expectOk(res: Response, what: string): Promise<Response> {
  if (res.status >= 300) throw new Error(`${what} answered ${res.status}: ${await res.text()}`);
  return res;
}

/** Median time of `TIMED` calls after one untimed, with the size of the last answer's file. */
async function time(run: () => Promise<number>): Promise<{ ms: number; bytes: number }> {
  await run();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < TIMED; i++) {
    const t = performance.now();
    bytes = await run();
    times.push(performance.now() - t);
  }
  return { ms: median(times), bytes };
}

const isoDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/**
 * The board pack of a meeting three days ago (the last board of the dataset), its body having met
 * six weeks before: generating it (a snapshot at the cut-off, rendered to PDF and stored) end to end.
 */
async function timeBoardPack(call: Call, planId: string): Promise<ExportTiming> {
  const probe = await call('POST', '/api/meetings/00000000-0000-4000-8000-000000000000/packs');
  if (await isUnknownRoute(probe)) return { ...BOARD_PACK, status: 'not available', note: 'no such route in this build' };
  const body = (await (await expectOk(await call('POST', '/api/governance-bodies', { planId, name: 'SEND Improvement Board', kind: 'improvement_board' }), 'Creating a board')).json()) as { id: string };
  await expectOk(await call('POST', '/api/meetings', { bodyId: body.id, meetingDate: isoDay(45) }), 'Creating the previous meeting');
  const meeting = (await (await expectOk(await call('POST', '/api/meetings', { bodyId: body.id, meetingDate: isoDay(3) }), 'Creating a meeting')).json()) as { id: string };
  let fileUrl = '';
  const { ms } = await time(async () => {
    const res = await expectOk(await call('POST', `/api/meetings/${meeting.id}/packs`), 'Generating the board pack');
    const pack = (await res.json()) as { files: { name: string; url: string }[] };
    fileUrl = pack.files.find((f) => f.name === 'board-pack.pdf')?.url ?? '';
    return 0;
  });
  const pdf = await (await expectOk(await call('GET', fileUrl), 'Downloading the board pack')).arrayBuffer();
  if (Buffer.from(pdf.slice(0, 5)).toString() !== '%PDF-') throw new Error('The board pack is not a PDF');
  return { ...BOARD_PACK, status: 'measured', ms, bytes: pdf.byteLength };
}

/** Time to generate each export for one plan, end to end; "not available" where the API has no such route. */
export async function measureExports(base: string, headers: Record<string, string>, planId: string, log: (m: string) => void): Promise<ExportTiming[]> {
  const call: Call = (method, path, body) =>
    fetch(base + path, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const timings: ExportTiming[] = [await timeBoardPack(call, planId)];
  for (const r of REPORTS) {
    const { path, ...report } = r;
    if (await isUnknownRoute(await call('GET', path(planId)))) {
      timings.push({ ...report, status: 'not available', note: 'no such route in this build' });
      continue;
    }
    const { ms, bytes } = await time(async () => (await (await expectOk(await call('GET', path(planId)), r.route)).arrayBuffer()).byteLength);
    timings.push({ ...report, status: 'measured', ms, bytes });
  }
  log(`Exports: ${timings.map((t) => `${t.name} ${t.status === 'measured' ? `${((t.ms ?? 0) / 1000).toFixed(2)} s` : 'not available'}`).join(', ')}`);
  return timings;
}
