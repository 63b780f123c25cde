import type { BudgetResult, Measured } from './budgets';

const num = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

function table(head: string[], rows: string[][], rightAlignFrom: number): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    '| ' + cells.map((c, i) => (i >= rightAlignFrom ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ') + ' |';
  const rule = '|' + widths.map((w, i) => (i >= rightAlignFrom ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|';
  return [line(head), rule, ...rows.map(line)].join('\n');
}

/** The results as a Markdown table: medians over the rounds, throughput as a ratio of the floor's. */
export function printTable(m: Measured): void {
  const cells = Object.values(m.cells).sort((a, b) => a.connections - b.connections);
  const labelOf = (key: string | undefined) => (key ? (m.cells[`${key}@1`]?.label ?? key).replace(' (node:http + pg)', '') : 'none of its own');
  const rows = cells.map((c) => [
    c.label, String(c.connections), num(c.requestsPerSecond, 0), num(c.p50), num(c.p95), num(c.p99),
    c.floor === c.route ? '(a floor)' : labelOf(c.floor), num(c.floorRatio), num(c.p95FloorRatio),
  ]);
  if (m.paced) {
    const { rate, connections, floor, api } = m.paced;
    rows.push([`summary floor paced at ${rate}/s`, `<=${connections}`, num(floor.requestsPerSecond, 0), num(floor.p50), num(floor.p95), num(floor.p99), '(a floor)', '-', '-']);
    rows.push([`GET /api/plans/:id/summary paced at ${rate}/s`, `<=${connections}`, num(api.requestsPerSecond, 0), num(api.p50), num(api.p95), num(api.p99), 'summary floor paced', '-', '-']);
  }
  console.log('\nRead routes (latencies in ms; medians over the rounds)\n');
  console.log(table(['route', 'connections', 'requests/s', 'p50', 'p95', 'p99', 'its floor', 'floor ratio', 'p95 ratio'], rows, 1));
  if (m.exports.length) {
    console.log('\nExports for one plan (median of the timed requests)\n');
    console.log(table(
      ['export', 'route', 'time (s)', 'size (KiB)', 'budget (s)'],
      m.exports.map((e) => [
        e.name, e.route,
        e.status === 'measured' ? num((e.ms ?? 0) / 1000) : 'not available',
        e.bytes !== undefined ? num(e.bytes / 1024, 0) : '-',
        num(e.budgetMs / 1000, 0),
      ]),
      2,
    ));
  }
}

export function printBudgets(budgets: BudgetResult[]): void {
  console.log('\nBudgets\n');
  console.log(table(['budget', 'limit', 'measured', 'result'], budgets.map((b) => [b.name, b.limit, b.measured, b.status]), 99));
  console.log('');
}
