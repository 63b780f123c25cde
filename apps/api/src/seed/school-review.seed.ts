import { academicYearOf, academicYearRange, type AuditTheme, type ExpectationRating, type SchoolPhase, todayIso } from '@send/domain';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { ExpectationArea, ExpectationFramework, ExpectationStatement } from '../school-review/expectation.entity';
import { School, SchoolAudit, SchoolAuditRating, SchoolSelfReview, SchoolSelfReviewRating } from '../school-review/school.entity';
import { PLYMOUTH_EXPECTATIONS, PLYMOUTH_EXPECTATIONS_TITLE } from './plymouth-expectations';

/**
 * Twelve illustrative schools (made up: their names say so and they are flagged), each with a
 * self-review and most with an audit visit this academic year, against Plymouth's expectations.
 */
export const ILLUSTRATIVE_SCHOOLS: readonly { name: string; phase: SchoolPhase; urn: string; sencoName: string; strength: number; self: 'submitted' | 'draft' | 'none'; audit: 'published' | 'draft' | 'none' }[] = [
  { name: 'Hoe Park Primary School (illustrative)', phase: 'primary', urn: '990001', sencoName: 'A. Penrose', strength: 0.8, self: 'submitted', audit: 'published' },
  { name: 'Tamar View Primary School (illustrative)', phase: 'primary', urn: '990002', sencoName: 'B. Kitto', strength: 0.55, self: 'submitted', audit: 'published' },
  { name: 'Drake Academy (illustrative)', phase: 'secondary', urn: '990003', sencoName: 'C. Trelawny', strength: 0.35, self: 'submitted', audit: 'published' },
  { name: 'Mount Batten Primary School (illustrative)', phase: 'primary', urn: '990004', sencoName: 'D. Polglase', strength: 0.7, self: 'submitted', audit: 'published' },
  { name: 'Plym Valley Special School (illustrative)', phase: 'special', urn: '990005', sencoName: 'E. Rowe', strength: 0.9, self: 'submitted', audit: 'published' },
  { name: 'Stonehouse Community Primary (illustrative)', phase: 'primary', urn: '990006', sencoName: 'F. Jago', strength: 0.25, self: 'submitted', audit: 'published' },
  { name: 'Sound Secondary School (illustrative)', phase: 'secondary', urn: '990007', sencoName: 'G. Nance', strength: 0.5, self: 'submitted', audit: 'published' },
  { name: 'Devonport All-Through Academy (illustrative)', phase: 'all_through', urn: '990008', sencoName: 'H. Vosper', strength: 0.45, self: 'submitted', audit: 'published' },
  { name: 'Efford Primary School (illustrative)', phase: 'primary', urn: '990009', sencoName: 'I. Tonkin', strength: 0.65, self: 'submitted', audit: 'published' },
  { name: 'Cattedown Primary School (illustrative)', phase: 'primary', urn: '990010', sencoName: 'J. Hocking', strength: 0.3, self: 'submitted', audit: 'draft' },
  { name: 'Barbican Sixth Form College (illustrative)', phase: 'post_16', urn: '990011', sencoName: 'K. Pascoe', strength: 0.6, self: 'draft', audit: 'none' },
  { name: 'Saltram Primary School (illustrative)', phase: 'primary', urn: '990012', sencoName: 'L. Uren', strength: 0.5, self: 'none', audit: 'none' },
];

/** Findings and next steps the audit team might record, by theme, after the 2017 SEN Audit Report's points. */
const FINDINGS: Record<AuditTheme, { weak: string[]; strong: string[]; next: string[] }> = {
  identification: {
    strong: ['A consistent whole-school approach to identifying pupils with SEND', 'Robust routes for staff and parents to raise concerns about a pupil'],
    weak: ['Transition documents from other schools arrive in differing formats and are slow to use', 'The SEND register is not reviewed often enough to reflect current need'],
    next: ['Review the SEND register each term with class teachers', 'Use the city transition protocol documents for every pupil joining'],
  },
  meeting_needs: {
    strong: ['High-quality teaching is the first response to need, with adaptations planned for the cohort', 'Teaching assistants are deployed to build pupils\' independence'],
    weak: ['The SENCO has too little time and administrative support for the role', 'Multi-agency work around the Team Around Me approach is inconsistent'],
    next: ['Agree protected time and administrative support for the SENCO', 'Bring partner agencies into Team Around Me reviews for pupils at SEN support'],
  },
  outcomes: {
    strong: ['SEN-specific data is used well to monitor the progress of pupils with SEND'],
    weak: ['In-year progress of pupils with SEND is hard to show without levels', 'The impact of interventions is not measured before and after'],
    next: ['Measure each intervention with pre- and post-intervention assessments', 'Report the progress of pupils with SEND to governors each term'],
  },
  for_schools: {
    strong: [],
    weak: ['The SEN Information Report does not yet take account of parents\' views', 'Provision planning does not yet account for pupils with SEND who are also in other groups (pupil premium, looked after)'],
    next: ['Seek parents\' views before the next SEN Information Report', 'Account for element 2 funding as well as element 3 in provision planning'],
  },
  for_local_authority: {
    strong: [],
    weak: ['Access to health services is hard to negotiate for pupils with EHC plans from neighbouring local authorities', 'Changes of educational psychologist have disrupted support'],
    next: ['The local authority to agree a route to health services for pupils placed from neighbouring areas'],
  },
};

/** A number in [0, 1) fixed by the text: the demo is the same on every run. */
function unit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10000) / 10000;
}

function ratingFor(strength: number, key: string): ExpectationRating {
  const x = unit(key);
  if (x < strength * 0.9) return 'embedded';
  if (x < strength * 0.9 + 0.4) return 'developing';
  return 'not_yet';
}
const UP: Record<ExpectationRating, ExpectationRating> = { not_yet: 'developing', developing: 'embedded', embedded: 'embedded' };

/** Plymouth's expectations (edition 1) and the illustrative schools, once per local area. */
export async function seedSchoolReviews(em: EntityManager, audit: AuditService, now: Date): Promise<{ created: boolean; schoolIdsByUrn: Map<string, string> }> {
  const existing = await em.findOne(ExpectationFramework, { where: { edition: 1 } });
  if (existing) {
    const schools = await em.find(School, { where: { illustrative: true } });
    return { created: false, schoolIdsByUrn: new Map(schools.map((s) => [s.urn, s.id])) };
  }
  const today = todayIso(now);
  const year = academicYearOf(today);
  const framework = await em.save(em.create(ExpectationFramework, { edition: 1, title: PLYMOUTH_EXPECTATIONS_TITLE, label: 'Plymouth Local Offer', publishedOn: academicYearRange(year).from }));
  const statements: { id: string; area: number; number: number }[] = [];
  for (const area of PLYMOUTH_EXPECTATIONS) {
    const a = await em.save(em.create(ExpectationArea, {
      frameworkId: framework.id, number: area.number, title: area.title, introduction: area.introduction,
      localAuthorityIntroduction: area.localAuthority?.introduction ?? null, localAuthorityCommitments: area.localAuthority?.commitments ?? [],
    }));
    const rows = await em.save(area.statements.map((text, i) => em.create(ExpectationStatement, { frameworkId: framework.id, areaId: a.id, number: i + 1, text })));
    statements.push(...rows.map((s) => ({ id: s.id, area: area.number, number: s.number })));
  }
  await audit.record(em, SYSTEM_ACTOR, { entityType: 'expectation_framework', entityId: framework.id, action: 'import', after: { edition: 1, title: framework.title, statements: statements.length } });

  const start = new Date(`${academicYearRange(year).from}T00:00:00Z`).getTime();
  const span = Math.max(0, now.getTime() - start);
  const schoolIdsByUrn = new Map<string, string>();
  for (const [i, s] of ILLUSTRATIVE_SCHOOLS.entries()) {
    const school = await em.save(em.create(School, { name: s.name, phase: s.phase, urn: s.urn, sencoName: s.sencoName, illustrative: true }));
    schoolIdsByUrn.set(s.urn, school.id);
    await audit.record(em, SYSTEM_ACTOR, { entityType: 'school', entityId: school.id, action: 'import', after: { name: s.name, urn: s.urn, phase: s.phase } });
    const auditRating = (st: (typeof statements)[number]) => ratingFor(s.strength, `${s.urn}/${st.area}/${st.number}`);
    if (s.self !== 'none') {
      const review = await em.save(em.create(SchoolSelfReview, {
        schoolId: school.id, frameworkId: framework.id, academicYear: year, state: s.self, summary: s.self === 'submitted' ? 'Reviewed with the SEND governor and the senior leadership team.' : null,
        submittedAt: s.self === 'submitted' ? now : null, submittedBy: s.self === 'submitted' ? s.sencoName : null,
      }));
      // A school tends to see itself a little more kindly than the audit does.
      const rated = s.self === 'submitted' ? statements : statements.slice(0, 40);
      await em.insert(SchoolSelfReviewRating, rated.map((st, k) => {
        const base = auditRating(st);
        const rating = unit(`${s.urn}/self/${k}`) < 0.3 ? UP[base] : base;
        return { selfReviewId: review.id, statementId: st.id, rating, notes: null, evidence: rating === 'embedded' && k % 7 === 0 ? 'Provision map and termly SEND report to governors' : null };
      }));
      await audit.record(em, SYSTEM_ACTOR, { entityType: 'school_self_review', entityId: review.id, action: 'import', after: { state: review.state, academicYear: year } });
    }
    if (s.audit !== 'none') {
      const visitDate = new Date(start + Math.round((span * (i + 1)) / (ILLUSTRATIVE_SCHOOLS.length + 1))).toISOString().slice(0, 10);
      const themes = Object.entries(FINDINGS) as [AuditTheme, (typeof FINDINGS)[AuditTheme]][];
      const pick = (list: string[], key: string) => (list.length ? [list[Math.floor(unit(key) * list.length)]] : []);
      const findings = themes.flatMap(([theme, f]) =>
        [...(s.strength >= 0.6 ? pick(f.strong, `${s.urn}/${theme}/s`) : []), ...(s.strength < 0.7 || unit(`${s.urn}/${theme}`) < 0.4 ? pick(f.weak, `${s.urn}/${theme}/w`) : [])]
          .map((text) => ({ theme, text })));
      const nextSteps = themes.flatMap(([theme, f]) => (unit(`${s.urn}/${theme}/n`) < (1 - s.strength) + 0.2 ? pick(f.next, `${s.urn}/${theme}/n2`) : []).map((text) => ({ theme, text })));
      const saved = await em.save(em.create(SchoolAudit, {
        schoolId: school.id, frameworkId: framework.id, visitDate, auditors: ['SEND audit team: Senior Educational Psychologist (illustrative)', 'SEND Quality Assurance Lead (illustrative)'],
        state: s.audit, publishedAt: s.audit === 'published' ? now : null,
        strengths: s.strength >= 0.5 ? ['Leaders know their pupils with SEND well', 'Parents report that they are listened to'] : ['Leaders know their pupils with SEND well'],
        findings, nextSteps,
      }));
      await em.insert(SchoolAuditRating, statements.map((st) => ({ auditId: saved.id, statementId: st.id, rating: auditRating(st), note: null })));
      await audit.record(em, SYSTEM_ACTOR, { entityType: 'school_audit', entityId: saved.id, action: 'import', after: { state: saved.state, visitDate } });
    }
  }
  return { created: true, schoolIdsByUrn };
}
