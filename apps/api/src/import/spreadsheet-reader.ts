import { HttpStatus } from '@nestjs/common';
import { IMPORT_MAX_ROWS } from '@send/domain';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { fieldError } from '../common/error-envelope';

/**
 * One cell as the import keeps it (stored as JSON, so kept small):
 * `t` the text a person sees, `n` the number of a numeric cell, `d` the date of a date cell
 * (`YYYY-MM-DD`), `f` set when the cell has a fill colour, `h` set when the cell is part of a
 * merge across columns (a group header), `e` an Excel error or a formula with no saved value.
 */
export interface TableCell {
  t: string;
  n?: number;
  d?: string;
  f?: 1;
  h?: 1;
  e?: string;
}

/** One sheet read into memory: rows[r - 1][c] is the cell at Excel row r, column index c. */
export interface SheetGrid {
  name: string | null;
  hidden: boolean;
  rows: (TableCell | null)[][];
}

export type SpreadsheetFormat = 'xlsx' | 'csv';

export interface Workbook {
  format: SpreadsheetFormat;
  /** How a CSV was decoded: `utf-8` (with or without a byte order mark), `utf-16`, or `windows-1252`. */
  encoding: string | null;
  sheets: SheetGrid[];
}

/** Columns read from a sheet; a tracker has a dozen or two, and formatting can reach column XFD. */
export const MAX_COLUMNS = 200;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const badFile = (message: string) => fieldError('file', message, HttpStatus.BAD_REQUEST);

/**
 * Reads an uploaded tracker. The format comes from the content, checked against the name: an
 * .xlsx must be a zip package, a .csv must be text. Anything else is refused with a 400 that says
 * what the file is and what to send instead.
 */
export async function readSpreadsheet(fileName: string, content: Buffer): Promise<Workbook> {
  if (content.length === 0) throw badFile('The file is empty. Choose the tracker saved as .xlsx or .csv.');
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const isZip = content.subarray(0, 4).equals(ZIP_MAGIC);
  if (content.subarray(0, 8).equals(OLE_MAGIC) || extension === 'xls') {
    throw badFile('This is an older Excel file (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx), then upload that.');
  }
  if (extension === 'xlsx' || extension === 'xlsm' || (isZip && extension !== 'csv')) {
    if (!isZip) throw badFile(`"${fileName}" is not an Excel workbook: its content is not an .xlsx file. Upload the tracker saved as .xlsx or .csv.`);
    return { format: 'xlsx', encoding: null, sheets: await readXlsx(content) };
  }
  if (extension === 'csv' || extension === 'txt' || extension === '') {
    const { text, encoding } = decodeText(content);
    return { format: 'csv', encoding, sheets: [{ name: null, hidden: false, rows: readCsv(text) }] };
  }
  throw badFile(`Files of type .${extension} cannot be imported. Upload the tracker saved as .xlsx or .csv.`);
}

// ---------------------------------------------------------------------------------------------
// .xlsx

/** Bytes an .xlsx may unpack to: far above any tracker, far below what would exhaust the server. */
export const XLSX_MAX_UNPACKED_BYTES = 300 * 1024 * 1024;

const tooMuchData = () =>
  badFile('The workbook unpacks to far more data than a tracker holds, so it was not opened. Save the tracker as .csv, or remove what makes it so large.');
const notAWorkbook = () =>
  badFile('The file could not be read as an Excel workbook (.xlsx): it may be damaged, password-protected or another kind of file.');

async function readXlsx(content: Buffer): Promise<SheetGrid[]> {
  // What the zip claims refuses an honest bomb at once; what it really unpacks to, counted as it
  // unpacks, refuses one that lies, before the workbook reader unpacks each part whole.
  const claimed = zipUnpackedSize(content);
  if (claimed !== null && claimed > XLSX_MAX_UNPACKED_BYTES) throw tooMuchData();
  await assertUnpacksWithin(content, XLSX_MAX_UNPACKED_BYTES);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw notAWorkbook();
  }
  if (workbook.worksheets.length === 0) throw badFile('The workbook has no sheets.');
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    hidden: sheet.state !== 'visible',
    rows: readWorksheet(sheet),
  }));
}

function readWorksheet(sheet: ExcelJS.Worksheet): (TableCell | null)[][] {
  const rowCount = sheet.rowCount;
  if (rowCount > IMPORT_MAX_ROWS + 100) throw tooManyRows(rowCount);
  const columnCount = Math.min(sheet.columnCount, MAX_COLUMNS);
  const rows: (TableCell | null)[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: (TableCell | null)[] = [];
    for (let c = 1; c <= columnCount; c++) cells.push(readCell(sheet, row.getCell(c), r, c));
    rows.push(trimTrailing(cells));
  }
  return rows;
}

function readCell(sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell, r: number, c: number): TableCell | null {
  const read = fromValue(cell.value);
  const filled = hasFill(cell.fill);
  if (!read && !filled) return null;
  const out: TableCell = read ?? { t: '' };
  if (filled) out.f = 1;
  if (cell.isMerged && out.t !== '') {
    const master = cell.master;
    const acrossColumns = [c - 1, c + 1].some((n) => n >= 1 && sheet.getCell(r, n).isMerged && sheet.getCell(r, n).master === master);
    if (acrossColumns) out.h = 1;
  }
  return out;
}

type XlsxValue = ExcelJS.CellValue | undefined;

/**
 * The total unpacked size a zip declares in its central directory, read before anything is
 * unpacked (an .xlsx is a zip: a small file can declare gigabytes). Null when the directory cannot
 * be found, in which case the workbook reader refuses the file anyway; Infinity for zip64 sizes.
 */
function zipUnpackedSize(zip: Buffer): number | null {
  const END_OF_DIRECTORY = 0x06054b50;
  const DIRECTORY_ENTRY = 0x02014b50;
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== DIRECTORY_ENTRY) return null;
    const size = zip.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return total;
}

/**
 * Unpacks every part of the zip as a stream, counting the bytes that come out and dropping them,
 * and refuses the file as soon as they pass `limit`, whatever sizes the zip declares. It reads the
 * parts with the zip library the workbook reader uses (JSZip), so it unpacks exactly what that
 * reader would.
 */
async function assertUnpacksWithin(content: Buffer, limit: number): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(content);
  } catch {
    throw notAWorkbook();
  }
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream();
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total <= limit) return;
        // Stop unpacking: a paused stream asks for no more.
        stream.removeAllListeners('data');
        stream.pause();
        reject(tooMuchData());
      });
      // A part that unpacks to other than it says, or not at all, is damaged.
      stream.on('error', () => reject(notAWorkbook()));
      stream.on('end', () => resolve());
    });
  }
}

/** The text (and number or date) of an exceljs value; null when the cell is empty. */
function fromValue(value: XlsxValue): TableCell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : { t: cleanText(value) };
  if (typeof value === 'number') return Number.isFinite(value) ? { t: String(value), n: value } : null;
  if (typeof value === 'boolean') return { t: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { t: '', e: 'an invalid date' };
    const iso = value.toISOString().slice(0, 10);
    return { t: iso, d: iso };
  }
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      const text = value.richText.map((run) => run.text ?? '').join('');
      return text === '' ? null : { t: cleanText(text) };
    }
    if ('error' in value) return { t: String(value.error), e: String(value.error) };
    if ('formula' in value || 'sharedFormula' in value) {
      // What the person sees is the formula's saved result.
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return { t: '', e: 'a formula with no saved value' };
      return fromValue(result as XlsxValue);
    }
    if ('hyperlink' in value) {
      const text = (value as { text?: unknown }).text;
      return fromValue((typeof text === 'string' || (text && typeof text === 'object') ? text : (value as { hyperlink: string }).hyperlink) as XlsxValue);
    }
  }
  return null;
}

/** A fill a person would see as a colour: not "none", not white. */
function hasFill(fill: ExcelJS.Fill | undefined): boolean {
  if (!fill) return false;
  if (fill.type === 'gradient') return true;
  if (fill.type !== 'pattern' || !fill.pattern || fill.pattern === 'none') return false;
  const colour = fill.pattern === 'solid' ? fill.fgColor : (fill.fgColor ?? fill.bgColor);
  if (!colour) return fill.pattern !== 'solid';
  return !isWhite(colour);
}

function isWhite(colour: Partial<ExcelJS.Color> & { indexed?: number; tint?: number }): boolean {
  if (typeof colour.argb === 'string') return /^(FF)?FFFFFF$/i.test(colour.argb);
  if (typeof colour.theme === 'number') return colour.theme === 0 && !colour.tint;
  if (typeof colour.indexed === 'number') return colour.indexed === 9 || colour.indexed === 64;
  return false;
}

// ---------------------------------------------------------------------------------------------
// .csv

/**
 * Decodes a CSV's bytes: UTF-8 when they are valid UTF-8 (a byte order mark is dropped), UTF-16
 * when they start with its byte order mark (Excel's "Unicode text"), otherwise Windows-1252, the
 * encoding Excel on Windows uses for "CSV (Comma delimited)" in the UK (£ is 0xA3, – is 0x96).
 */
export function decodeText(content: Buffer): { text: string; encoding: string } {
  if (content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf) {
    return { text: strictUtf8(content.subarray(3)) ?? notText(), encoding: 'utf-8' };
  }
  if ((content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff)) {
    const label = content[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(label).decode(content.subarray(2)), encoding: 'utf-16' };
  }
  if (looksBinary(content)) notText();
  const utf8 = strictUtf8(content);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  // iconv-lite rather than TextDecoder: Node 20's TextDecoder reads 'windows-1252' as Latin-1,
  // which turns 0x80-0x9F (€ ‘ ’ “ ” – —) into invisible control characters.
  return { text: iconv.decode(content, 'windows-1252'), encoding: 'windows-1252' };
}

/** Text has no NUL bytes and hardly any other control characters; images, zips and PDFs have plenty. */
function looksBinary(content: Buffer): boolean {
  const sample = content.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length / 100;
}

function strictUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function notText(): never {
  throw badFile('The file is not a CSV: it holds binary data, not text. Upload the tracker saved as .xlsx or .csv.');
}

function readCsv(text: string): (TableCell | null)[][] {
  if (text.trim() === '') throw badFile('The file has no rows.');
  let records: string[][];
  try {
    records = parseCsv(text, {
      delimiter: sniffDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    const where = (error as { lines?: number }).lines;
    throw badFile(`The CSV could not be read${where ? ` (near line ${where})` : ''}: check that quoted cells are closed.`);
  }
  if (records.length > IMPORT_MAX_ROWS + 100) throw tooManyRows(records.length);
  // A CSV record is one spreadsheet row, even when a quoted cell holds line breaks.
  return records.map((record) =>
    trimTrailing(record.slice(0, MAX_COLUMNS).map((value) => (value.trim() === '' ? null : { t: cleanText(value) }))),
  );
}

/** Comma, semicolon (Excel in much of Europe) or tab: whichever the first line uses most, outside quotes. */
function sniffDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.slice(0, 10_000)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  let best = ',';
  for (const [delimiter, count] of Object.entries(counts)) if (count > (counts[best] ?? 0)) best = delimiter;
  return best;
}

// ---------------------------------------------------------------------------------------------

/**
 * Text as stored: exactly as written, except control characters no database column can hold
 * (NUL and its kin; tab and line breaks are kept). A formula-looking title stays as it is.
 */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern removes
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

function trimTrailing(cells: (TableCell | null)[]): (TableCell | null)[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === null) end--;
  return end === cells.length ? cells : cells.slice(0, end);
}

function tooManyRows(count: number) {
  return badFile(`The sheet has ${count} rows; one import takes at most ${IMPORT_MAX_ROWS}. Split the tracker into smaller files.`);
}
