import {
  columnLetter,
  countImportHeaderFields,
  guessImportMapping,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  IMPORT_HEADER_SCAN_ROWS,
  IMPORT_MAX_ROWS,
  IMPORT_MIN_HEADER_FIELDS,
  ImportMapping,
  matchImportHeader,
} from '@send/domain';
import { fieldError } from '../common/error-envelope';
import type { SheetGrid, TableCell, Workbook } from './spreadsheet-reader';

export interface ImportColumn {
  index: number;
  letter: string;
  /** The header as written in the header row ('' when the column has none). */
  header: string;
  /** The label of a merged cell above it that spans several columns ("Dates" over "Start", "Due"). */
  group: string | null;
}

export interface ImportTableRow {
  /** The row number a person sees in Excel (1-based). */
  row: number;
  cells: (TableCell | null)[];
}

/** What the import keeps of the file: the sheet it reads, its header and its rows. */
export interface ImportTable {
  format: Workbook['format'];
  encoding: string | null;
  sheet: string | null;
  sheets: { name: string; hidden: boolean }[];
  headerRow: number;
  columns: ImportColumn[];
  /** Every row below the header with anything in it; empty rows are left out and counted. */
  rows: ImportTableRow[];
  blankRows: number;
}

export interface TableChoice {
  sheet?: string;
  headerRow?: number;
}

interface Candidate {
  grid: SheetGrid;
  headerRow: number;
  score: number;
}

/**
 * Finds the sheet and header row to read, and guesses the mapping from the header texts. The
 * header row is the row, among the first few, that names the most different fields: title rows,
 * logos, notes and merged group headers above it name fewer. On a tie the first sheet wins, and
 * visible sheets win over hidden ones.
 */
export function buildImportTable(workbook: Workbook, choice: TableChoice = {}): { table: ImportTable; mapping: ImportMapping } {
  const named = (g: SheetGrid) => g.name ?? '';
  let grids = workbook.sheets;
  if (choice.sheet !== undefined) {
    grids = grids.filter((g) => named(g) === choice.sheet);
    if (grids.length === 0) {
      throw fieldError('sheet', `The workbook has no sheet called "${choice.sheet}". Its sheets are: ${workbook.sheets.map(named).join(', ')}.`);
    }
  }
  if (grids.every((g) => g.rows.every((r) => r.length === 0))) {
    throw fieldError('file', grids.length > 1 ? 'Every sheet of the workbook is empty.' : 'The file has no rows.');
  }

  let best: Candidate | null = null;
  for (const grid of grids) {
    const candidate = choice.headerRow !== undefined ? chosenHeader(grid, choice.headerRow) : findHeaderRow(grid);
    if (!candidate) continue;
    if (!best || rank(candidate) > rank(best)) best = candidate;
  }
  if (!best || best.score < IMPORT_MIN_HEADER_FIELDS) {
    const names = IMPORT_FIELDS.map((f) => IMPORT_FIELD_LABELS[f]).join(', ');
    const hint = 'Check that this is the tracker, and that its columns have headings such as "Ref", "Action", "Lead officer", "Due date" and "RAG".';
    if (choice.headerRow !== undefined) {
      throw fieldError('headerRow', `Row ${choice.headerRow} names fewer than ${IMPORT_MIN_HEADER_FIELDS} of the columns the import reads (${names}). ${hint}`);
    }
    throw fieldError(
      'file',
      `No header row was found: none of the first ${IMPORT_HEADER_SCAN_ROWS} rows names at least ${IMPORT_MIN_HEADER_FIELDS} of the columns the import reads (${names}). ${hint}`,
    );
  }

  const { grid, headerRow } = best;
  const headers = headerCells(grid, headerRow);
  const dataRows = grid.rows.slice(headerRow);
  if (dataRows.length > IMPORT_MAX_ROWS) {
    throw fieldError('file', `The sheet has ${dataRows.length} rows below its header; one import takes at most ${IMPORT_MAX_ROWS}. Split the tracker into smaller files.`);
  }
  const width = Math.max(headers.length, ...dataRows.map((r) => r.length));
  const rows: ImportTableRow[] = [];
  let blankRows = 0;
  let pendingBlank = 0;
  dataRows.forEach((cells, i) => {
    if (cells.every((c) => c === null || c.t === '')) {
      pendingBlank++; // counted only when a row with content follows: trailing empty rows are not "blank lines"
      return;
    }
    blankRows += pendingBlank;
    pendingBlank = 0;
    rows.push({ row: headerRow + 1 + i, cells });
  });

  const columns: ImportColumn[] = Array.from({ length: width }, (_, index) => ({
    index,
    letter: columnLetter(index),
    header: headers[index]?.header ?? '',
    group: headers[index]?.group ?? null,
  }));
  const table: ImportTable = {
    format: workbook.format,
    encoding: workbook.encoding,
    sheet: grid.name,
    sheets: workbook.format === 'xlsx' ? workbook.sheets.map((g) => ({ name: named(g), hidden: g.hidden })) : [],
    headerRow,
    columns,
    rows,
    blankRows,
  };
  return { table, mapping: guessImportMapping(headers.map((h) => h.matchText)) };
}

function rank(c: Candidate): number {
  return c.score * 2 + (c.grid.hidden ? 0 : 1);
}

function findHeaderRow(grid: SheetGrid): Candidate | null {
  let best: Candidate | null = null;
  const last = Math.min(grid.rows.length, IMPORT_HEADER_SCAN_ROWS);
  for (let row = 1; row <= last; row++) {
    const score = countImportHeaderFields(headerCells(grid, row).map((h) => h.matchText));
    if (score > 0 && (!best || score > best.score)) best = { grid, headerRow: row, score };
  }
  return best;
}

function chosenHeader(grid: SheetGrid, headerRow: number): Candidate | null {
  if (!Number.isInteger(headerRow) || headerRow < 1 || headerRow > grid.rows.length) {
    throw fieldError('headerRow', `The sheet has rows 1 to ${grid.rows.length}; row ${headerRow} is not one of them.`);
  }
  return { grid, headerRow, score: countImportHeaderFields(headerCells(grid, headerRow).map((h) => h.matchText)) };
}

interface HeaderCell {
  header: string;
  group: string | null;
  /** The text matched against the field names: the header, or the group and the header together. */
  matchText: string;
}

/**
 * The header texts of a row. Where a merged cell above spans several columns ("Dates" over
 * "Start" and "Due"), its label is kept as the column's group, and used to name the column when
 * the header alone names no field ("Status" over "Delivery" and "Impact").
 */
function headerCells(grid: SheetGrid, row: number): HeaderCell[] {
  const cells = grid.rows[row - 1] ?? [];
  let above = row > 1 ? (grid.rows[row - 2] ?? []) : [];
  // One merged cell across the whole sheet is its title, not a group.
  if (new Set(above.map((c) => c?.t ?? '')).size <= 1) above = [];
  return cells.map((cell, c) => {
    const header = (cell?.t ?? '').replace(/\s+/g, ' ').trim();
    const over = above[c];
    const group = over?.h && over.t.trim() !== '' && over.t.trim() !== header ? over.t.replace(/\s+/g, ' ').trim() : null;
    let matchText = header;
    if (group && !matchImportHeader(header)) {
      const combined = header ? `${group} ${header}` : group;
      if (matchImportHeader(combined)) matchText = combined;
    }
    return { header: header || group || '', group, matchText };
  });
}
