import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  canReadDraftReadinessPacks, englandInstant, FINDING_KINDS, INSPECTION_KIND_LABELS, SELF_EVALUATION_GRADE_LABELS, todayIso,
} from '@send/domain';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { fieldError } from '../common/error-envelope';
import { assertCurrentVersion } from '../common/versioning';
import { ReadinessService } from '../inspection/readiness.service';
import { MeasureService } from '../measure/measure.service';
import { PlanService } from '../plan/plan.service';
import { renderBlocksDocx } from '../report/render/progress-report.docx';
import { renderBlocksPdf } from '../report/render/progress-report.pdf';
import { SelfEvaluationService } from '../self-evaluation/self-evaluation.service';
import { StatusUpdateService } from '../status-update/status-update.service';
import { VoiceService } from '../voice/voice.service';
import { formatDate } from '../report/render/format';
import { GenerateReadinessPackDto, ReadinessPackVersionDto } from './dto/readiness-pack.dto';
import { type PackFinding, type ReadinessPackContent, readinessPackBlocks, readinessPackTitle } from './readiness-pack.content';
import { ReadinessPack } from './readiness-pack.entity';
import { type ReadinessPackList, type ReadinessPackResponse, toReadinessPackAuditState, toReadinessPackResponse } from './readiness-pack.response';

export type ReadinessPackFormat = 'pdf' | 'docx';

export const READINESS_PACK_CONTENT_TYPES: Record<ReadinessPackFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface ReadinessPackDownload {
  bytes: Buffer;
  contentType: string;
  fileName: string;
  sha256?: string;
}

/**
 * The monitoring evidence pack: each inspection finding with what was done, the evidence of impact,
 * the measures, families' voice and the self-evaluation, judged as the readiness API judges it.
 * Rendered live for plan readers; generated as a frozen draft and published by plan managers, after
 * which its files are kept byte for byte and never change.
 */
@Injectable()
export class ReadinessPackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly plans: PlanService,
    private readonly readiness: ReadinessService,
    private readonly measures: MeasureService,
    private readonly updates: StatusUpdateService,
    private readonly selfEvaluation: SelfEvaluationService,
    private readonly voice: VoiceService,
  ) {}

  /** The pack as things stand (or stood at the end of `asAt`), rendered now: a draft to read, never stored. */
  async renderLive(planId: string, format: ReadinessPackFormat, asAt: string | undefined): Promise<ReadinessPackDownload> {
    const content = await this.buildContent(planId, asAt);
    const bytes = await renderReadinessPack(content, format, 'draft');
    return { bytes, contentType: READINESS_PACK_CONTENT_TYPES[format], fileName: fileName(content, format, 'draft') };
  }

  /** Takes the content as at the day asked for and keeps it as the plan's draft (replacing an earlier draft). */
  async generate(planId: string, dto: GenerateReadinessPackDto, actor: Actor): Promise<{ created: boolean; pack: ReadinessPackResponse }> {
    const content = await this.buildContent(planId, dto.asAt);
    const result = await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`readiness-pack:${planId}`]);
      const draft = await em.findOne(ReadinessPack, { where: { planId, state: 'draft' }, order: { createdAt: 'DESC' }, lock: { mode: 'pessimistic_write' } });
      const columns = { content, asAt: content.asAt, generatedAt: new Date(content.generatedAt), generatedById: actor.id, generatedByLabel: actor.label };
      if (draft) {
        const before = toReadinessPackAuditState(draft);
        const saved = await em.save(Object.assign(draft, columns));
        await this.audit.record(em, actor, { entityType: 'readiness_pack', entityId: saved.id, action: 'regenerate', planId, before, after: toReadinessPackAuditState(saved) });
        return { created: false, pack: saved };
      }
      const saved = await em.save(em.create(ReadinessPack, {
        planId, state: 'draft', publishedAt: null, publishedById: null, publishedByLabel: null, pdf: null, pdfSha256: null, docx: null, docxSha256: null, ...columns,
      }));
      await this.audit.record(em, actor, { entityType: 'readiness_pack', entityId: saved.id, action: 'generate', planId, after: toReadinessPackAuditState(saved) });
      return { created: true, pack: saved };
    });
    return { created: result.created, pack: toReadinessPackResponse(result.pack) };
  }

  /** Renders the draft's files from its frozen content and keeps them: the pack is final from now on. */
  async publish(id: string, dto: ReadinessPackVersionDto, actor: Actor): Promise<ReadinessPackResponse> {
    const saved = await this.dataSource.transaction(async (em) => {
      const pack = await this.lock(em, id);
      if (pack.state !== 'draft') {
        throw new ConflictException({
          message: 'This pack has been published and is final. Generate a new pack to describe a later day.',
          errors: [{ field: 'state', message: 'The pack is published' }],
          current: { id: pack.id, state: pack.state, version: pack.version },
        });
      }
      if (dto.version !== undefined) assertCurrentVersion(pack, dto.version, () => ({ id: pack.id, state: pack.state, version: pack.version }));
      const before = toReadinessPackAuditState(pack);
      const [pdf, docx] = [await renderReadinessPack(pack.content, 'pdf', 'published'), await renderReadinessPack(pack.content, 'docx', 'published')];
      Object.assign(pack, {
        state: 'published', publishedAt: new Date(), publishedById: actor.id, publishedByLabel: actor.label,
        pdf, pdfSha256: sha256(pdf), docx, docxSha256: sha256(docx),
      });
      const published = await em.save(pack);
      await this.audit.record(em, actor, { entityType: 'readiness_pack', entityId: id, action: 'publish', planId: pack.planId, before, after: toReadinessPackAuditState(published) });
      return published;
    });
    return toReadinessPackResponse(saved);
  }

  /** The plan's packs, newest first: published ones for everyone, drafts only for plan readers. */
  async list(planId: string, actor: Actor): Promise<ReadinessPackList> {
    await this.plans.findPlanOrFail(planId);
    const packs = await this.dataSource.getRepository(ReadinessPack).find({ where: { planId }, order: { createdAt: 'DESC' } });
    const items = packs.filter((p) => p.state === 'published' || canReadDraftReadinessPacks(actor.roles)).map(toReadinessPackResponse);
    return { items, total: items.length };
  }

  /** A published pack's stored file, byte for byte; a draft's rendered from its frozen content. */
  async file(id: string, format: ReadinessPackFormat, actor: Actor): Promise<ReadinessPackDownload> {
    const pack = await this.dataSource.getRepository(ReadinessPack).createQueryBuilder('p').addSelect(`p.${format}`).where('p.id = :id', { id }).getOne();
    if (!pack || (pack.state !== 'published' && !canReadDraftReadinessPacks(actor.roles))) throw notFound(id);
    const stored = pack[format];
    if (pack.state === 'published' && stored) {
      return { bytes: stored, contentType: READINESS_PACK_CONTENT_TYPES[format], fileName: fileName(pack.content, format, 'published'), sha256: format === 'pdf' ? pack.pdfSha256! : pack.docxSha256! };
    }
    const bytes = await renderReadinessPack(pack.content, format, 'draft');
    return { bytes, contentType: READINESS_PACK_CONTENT_TYPES[format], fileName: fileName(pack.content, format, 'draft') };
  }

  /**
   * What the pack says, as at the end of `asAt` (or now): the readiness API's findings, judgements
   * and gaps, unchanged, with what stands behind them.
   */
  async buildContent(planId: string, asAt: string | undefined): Promise<ReadinessPackContent> {
    const today = todayIso();
    if (asAt && asAt > today) throw fieldError('asAt', 'asAt cannot be in the future');
    const plan = await this.plans.findPlanOrFail(planId);
    const generatedAt = new Date();
    const day = asAt ?? today;
    const dayEnd = new Date(Math.min(englandInstant(day, '23:59').getTime() + 59_999, generatedAt.getTime()));
    const [readiness, measures, latestUpdates, sef, voice] = await Promise.all([
      this.readiness.getReadiness(planId, asAt),
      this.measures.findPlanMeasureDetails(planId, asAt),
      this.updates.findLatestApproved(planId, dayEnd),
      this.selfEvaluation.getSelfEvaluation(planId),
      this.voice.findVoiceAsAt(planId, day),
    ]);
    const measureById = new Map(measures.map((m) => [m.id, m]));
    const updateByAction = new Map(latestUpdates.map((u) => [u.actionId, u]));
    const inspectionById = new Map(readiness.inspections.map((i) => [i.id, i]));
    const areaHeading = new Map(sef.framework.areas.map((a) => [a.key, a.heading]));

    const findings = readiness.findings.map((f): PackFinding => {
      const inspection = inspectionById.get(f.inspectionId);
      return {
        id: f.id,
        inspection: inspection ? `From the ${inspection.kindLabel.toLowerCase()} of ${formatDate(inspection.date)}.` : '',
        kindLabel: f.kindLabel,
        number: f.number,
        title: f.title,
        text: f.text,
        judgement: f.judgement,
        judgementLabel: f.judgementLabel,
        gaps: f.gaps.map((g) => g.message),
        actions: f.actions.map((a) => {
          const u = updateByAction.get(a.id);
          return {
            reference: a.reference, title: a.title, organisation: a.ownerOrganisation?.name ?? null, dueDate: a.dueDate,
            deliveryStatusLabel: a.deliveryStatusLabel, impactStatusLabel: a.impactStatusLabel, overdue: a.overdue,
            latestUpdate: u ? { periodTitle: u.periodTitle, approvedAt: u.moderatedAt, narrative: u.narrative } : null,
          };
        }),
        evidence: f.actions.flatMap((a) => a.impactEvidence.map((e) => ({
          title: e.title, typeLabel: e.typeLabel, evidenceDate: e.evidenceDate, actionReference: a.reference, illustrative: e.illustrative,
        }))),
        measures: f.measures.flatMap((m) => {
          const d = measureById.get(m.id);
          if (!d) return [];
          return [{
            title: d.title, unitLabel: d.unitLabel, unit: d.unit, statusLabel: d.statusLabel, trend: d.trend, trendLabel: d.trendLabel,
            baseline: d.baseline, target: d.target, illustrative: d.illustrative,
            values: d.values.map((v) => ({ periodEnd: v.periodEnd, value: v.value, note: v.note })),
          }];
        }),
        // What families said about the work answering it: voice linked to its actions or to their priority areas.
        voice: voice.filter((v) => v.actions.some((a) => f.actions.some((x) => x.id === a.id)) || v.priorityAreas.some((p) => f.actions.some((x) => x.priorityAreaId === p.id)))
          .map((v) => ({
            title: `${v.kindLabel} (${v.voiceOfLabel.toLowerCase()})${v.illustrative ? ' (illustrative)' : ''}`,
            said: v.words,
            receivedOn: v.heardOn,
            source: [v.sourceLabel, v.sourceTitle].filter(Boolean).join(': ') || null,
            responses: v.response ? [{ text: v.response.whatChanged, respondedOn: v.response.respondedOn, statusLabel: v.response.statusLabel }] : [],
          })),
        selfEvaluation: sef.sections.filter((s) => s.findings.some((x) => x.id === f.id)).map((s) => ({
          areaHeading: areaHeading.get(s.areaKey) ?? '', criterion: s.criterion, gradeLabel: s.grade ? SELF_EVALUATION_GRADE_LABELS[s.grade] : null, evaluation: s.evaluation,
        })),
      };
    });
    // In the order the inspection reports set them out: latest inspection first, priority actions first, by number.
    const inspectionOrder = new Map(readiness.inspections.map((i, index) => [i.id, index]));
    const order = new Map(readiness.findings.map((f) => [f.id, f]));
    findings.sort((a, b) => {
      const fa = order.get(a.id)!;
      const fb = order.get(b.id)!;
      return (inspectionOrder.get(fa.inspectionId)! - inspectionOrder.get(fb.inspectionId)!)
        || (FINDING_KINDS.indexOf(fa.kind) - FINDING_KINDS.indexOf(fb.kind)) || (fa.number - fb.number);
    });

    return {
      plan: { id: plan.id, title: plan.title, localArea: plan.localArea },
      asAt: day,
      generatedAt: generatedAt.toISOString(),
      inspections: readiness.inspections.map((i) => ({ date: i.date, kindLabel: INSPECTION_KIND_LABELS[i.kind], outcome: i.outcome })),
      counts: readiness.counts,
      findingsWithGaps: readiness.findingsWithGaps,
      findingsWithoutImpactEvidence: readiness.findingsWithoutImpactEvidence,
      findings,
      selfEvaluation: {
        frameworkTitle: sef.framework.title,
        sections: sef.sections.map((s) => ({
          areaHeading: areaHeading.get(s.areaKey) ?? '', criterion: s.criterion, gradeLabel: s.grade ? SELF_EVALUATION_GRADE_LABELS[s.grade] : null,
          written: s.version > 0 && Boolean(s.evaluation || s.strengths || s.areasToDevelop || s.grade), updatedAt: s.updatedAt,
        })),
      },
    };
  }

  private async lock(em: EntityManager, id: string): Promise<ReadinessPack> {
    const pack = await em.findOne(ReadinessPack, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!pack) throw notFound(id);
    return pack;
  }
}

const notFound = (id: string) => new NotFoundException({ message: `There is no monitoring evidence pack with id ${id}`, errors: [] });
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** "Plymouth SEND monitoring evidence pack 2025-01-31.pdf", with DRAFT in a draft's name. */
function fileName(c: ReadinessPackContent, format: ReadinessPackFormat, state: 'draft' | 'published'): string {
  return `${readinessPackTitle(c)} ${c.asAt}${state === 'draft' ? ' DRAFT' : ''}.${format}`;
}

/** The pack's PDF or Word document, from its content: the same blocks for both. */
export async function renderReadinessPack(c: ReadinessPackContent, format: ReadinessPackFormat, state: 'draft' | 'published'): Promise<Buffer> {
  const blocks = readinessPackBlocks(c);
  const title = `${readinessPackTitle(c)}, as at ${formatDate(c.asAt)}`;
  if (format === 'docx') {
    return renderBlocksDocx(blocks, { draft: state === 'draft', creator: `${c.plan.localArea} local area SEND partnership`, title, description: `What the plan can show against each inspection finding, as at ${c.asAt}` });
  }
  return renderBlocksPdf(blocks, {
    title,
    subject: `Evidence against each inspection finding for the ${c.plan.title}`,
    author: `${c.plan.localArea} local area SEND partnership`,
    keywords: 'SEND, inspection, monitoring, evidence, readiness, self-evaluation',
    createdAt: new Date(c.generatedAt),
    watermark: state === 'draft' ? 'DRAFT – NOT FOR CIRCULATION' : undefined,
    footer: title,
  });
}
