import { ConflictException, HttpException, HttpStatus, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { columnLetter, IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField, type ImportMapping } from '@send/domain';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { assertCurrentVersion } from '../common/versioning';
import { Plan } from '../plan/plan.entity';
import { CommitImportDto, ImportQueryDto, UpdateImportDto } from './dto/import.dto';
import type { ImportProblem, Preview } from './import-plan.types';
import { buildPreview } from './import-write-plan';
import { ImportWriter } from './import-writer';
import { loadPlanState } from './import-state';
import { buildImportTable } from './import-table';
import type { ImportUpload } from './import-upload';
import { PlanImport, type ImportResult } from './import.entity';
import { ImportResponse, ImportTarget, toImportAuditState, toImportResponse } from './import.response';
import { readSpreadsheet } from './spreadsheet-reader';

/** Problems named in a refused commit's errors[]; the preview lists them all. */
const PROBLEMS_IN_REFUSAL = 100;

// PostgreSQL errors that mean the data was refused, not that the server broke (as in the exception filter).
const PG_REFUSALS: Record<string, number> = {
  '23503': HttpStatus.BAD_REQUEST,
  '23505': HttpStatus.CONFLICT,
  '23514': HttpStatus.BAD_REQUEST,
  '22001': HttpStatus.BAD_REQUEST,
  '22021': HttpStatus.BAD_REQUEST,
  '22P02': HttpStatus.BAD_REQUEST,
  '22007': HttpStatus.BAD_REQUEST,
  '22008': HttpStatus.BAD_REQUEST,
};

const DEFAULT_QUERY = Object.assign(new ImportQueryDto(), { page: 1, pageSize: 50, rows: 'all' as const });

@Injectable()
export class ImportService {
  private readonly logger = new Logger(ImportService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly audit: AuditService) {}

  /** Reads the file and stores it with its guessed mapping. Nothing is written to any plan. */
  async uploadImport(upload: ImportUpload, actor: Actor): Promise<ImportResponse> {
    const { dto, fileName, content } = upload;
    if (dto.planId && !(await this.dataSource.getRepository(Plan).exists({ where: { id: dto.planId } }))) {
      throw fieldError('planId', 'There is no plan with this id');
    }
    const workbook = await readSpreadsheet(fileName, content);
    const { table, mapping } = buildImportTable(workbook);
    const id = await this.dataSource.transaction(async (em) => {
      // insert, not save: save deep-merges the entity, which is slow for a table of thousands of rows.
      const values = {
        planId: dto.planId ?? null,
        newPlanTitle: dto.planId ? null : (dto.title ?? null),
        newPlanLocalArea: dto.planId ? null : (dto.localArea ?? null),
        fileName,
        fileSize: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        table,
        mapping,
        skipRows: [],
        state: 'pending',
        createdById: actor.id,
        createdByLabel: actor.label,
        committedAt: null,
        committedById: null,
        committedByLabel: null,
        result: null,
      } satisfies Partial<PlanImport>;
      const inserted = await em.insert(PlanImport, values);
      const imp = { ...values, id: inserted.identifiers[0]?.id as string, version: 1 } as unknown as PlanImport;
      await this.audit.record(em, actor, { entityType: 'import', entityId: imp.id, action: 'create', planId: imp.planId, after: toImportAuditState(imp) });
      return imp.id;
    });
    return this.getImport(id);
  }

  async getImport(id: string, query: ImportQueryDto = DEFAULT_QUERY): Promise<ImportResponse> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const imp = await this.findImportOrFail(em, id);
      return this.respond(em, imp, query);
    });
  }

  /** Changes the mapping, the rows to skip, the sheet or the header row, and answers the new preview. */
  async updateImport(id: string, dto: UpdateImportDto, actor: Actor, query: ImportQueryDto = DEFAULT_QUERY): Promise<ImportResponse> {
    await this.dataSource.transaction(async (em) => {
      const imp = await this.findImportOrFail(em, id, true);
      assertCurrentVersion(imp, dto.version, () => ({ id: imp.id, version: imp.version, state: imp.state }));
      this.assertPending(imp);
      const before = toImportAuditState(imp);

      if (dto.sheet !== undefined || dto.headerRow !== undefined) {
        const { content } = await em.findOneOrFail(PlanImport, { where: { id }, select: { id: true, content: true } });
        const workbook = await readSpreadsheet(imp.fileName, content);
        const sameSheet = dto.sheet === undefined || dto.sheet === imp.table.sheet;
        const { table, mapping } = buildImportTable(workbook, {
          sheet: dto.sheet ?? imp.table.sheet ?? undefined,
          headerRow: dto.headerRow,
        });
        imp.table = table;
        imp.mapping = mapping;
        if (!sameSheet && dto.skipRows === undefined) imp.skipRows = [];
      }
      if (dto.mapping) imp.mapping = applyMapping(imp.mapping, dto.mapping, imp.table.columns.length);
      if (dto.skipRows !== undefined) {
        const rows = new Set(imp.table.rows.map((r) => r.row));
        const unknown = dto.skipRows.filter((r) => !rows.has(r));
        if (unknown.length > 0) {
          throw fieldError('skipRows', `Row${unknown.length > 1 ? 's' : ''} ${unknown.slice(0, 10).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not a row of the table below the header (row ${imp.table.headerRow}).`);
        }
        imp.skipRows = [...new Set(dto.skipRows)].sort((a, b) => a - b);
      }
      await this.saveImport(em, imp, { table: imp.table, mapping: imp.mapping, skipRows: imp.skipRows });
      await this.audit.record(em, actor, {
        entityType: 'import', entityId: id, action: 'update', planId: imp.planId, before, after: toImportAuditState(imp),
      });
    });
    return this.getImport(id, query);
  }

  /**
   * Writes the import to the plan: all of it in one transaction, or nothing. Refused with 409 while
   * the preview, worked out again against the plan as it is now, still has problems.
   */
  async commitImport(id: string, dto: CommitImportDto, actor: Actor): Promise<ImportResponse> {
    const started = Date.now();
    try {
      await this.dataSource.transaction(async (em) => {
        const imp = await this.findImportOrFail(em, id, true);
        assertCurrentVersion(imp, dto.version, () => ({ id: imp.id, version: imp.version, state: imp.state }));
        this.assertPending(imp);
        if (imp.planId) await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`import:${imp.planId}`]);
        const state = await loadPlanState(em, imp.planId, true);
        const preview = buildPreview(imp.table, imp.mapping, new Set(imp.skipRows), state);
        if (preview.problems.length > 0) throw refusal(preview.problems);

        const writer = new ImportWriter(em, this.audit, actor);
        const planId = imp.planId ?? (await writer.createPlan(imp.newPlanTitle as string, imp.newPlanLocalArea as string));
        await writer.write(planId, preview, { importId: imp.id, fileName: imp.fileName });
        const result: ImportResult = {
          planId,
          priorityAreas: preview.counts.priorityAreas,
          actions: { new: preview.counts.actions.new, changed: preview.counts.actions.changed, unchanged: preview.counts.actions.unchanged },
          organisations: preview.counts.organisations,
          people: preview.counts.people,
        };
        const before = toImportAuditState(imp);
        await this.saveImport(em, imp, {
          planId, state: 'committed', committedAt: new Date(), committedById: actor.id, committedByLabel: actor.label, result,
        });
        await this.audit.record(em, actor, {
          entityType: 'import', entityId: id, action: 'commit', planId, before, after: { ...toImportAuditState(imp), result, warnings: preview.warnings.length },
        });
      });
    } catch (error) {
      throw this.commitFailure(error);
    }
    this.logger.log(`Import ${id} committed in ${Date.now() - started} ms`);
    return this.getImport(id);
  }

  private commitFailure(error: unknown): unknown {
    if (!(error instanceof QueryFailedError)) return error;
    const code = (error as QueryFailedError & { code?: string }).code ?? '';
    const status = PG_REFUSALS[code];
    if (!status) return error;
    this.logger.debug(`An import commit was refused by the database (${code}): ${(error as { detail?: string }).detail ?? error.message}`);
    return new HttpException({
      message: 'The database refused part of this import (a value it cannot store, or one that clashes with a record already there). ' +
        'Nothing from the file was saved: the plan is as it was before the commit.',
      errors: [],
    }, status);
  }

  private async respond(em: EntityManager, imp: PlanImport, query: ImportQueryDto): Promise<ImportResponse> {
    const state = await loadPlanState(em, imp.planId);
    const preview: Preview = buildPreview(imp.table, imp.mapping, new Set(imp.skipRows), state);
    let target: ImportTarget = { planId: imp.planId, title: imp.newPlanTitle ?? '', localArea: imp.newPlanLocalArea ?? '' };
    if (imp.planId) {
      const plan = await em.findOne(Plan, { where: { id: imp.planId } });
      if (plan) target = { planId: plan.id, title: plan.title, localArea: plan.localArea };
    }
    return toImportResponse(imp, target, preview, query);
  }

  /** Writes the given columns and the next version (update, not save: see uploadImport). */
  private async saveImport(em: EntityManager, imp: PlanImport, changes: Partial<PlanImport>): Promise<void> {
    const result = await em.createQueryBuilder().update(PlanImport)
      .set(changes)
      .where('id = :id AND version = :version', { id: imp.id, version: imp.version })
      .returning(['version'])
      .execute();
    Object.assign(imp, changes, { version: Number((result.raw as { version: number }[])[0]?.version) });
  }

  private async findImportOrFail(em: EntityManager, id: string, lock = false): Promise<PlanImport> {
    const imp = await em.findOne(PlanImport, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!imp) throw new NotFoundException({ message: `There is no import with id ${id}`, errors: [] });
    return imp;
  }

  private assertPending(imp: PlanImport): void {
    if (imp.state !== 'pending') {
      throw new ConflictException({
        message: 'This import has already been committed. To bring in a newer version of the tracker, upload it again.',
        errors: [{ field: 'state', message: 'The import has already been committed' }],
      });
    }
  }
}

function applyMapping(current: ImportMapping, change: Partial<Record<ImportField, number | null>>, width: number): ImportMapping {
  const next = { ...current };
  for (const field of IMPORT_FIELDS) {
    const column = change[field];
    if (column === undefined) continue;
    if (column !== null && column >= width) {
      throw fieldError(`mapping.${field}`, `The table has columns 0 to ${width - 1} (A to ${columnLetter(width - 1)}); ${column} is not one of them.`);
    }
    next[field] = column;
  }
  const used = new Map<number, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const column = next[field];
    if (column === null) continue;
    const other = used.get(column);
    if (other) {
      throw fieldError(`mapping.${field}`, `Column ${columnLetter(column)} is already mapped to ${IMPORT_FIELD_LABELS[other]} (${other}): a column holds one field. Unmap it there first (set it to null).`);
    }
    used.set(column, field);
  }
  return next;
}

function refusal(problems: ImportProblem[]): ConflictException {
  const count = problems.length;
  const first = problems.slice(0, 3).map((p) => p.message).join(' ');
  return new ConflictException({
    message: `This import has ${count} problem${count === 1 ? '' : 's'} to resolve before it can be committed: correct the sheet and upload it again, ` +
      `change the column mapping, or skip those rows. ${first}${count > 3 ? ` (and ${count - 3} more)` : ''}`,
    errors: problems.slice(0, PROBLEMS_IN_REFUSAL).map((p) => ({
      field: p.row === null ? `mapping.${p.field ?? ''}` : `rows.${p.row}${p.field ? `.${p.field}` : ''}`,
      message: p.message,
    })),
  });
}
