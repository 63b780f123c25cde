import { recordActionHistory } from '../action/action-history';
import { Logger } from '@nestjs/common';
import {
  assertCanApprove,
  assertStatusInvariants,
  englandInstant,
  isDeliveryStatus,
  isImpactStatus,
  type DeliveryStatus,
  type ImpactStatus,
} from '@send/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { ReportingPeriod } from '../reporting-period/reporting-period.entity';
import type { PlanDataset } from './plymouth-dataset';
import { seedReportingPeriods } from './reporting-calendar.seed';
import { insertStatusUpdates, type SeedStatusUpdate } from './status-update.seed';

/**
 * A plan's history of approved updates, as written in the reviewable JSON files. Its reporting
 * periods are those of the plan's Improvement Board calendar, named "Board <date>".
 */
export interface ReportingHistoryDataset {
  history: {
    /** The day the plan's actions were taken on, all not started. */
    importedOn: string;
    /** Who approves updates; the alternate approves the moderator's own. */
    moderatorPersonKey: string;
    alternateModeratorPersonKey: string;
    actions: {
      reference: string;
      updates: {
        period: string;
        submittedOn: string;
        approvedOn: string;
        deliveryStatus: string;
        impactStatus: string;
        narrative: string;
        nextSteps: string;
        risks: string;
        /** Titles of the action's evidence the update links to. */
        evidence?: string[];
      }[];
    }[];
  };
}

const logger = new Logger('ReportingHistorySeed');

// Times of day (Europe/London) the dataset's days are given: owners submit in the morning, the
// Head of SEND approves in the afternoon; the actions were taken on at the start of the day.
const CREATED_AT = '09:30';
const SUBMITTED_AT = '10:00';
const APPROVED_AT = '15:00';

/**
 * Makes the plan's reporting periods from its Improvement Board calendar and loads its approved
 * updates, with the status history they imply, in the caller's transaction. Once only: a plan that already has reporting periods is
 * left alone. Updates are authored by the action's owner person and approved by the moderator
 * person (the alternate for the moderator's own actions); they have no user, as seeded people
 * have no sign-in. Each action's last update must match its statuses in the dataset.
 */
export async function seedReportingHistory(em: EntityManager, audit: AuditService, planId: string, data: PlanDataset): Promise<boolean> {
  const dataset = data.reportingHistory;
  if (!dataset) return false;
  if (await em.exists(ReportingPeriod, { where: { planId } })) return false;
  const { history } = dataset;

  const savedPeriods = await seedReportingPeriods(em, planId, history.importedOn);
  if (savedPeriods.length === 0) throw new Error('The reporting history needs the Improvement Board meetings its periods report to');
  const periodByTitle = new Map(savedPeriods.map((p) => [p.title, p]));

  const actionRows: { id: string; reference: string; owner_person_id: string | null; owner_name: string | null }[] = await em.query(
    `SELECT a.id, a.reference, a.owner_person_id, p.name AS owner_name
       FROM action a LEFT JOIN person p ON p.id = a.owner_person_id WHERE a.plan_id = $1`,
    [planId],
  );
  const actionByRef = new Map(actionRows.map((a) => [a.reference, a]));
  const evidenceRows: { id: string; action_id: string; title: string; demonstrates_impact: boolean }[] = await em.query(
    `SELECT e.id, e.action_id, e.title, e.demonstrates_impact FROM evidence e JOIN action a ON a.id = e.action_id
      WHERE a.plan_id = $1 AND e.archived_at IS NULL`,
    [planId],
  );
  const people: { id: string; key: string; name: string }[] = await em.query(
    'SELECT id, key, name FROM person WHERE key = ANY($1)', [[history.moderatorPersonKey, history.alternateModeratorPersonKey]],
  );
  const personByKey = new Map(people.map((p) => [p.key, p]));
  const moderator = personByKey.get(history.moderatorPersonKey);
  const alternate = personByKey.get(history.alternateModeratorPersonKey);
  if (!moderator || !alternate) throw new Error('The reporting history names a moderator the dataset does not define');
  const finalStatus = new Map(data.actions.map((a) => [a.reference, { deliveryStatus: a.deliveryStatus, impactStatus: a.impactStatus }]));

  const updates: SeedStatusUpdate[] = [];
  for (const entry of history.actions) {
    const action = actionByRef.get(entry.reference);
    if (!action) throw new Error(`The reporting history names action ${entry.reference}, which the plan does not have`);
    if (!action.owner_person_id || !action.owner_name) throw new Error(`Action ${entry.reference} has no owner to author its updates`);
    const evidence = evidenceRows.filter((e) => e.action_id === action.id);
    const impactEvidenceCount = evidence.filter((e) => e.demonstrates_impact).length;
    const approver = action.owner_person_id === moderator.id ? alternate : moderator;
    const seen = new Set<string>();
    let last: { deliveryStatus: DeliveryStatus; impactStatus: ImpactStatus } | null = null;
    for (const u of entry.updates) {
      const where = `action ${entry.reference}, ${u.period}`;
      const period = periodByTitle.get(u.period);
      if (!period) throw new Error(`${where}: no reporting period has this title`);
      if (seen.has(period.id)) throw new Error(`${where}: a second update for the same period`);
      seen.add(period.id);
      if (!(period.opensOn <= u.submittedOn && u.submittedOn <= u.approvedOn && u.approvedOn <= period.boardDate)) {
        throw new Error(`${where}: submitted and approved must fall between the period opening and its board`);
      }
      if (!isDeliveryStatus(u.deliveryStatus) || !isImpactStatus(u.impactStatus)) throw new Error(`${where}: unknown status`);
      assertStatusInvariants({ deliveryStatus: u.deliveryStatus, impactStatus: u.impactStatus, impactEvidenceCount });
      assertCanApprove({ authorId: action.owner_person_id, moderatorId: approver.id });
      const evidenceIds = (u.evidence ?? []).map((title) => {
        const item = evidence.find((e) => e.title === title);
        if (!item) throw new Error(`${where}: the action has no evidence titled "${title}"`);
        return item.id;
      });
      updates.push({
        id: randomUUID(), actionId: action.id, periodId: period.id, state: 'approved',
        narrative: u.narrative, nextSteps: u.nextSteps, risks: u.risks, deliveryStatus: u.deliveryStatus, impactStatus: u.impactStatus,
        createdAt: englandInstant(u.submittedOn, CREATED_AT), submittedAt: englandInstant(u.submittedOn, SUBMITTED_AT),
        moderatedAt: englandInstant(u.approvedOn, APPROVED_AT), moderatorComment: null,
        author: { personId: action.owner_person_id, label: action.owner_name }, moderator: { personId: approver.id, label: approver.name },
        evidenceIds, illustrative: false,
      });
      last = { deliveryStatus: u.deliveryStatus, impactStatus: u.impactStatus };
    }
    const expected = finalStatus.get(entry.reference);
    if (!last || !expected || last.deliveryStatus !== expected.deliveryStatus || last.impactStatus !== expected.impactStatus) {
      throw new Error(`Action ${entry.reference}: its last approved update must match its statuses in actions.json`);
    }
  }

  // Every action taken on as not started, then each approval in turn.
  const taken: { id: string; taken_on: Date }[] = await em.query(
    `SELECT a.id, ((CAST($2 AS date))::timestamp AT TIME ZONE 'Europe/London') AS taken_on
       FROM action a WHERE a.plan_id = $1 AND a.reference = ANY($3) ORDER BY a.id`,
    [planId, history.importedOn, history.actions.map((a) => a.reference)],
  );
  await recordActionHistory(
    em,
    taken.map((a) => ({ actionId: a.id, deliveryStatus: 'not_started' as const, impactStatus: 'not_yet_complete' as const, validFrom: a.taken_on })),
    { cause: 'import', actor: { id: null, label: SYSTEM_ACTOR.label } },
  );
  await insertStatusUpdates(em, planId, updates);
  await audit.record(em, SYSTEM_ACTOR, {
    entityType: 'plan', entityId: planId, action: 'import_reporting_history', planId,
    after: { reportingPeriods: savedPeriods.length, approvedUpdates: updates.length, importedOn: history.importedOn },
  });
  logger.log(`Loaded ${savedPeriods.length} reporting periods and ${updates.length} approved updates`);
  return true;
}
