import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  changedSectionFields, CURRENT_INSPECTION_FRAMEWORK, frameworkCriteria, type SelfEvaluationSectionContent,
} from '@send/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { violationsException } from '../common/error-envelope';
import { Plan } from '../plan/plan.entity';
import { AddSelfEvaluationCommentDto, SaveSelfEvaluationSectionDto } from './dto/self-evaluation.dto';
import { SelfEvaluationComment } from './self-evaluation-comment.entity';
import { SelfEvaluationRevision } from './self-evaluation-revision.entity';
import { SelfEvaluationSection } from './self-evaluation-section.entity';
import {
  toSelfEvaluationResponse, type LinkTitles, type SectionCommentResponse, type SectionResponse, type SelfEvaluationResponse, type SelfEvaluationRevisionResponse,
} from './self-evaluation.response';

const HISTORY_LIMIT = 500;

/**
 * The partnership's self-evaluation of a plan: one section per criterion of the current inspection
 * framework, each saved as a new version with who, when and what changed, and commented on by partners.
 */
@Injectable()
export class SelfEvaluationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly audit: AuditService) {}

  async getSelfEvaluation(planId: string): Promise<SelfEvaluationResponse> {
    await this.assertPlan(this.dataSource.manager, planId);
    const framework = CURRENT_INSPECTION_FRAMEWORK;
    const sections = await this.dataSource.getRepository(SelfEvaluationSection).find({ where: { planId, frameworkVersion: framework.version } });
    const comments = sections.length
      ? await this.dataSource.getRepository(SelfEvaluationComment).find({ where: sections.map((s) => ({ sectionId: s.id })), order: { createdAt: 'ASC' } })
      : [];
    const titles = await this.linkTitles(this.dataSource.manager, sections);
    return toSelfEvaluationResponse(planId, framework, sections, comments, titles);
  }

  /** Saves one section: a new version, refused (409) when someone saved it since it was read. */
  async saveSection(planId: string, criterionKey: string, dto: SaveSelfEvaluationSectionDto, actor: Actor): Promise<SectionResponse> {
    const framework = CURRENT_INSPECTION_FRAMEWORK;
    this.assertCriterion(criterionKey);
    await this.dataSource.transaction(async (em) => {
      await this.assertPlan(em, planId);
      const existing = await em.findOne(SelfEvaluationSection, {
        where: { planId, frameworkVersion: framework.version, criterionKey }, lock: { mode: 'pessimistic_write' },
      });
      if ((existing?.version ?? 0) !== dto.version) {
        throw new ConflictException({
          message: `Someone saved this section since you opened it (you edited version ${dto.version}, it is now at version ${existing?.version ?? 0}). Review their version and apply your change again.`,
          errors: [{ field: 'version', message: 'The section has changed since you opened it' }],
        });
      }
      const after: SelfEvaluationSectionContent = {
        evaluation: dto.evaluation, strengths: dto.strengths, areasToDevelop: dto.areasToDevelop, grade: dto.grade,
        evidenceIds: dto.evidenceIds ?? [], measureIds: dto.measureIds ?? [], findingIds: dto.findingIds ?? [],
      };
      await this.assertLinks(em, planId, after);
      const before = existing ? contentOf(existing) : null;
      const changed = changedSectionFields(before ?? EMPTY_CONTENT, after);
      if (existing && changed.length === 0) return;
      const section = await em.save(SelfEvaluationSection, {
        ...(existing ?? { planId, frameworkVersion: framework.version, criterionKey }),
        ...after, evidenceIds: [...after.evidenceIds], measureIds: [...after.measureIds], findingIds: [...after.findingIds],
        updatedByLabel: actor.label,
      });
      const titles = await this.linkTitles(em, before ? [section, before] : [section]);
      const named = (c: SelfEvaluationSectionContent | null) => c && {
        ...c,
        evidence: c.evidenceIds.map((id) => titles.evidence.get(id) ?? id),
        measures: c.measureIds.map((id) => titles.measures.get(id) ?? id),
        findings: c.findingIds.map((id) => titles.findings.get(id) ?? id),
      };
      await em.insert(SelfEvaluationRevision, {
        sectionId: section.id, planId, revision: section.version, changedFields: changed,
        before: named(before), after: named(after)!, actorUserId: actor.id, actorLabel: actor.label,
      });
      await this.audit.record(em, actor, {
        entityType: 'self_evaluation_section', entityId: section.id, action: existing ? 'update' : 'create', planId, before, after: { criterionKey, ...after },
      });
    }).catch((error: unknown) => {
      // Two first saves of one section at once: the second finds it written.
      if ((error as { code?: string }).code === '23505') throw new ConflictException({ message: 'Someone saved this section at the same moment. Review their version and apply your change again.', errors: [{ field: 'version', message: 'The section has changed since you opened it' }] });
      throw error;
    });
    const evaluation = await this.getSelfEvaluation(planId);
    return evaluation.sections.find((s) => s.criterionKey === criterionKey)!;
  }

  async addComment(planId: string, criterionKey: string, dto: AddSelfEvaluationCommentDto, actor: Actor): Promise<SectionCommentResponse> {
    const framework = CURRENT_INSPECTION_FRAMEWORK;
    this.assertCriterion(criterionKey);
    return this.dataSource.transaction(async (em) => {
      await this.assertPlan(em, planId);
      // A comment may come before anyone writes the section: it hangs from an empty one.
      await em.createQueryBuilder().insert().into(SelfEvaluationSection)
        .values({ planId, frameworkVersion: framework.version, criterionKey, updatedByLabel: null }).orIgnore().execute();
      const section = await em.findOneOrFail(SelfEvaluationSection, { where: { planId, frameworkVersion: framework.version, criterionKey } });
      const comment = await em.save(em.create(SelfEvaluationComment, { sectionId: section.id, authorUserId: actor.id, authorLabel: actor.label, text: dto.text }));
      await this.audit.record(em, actor, { entityType: 'self_evaluation_comment', entityId: comment.id, action: 'create', planId, after: { criterionKey, text: dto.text } });
      return { id: comment.id, criterionKey, author: comment.authorLabel, text: comment.text, createdAt: comment.createdAt.toISOString() };
    });
  }

  /** Every save, newest first: who, when, which fields, before and after. */
  async history(planId: string, criterionKey?: string): Promise<SelfEvaluationRevisionResponse[]> {
    await this.assertPlan(this.dataSource.manager, planId);
    const rows = await this.dataSource.query<{
      id: string; criterion_key: string; revision: number; changed_fields: string[]; before: object | null; after: object; actor_label: string; created_at: Date;
    }[]>(
      `SELECT r.id::text, s.criterion_key, r.revision, r.changed_fields, r.before, r.after, r.actor_label, r.created_at
         FROM self_evaluation_revision r JOIN self_evaluation_section s ON s.id = r.section_id
        WHERE r.plan_id = $1 AND ($2::text IS NULL OR s.criterion_key = $2)
        ORDER BY r.created_at DESC, r.id DESC LIMIT ${HISTORY_LIMIT}`,
      [planId, criterionKey ?? null],
    );
    return rows.map((r) => ({
      id: r.id, criterionKey: r.criterion_key, revision: r.revision, changedFields: r.changed_fields,
      before: r.before, after: r.after, by: r.actor_label, at: r.created_at.toISOString(),
    }));
  }

  private assertCriterion(criterionKey: string): void {
    if (!frameworkCriteria(CURRENT_INSPECTION_FRAMEWORK).some((c) => c.key === criterionKey)) {
      throw new NotFoundException({ message: `The framework has no criterion "${criterionKey}"`, errors: [] });
    }
  }

  private async assertPlan(em: EntityManager, planId: string): Promise<void> {
    if (!(await em.exists(Plan, { where: { id: planId } }))) throw new NotFoundException({ message: `There is no plan with id ${planId}`, errors: [] });
  }

  /** Linked evidence and measures must be the plan's own. */
  private async assertLinks(em: EntityManager, planId: string, content: SelfEvaluationSectionContent): Promise<void> {
    const [evidence, measures, findings] = await Promise.all([
      content.evidenceIds.length
        ? em.query<{ id: string }[]>('SELECT e.id FROM evidence e JOIN action a ON a.id = e.action_id WHERE a.plan_id = $1 AND e.id = ANY($2::uuid[])', [planId, content.evidenceIds])
        : [],
      content.measureIds.length ? em.query<{ id: string }[]>('SELECT id FROM measure WHERE plan_id = $1 AND id = ANY($2::uuid[])', [planId, content.measureIds]) : [],
      content.findingIds.length
        ? em.query<{ id: string }[]>('SELECT f.id FROM inspection_finding f JOIN inspection i ON i.id = f.inspection_id WHERE i.plan_id = $1 AND f.id = ANY($2::uuid[])', [planId, content.findingIds])
        : [],
    ]);
    const missing = (ids: readonly string[], found: { id: string }[]) => ids.filter((id) => !found.some((f) => f.id === id));
    const violations = [
      ...missing(content.evidenceIds, evidence).map((id) => ({ field: 'evidenceIds', message: `There is no evidence with id ${id} in this plan` })),
      ...missing(content.measureIds, measures).map((id) => ({ field: 'measureIds', message: `There is no measure with id ${id} in this plan` })),
      ...missing(content.findingIds, findings).map((id) => ({ field: 'findingIds', message: `There is no inspection finding with id ${id} in this plan` })),
    ];
    if (violations.length) throw violationsException(violations);
  }

  private async linkTitles(em: EntityManager, sections: Pick<SelfEvaluationSectionContent, 'evidenceIds' | 'measureIds' | 'findingIds'>[]): Promise<LinkTitles> {
    const evidenceIds = [...new Set(sections.flatMap((s) => s.evidenceIds))];
    const measureIds = [...new Set(sections.flatMap((s) => s.measureIds))];
    const findingIds = [...new Set(sections.flatMap((s) => s.findingIds))];
    const [evidence, measures, findings] = await Promise.all([
      evidenceIds.length
        ? em.query<{ id: string; title: string; action_id: string; reference: string }[]>(
          'SELECT e.id, e.title, e.action_id, a.reference FROM evidence e JOIN action a ON a.id = e.action_id WHERE e.id = ANY($1::uuid[])', [evidenceIds])
        : [],
      measureIds.length ? em.query<{ id: string; title: string }[]>('SELECT id, title FROM measure WHERE id = ANY($1::uuid[])', [measureIds]) : [],
      findingIds.length
        ? em.query<{ id: string; number: number; title: string | null; text: string }[]>('SELECT id, number, title, text FROM inspection_finding WHERE id = ANY($1::uuid[]) ORDER BY number', [findingIds])
        : [],
    ]);
    return {
      evidence: new Map(evidence.map((e) => [e.id, `${e.title} (action ${e.reference})`])),
      evidenceActions: new Map(evidence.map((e) => [e.id, e.action_id])),
      measures: new Map(measures.map((m) => [m.id, m.title])),
      findings: new Map(findings.map((f) => [f.id, `${f.number}. ${f.title ?? f.text}`])),
    };
  }
}

const EMPTY_CONTENT: SelfEvaluationSectionContent = { evaluation: '', strengths: '', areasToDevelop: '', grade: null, evidenceIds: [], measureIds: [], findingIds: [] };

function contentOf(s: SelfEvaluationSection): SelfEvaluationSectionContent {
  return {
    evaluation: s.evaluation, strengths: s.strengths, areasToDevelop: s.areasToDevelop, grade: s.grade,
    evidenceIds: s.evidenceIds, measureIds: s.measureIds, findingIds: s.findingIds,
  };
}
