import { frameworkCriteria, type InspectionFramework, type SelfEvaluationGrade } from '@send/domain';
import type { SelfEvaluationComment } from './self-evaluation-comment.entity';
import type { SelfEvaluationSection } from './self-evaluation-section.entity';

export interface LinkTitles {
  evidence: Map<string, string>;
  evidenceActions: Map<string, string>;
  measures: Map<string, string>;
  findings: Map<string, string>;
}

export interface SectionResponse {
  criterionKey: string;
  areaKey: string;
  criterion: string;
  evaluation: string;
  strengths: string;
  areasToDevelop: string;
  grade: SelfEvaluationGrade | null;
  evidence: { id: string; title: string; actionId: string | null }[];
  measures: { id: string; title: string }[];
  findings: { id: string; title: string }[];
  comments: { id: string; author: string; text: string; createdAt: string }[];
  /** 0 until the section is first saved. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** Every criterion of the framework, in order, with what has been written against it (or nothing yet). */
export function toSelfEvaluationResponse(
  planId: string, framework: InspectionFramework, sections: SelfEvaluationSection[], comments: SelfEvaluationComment[], titles: LinkTitles,
) {
  const byKey = new Map(sections.map((s) => [s.criterionKey, s]));
  return {
    planId,
    framework: { version: framework.version, title: framework.title, source: framework.source, areas: framework.areas.map((a) => ({ key: a.key, heading: a.heading })) },
    sections: frameworkCriteria(framework).map((c): SectionResponse => {
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
    }),
  };
}
