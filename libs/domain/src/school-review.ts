/*
 * Schools' SEND self-reviews against the local authority's expectations, the local authority's
 * audit visits, and what the local authority reads across schools: ratings by area, the schools
 * most in need of support, where a school rated itself above the audit, and the thematic summary
 * of a year's audits.
 */

import { PERMISSIONS, rolesAllow } from './permissions';
import type { Role } from './roles';

/**
 * Which schools' reviews someone reads: the local authority's people every school; a school's
 * SENCO (with no other role that reads them) their own school only, and none if they have none.
 */
export type SchoolReviewScope = { kind: 'all' } | { kind: 'school'; schoolId: string | null };

export function schoolReviewScope(user: { roles: readonly Role[]; schoolId?: string | null }): SchoolReviewScope {
  const laReaders = PERMISSIONS.readSchoolReviews.filter((role) => role !== 'school_senco');
  if (rolesAllow(user.roles, laReaders)) return { kind: 'all' };
  return { kind: 'school', schoolId: user.roles.includes('school_senco') ? user.schoolId ?? null : null };
}

export const SCHOOL_PHASES = ['primary', 'secondary', 'special', 'all_through', 'post_16'] as const;
export type SchoolPhase = (typeof SCHOOL_PHASES)[number];
export const SCHOOL_PHASE_LABELS: Readonly<Record<SchoolPhase, string>> = {
  primary: 'Primary', secondary: 'Secondary', special: 'Special', all_through: 'All-through', post_16: 'Post-16',
};

/** How far a school meets a statement, best first. */
export const EXPECTATION_RATINGS = ['embedded', 'developing', 'not_yet'] as const;
export type ExpectationRating = (typeof EXPECTATION_RATINGS)[number];
export const EXPECTATION_RATING_LABELS: Readonly<Record<ExpectationRating, string>> = {
  embedded: 'Embedded', developing: 'Developing', not_yet: 'Not yet in place',
};
/** Colours shown beside the words (never instead of them): GOV.UK green, yellow, red. */
export const EXPECTATION_RATING_COLOURS: Readonly<Record<ExpectationRating, string>> = {
  embedded: '#00703c', developing: '#ffdd00', not_yet: '#d4351c',
};
const RANK: Readonly<Record<ExpectationRating, number>> = { embedded: 2, developing: 1, not_yet: 0 };

export const SELF_REVIEW_STATES = ['draft', 'submitted'] as const;
export type SelfReviewState = (typeof SELF_REVIEW_STATES)[number];
export const AUDIT_STATES = ['draft', 'published'] as const;
export type AuditState = (typeof AUDIT_STATES)[number];

/**
 * The themes the local authority's audit report is written under (the 2017 SEN Audit Report's
 * headings): every finding and next step of an audit visit belongs to one.
 */
export const AUDIT_THEMES = ['identification', 'meeting_needs', 'outcomes', 'for_schools', 'for_local_authority'] as const;
export type AuditTheme = (typeof AUDIT_THEMES)[number];
export const AUDIT_THEME_LABELS: Readonly<Record<AuditTheme, string>> = {
  identification: 'School systems for identifying pupils with SEND',
  meeting_needs: 'Assessing and meeting the needs of pupils with SEND',
  outcomes: 'Improving outcomes for pupils with SEND',
  for_schools: 'Points for consideration for schools',
  for_local_authority: 'Points for consideration for the Local Authority',
};

/** The academic year (September to August) a day falls in, named by the calendar year it starts in. */
export function academicYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 9 ? year : year - 1;
}

/** "2026/27" for the academic year starting in September 2026. */
export function academicYearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** The first and last day of an academic year. */
export function academicYearRange(year: number): { from: string; to: string } {
  return { from: `${year}-09-01`, to: `${year + 1}-08-31` };
}

/** Whether one rating is above another (the school's own view higher than the audit's). */
export function ratedAbove(a: ExpectationRating, b: ExpectationRating): boolean {
  return RANK[a] > RANK[b];
}

/** The statements of the framework not yet rated: a self-review is submitted only with none. */
export function unratedStatements(statementIds: readonly string[], ratings: readonly { statementId: string; rating: ExpectationRating | null }[]): string[] {
  const rated = new Set(ratings.filter((r) => r.rating !== null).map((r) => r.statementId));
  return statementIds.filter((id) => !rated.has(id));
}

export interface AreaRef { number: number; title: string }
export interface RatingFact { schoolId: string; areaNumber: number; statementId: string; rating: ExpectationRating }

export type RatingCounts = Record<ExpectationRating, number> & { total: number };
const emptyCounts = (): RatingCounts => ({ embedded: 0, developing: 0, not_yet: 0, total: 0 });

export interface HeatMapRow extends AreaRef { counts: RatingCounts; schools: number }

/** Ratings across schools by area: how many statement ratings were of each kind, and in how many schools. */
export function heatMap(areas: readonly AreaRef[], ratings: readonly RatingFact[]): HeatMapRow[] {
  return areas.map((area) => {
    const counts = emptyCounts();
    const schools = new Set<string>();
    for (const r of ratings) {
      if (r.areaNumber !== area.number) continue;
      counts[r.rating] += 1;
      counts.total += 1;
      schools.add(r.schoolId);
    }
    return { ...area, counts, schools: schools.size };
  });
}

export interface SchoolRef { id: string; name: string }
export interface NeedsSupportRow extends SchoolRef { counts: RatingCounts; areasWithNotYet: number[] }

/**
 * Schools most in need of support, by their audit: most statements not yet in place first, then
 * most still developing, then by name. Schools with no audit ratings are left out.
 */
export function needsSupportRanking(schools: readonly SchoolRef[], auditRatings: readonly RatingFact[]): NeedsSupportRow[] {
  const rows = schools.map((school) => {
    const counts = emptyCounts();
    const areas = new Set<number>();
    for (const r of auditRatings) {
      if (r.schoolId !== school.id) continue;
      counts[r.rating] += 1;
      counts.total += 1;
      if (r.rating === 'not_yet') areas.add(r.areaNumber);
    }
    return { id: school.id, name: school.name, counts, areasWithNotYet: [...areas].sort((a, b) => a - b) };
  });
  return rows
    .filter((r) => r.counts.total > 0)
    .sort((a, b) => b.counts.not_yet - a.counts.not_yet || b.counts.developing - a.counts.developing || a.name.localeCompare(b.name));
}

export interface RatingDifference { schoolId: string; statementId: string; areaNumber: number; selfRating: ExpectationRating; auditRating: ExpectationRating }

/** Statements where a school rated itself higher than the local authority's audit did, area by area. */
export function selfReviewAboveAudit(selfRatings: readonly RatingFact[], auditRatings: readonly RatingFact[]): RatingDifference[] {
  const audit = new Map(auditRatings.map((r) => [`${r.schoolId}/${r.statementId}`, r.rating]));
  const out: RatingDifference[] = [];
  for (const s of selfRatings) {
    const a = audit.get(`${s.schoolId}/${s.statementId}`);
    if (a && ratedAbove(s.rating, a)) out.push({ schoolId: s.schoolId, statementId: s.statementId, areaNumber: s.areaNumber, selfRating: s.rating, auditRating: a });
  }
  return out.sort((x, y) => x.schoolId.localeCompare(y.schoolId) || x.areaNumber - y.areaNumber || x.statementId.localeCompare(y.statementId));
}

export interface AuditForSummary {
  schoolId: string;
  phase: SchoolPhase;
  strengths: readonly string[];
  findings: readonly { theme: AuditTheme; text: string }[];
  nextSteps: readonly { theme: AuditTheme; text: string }[];
}

export interface ThematicPoint { text: string; schools: number }
export interface ThematicSection {
  theme: AuditTheme;
  title: string;
  /** Schools with at least one finding in the theme. */
  schools: number;
  findings: ThematicPoint[];
  recommendations: ThematicPoint[];
}
export interface ThematicSummary {
  year: number;
  yearLabel: string;
  /** Schools visited, by phase. */
  schoolsVisited: number;
  byPhase: { phase: SchoolPhase; label: string; schools: number }[];
  overview: string;
  strengths: ThematicPoint[];
  themes: ThematicSection[];
}

/** The same words said of several schools count once, with the number of schools. */
function points(items: readonly { schoolId: string; text: string }[]): ThematicPoint[] {
  const bySchool = new Map<string, { text: string; schools: Set<string> }>();
  for (const item of items) {
    const key = item.text.trim().replace(/\s+/g, ' ').toLowerCase();
    const entry = bySchool.get(key) ?? { text: item.text.trim(), schools: new Set<string>() };
    entry.schools.add(item.schoolId);
    bySchool.set(key, entry);
  }
  return [...bySchool.values()].map((e) => ({ text: e.text, schools: e.schools.size })).sort((a, b) => b.schools - a.schools || a.text.localeCompare(b.text));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * A year's cohort of audits summarised as the local authority's thematic report: how many schools
 * of each phase were visited, then by theme what was found, in how many schools, and what is
 * recommended. Published audits only (the caller passes those).
 */
export function thematicSummary(year: number, audits: readonly AuditForSummary[]): ThematicSummary {
  const schools = new Map<string, SchoolPhase>();
  for (const a of audits) schools.set(a.schoolId, a.phase);
  const byPhase = [...new Set(schools.values())]
    .map((phase) => ({ phase, label: SCHOOL_PHASE_LABELS[phase], schools: [...schools.values()].filter((p) => p === phase).length }))
    .sort((a, b) => b.schools - a.schools || a.label.localeCompare(b.label));
  const phases = byPhase.map((p) => `${p.schools} ${p.label.toLowerCase()}`);
  const overview = schools.size === 0
    ? `No schools' audits were published for ${academicYearLabel(year)}.`
    : `In ${academicYearLabel(year)}, ${plural(schools.size, 'school')} ${schools.size === 1 ? 'was' : 'were'} visited by the SEND audit team (${phases.join(', ')}). Each school receives its own audit report; below is a summary of what the visits found, by theme.`;
  const themes = AUDIT_THEMES.map((theme): ThematicSection => {
    const findings = audits.flatMap((a) => a.findings.filter((f) => f.theme === theme).map((f) => ({ schoolId: a.schoolId, text: f.text })));
    const steps = audits.flatMap((a) => a.nextSteps.filter((f) => f.theme === theme).map((f) => ({ schoolId: a.schoolId, text: f.text })));
    return {
      theme, title: AUDIT_THEME_LABELS[theme],
      schools: new Set(findings.map((f) => f.schoolId)).size,
      findings: points(findings), recommendations: points(steps),
    };
  });
  const strengths = points(audits.flatMap((a) => a.strengths.map((text) => ({ schoolId: a.schoolId, text }))));
  return { year, yearLabel: academicYearLabel(year), schoolsVisited: schools.size, byPhase, overview, strengths, themes };
}
