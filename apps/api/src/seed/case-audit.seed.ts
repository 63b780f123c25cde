import type { CaseAuditGrades } from '@send/domain';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { CaseAudit } from '../case-audit/case-audit.entity';
import { Organisation } from '../organisation/organisation.entity';
import { PriorityArea } from '../priority-area/priority-area.entity';

/** A case audit as a dataset gives it (plymouth/case-audits.json): organisations by key, priority areas by number. */
export interface CaseAuditSeed {
  reference: string;
  auditDate: string;
  auditorOrganisationKeys: string[];
  grades: CaseAuditGrades;
  strengths: string;
  learningThemes: string[];
  priorityNumbers: number[];
}

/**
 * The multi-agency audits of six children's files that the January 2025 progress report lists
 * among the critical review's elements. Their findings came too late for the report, so every
 * reference, grade and theme here is illustrative (and marked so).
 */
export async function seedCaseAudits(em: EntityManager, audit: AuditService, planId: string, audits: readonly CaseAuditSeed[] | undefined): Promise<void> {
  if (!audits?.length) return;
  if (await em.exists(CaseAudit, { where: { planId } })) return;
  const keys = [...new Set(audits.flatMap((a) => a.auditorOrganisationKeys))];
  const orgs = new Map((await em.find(Organisation, { where: { key: In(keys) }, select: { id: true, key: true } })).map((o) => [o.key, o.id]));
  const areas = new Map((await em.find(PriorityArea, { where: { planId }, select: { id: true, number: true } })).map((p) => [p.number, p.id]));
  for (const a of audits) {
    const saved = await em.save(em.create(CaseAudit, {
      planId, reference: a.reference, auditDate: a.auditDate,
      auditorOrganisationIds: a.auditorOrganisationKeys.map((k) => orgs.get(k)).filter((id): id is string => !!id),
      grades: a.grades, strengths: a.strengths, learningThemes: a.learningThemes,
      priorityAreaIds: a.priorityNumbers.map((n) => areas.get(n)).filter((id): id is string => !!id),
      illustrative: true, recordedByUserId: null, recordedByLabel: 'Demo data (illustrative)',
    }));
    await audit.record(em, SYSTEM_ACTOR, { entityType: 'case_audit', entityId: saved.id, action: 'create', planId, after: { reference: saved.reference, illustrative: true } });
  }
}
