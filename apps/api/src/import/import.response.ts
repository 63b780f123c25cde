import { columnLetter, IMPORT_FIELD_LABELS, IMPORT_FIELDS, IMPORT_REQUIRED_FIELDS } from '@send/domain';
import type { ImportQueryDto } from './dto/import.dto';
import type { Preview, PreviewRow } from './import-plan.types';
import type { PlanImport } from './import.entity';

/** Problems (and warnings) listed in one answer; the rest are counted, and listed row by row with `?rows=problems`. */
export const PROBLEMS_LISTED = 200;

export interface ImportTarget {
  planId: string | null;
  title: string;
  localArea: string;
}

/** The preview a person reviews before committing: what was read, what is wrong, what would change. */
export function toImportResponse(imp: PlanImport, target: ImportTarget, preview: Preview, query: ImportQueryDto) {
  const { table, mapping } = imp;
  const fieldOf = new Map<number, string>();
  for (const field of IMPORT_FIELDS) if (mapping[field] !== null) fieldOf.set(mapping[field], field);
  const listed = selectRows(preview.rows, query.rows);
  const start = (query.page - 1) * query.pageSize;
  const latestUpdateMapped = mapping.latestUpdate !== null;

  return {
    id: imp.id,
    version: imp.version,
    state: imp.state,
    fileName: imp.fileName,
    fileSize: imp.fileSize,
    format: table.format,
    encoding: table.encoding,
    sheet: table.sheet,
    sheets: table.sheets.map((s) => ({ ...s, used: s.name === table.sheet })),
    headerRow: table.headerRow,
    mapping,
    columns: table.columns.map((c) => ({ ...c, field: fieldOf.get(c.index) ?? null })),
    fields: IMPORT_FIELDS.map((field) => {
      const index = mapping[field];
      return {
        field,
        label: IMPORT_FIELD_LABELS[field],
        required: IMPORT_REQUIRED_FIELDS.includes(field),
        column: index,
        letter: index === null ? null : columnLetter(index),
        header: index === null ? null : (table.columns[index]?.header ?? ''),
      };
    }),
    plan: {
      action: imp.newPlanTitle ? 'create' : 'update',
      planId: target.planId,
      title: target.title,
      localArea: target.localArea,
      priorityAreas: preview.counts.priorityAreas,
      actions: preview.counts.actions,
      byPriorityArea: preview.counts.byPriorityArea,
      organisations: { new: preview.write.organisations.length, names: preview.write.organisations.map((o) => o.name) },
      people: { new: preview.write.people.length, names: preview.write.people.map((p) => p.name) },
      notWritten: latestUpdateMapped
        ? [{
            field: 'latestUpdate',
            message: 'The latest update column is shown in the preview but not written to the plan: progress is reported through status updates, which are moderated before they change an action.',
          }]
        : [],
    },
    rowCounts: preview.counts.rows,
    skipRows: imp.skipRows,
    problemCount: preview.problems.length,
    problems: preview.problems.slice(0, PROBLEMS_LISTED),
    // Imported as the sheet says but flagged in the plan; they never block the commit.
    warningCount: preview.warnings.length,
    warnings: preview.warnings.slice(0, PROBLEMS_LISTED),
    canCommit: imp.state === 'pending' && preview.problems.length === 0,
    rows: {
      items: listed.slice(start, start + query.pageSize),
      total: listed.length,
      page: query.page,
      pageSize: query.pageSize,
      view: query.rows,
    },
    createdAt: imp.createdAt.toISOString(),
    createdBy: { id: imp.createdById, label: imp.createdByLabel },
    committedAt: imp.committedAt?.toISOString() ?? null,
    committedBy: imp.committedAt ? { id: imp.committedById, label: imp.committedByLabel } : null,
    result: imp.result,
  };
}

export type ImportResponse = ReturnType<typeof toImportResponse>;

function selectRows(rows: PreviewRow[], view: ImportQueryDto['rows']): PreviewRow[] {
  if (view === 'problems') return rows.filter((r) => r.problems.length > 0);
  if (view === 'changes') return rows.filter((r) => r.outcome === 'new' || r.outcome === 'changed');
  return rows;
}

/** What an audit event keeps of an import: never the file or its rows. */
export function toImportAuditState(imp: PlanImport) {
  return {
    fileName: imp.fileName,
    fileSize: imp.fileSize,
    sha256: imp.sha256,
    planId: imp.planId,
    newPlanTitle: imp.newPlanTitle,
    sheet: imp.table.sheet,
    headerRow: imp.table.headerRow,
    mapping: imp.mapping,
    skipRows: imp.skipRows,
    state: imp.state,
    version: imp.version,
  };
}
