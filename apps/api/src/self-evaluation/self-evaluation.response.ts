import { ApiProperty } from '@nestjs/swagger';
import { frameworkCriteria, SELF_EVALUATION_GRADES, selfEvaluationCompleteness, type InspectionFramework, type SelfEvaluationGrade } from '@send/domain';
import { ApiDateTime, ApiId, TitledRef } from '../common/api-response';
import type { SelfEvaluationComment } from './self-evaluation-comment.entity';
import type { SelfEvaluationSection } from './self-evaluation-section.entity';

export interface LinkTitles {
  evidence: Map<string, string>;
  evidenceActions: Map<string, string>;
  measures: Map<string, string>;
  findings: Map<string, string>;
}

export class EvidenceLink {
  @ApiId() id!: string;
  @ApiProperty() title!: string;
  @ApiId({ nullable: true, description: 'the action the evidence is for' }) actionId!: string | null;
}

export class SectionComment {
  @ApiId() id!: string;
  @ApiProperty() author!: string;
  @ApiProperty() text!: string;
  @ApiDateTime() createdAt!: string;
}

/** A criterion and what has been written against it. */
export class SectionResponse {
  @ApiProperty() criterionKey!: string;
  @ApiProperty() areaKey!: string;
  @ApiProperty({ description: 'the criterion in the framework\'s words' }) criterion!: string;
  @ApiProperty() evaluation!: string;
  @ApiProperty() strengths!: string;
  @ApiProperty() areasToDevelop!: string;
  @ApiProperty({ enum: SELF_EVALUATION_GRADES, enumName: 'SelfEvaluationGrade', nullable: true }) grade!: SelfEvaluationGrade | null;
  @ApiProperty({ type: () => EvidenceLink, isArray: true }) evidence!: EvidenceLink[];
  @ApiProperty({ type: () => TitledRef, isArray: true }) measures!: TitledRef[];
  @ApiProperty({ type: () => TitledRef, isArray: true }) findings!: TitledRef[];
  @ApiProperty({ type: () => SectionComment, isArray: true }) comments!: SectionComment[];
  @ApiProperty({ type: 'integer', description: '0 until the section is first saved' }) version!: number;
  @ApiDateTime({ nullable: true }) updatedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) updatedBy!: string | null;
}

export class FrameworkArea {
  @ApiProperty() key!: string;
  @ApiProperty() heading!: string;
}

export class FrameworkResponse {
  @ApiProperty() version!: string;
  @ApiProperty() title!: string;
  @ApiProperty() source!: string;
  @ApiProperty({ type: () => FrameworkArea, isArray: true }) areas!: FrameworkArea[];
}

/** How far the self-evaluation is written: sections with an evaluation and a grade, of all. */
export class SelfEvaluationCompleteness {
  @ApiProperty({ type: 'integer' }) written!: number;
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) missing!: number;
}

/** The plan's self-evaluation: every criterion of the framework, in order. */
export class SelfEvaluationResponse {
  @ApiId() planId!: string;
  @ApiProperty({ type: () => FrameworkResponse }) framework!: FrameworkResponse;
  @ApiProperty({ type: () => SectionResponse, isArray: true }) sections!: SectionResponse[];
  @ApiProperty({ type: () => SelfEvaluationCompleteness }) completeness!: SelfEvaluationCompleteness;
}

/** A comment added to a section. */
export class SectionCommentResponse extends SectionComment {
  @ApiProperty() criterionKey!: string;
}

/** One save of a section: who, when, which fields, before and after. */
export class SelfEvaluationRevisionResponse {
  @ApiProperty() id!: string;
  @ApiProperty() criterionKey!: string;
  @ApiProperty({ type: 'integer' }) revision!: number;
  @ApiProperty({ type: String, isArray: true }) changedFields!: string[];
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) before!: object | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) after!: object;
  @ApiProperty() by!: string;
  @ApiDateTime() at!: string;
}

/** Every criterion of the framework, in order, with what has been written against it (or nothing yet). */
export function toSelfEvaluationResponse(
  planId: string, framework: InspectionFramework, sections: SelfEvaluationSection[], comments: SelfEvaluationComment[], titles: LinkTitles,
): SelfEvaluationResponse {
  const byKey = new Map(sections.map((s) => [s.criterionKey, s]));
  const criteria = frameworkCriteria(framework);
  const answered = criteria.map((c): SectionResponse => {
      const s = byKey.get(c.key);
      return {
        criterionKey: c.key,
        areaKey: c.areaKey,
        criterion: c.text,
        evaluation: s?.evaluation ?? '',
        strengths: s?.strengths ?? '',
        areasToDevelop: s?.areasToDevelop ?? '',
        grade: s?.grade ?? null,
        evidence: (s?.evidenceIds ?? []).map((id) => ({ id, title: titles.evidence.get(id) ?? 'Evidence no longer held', actionId: titles.evidenceActions.get(id) ?? null })),
        measures: (s?.measureIds ?? []).map((id) => ({ id, title: titles.measures.get(id) ?? 'Measure no longer held' })),
        findings: (s?.findingIds ?? []).map((id) => ({ id, title: titles.findings.get(id) ?? 'Finding no longer held' })),
        comments: s ? comments.filter((x) => x.sectionId === s.id).map((x) => ({ id: x.id, author: x.authorLabel, text: x.text, createdAt: x.createdAt.toISOString() })) : [],
        // A section made only to hold a comment has not been written: version 1, nothing in it, no author.
        version: s?.version ?? 0,
        updatedAt: s?.updatedByLabel ? s.updatedAt.toISOString() : null,
        updatedBy: s?.updatedByLabel ?? null,
      };
  });
  return {
    planId,
    framework: { version: framework.version, title: framework.title, source: framework.source, areas: framework.areas.map((a) => ({ key: a.key, heading: a.heading })) },
    sections: answered,
    completeness: selfEvaluationCompleteness(answered, criteria.length),
  };
}
