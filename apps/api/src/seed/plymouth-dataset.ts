import type { DeliveryStatus, EvidenceType, GovernanceBodyKind, ImpactStatus } from '@send/domain';
import type { OrganisationKind } from '../organisation/organisation.entity';
import type { DemoModerators } from './demo/continue-demo.seed';
import type { InspectionSeed } from './inspection.seed';
import type { MeasureSeed } from './measure.seed';
import actions from './plymouth/actions.json';
import caseAudits from './plymouth/case-audits.json';
import type { CaseAuditSeed } from './case-audit.seed';
import criticalReviews from './plymouth/critical-reviews.json';
import type { CriticalReviewSeed } from './critical-review.seed';
import governanceBodies from './plymouth/governance-bodies.json';
import inspections from './plymouth/inspections.json';
import measures from './plymouth/measures.json';
import organisations from './plymouth/organisations.json';
import people from './plymouth/people.json';
import plan from './plymouth/plan.json';
import priorityAreas from './plymouth/priority-areas.json';
import statusHistory from './plymouth/status-history.json';
import voice from './plymouth/voice.json';
import type { ReportingHistoryDataset } from './reporting-history.seed';
import type { VoiceSeed } from './voice.seed';

/** The shape of a plan dataset as written in the reviewable JSON files under seed/<area>/. */
export interface PlanDataset {
  plan: { slug: string; title: string; localArea: string; description: string; inspectionDate: string; startDate: string; endDate: string };
  organisations: { key: string; name: string; kind: OrganisationKind }[];
  people: { key: string; name: string; jobTitle: string; organisationKey: string }[];
  governanceBodies: { key: string; name: string; kind: GovernanceBodyKind; chair: string; cadence: string; priorityNumber: number | null }[];
  priorityAreas: { number: number; title: string; aim: string; progressNarrative: string; leadPersonKey: string; deliveryGroupKey: string }[];
  actions: {
    reference: string;
    priorityNumber: number;
    title: string;
    description: string;
    ownerOrganisationKey: string;
    ownerPersonKey: string;
    partnerOrganisationKeys: string[];
    startDate: string;
    dueDate: string;
    deliveryStatus: DeliveryStatus;
    impactStatus: ImpactStatus;
    milestones: { title: string; dueDate: string; completedOn: string | null }[];
    evidence: { type: EvidenceType; title: string; description: string; date: string; demonstratesImpact: boolean; url?: string }[];
  }[];
  /** The history of approved updates that led to the statuses above (its periods are the Improvement Board's meetings). */
  reportingHistory?: ReportingHistoryDataset;
  /** The plan's approved critical reviews: each judges every action as its impact status above. */
  criticalReviews?: CriticalReviewSeed[];
  /** Multi-agency case audits (illustrative: their findings are not in the source). */
  caseAudits?: CaseAuditSeed[];
  /** The plan's measures (KPIs) with their series. */
  measures?: MeasureSeed[];
  /** The inspections the plan answers, with their findings linked to its actions and measures. */
  inspections?: InspectionSeed[];
  /** What children, young people and families said (surveys, forums…), and what was done about it where the sources say. */
  voice?: VoiceSeed[];
  /**
   * A demonstration plan: its real history ends on `historyEndsOn`, and seeding carries it on to
   * the day of seeding with illustrative records (meetings after that day are illustrative too).
   */
  demo?: { historyEndsOn: string; moderators: DemoModerators };
}

export const PLYMOUTH: PlanDataset = {
  plan,
  organisations: organisations as PlanDataset['organisations'],
  people,
  governanceBodies: governanceBodies as PlanDataset['governanceBodies'],
  priorityAreas,
  actions: actions as PlanDataset['actions'],
  reportingHistory: { history: statusHistory },
  measures: measures as MeasureSeed[],
  criticalReviews,
  caseAudits: caseAudits as CaseAuditSeed[],
  inspections: inspections as InspectionSeed[],
  // The Plymouth Parent Carer Voice survey of the January 2025 critical review: its strengths and twelve recommendations.
  voice: [voice as VoiceSeed],
  // The January 2025 progress report is the last real figure; everything after it is illustrative.
  demo: {
    historyEndsOn: '2025-01-31',
    moderators: { moderatorPersonKey: statusHistory.moderatorPersonKey, alternateModeratorPersonKey: statusHistory.alternateModeratorPersonKey },
  },
};
