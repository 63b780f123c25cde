/**
 * Multi-agency case audits: partners audit a child's files together (education, health and care)
 * and grade what they find in six domains on the four-point inspection scale. A case is named by a
 * reference, never by the child's name; the audits are read for their pattern (grades by domain and
 * the learning themes that recur), not one child at a time.
 */
export const CASE_AUDIT_DOMAINS = [
  'identification_of_need',
  'assessment',
  'quality_of_ehc_plan',
  'childs_voice',
  'multi_agency_working',
  'outcomes',
] as const;
export type CaseAuditDomain = (typeof CASE_AUDIT_DOMAINS)[number];

export const CASE_AUDIT_DOMAIN_LABELS: Readonly<Record<CaseAuditDomain, string>> = {
  identification_of_need: 'Identification of need',
  assessment: 'Assessment',
  quality_of_ehc_plan: 'Quality of the EHC plan',
  childs_voice: "The child's voice",
  multi_agency_working: 'Multi-agency working',
  outcomes: 'Outcomes',
};

/** The four-point scale, best first. */
export const CASE_AUDIT_GRADES = ['outstanding', 'good', 'requires_improvement', 'inadequate'] as const;
export type CaseAuditGrade = (typeof CASE_AUDIT_GRADES)[number];

export const CASE_AUDIT_GRADE_LABELS: Readonly<Record<CaseAuditGrade, string>> = {
  outstanding: 'Outstanding',
  good: 'Good',
  requires_improvement: 'Requires improvement',
  inadequate: 'Inadequate',
};

export type CaseAuditGrades = Readonly<Record<CaseAuditDomain, CaseAuditGrade>>;

export function isCaseAuditGrade(x: unknown): x is CaseAuditGrade {
  return typeof x === 'string' && (CASE_AUDIT_GRADES as readonly string[]).includes(x);
}

export function isCaseAuditDomain(x: unknown): x is CaseAuditDomain {
  return typeof x === 'string' && (CASE_AUDIT_DOMAINS as readonly string[]).includes(x);
}

export const CASE_REFERENCE_MAX = 30;
export const LEARNING_THEME_MAX = 200;
export const LEARNING_THEMES_MAX = 20;

/** Letters, digits and single hyphens between them: "CA-2025-01". */
const CASE_REFERENCE_SHAPE = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

export const CASE_REFERENCE_HINT = "A case reference, never a child's name";

/**
 * Why a case reference is refused, or null when it is fine. It holds at least one digit, so a
 * name ("Jamie", "Jamie-Smith") is never taken for a reference.
 */
export function caseReferenceProblem(reference: string): string | null {
  if (reference.length === 0) return 'reference must not be empty';
  if (reference.length > CASE_REFERENCE_MAX) return `reference must be at most ${CASE_REFERENCE_MAX} characters`;
  if (!CASE_REFERENCE_SHAPE.test(reference)) return 'reference must be letters, digits and hyphens, such as CA-2025-01';
  if (!/[0-9]/.test(reference)) return "reference must include a digit: give the case's reference, never a child's name";
  return null;
}

export type GradeCounts = Record<CaseAuditGrade, number>;

export function emptyGradeCounts(): GradeCounts {
  return { outstanding: 0, good: 0, requires_improvement: 0, inadequate: 0 };
}

export interface CaseAuditForSummary {
  grades: Partial<Record<CaseAuditDomain, CaseAuditGrade | null>>;
  learningThemes: readonly string[];
}

export interface CaseAuditDomainSummary {
  domain: CaseAuditDomain;
  label: string;
  counts: GradeCounts;
  /** How many audits graded this domain. */
  graded: number;
  /** Audits graded good or outstanding in this domain. */
  goodOrBetter: number;
}

export interface LearningThemeCount {
  theme: string;
  count: number;
}

export interface CaseAuditSummary {
  audits: number;
  domains: CaseAuditDomainSummary[];
  learningThemes: LearningThemeCount[];
}

/** A theme's key: case, spacing and a closing full stop do not make two themes. */
export function learningThemeKey(theme: string): string {
  return theme.trim().replace(/\s+/g, ' ').replace(/[.]+$/, '').toLowerCase();
}

/**
 * The audits' grades counted per domain (every domain, in order, every grade present even at 0),
 * and their learning themes with how many audits raised each: most often first, then by name.
 * A theme raised twice in one audit counts once; the wording shown is the first seen.
 */
export function summariseCaseAudits(audits: readonly CaseAuditForSummary[]): CaseAuditSummary {
  const domains = CASE_AUDIT_DOMAINS.map((domain): CaseAuditDomainSummary => {
    const counts = emptyGradeCounts();
    for (const audit of audits) {
      const grade = audit.grades[domain];
      if (grade && isCaseAuditGrade(grade)) counts[grade] += 1;
    }
    const graded = CASE_AUDIT_GRADES.reduce((n, g) => n + counts[g], 0);
    return { domain, label: CASE_AUDIT_DOMAIN_LABELS[domain], counts, graded, goodOrBetter: counts.outstanding + counts.good };
  });
  const themes = new Map<string, LearningThemeCount>();
  for (const audit of audits) {
    const seen = new Set<string>();
    for (const raw of audit.learningThemes) {
      const key = learningThemeKey(raw);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = themes.get(key);
      if (entry) entry.count += 1;
      else themes.set(key, { theme: raw.trim().replace(/\s+/g, ' '), count: 1 });
    }
  }
  const learningThemes = [...themes.values()].sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme));
  return { audits: audits.length, domains, learningThemes };
}
