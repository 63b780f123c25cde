import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkImpactEvidenceRemoval } from '@send/domain';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Action } from '../action/action.entity';
import { AuditService } from '../audit/audit.service';
import { assertCanEditAction } from '../auth/action-access';
import type { Actor } from '../common/actor';
import { fieldError, violationsException } from '../common/error-envelope';
import { assertCurrentVersion } from '../common/versioning';
import { UpdateEvidenceDto } from './dto/update-evidence.dto';
import { EvidenceFileRecord } from './evidence-file.entity';
import type { EvidenceSubmission } from './evidence-upload';
import { Evidence } from './evidence.entity';
import { EvidenceFileMeta, EvidenceResponse, toEvidenceAuditState, toEvidenceResponse } from './evidence.response';

/** A stored file whose bytes no longer match the SHA-256 recorded at upload. Never served. */
export class EvidenceFileCorruptError extends Error {
  constructor(evidenceId: string, recorded: string, actual: string) {
    super(`Evidence file of evidence ${evidenceId} is corrupt: its SHA-256 is ${actual}, but ${recorded} was recorded at upload`);
    this.name = 'EvidenceFileCorruptError';
  }
}

export interface EvidenceDownload {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

const FILE_META = { id: true, evidenceId: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true } as const;

@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** How many live evidence items of an action demonstrate impact on children and young people. */
  countImpactEvidence(em: EntityManager, actionId: string): Promise<number> {
    return em.count(Evidence, { where: { actionId, demonstratesImpact: true, archivedAt: IsNull() } });
  }

  /** Which of `ids` are not live evidence of this action (unknown, another action's, or archived). */
  async findNotEvidenceOf(em: EntityManager, actionId: string, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const found = await em.find(Evidence, { where: { id: In([...ids]), actionId, archivedAt: IsNull() }, select: { id: true } });
    const own = new Set(found.map((e) => e.id));
    return ids.filter((id) => !own.has(id));
  }
  /** A quick refusal (404, 403) before a large upload is read; `addEvidence` checks again in its transaction. */
  async assertMayAddEvidence(actionId: string, actor: Actor): Promise<void> {
    const action = await this.dataSource.getRepository(Action).findOne({ where: { id: actionId } });
    if (!action) throw new NotFoundException({ message: `There is no action with id ${actionId}`, errors: [] });
    await assertCanEditAction(this.dataSource.manager, actor, action);
  }

  async findActionEvidence(actionId: string, includeArchived = false): Promise<EvidenceResponse[]> {
    if (!(await this.dataSource.getRepository(Action).exists({ where: { id: actionId } }))) {
      throw new NotFoundException({ message: `There is no action with id ${actionId}`, errors: [] });
    }
    const items = await this.dataSource.getRepository(Evidence).find({
      where: { actionId, ...(includeArchived ? {} : { archivedAt: IsNull() }) },
      order: { evidenceDate: { direction: 'DESC', nulls: 'LAST' }, createdAt: 'DESC' },
    });
    const files = await this.fileMeta(this.dataSource.manager, items.map((e) => e.id));
    return items.map((e) => toEvidenceResponse(e, files.get(e.id) ?? null));
  }

  async getEvidence(id: string): Promise<EvidenceResponse> {
    const evidence = await this.dataSource.getRepository(Evidence).findOne({ where: { id } });
    if (!evidence) throw notFound(id);
    const files = await this.fileMeta(this.dataSource.manager, [id]);
    return toEvidenceResponse(evidence, files.get(id) ?? null);
  }

  async addEvidence(actionId: string, { dto, file }: EvidenceSubmission, actor: Actor): Promise<EvidenceResponse> {
    return this.dataSource.transaction(async (em) => {
      const action = await lockAction(em, actionId);
      await assertCanEditAction(em, actor, action);
      if (action.archivedAt) throw new BadRequestException({ message: `Action ${action.reference} is archived: evidence cannot be added to it`, errors: [] });
      const evidence = await em.save(em.create(Evidence, {
        actionId,
        type: dto.type,
        title: dto.title,
        description: dto.description ?? '',
        evidenceDate: dto.date,
        demonstratesImpact: dto.demonstratesImpact ?? false,
        url: file ? null : (dto.url ?? null),
        addedById: actor.id,
        addedByLabel: actor.label,
        archivedAt: null,
      }));
      let meta: EvidenceFileMeta | null = null;
      if (file) {
        await em.insert(EvidenceFileRecord, {
          evidenceId: evidence.id,
          fileName: file.fileName,
          mimeType: file.mimeType,
          sizeBytes: file.content.length,
          sha256: file.sha256,
          content: file.content,
        });
        meta = { fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.content.length, sha256: file.sha256 };
      }
      await this.audit.record(em, actor, {
        entityType: 'evidence', entityId: evidence.id, action: 'create', planId: action.planId,
        after: toEvidenceAuditState(evidence, meta),
      });
      return toEvidenceResponse(evidence, meta);
    });
  }

  async updateEvidence(id: string, dto: UpdateEvidenceDto, actor: Actor): Promise<EvidenceResponse> {
    return this.dataSource.transaction(async (em) => {
      const { evidence, action, file } = await this.lockEvidence(em, id);
      assertCurrentVersion(evidence, dto.version, () => toEvidenceResponse(evidence, file));
      await assertCanEditAction(em, actor, action);
      const nulls = (['type', 'title', 'date', 'demonstratesImpact', 'url', 'description'] as const).filter((f) => dto[f] === null);
      if (nulls.length > 0) throw violationsException(nulls.map((field) => ({ field, message: `${field} cannot be cleared` })));
      if (dto.url !== undefined && file) throw fieldError('url', 'This evidence is a file. To link to something instead, add a new evidence item');
      if (dto.demonstratesImpact === false && evidence.demonstratesImpact && !evidence.archivedAt) {
        const violations = checkImpactEvidenceRemoval('demonstratesImpact', action.impactStatus, await this.countImpactEvidence(em, action.id));
        if (violations.length > 0) throw violationsException(violations);
      }
      const before = toEvidenceAuditState(evidence, file);
      if (dto.type !== undefined) evidence.type = dto.type;
      if (dto.title !== undefined) evidence.title = dto.title;
      if (dto.description !== undefined) evidence.description = dto.description;
      if (dto.date !== undefined) evidence.evidenceDate = dto.date;
      if (dto.demonstratesImpact !== undefined) evidence.demonstratesImpact = dto.demonstratesImpact;
      if (dto.url !== undefined) evidence.url = dto.url;
      const saved = await em.save(evidence);
      await this.audit.record(em, actor, {
        entityType: 'evidence', entityId: id, action: 'update', planId: action.planId,
        before, after: toEvidenceAuditState(saved, file),
      });
      return toEvidenceResponse(saved, file);
    });
  }

  /**
   * Archives an evidence item (it stays readable, and so does its file). The last evidence of
   * impact of an action judged "Completed – impact evidenced" cannot go: the judgement rests on it.
   */
  async archiveEvidence(id: string, version: number, actor: Actor): Promise<EvidenceResponse> {
    return this.dataSource.transaction(async (em) => {
      const { evidence, action, file } = await this.lockEvidence(em, id);
      assertCurrentVersion(evidence, version, () => toEvidenceResponse(evidence, file));
      await assertCanEditAction(em, actor, action);
      if (evidence.archivedAt) throw new BadRequestException({ message: 'This evidence is already archived', errors: [] });
      if (evidence.demonstratesImpact) {
        const violations = checkImpactEvidenceRemoval('evidence', action.impactStatus, await this.countImpactEvidence(em, action.id));
        if (violations.length > 0) throw violationsException(violations);
      }
      const before = toEvidenceAuditState(evidence, file);
      evidence.archivedAt = new Date();
      const saved = await em.save(evidence);
      await this.audit.record(em, actor, {
        entityType: 'evidence', entityId: id, action: 'archive', planId: action.planId,
        before, after: toEvidenceAuditState(saved, file),
      });
      return toEvidenceResponse(saved, file);
    });
  }

  /** The stored file, after checking its bytes against the SHA-256 recorded at upload. */
  async getEvidenceFile(id: string): Promise<EvidenceDownload> {
    if (!(await this.dataSource.getRepository(Evidence).exists({ where: { id } }))) throw notFound(id);
    const file = await this.dataSource
      .getRepository(EvidenceFileRecord)
      .createQueryBuilder('f')
      .addSelect('f.content')
      .where('f.evidence_id = :id', { id })
      .getOne();
    if (!file) throw new NotFoundException({ message: 'This evidence is a link: it has no file to download', errors: [] });
    const actual = createHash('sha256').update(file.content).digest('hex');
    if (actual !== file.sha256) throw new EvidenceFileCorruptError(id, file.sha256, actual);
    return { fileName: file.fileName, mimeType: file.mimeType, content: file.content };
  }

  /** Locks the evidence's action, then the evidence: the order ActionService uses, so the impact rule holds under concurrency. */
  private async lockEvidence(em: EntityManager, id: string) {
    const found = await em.findOne(Evidence, { where: { id } });
    if (!found) throw notFound(id);
    const action = await lockAction(em, found.actionId);
    const evidence = await em.findOneOrFail(Evidence, { where: { id }, lock: { mode: 'pessimistic_write' } });
    const file = (await this.fileMeta(em, [id])).get(id) ?? null;
    return { evidence, action, file };
  }

  private async fileMeta(em: EntityManager, evidenceIds: string[]): Promise<Map<string, EvidenceFileMeta>> {
    if (evidenceIds.length === 0) return new Map();
    const rows = await em.find(EvidenceFileRecord, { select: FILE_META, where: { evidenceId: In(evidenceIds) } });
    return new Map(rows.map((r) => [r.evidenceId, r]));
  }
}

function notFound(id: string) {
  return new NotFoundException({ message: `There is no evidence with id ${id}`, errors: [] });
}

async function lockAction(em: EntityManager, id: string): Promise<Action> {
  const action = await em.findOne(Action, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!action) throw new NotFoundException({ message: `There is no action with id ${id}`, errors: [] });
  return action;
}
