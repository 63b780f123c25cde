/*
 * Importing a plan from a council's tracker spreadsheet: which column is which, how priority
 * areas are written, and the limits of one import. Pure rules, shared by the API (which reads the
 * file) and the web app (which shows the column mapping and lets a person correct it).
 */

/** Megabytes of one uploaded tracker. */
export const IMPORT_MAX_BYTES = 25 * 1024 * 1024;
/** Rows of one sheet (a plan has tens of actions, a large programme a few thousand). */
export const IMPORT_MAX_ROWS = 20_000;
/** How far down a sheet the header row is looked for (title rows, notes and logos come first). */
export const IMPORT_HEADER_SCAN_ROWS = 30;
/** The header row must name at least this many different fields to be taken for one. */
export const IMPORT_MIN_HEADER_FIELDS = 2;

/** What a column of a tracker can hold. */
export const IMPORT_FIELDS = [
  'reference',
  'priorityArea',
  'title',
  'description',
  'ownerPerson',
  'ownerOrganisation',
  'partners',
  'startDate',
  'dueDate',
  'deliveryStatus',
  'impactStatus',
  'latestUpdate',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export function isImportField(x: unknown): x is ImportField {
  return typeof x === 'string' && (IMPORT_FIELDS as readonly string[]).includes(x);
}

export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  reference: 'Reference',
  priorityArea: 'Priority area',
  title: 'Action title',
  description: 'Description',
  ownerPerson: 'Owner',
  ownerOrganisation: 'Organisation',
  partners: 'Partners',
  startDate: 'Start date',
  dueDate: 'Due date',
  deliveryStatus: 'Delivery status (RAG)',
  impactStatus: 'Impact status',
  latestUpdate: 'Latest update',
};

/** Fields without which no action can be imported: every row needs a reference and a title. */
export const IMPORT_REQUIRED_FIELDS: readonly ImportField[] = ['reference', 'title'];

/**
 * Header names as councils write them, after normaliseHeader (lower case, no punctuation, no
 * bracketed hints such as "(dd/mm/yyyy)"). A header matches a field only when it is one of these
 * exactly, so "Notes" or "Evidence" stay unmapped rather than being guessed into a field.
 */
const HEADER_SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  reference: [
    'ref', 'reference', 'ref no', 'ref number', 'reference no', 'reference number', 'action ref', 'action reference',
    'action ref no', 'action no', 'action number', 'action id', 'id', 'no', 'number', 'ref id',
  ],
  priorityArea: [
    'priority', 'priority area', 'priority action area', 'priority area title', 'priority no', 'priority number', 'priority ref',
    'area', 'area of priority', 'area for improvement', 'area of improvement', 'area of weakness', 'area of concern',
    'areas for priority action', 'area for priority action', 'improvement area', 'theme', 'workstream', 'work stream',
    'key priority', 'strategic priority', 'priority theme', 'paa',
  ],
  title: [
    'action', 'action title', 'title', 'actions', 'action name', 'action summary', 'what we will do', 'what will we do',
    'what are we going to do', 'activity', 'task', 'action required', 'action to be taken', 'actions to be taken',
    'agreed action', 'improvement action', 'key action', 'key actions',
  ],
  description: [
    'description', 'action description', 'detail', 'details', 'action detail', 'action details', 'further detail',
    'further details', 'how we will do it', 'how will we do it', 'how', 'what this means', 'description of action',
  ],
  ownerPerson: [
    'owner', 'action owner', 'lead', 'action lead', 'lead officer', 'lead person', 'named lead', 'responsible officer',
    'responsible person', 'responsible', 'accountable officer', 'accountable lead', 'officer', 'person responsible', 'who',
    'owner name', 'lead name', 'senior responsible officer', 'sro',
  ],
  ownerOrganisation: [
    'organisation', 'organization', 'lead organisation', 'lead organization', 'owning organisation', 'organisation responsible',
    'agency', 'lead agency', 'lead partner', 'service', 'lead service', 'org', 'owner organisation', 'owning service',
  ],
  partners: [
    'partners', 'partner', 'partner organisations', 'partner organizations', 'partner agencies', 'key partners',
    'supporting partners', 'supported by', 'contributors', 'contributing partners', 'other partners', 'in partnership with',
  ],
  startDate: ['start', 'start date', 'date started', 'commencement date', 'begin date', 'start by', 'from'],
  dueDate: [
    'due', 'due date', 'date due', 'deadline', 'target date', 'completion date', 'target completion date',
    'date for completion', 'by when', 'end date', 'timescale', 'timescales', 'complete by', 'to be completed by',
  ],
  deliveryStatus: [
    'rag', 'rag status', 'rag rating', 'brag', 'brag status', 'brag rating', 'status', 'delivery status', 'delivery rag',
    'delivery', 'progress rag', 'current rag', 'overall rag', 'progress status', 'delivery rating', 'current status',
  ],
  impactStatus: [
    'impact', 'impact status', 'impact rating', 'impact rag', 'impact category', 'impact judgement', 'impact assessment',
    'critical review', 'critical review category', 'critical review judgement',
  ],
  latestUpdate: [
    'update', 'latest update', 'progress', 'progress update', 'latest progress', 'progress to date', 'progress narrative',
    'update narrative', 'narrative', 'commentary', 'comments', 'comment', 'current position', 'current update',
    'position statement', 'summary of progress', 'update on progress',
  ],
};

const SYNONYM_INDEX: ReadonlyMap<string, ImportField> = new Map(
  IMPORT_FIELDS.flatMap((field) => HEADER_SYNONYMS[field].map((words) => [words, field] as const)),
);

/** Lower case, without bracketed hints, with punctuation read as spaces: "RAG (B/R/A/G)" -> "rag". */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The field a header names exactly (any case, spacing or punctuation), or null. */
export function matchImportHeader(text: string): ImportField | null {
  return SYNONYM_INDEX.get(normaliseHeader(text)) ?? null;
}

/**
 * The field a header most likely names when it is not a known name: only the few words that
 * cannot mean anything else ("RAG" anywhere, "due", "deadline", "partner", a leading "ref").
 */
function looseImportHeader(text: string): ImportField | null {
  const words = normaliseHeader(text).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const has = (w: string) => words.includes(w);
  if (has('impact') && (has('rag') || has('status') || has('category'))) return 'impactStatus';
  if (has('rag') || has('brag')) return 'deliveryStatus';
  if (has('due') || has('deadline')) return 'dueDate';
  if (words[0] === 'ref' || words[0] === 'reference') return 'reference';
  if (has('partner') || has('partners')) return 'partners';
  return null;
}

export type ImportMapping = Record<ImportField, number | null>;

export function emptyImportMapping(): ImportMapping {
  return Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ImportMapping;
}

/**
 * Guesses which column holds which field from the header texts (index = column, 0-based). Exact
 * names come first, then the loose words above; each field gets at most one column (the first),
 * and each column at most one field. Columns it cannot name are left unmapped.
 */
export function guessImportMapping(headers: readonly (string | null | undefined)[]): ImportMapping {
  const mapping = emptyImportMapping();
  const taken = new Set<number>();
  for (const match of [matchImportHeader, looseImportHeader]) {
    headers.forEach((header, column) => {
      if (!header || taken.has(column)) return;
      const field = match(header);
      if (field && mapping[field] === null) {
        mapping[field] = column;
        taken.add(column);
      }
    });
  }
  return mapping;
}

/** How many different fields a row of header texts names: how the header row is found. */
export function countImportHeaderFields(headers: readonly (string | null | undefined)[]): number {
  return IMPORT_FIELDS.filter((f) => guessImportMapping(headers)[f] !== null).length;
}

/** A column's letter as Excel shows it: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Not a column index: ${index}`);
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export interface PriorityLabel {
  number: number;
  /** The priority area's title when the cell gives one ("1. Leadership and governance"). */
  title: string | null;
}

const MAX_PRIORITY_NUMBER = 99;
const PRIORITY_WORD = String.raw`(?:priority(?:\s+action)?(?:\s+area)?|paa|pa|area|p)`;
const PRIORITY_PREFIXED = new RegExp(String.raw`^${PRIORITY_WORD}\s*(?:no\.?|number)?\s*(\d+)(?:\s*[.:)\-–—]\s*|\s+)?(.*)$`, 'i');
const NUMBER_THEN_TITLE = /^(\d+)(?:\s*[.:)\-–—]\s*|\s+)(\p{L}.*)$/u;

/**
 * Reads a priority area from a cell: 1, "1", "Priority 1", "PAA 1", "Priority 1: Leadership",
 * "1. Leadership and governance", "1 - Leadership". Null when no number can be read: a title
 * alone does not say which priority area it is.
 */
export function parsePriorityLabel(value: string | number): PriorityLabel | null {
  if (typeof value === 'number') return validNumber(value) ? { number: value, title: null } : null;
  const text = value.trim().replace(/\s+/g, ' ');
  if (/^\d+$/.test(text)) return validNumber(Number(text)) ? { number: Number(text), title: null } : null;
  const match = PRIORITY_PREFIXED.exec(text) ?? NUMBER_THEN_TITLE.exec(text);
  if (!match) return null;
  const number = Number(match[1]);
  if (!validNumber(number)) return null;
  const title = (match[2] ?? '').replace(/[\s.:;,\-–—]+$/u, '').trim();
  return { number, title: title === '' ? null : title };
}

/** True for a heading that names a priority area in words: "Priority 2: Inclusion", "PAA 3". */
export function isPriorityHeading(text: string): boolean {
  return /^\s*(?:priority|paa)\b/i.test(text) && parsePriorityLabel(text) !== null;
}

function validNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= MAX_PRIORITY_NUMBER;
}

/** The priority area a reference sits in: "3.4" -> 3, "P3.4" -> 3; null for "3" or "A". */
export function priorityNumberFromReference(reference: string): number | null {
  const match = /^(?:paa|pa|p)?(\d+)\.[0-9A-Za-z]/i.exec(reference.trim());
  if (!match) return null;
  const n = Number(match[1]);
  return validNumber(n) ? n : null;
}

/**
 * Organisation names in one cell, separated by semicolons, commas or line breaks; duplicates
 * dropped. Names can hold commas themselves ("Education, Participation and Skills"): pieces
 * between commas that together make a name `isKnown` accepts stay one name, the longest first.
 */
export function splitNameList(text: string, isKnown: (name: string) => boolean = () => false): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  const add = (name: string) => {
    if (name && !seen.has(nameKey(name))) {
      seen.add(nameKey(name));
      names.push(name);
    }
  };
  for (const piece of text.split(/[;\r\n]+/)) {
    const parts = piece.split(',');
    for (let i = 0; i < parts.length; ) {
      let end = i;
      for (let j = parts.length - 1; j > i; j--) {
        if (isKnown(tidyName(parts.slice(i, j + 1).join(',')))) {
          end = j;
          break;
        }
      }
      add(tidyName(parts.slice(i, end + 1).join(',')));
      i = end + 1;
    }
  }
  return names;
}

/** A name as written, with spacing tidied. */
export function tidyName(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** How names of people and organisations are compared: any case, any spacing. */
export function nameKey(name: string): string {
  return tidyName(name).toLowerCase();
}
