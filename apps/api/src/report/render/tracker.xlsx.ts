import { DELIVERY_STATUS_INFO, spreadsheetSafeText } from '@send/domain';
import ExcelJS from 'exceljs';
import type { PlanSnapshot, SnapshotAction, SnapshotPriority } from '../plan-snapshot';
import type { PackRenderOptions } from './board-pack.pdf';
import { DELIVERY_ORDER, deliveryLabel, formatInstant, IMPACT_STATUSES, impactLabel, statusBasisNote } from './format';
import { TrackerColumn, trackerColumns, trackerRows } from './tracker.columns';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F2F1' } };

/**
 * The action plan tracker as an Excel workbook: a summary sheet, every action on one sheet, and a
 * sheet per priority area. Header rows are frozen with an autofilter; dates are real dates; text a
 * spreadsheet would read as a formula is written as text with a leading apostrophe.
 */
export async function renderTrackerXlsx(s: PlanSnapshot, _options?: PackRenderOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = `${s.plan.localArea} local area SEND partnership`;
  wb.title = `${s.plan.title}: action plan tracker`;
  wb.created = new Date(s.generatedAt);
  wb.modified = new Date(s.generatedAt);
  const columns = trackerColumns(s);

  summarySheet(wb, s);
  actionSheet(wb, 'All actions', columns, trackerRows(s));
  const used = new Set<string>(['Summary', 'All actions']);
  for (const p of s.priorities) {
    actionSheet(wb, sheetName(`P${p.number} ${p.title}`, used), columns, p.actions.map((a) => ({ a, p })));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function summarySheet(wb: ExcelJS.Workbook, s: PlanSnapshot) {
  const ws = wb.addWorksheet('Summary', { views: [{ state: 'frozen', ySplit: 5 }] });
  ws.getCell('A1').value = text(`${s.plan.title}: action plan tracker`);
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = text(`Figures as at ${formatInstant(s.asAt)}. ${statusBasisNote(s)}`);
  ws.getCell('A3').value = text('Each action is on the "All actions" sheet and on the sheet of its priority area.');
  const headers = ['Priority', 'Priority area', 'Actions', ...IMPACT_STATUSES.map(impactLabel), ...DELIVERY_ORDER.map(deliveryLabel), 'Overdue'];
  const header = ws.getRow(5);
  header.values = headers;
  styleHeader(header);
  const counts = (c: SnapshotPriority['counts']) => [
    c.actions, ...IMPACT_STATUSES.map((k) => c.byImpactStatus[k]), ...DELIVERY_ORDER.map((k) => c.byDeliveryStatus[k]), c.overdue,
  ];
  s.priorities.forEach((p, i) => {
    ws.getRow(6 + i).values = [p.number, text(p.title), ...counts(p.counts)];
  });
  const total = ws.getRow(6 + s.priorities.length);
  total.values = ['', 'Total', ...counts(s.totals)];
  total.font = { bold: true };
  ws.columns = headers.map((h, i) => ({ width: i === 1 ? 38 : Math.max(10, Math.min(18, h.length + 2)) }));
  ws.autoFilter = { from: { row: 5, column: 1 }, to: { row: 5 + s.priorities.length, column: headers.length } };
}

function actionSheet(wb: ExcelJS.Workbook, name: string, columns: TrackerColumn[], rows: { a: SnapshotAction; p: SnapshotPriority }[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  styleHeader(ws.getRow(1));
  const deliveryColumn = columns.findIndex((c) => c.header === 'Delivery status') + 1;
  rows.forEach(({ a, p }, i) => {
    const row = ws.getRow(i + 2);
    columns.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      const value = c.value(a, p);
      if (value === null || value === '') return;
      if (c.type === 'date') {
        cell.value = new Date(`${value}T00:00:00Z`);
        cell.numFmt = 'dd/mm/yyyy';
      } else if (c.type === 'number') {
        cell.value = Number(value);
      } else {
        cell.value = text(String(value));
      }
      cell.alignment = { vertical: 'top', wrapText: c.width >= 30 };
    });
    if (deliveryColumn > 0) {
      const info = DELIVERY_STATUS_INFO[a.deliveryStatus];
      row.getCell(deliveryColumn).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(info.colour) } };
      row.getCell(deliveryColumn).font = { color: { argb: argb(info.textColour) }, bold: true };
    }
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
}

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
  });
}

/** Text for a cell: a value a spreadsheet would read as a formula keeps its apostrophe and stays text. */
const text = (value: string) => spreadsheetSafeText(value);

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(name: string, used: Set<string>): string {
  const clean = name.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim();
  let candidate = clean.slice(0, 31).trim();
  for (let n = 2; used.has(candidate); n++) candidate = `${clean.slice(0, 31 - String(n).length - 1).trim()} ${n}`;
  used.add(candidate);
  return candidate;
}
