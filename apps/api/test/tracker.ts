import ExcelJS from 'exceljs';
import { adminSession, type Session, type TestApp } from './test-app';

/** A cell of a test sheet: a value, or a value with a fill colour (ARGB). */
export type SheetValue = string | number | Date | null | { value: string | number | Date | null; fill: string };

export interface UploadFile {
  name: string;
  content: Buffer | string;
  type?: string;
}

/**
 * Posts multipart/form-data through the whole HTTP stack, built as a browser builds it (the
 * platform's FormData, serialised by the platform's Request), as `session`'s user (the test
 * administrator unless given; null for no session).
 */
export async function postForm(app: TestApp, url: string, fields: Record<string, string>, file?: UploadFile, session?: Session | null) {
  const as = session === undefined ? await adminSession(app) : session;
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) form.append('file', new Blob([file.content], { type: file.type ?? 'application/octet-stream' }), file.name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  const payload = Buffer.from(await request.arrayBuffer());
  const headers: Record<string, string> = { 'content-type': request.headers.get('content-type') as string };
  if (as) headers.cookie = as.cookie;
  const res = await app.inject({ method: 'POST', url, payload, headers });
  const type = String(res.headers['content-type'] ?? '');
  return { status: res.statusCode, body: type.includes('json') ? res.json() : res.body, headers: res.headers };
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function put(sheet: ExcelJS.Worksheet, row: number, values: SheetValue[]) {
  values.forEach((v, i) => {
    const cell = sheet.getCell(row, i + 1);
    if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      cell.value = v.value;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: v.fill } };
    } else {
      cell.value = v;
    }
  });
}

/** A plain workbook: one sheet, the header in row 1 (or lower, after `above` rows), the rows below. */
export async function simpleWorkbook(header: string[], rows: SheetValue[][], options: { above?: SheetValue[][]; sheetName?: string } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Tracker');
  let r = 1;
  for (const line of options.above ?? []) put(sheet, r++, line);
  put(sheet, r++, header);
  for (const line of rows) put(sheet, r++, line);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const RED = 'FFFF0000';
export const GREEN = 'FF00B050';

export interface TrackerAction {
  ref: string;
  priority: string;
  title: string;
  description?: string;
  lead?: string;
  organisation?: string;
  partners?: string;
  start?: Date | string | null;
  due?: Date | string | null;
  rag?: SheetValue;
  impact?: string | null;
  notes?: string;
  update?: string;
}

/**
 * A tracker built the way councils build them: a merged title row and a subtitle above the header,
 * group headings merged across columns over a second header row, headings merged down two rows,
 * a notes column, the priority area merged down its actions, and a blank line between priority
 * areas. Header row 4; columns A..M.
 */
export async function councilTracker(areas: TrackerAction[][], title = 'Testshire Local Area SEND Improvement Plan – Action Tracker'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const guidance = workbook.addWorksheet('Guidance');
  guidance.getCell('A1').value = 'How to fill in this tracker';
  guidance.getCell('A2').value = 'Use the RAG key: Blue complete, Green on track, Amber at risk, Red off track.';
  const sheet = workbook.addWorksheet('Action plan');
  sheet.mergeCells('A1:M1');
  sheet.getCell('A1').value = title;
  sheet.getCell('A2').value = 'Updated for the Improvement Board, 3 March 2025';
  for (const [range, text] of [
    ['A3:A4', 'Ref'], ['B3:B4', 'Priority area'], ['C3:D3', 'Action'], ['E3:F3', 'Ownership'], ['G3:G4', 'Partners'],
    ['H3:I3', 'Dates'], ['J3:K3', 'Status'], ['L3:L4', 'Notes'], ['M3:M4', 'Latest update'],
  ] as const) {
    sheet.mergeCells(range);
    sheet.getCell(range.split(':')[0]).value = text;
  }
  for (const [address, text] of [['C4', 'Title'], ['D4', 'Description'], ['E4', 'Lead officer'], ['F4', 'Lead organisation'], ['H4', 'Start'], ['I4', 'Due date'], ['J4', 'Delivery'], ['K4', 'Impact']] as const) {
    sheet.getCell(address).value = text;
  }
  let r = 5;
  areas.forEach((actions, n) => {
    if (n > 0) r++; // a blank line between priority areas
    const first = r;
    for (const a of actions) {
      put(sheet, r, [
        a.ref, a.priority, a.title, a.description ?? null, a.lead ?? null, a.organisation ?? null, a.partners ?? null,
        a.start ?? null, a.due ?? null, a.rag ?? null, a.impact ?? null, a.notes ?? null, a.update ?? null,
      ]);
      r++;
    }
    if (r - first > 1) sheet.mergeCells(first, 2, r - 1, 2);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV text from rows, quoting every cell as Excel does when it must. */
export function toCsv(rows: (string | number | null)[][]): string {
  const quote = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** Bytes of text in Windows-1252 (for the characters these tests use: ASCII, £ and –). */
export function windows1252(text: string): Buffer {
  const special: Record<string, number> = { '£': 0xa3, '–': 0x96, '—': 0x97, '’': 0x92, 'é': 0xe9 };
  return Buffer.from([...text].map((ch) => special[ch] ?? (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : 0x3f)));
}
