// Measures the JavaScript a browser fetches to show the dashboard (the entry chunk, the dashboard
// route's chunk and everything they import statically, but not lazily loaded chunks such as
// Recharts) gzipped, and fails the build when it is over budget.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const dashboardKey = Object.keys(manifest).find((k) => k.endsWith('features/plan/routes/dashboard.tsx'));
if (!entryKey || !dashboardKey) throw new Error('The manifest has no entry or no dashboard route chunk');

const files = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entryKey);
visit(dashboardKey);

let total = 0;
const rows = [...files].map((file) => {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  return `  ${file.padEnd(48)} ${(size / 1024).toFixed(1).padStart(7)} KB`;
});
const lazy = Object.values(manifest).filter((c) => c.file.endsWith('.js') && !files.has(c.file));
const lazyTotal = lazy.reduce((n, c) => n + gzipSync(readFileSync(join(dist, c.file)), { level: 9 }).length, 0);

console.log(`Initial JavaScript of the dashboard, gzipped (budget ${BUDGET_KB} KB):`);
console.log(rows.join('\n'));
console.log(`  ${'total'.padEnd(48)} ${(total / 1024).toFixed(1).padStart(7)} KB`);
console.log(`Loaded later (charts and other pages): ${(lazyTotal / 1024).toFixed(1)} KB gzipped in ${lazy.length} chunks`);
if (total / 1024 > BUDGET_KB) {
  console.error(`Over budget: ${(total / 1024).toFixed(1)} KB > ${BUDGET_KB} KB`);
  process.exit(1);
}
