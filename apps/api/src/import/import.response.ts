import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  columnLetter,
  DELIVERY_STATUSES,
  IMPACT_STATUSES,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  IMPORT_REQUIRED_FIELDS,
  type DeliveryStatus,
  type ImpactStatus,
  type ImportField,
  type ImportMapping,
} from '@send/domain';
import { ApiDateTime, ApiId, PageOf } from '../common/api-response';
import { ROW_VIEWS, type ImportQueryDto, type RowView } from './dto/import.dto';
import type { Preview, PreviewRow } from './import-plan.types';
import { IMPORT_STATES, type ImportState, type PlanImport } from './import.entity';

/** Problems (and warnings) listed in one answer; the rest are counted, and listed row by row with `?rows=problems`. */
export const PROBLEMS_LISTED = 200;

export interface ImportTarget {
  planId: string | null;
  title: string;
  localArea: string;
}

/** The preview a person reviews before committing: what was read, what is wrong, what would change. */
export function toImportResponse(imp: PlanImport, target: ImportTarget, preview: Preview, query: ImportQueryDto): ImportResponse {
  const { table, mapping } = imp;
  const fieldOf = new Map<number, ImportField>();
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

/*
 * The classes below describe the preview in the OpenAPI document (and so in the web's generated types);
 * toImportResponse builds it as a plain object of the same shape.
 */

/** How many of something committing would create, change or leave as it is. */
export class ImportCounts {
  @ApiProperty({ type: 'integer' }) new!: number;
  @ApiProperty({ type: 'integer' }) changed!: number;
  @ApiProperty({ type: 'integer' }) unchanged!: number;
}

export class ImportActionCounts extends ImportCounts {
  @ApiProperty({ type: 'integer', description: "the plan's actions the file does not mention (left as they are)" }) notInFile!: number;
}

export class ImportNewCount {
  @ApiProperty({ type: 'integer' }) new!: number;
}

export class ImportNewNames extends ImportNewCount {
  @ApiProperty({ type: String, isArray: true }) names!: string[];
}

/** Which column (0-based) holds each field, null where none does. */
export class ImportMappingResponse {}
for (const field of IMPORT_FIELDS) ApiProperty({ type: 'integer', nullable: true })(ImportMappingResponse.prototype, field);

export class ImportSheet {
  @ApiProperty({ type: String, nullable: true, description: 'null for a CSV file' }) name!: string | null;
  @ApiProperty() hidden!: boolean;
  @ApiProperty({ description: 'the sheet the import reads' }) used!: boolean;
}

export class ImportColumnResponse {
  @ApiProperty({ type: 'integer' }) index!: number;
  @ApiProperty({ example: 'C' }) letter!: string;
  @ApiProperty({ description: "as written in the header row ('' when the column has none)" }) header!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the label of a merged cell above it spanning several columns' }) group!: string | null;
  @ApiProperty({ enum: IMPORT_FIELDS, enumName: 'ImportField', nullable: true }) field!: ImportField | null;
}

export class ImportFieldInfo {
  @ApiProperty({ enum: IMPORT_FIELDS, enumName: 'ImportField' }) field!: ImportField;
  @ApiProperty() label!: string;
  @ApiProperty() required!: boolean;
  @ApiProperty({ type: 'integer', nullable: true }) column!: number | null;
  @ApiProperty({ type: String, nullable: true }) letter!: string | null;
  @ApiProperty({ type: String, nullable: true }) header!: string | null;
}

/** Where in the sheet, and what: a problem or a warning. `row` is null for the mapping as a whole. */
export class ImportNoticeResponse {
  @ApiProperty({ type: 'integer', nullable: true }) row!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'C' }) column!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) columnIndex!: number | null;
  @ApiProperty({ type: String, nullable: true }) header!: string | null;
  @ApiProperty({ enum: IMPORT_FIELDS, enumName: 'ImportField', nullable: true }) field!: ImportField | null;
  @ApiProperty({ example: 'unreadable_date' }) code!: string;
  @ApiProperty() message!: string;
  @ApiPropertyOptional({ description: "the cell's text, when the notice is about what it says" }) value?: string;
}

export class ImportNotWritten {
  @ApiProperty({ example: 'latestUpdate' }) field!: string;
  @ApiProperty() message!: string;
}

export class ImportPriorityAreaCounts {
  @ApiProperty({ type: 'integer' }) number!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['new', 'renamed', 'unchanged'] }) change!: 'new' | 'renamed' | 'unchanged';
  @ApiProperty({ type: () => ImportCounts }) actions!: ImportCounts;
}

/** The plan the import writes to, and what committing would do to it. */
export class ImportPlanSummary {
  @ApiProperty({ enum: ['create', 'update'] }) action!: 'create' | 'update';
  @ApiId({ nullable: true }) planId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() localArea!: string;
  @ApiProperty({ type: () => ImportCounts }) priorityAreas!: ImportCounts;
  @ApiProperty({ type: () => ImportActionCounts }) actions!: ImportActionCounts;
  @ApiProperty({ type: () => ImportPriorityAreaCounts, isArray: true }) byPriorityArea!: ImportPriorityAreaCounts[];
  @ApiProperty({ type: () => ImportNewNames }) organisations!: ImportNewNames;
  @ApiProperty({ type: () => ImportNewNames }) people!: ImportNewNames;
  @ApiProperty({ type: () => ImportNotWritten, isArray: true, description: 'mapped columns shown in the preview but not written to the plan' }) notWritten!: ImportNotWritten[];
}

export class ImportRowCounts {
  @ApiProperty({ type: 'integer' }) read!: number;
  @ApiProperty({ type: 'integer' }) actions!: number;
  @ApiProperty({ type: 'integer' }) sections!: number;
  @ApiProperty({ type: 'integer' }) skipped!: number;
  @ApiProperty({ type: 'integer' }) blank!: number;
  @ApiProperty({ type: 'integer' }) withProblems!: number;
}

/** What a row shows once read, in the product's terms; unmapped fields are left out. */
export class ImportRowValues {
  @ApiPropertyOptional({ type: String, nullable: true }) reference?: string | null;
  @ApiPropertyOptional({ type: 'integer', nullable: true }) priorityNumber?: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) priorityTitle?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) title?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) description?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) ownerPerson?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) ownerOrganisation?: string | null;
  @ApiPropertyOptional({ type: String, isArray: true }) partners?: string[];
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) startDate?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) dueDate?: string | null;
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, enumName: 'DeliveryStatus', nullable: true }) deliveryStatus?: DeliveryStatus | null;
  @ApiPropertyOptional({ type: String, nullable: true }) deliveryStatusLabel?: string | null;
  @ApiPropertyOptional({ enum: IMPACT_STATUSES, enumName: 'ImpactStatus', nullable: true }) impactStatus?: ImpactStatus | null;
  @ApiPropertyOptional({ type: String, nullable: true }) impactStatusLabel?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) latestUpdate?: string | null;
}

export class ImportRow {
  @ApiProperty({ type: 'integer', description: 'the row number Excel shows' }) row!: number;
  @ApiProperty({ enum: ['action', 'section'], description: '`section`: a heading naming the priority area of the rows below it' }) kind!: 'action' | 'section';
  @ApiProperty() skipped!: boolean;
  @ApiProperty({ enum: ['new', 'changed', 'unchanged'], nullable: true, description: 'null while the row has problems or is skipped' }) outcome!: 'new' | 'changed' | 'unchanged' | null;
  @ApiProperty({ type: String, isArray: true, example: ['dueDate'] }) changes!: string[];
  @ApiProperty({ type: () => ImportRowValues }) values!: ImportRowValues;
  @ApiProperty({ type: () => ImportNoticeResponse, isArray: true }) problems!: ImportNoticeResponse[];
  @ApiProperty({ type: () => ImportNoticeResponse, isArray: true }) warnings!: ImportNoticeResponse[];
}

export class ImportRowPage extends PageOf(ImportRow) {
  @ApiProperty({ enum: ROW_VIEWS }) view!: RowView;
}

export class ImportActor {
  @ApiId({ nullable: true }) id!: string | null;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
}

/** What a commit wrote. */
export class ImportResultResponse {
  @ApiId() planId!: string;
  @ApiProperty({ type: () => ImportCounts }) priorityAreas!: ImportCounts;
  @ApiProperty({ type: () => ImportCounts }) actions!: ImportCounts;
  @ApiProperty({ type: () => ImportNewCount }) organisations!: ImportNewCount;
  @ApiProperty({ type: () => ImportNewCount }) people!: ImportNewCount;
}

/** The preview of an uploaded tracker, as every call about an import answers it. */
export class ImportResponse {
  @ApiId() id!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ enum: IMPORT_STATES, enumName: 'ImportState' }) state!: ImportState;
  @ApiProperty() fileName!: string;
  @ApiProperty({ type: 'integer', description: 'bytes' }) fileSize!: number;
  @ApiProperty({ enum: ['xlsx', 'csv'] }) format!: 'xlsx' | 'csv';
  @ApiProperty({ type: String, nullable: true, description: 'the text encoding of a CSV file' }) encoding!: string | null;
  @ApiProperty({ type: String, nullable: true }) sheet!: string | null;
  @ApiProperty({ type: () => ImportSheet, isArray: true }) sheets!: ImportSheet[];
  @ApiProperty({ type: 'integer' }) headerRow!: number;
  @ApiProperty({ type: () => ImportMappingResponse }) mapping!: ImportMapping;
  @ApiProperty({ type: () => ImportColumnResponse, isArray: true }) columns!: ImportColumnResponse[];
  @ApiProperty({ type: () => ImportFieldInfo, isArray: true }) fields!: ImportFieldInfo[];
  @ApiProperty({ type: () => ImportPlanSummary }) plan!: ImportPlanSummary;
  @ApiProperty({ type: () => ImportRowCounts }) rowCounts!: ImportRowCounts;
  @ApiProperty({ type: 'integer', isArray: true }) skipRows!: number[];
  @ApiProperty({ type: 'integer' }) problemCount!: number;
  @ApiProperty({ type: () => ImportNoticeResponse, isArray: true, description: `at most ${PROBLEMS_LISTED}; the rest are counted` }) problems!: ImportNoticeResponse[];
  @ApiProperty({ type: 'integer' }) warningCount!: number;
  @ApiProperty({ type: () => ImportNoticeResponse, isArray: true, description: `at most ${PROBLEMS_LISTED}; they never block the commit` }) warnings!: ImportNoticeResponse[];
  @ApiProperty() canCommit!: boolean;
  @ApiProperty({ type: () => ImportRowPage }) rows!: ImportRowPage;
  @ApiDateTime() createdAt!: string;
  @ApiProperty({ type: () => ImportActor }) createdBy!: ImportActor;
  @ApiDateTime({ nullable: true }) committedAt!: string | null;
  @ApiProperty({ type: () => ImportActor, nullable: true }) committedBy!: ImportActor | null;
  @ApiProperty({ type: () => ImportResultResponse, nullable: true }) result!: ImportResultResponse | null;
}

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
