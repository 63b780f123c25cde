import { addDays, type DeliveryStatus, type ImpactStatus, termlyMeetingsOpenOn, todayIso } from '@send/domain';
import type { EntityManager } from 'typeorm';
import { recordActionHistory } from '../action/action-history';
import { Action } from '../action/action.entity';
import type { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { Evidence } from '../evidence/evidence.entity';
import type { MeetingService } from '../governance/meeting.service';
import { Organisation } from '../organisation/organisation.entity';
import { Plan } from '../plan/plan.entity';
import { PriorityArea } from '../priority-area/priority-area.entity';
import type { ReportingPeriodService } from '../reporting-period/reporting-period.service';
import { startGoverningBoard } from '../school-review/school-governing-board';
import { School } from '../school-review/school.entity';

/** The demo school whose own plan is seeded: the one the demo SENCO account belongs to. */
export const ILLUSTRATIVE_SCHOOL_PLAN_URN = '990001';

interface SeedAction {
  title: string; description: string; startIn: number; dueIn: number; delivery: DeliveryStatus; impact: ImpactStatus;
  evidence?: { title: string; description: string; daysAgo: number; impact: boolean }[];
}

/**
 * An illustrative school SEND improvement plan (made up, and marked so), after the shape of a
 * primary school's SEND case study: review the systems, audit with governors, map provision,
 * assess differently, and show the impact. Dates are relative to the day it is seeded, so its
 * actions are live whenever the demo is loaded.
 */
const PRIORITIES: { title: string; aim: string; actions: SeedAction[] }[] = [
  {
    title: 'Systems for identifying and supporting pupils with SEND',
    aim: 'Every pupil with SEND is identified early and their needs are known to the SENCO, the Head of School and their parents.',
    actions: [
      {
        title: 'Conduct a SEND audit with the SEND governor', description: 'Review identification, target setting, provision mapping, funding and record keeping with governors and the Federation SENCO.',
        startIn: -120, dueIn: -30, delivery: 'complete', impact: 'complete_impact_evidenced',
        evidence: [{ title: 'SEND audit report to the governing body', description: 'Audit findings presented to the full governing body; the updated SEND policy was ratified.', daysAgo: 28, impact: true }],
      },
      {
        title: 'Introduce SENCO referrals for raising concerns', description: 'A referral form and prompt action plans so concerns are raised and acted on early.',
        startIn: -60, dueIn: 30, delivery: 'on_track', impact: 'not_yet_complete',
        evidence: [{ title: 'Referral log for the autumn term', description: 'Referrals raised by class teachers, with the action agreed for each.', daysAgo: 7, impact: false }],
      },
    ],
  },
  {
    title: 'Provision and practice for pupils with SEND',
    aim: 'Provision for each pupil is mapped, costed and reviewed for its impact; IEPs are focused and reviewed half-termly.',
    actions: [
      {
        title: 'Establish provision mapping for every pupil with SEND', description: 'Interventions and strategies are costed against the SEND budget and reviewed each half term for their impact.',
        startIn: -90, dueIn: 60, delivery: 'on_track', impact: 'not_yet_complete',
        evidence: [{ title: 'Provision map, first half term', description: 'Costed provision for pupils at SEN support and with EHC plans.', daysAgo: 14, impact: false }],
      },
      {
        title: 'Review IEPs half-termly with parents', description: 'Focused IEP targets shared with parents, reviewed at each half term.',
        startIn: -45, dueIn: 120, delivery: 'at_risk', impact: 'not_yet_complete',
      },
      {
        title: 'SEND-focused CPD and coaching for teaching assistants', description: 'Training planned from the needs in school, with performance monitoring of teaching assistants.',
        startIn: 14, dueIn: 180, delivery: 'not_started', impact: 'not_yet_complete',
      },
    ],
  },
  {
    title: 'Progress and outcomes for pupils with SEND',
    aim: 'The progress of pupils with SEND is tracked as a group, with alternative assessments where national ones do not show it.',
    actions: [
      {
        title: 'Introduce alternative assessments of progress', description: 'Standardised word reading, reading analysis and reasoning assessments before and after each intervention.',
        startIn: -75, dueIn: -5, delivery: 'complete', impact: 'complete_monitoring_impact',
        evidence: [{ title: 'Pre- and post-intervention assessment results', description: 'Reading ages rose for most pupils in the precision teaching group.', daysAgo: 3, impact: true }],
      },
      {
        title: 'Report SEND progress to governors each half term', description: 'Progress and attainment of pupils with SEND shared with the Federation SENCO, the Executive Headteacher and governors.',
        startIn: -30, dueIn: 240, delivery: 'on_track', impact: 'not_yet_complete',
      },
    ],
  },
];

/**
 * The illustrative school's plan, once: a school with a plan already keeps it. Like any school's
 * plan it reports to its governing board each term; the next term's period opens on the day it is
 * seeded when none is open then, so that the demo's SENCO can write an update that day.
 */
export async function seedSchoolPlan(
  em: EntityManager, audit: AuditService, services: { meetings: MeetingService; periods: ReportingPeriodService },
  schoolIdsByUrn: ReadonlyMap<string, string>, now: Date,
): Promise<string | null> {
  const schoolId = schoolIdsByUrn.get(ILLUSTRATIVE_SCHOOL_PLAN_URN);
  if (!schoolId) return null;
  if (await em.exists(Plan, { where: { schoolId } })) return null;
  const school = await em.findOneOrFail(School, { where: { id: schoolId } });
  const today = todayIso(now);
  const key = `school-${school.urn}`;
  const organisation = (await em.findOne(Organisation, { where: { key } })) ?? (await em.save(em.create(Organisation, { key, name: school.name, kind: 'school' })));
  const plan = await em.save(em.create(Plan, {
    slug: key, title: 'SEND improvement plan (illustrative)', localArea: school.name, schoolId,
    description: 'Illustrative: made up for the demo. Data analysis showed the progress of pupils with SEND needed to improve, provision and practice were inconsistent, and a new SENCO is in post. The plan reviews the school\'s systems for SEND with governors, maps and costs provision, and tracks the progress of pupils with SEND as a group.',
    inspectionDate: null, startDate: addDays(today, -120), endDate: addDays(today, 240), archivedAt: null,
  }));
  await audit.record(em, SYSTEM_ACTOR, { entityType: 'plan', entityId: plan.id, action: 'import', planId: plan.id, after: { title: plan.title, schoolId, illustrative: true } });
  await startGoverningBoard(em, plan.id, termlyMeetingsOpenOn(today), services, SYSTEM_ACTOR);
  for (const [i, p] of PRIORITIES.entries()) {
    const area = await em.save(em.create(PriorityArea, { planId: plan.id, number: i + 1, title: p.title, aim: p.aim, progressNarrative: '', leadPersonId: null, deliveryGroupId: null }));
    for (const [j, a] of p.actions.entries()) {
      const action = await em.save(em.create(Action, {
        planId: plan.id, priorityAreaId: area.id, reference: `${i + 1}.${j + 1}`, title: a.title, description: a.description,
        ownerOrganisationId: organisation.id, ownerPersonId: null, startDate: addDays(today, a.startIn), dueDate: addDays(today, a.dueIn),
        deliveryStatus: a.delivery, impactStatus: a.impact, archivedAt: null, partners: [],
      }));
      await recordActionHistory(em, [{ actionId: action.id, validFrom: now }], { cause: 'import', actor: SYSTEM_ACTOR });
      if (a.evidence?.length) {
        await em.insert(Evidence, a.evidence.map((e) => ({
          actionId: action.id, type: 'document' as const, title: e.title, description: e.description, evidenceDate: addDays(today, -e.daysAgo),
          demonstratesImpact: e.impact, url: null, addedById: null, addedByLabel: SYSTEM_ACTOR.label, archivedAt: null, illustrative: true,
        })));
      }
    }
  }
  return plan.id;
}
