import { spreadsheetSafeText } from '@send/domain';
import { stringify } from 'csv-stringify/sync';
import type { PlanSnapshot } from '../plan-snapshot';
import type { PackRenderOptions } from './board-pack.pdf';
import { trackerColumns, trackerRows } from './tracker.columns';

/**
 * The action plan tracker as CSV: a header row, then one row per action. Dates are YYYY-MM-DD,
 * text that a spreadsheet would read as a formula is made safe, and a byte order mark tells Excel
 * the file is UTF-8.
 */
export async function renderTrackerCsv(s: PlanSnapshot, _options?: PackRenderOptions): Promise<Buffer> {
  const columns = trackerColumns(s);
  const rows = trackerRows(s).map(({ a, p }) => columns.map((c) => {
    const value = c.value(a, p);
    if (value === null) return '';
    return c.type === 'text' ? spreadsheetSafeText(String(value)) : String(value);
  }));
  const csv = stringify([columns.map((c) => c.header), ...rows], { record_delimiter: '\r\n' });
  return Buffer.from(`\ufeff${csv}`, 'utf8');
}
