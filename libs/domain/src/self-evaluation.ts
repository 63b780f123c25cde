/**
 * The partnership's self-evaluation (SEF), written against the evaluation criteria of the Ofsted/CQC
 * area SEND inspection framework. The framework is held here as data, one entry per published
 * version, so that a new version adds sections without rewriting what was written against the last.
 */

/** The framework's three inspection outcomes, used as the self-assessed grade of each section. */
export const SELF_EVALUATION_GRADES = ['typically_positive', 'inconsistent', 'widespread_failings'] as const;
export type SelfEvaluationGrade = (typeof SELF_EVALUATION_GRADES)[number];

export const SELF_EVALUATION_GRADE_LABELS: Record<SelfEvaluationGrade, string> = {
  typically_positive: 'Typically positive experiences and outcomes',
  inconsistent: 'Inconsistent experiences and outcomes',
  widespread_failings: 'Widespread or systemic failings',
};

/** The colour beside each grade's words (never the colour alone). */
export const SELF_EVALUATION_GRADE_RAG = {
  typically_positive: 'green',
  inconsistent: 'amber',
  widespread_failings: 'red',
} as const satisfies Record<SelfEvaluationGrade, 'green' | 'amber' | 'red'>;

export interface FrameworkCriterion {
  /** Stable across versions while the criterion's meaning holds: sections are keyed by it. */
  key: string;
  text: string;
}

export interface FrameworkArea {
  key: string;
  heading: string;
  criteria: readonly FrameworkCriterion[];
}

export interface InspectionFramework {
  version: string;
  title: string;
  /** Where the headings come from, and how faithfully they are held. */
  source: string;
  inForceFrom: string;
  areas: readonly FrameworkArea[];
}

const AREA_SEND_2023_AREAS: readonly FrameworkArea[] = [
  {
    key: 'impact',
    heading: "The impact of the local area partnership's SEND arrangements on the experiences and outcomes of children and young people with SEND",
    criteria: [
      { key: 'needs-identified', text: "Children and young people's needs are identified accurately and assessed in a timely and effective way" },
      { key: 'participate-in-decisions', text: 'Children, young people and their families participate in decision-making about their individual plans and support' },
      { key: 'right-help-right-time', text: 'Children and young people receive the right help at the right time' },
      { key: 'next-steps-outcomes', text: 'Children and young people are well prepared for their next steps and achieve strong outcomes' },
      { key: 'valued-included', text: 'Children and young people are valued, visible and included in their communities' },
    ],
  },
  {
    key: 'leadership',
    heading: "The local area partnership's leadership, commissioning and integrated working",
    criteria: [
      { key: 'leaders-ambitious', text: 'Leaders are ambitious for children and young people with SEND' },
      { key: 'leaders-engage', text: 'Leaders actively engage and work with children, young people and families' },
      { key: 'shared-understanding', text: 'Leaders have an accurate, shared understanding of the needs of children and young people in their local area' },
      {
        key: 'commissioning',
        text: 'Leaders commission services and provision to meet the needs and aspirations of children and young people, including commissioning arrangements for those in alternative provision',
      },
      { key: 'evaluate-improve', text: 'Leaders evaluate services and make improvements' },
      { key: 'multi-agency', text: 'Leaders create an environment in which effective practice and multi-agency working can flourish' },
    ],
  },
];

/** Every version held, oldest first. */
export const INSPECTION_FRAMEWORKS: readonly InspectionFramework[] = [
  {
    version: 'area-send-2023',
    title: 'Area SEND inspections: framework and handbook (Ofsted and CQC)',
    source: 'Evaluation criteria of the framework in force from January 2023 and as updated in June 2025, summarised; the published handbook is the authority.',
    inForceFrom: '2023-01-01',
    areas: AREA_SEND_2023_AREAS,
  },
];

export const CURRENT_INSPECTION_FRAMEWORK: InspectionFramework = INSPECTION_FRAMEWORKS[INSPECTION_FRAMEWORKS.length - 1];

export function frameworkVersion(version: string): InspectionFramework | undefined {
  return INSPECTION_FRAMEWORKS.find((f) => f.version === version);
}

/** Every criterion of a framework, in its order, with the area it sits under. */
export function frameworkCriteria(framework: InspectionFramework): (FrameworkCriterion & { areaKey: string })[] {
  return framework.areas.flatMap((area) => area.criteria.map((c) => ({ ...c, areaKey: area.key })));
}

export function isSelfEvaluationGrade(x: unknown): x is SelfEvaluationGrade {
  return typeof x === 'string' && (SELF_EVALUATION_GRADES as readonly string[]).includes(x);
}

/** The fields of a section a save can change, as history records them. */
export interface SelfEvaluationSectionContent {
  evaluation: string;
  strengths: string;
  areasToDevelop: string;
  grade: SelfEvaluationGrade | null;
  evidenceIds: readonly string[];
  measureIds: readonly string[];
  findingIds: readonly string[];
}

export const SELF_EVALUATION_FIELD_LABELS: Record<keyof SelfEvaluationSectionContent, string> = {
  evaluation: 'Evaluation',
  strengths: 'Strengths',
  areasToDevelop: 'Areas to develop',
  grade: 'Self-assessed grade',
  evidenceIds: 'Linked evidence',
  measureIds: 'Linked measures',
  findingIds: 'Linked findings',
};

/** Which fields a save changed (link lists compared as sets): what a version records. */
export function changedSectionFields(before: SelfEvaluationSectionContent, after: SelfEvaluationSectionContent): (keyof SelfEvaluationSectionContent)[] {
  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === a.length;
  return (Object.keys(SELF_EVALUATION_FIELD_LABELS) as (keyof SelfEvaluationSectionContent)[]).filter((field) => {
    const [a, b] = [before[field], after[field]];
    return Array.isArray(a) && Array.isArray(b) ? !sameSet(a, b) : a !== b;
  });
}

/** How far the self-evaluation is written: sections with an evaluation and a grade, of all. */
export function selfEvaluationCompleteness(sections: readonly Pick<SelfEvaluationSectionContent, 'evaluation' | 'grade'>[], total: number) {
  const written = sections.filter((s) => s.evaluation.trim() !== '' && s.grade !== null).length;
  return { written, total, missing: Math.max(0, total - written) };
}
