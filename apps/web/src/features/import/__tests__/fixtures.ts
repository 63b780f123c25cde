import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, IMPORT_REQUIRED_FIELDS, type ImportMapping } from '@send/domain';
import type { ImportPreview, ImportProblem, ImportWarning } from '../api';

const HEADERS = ['Ref', 'Priority', 'Action', 'Lead', 'Organisation', 'Due date', 'RAG', 'Notes'];
const MAPPING: ImportMapping = {
  reference: 0, priorityArea: 1, title: 2, description: null, ownerPerson: 3, ownerOrganisation: 4, partners: null,
  startDate: null, dueDate: 5, deliveryStatus: 6, impactStatus: null, latestUpdate: null,
};

export const RAG_PROBLEM: ImportProblem = {
  row: 7, column: 'G', columnIndex: 6, header: 'RAG', field: 'deliveryStatus', code: 'unknown_delivery_status',
  message: 'Row 7, column G (RAG): "Purple" is not a delivery status. Use one of: Red, Amber, Green.', value: 'Purple',
};

/** A preview as the API answers it: a CSV of three actions for a new plan, one of them with a problem. */
export function makePreview(overrides: Partial<ImportPreview> = {}, mapping: ImportMapping = MAPPING): ImportPreview {
  const fieldOf = new Map(Object.entries(mapping).filter(([, c]) => c !== null).map(([f, c]) => [c as number, f]));
  const problems = overrides.problems ?? [RAG_PROBLEM];
  return {
    id: 'imp-1',
    version: 1,
    state: 'pending',
    fileName: 'tracker.csv',
    fileSize: 2048,
    format: 'csv',
    encoding: 'utf-8',
    sheet: null,
    sheets: [],
    headerRow: 1,
    mapping,
    columns: HEADERS.map((header, index) => ({
      index, letter: String.fromCharCode(65 + index), header, group: null, field: (fieldOf.get(index) ?? null) as never,
    })),
    fields: IMPORT_FIELDS.map((field) => ({
      field, label: IMPORT_FIELD_LABELS[field], required: IMPORT_REQUIRED_FIELDS.includes(field), column: mapping[field],
      letter: mapping[field] === null ? null : String.fromCharCode(65 + (mapping[field])),
      header: mapping[field] === null ? null : (HEADERS[mapping[field]] ?? ''),
    })),
    plan: {
      action: 'create', planId: null, title: 'Testshire SEND plan', localArea: 'Testshire',
      priorityAreas: { new: 2, changed: 0, unchanged: 0 },
      actions: { new: 2, changed: 0, unchanged: 0, notInFile: 0 },
      byPriorityArea: [
        { number: 1, title: 'Leadership', change: 'new', actions: { new: 1, changed: 0, unchanged: 0 } },
        { number: 2, title: 'Identification of need', change: 'new', actions: { new: 1, changed: 0, unchanged: 0 } },
      ],
      organisations: { new: 1, names: ['Testshire Council'] },
      people: { new: 0, names: [] },
      notWritten: [],
    },
    rowCounts: { read: 3, actions: 3, sections: 0, skipped: 0, blank: 0, withProblems: problems.length > 0 ? 1 : 0 },
    skipRows: [],
    problemCount: problems.length,
    problems,
    warningCount: (overrides.warnings ?? []).length,
    warnings: [],
    canCommit: problems.length === 0,
    rows: {
      items: [
        { row: 2, kind: 'action', skipped: false, outcome: 'new', changes: [], values: { reference: '1.1', title: 'Set up the board' }, problems: [], warnings: [] },
        { row: 5, kind: 'action', skipped: false, outcome: 'new', changes: [], values: { reference: '2.1', title: 'Train SENCOs' }, problems: [], warnings: [] },
      ],
      total: 2, page: 1, pageSize: 200, view: 'changes',
    },
    createdAt: '2025-01-01T10:00:00Z',
    createdBy: { id: 'u1', label: 'Head of SEND' },
    committedAt: null,
    committedBy: null,
    result: null,
    ...overrides,
  };
}

export const JUDGEMENT_WARNING: ImportWarning = {
  row: 5, column: 'H', columnIndex: 7, header: 'Impact', field: 'impactStatus', code: 'imported_judgement',
  message: 'Row 5, column H (Impact): Imported as the council judged it, "Completed – impact evidenced", but no evidence in the product shows impact on children and young people. The action will show as inconsistent on the dashboard until that evidence is attached.',
};

export const ME = { id: 'u1', email: 'h@x', displayName: 'Head of SEND', roles: ['plan_manager'], organisationId: 'org-1', personId: 'p-1' };
export const PLANS = {
  items: [{ id: 'plan-1', slug: 'plymouth', title: 'Plymouth SEND improvement plan', localArea: 'Plymouth', description: '', inspectionDate: null, startDate: null, endDate: null, version: 1 }],
  total: 1, page: 1, pageSize: 200,
};
