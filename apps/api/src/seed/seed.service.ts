import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertStatusInvariants } from '@send/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Action } from '../action/action.entity';
import { ActionStatusHistory } from '../action/action-status-history.entity';
import { toActionAuditState } from '../action/action.response';
import { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { Evidence } from '../evidence/evidence.entity';
import { GovernanceBody } from '../governance/governance-body.entity';
import { Milestone } from '../milestone/milestone.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Person } from '../person/person.entity';
import { Plan } from '../plan/plan.entity';
import { PriorityArea } from '../priority-area/priority-area.entity';
import { seedDemoUsers } from './demo-users';
import { seedMeasures } from './measure.seed';
import { seedMeetings } from './meeting-seed';
import { PLYMOUTH, PlanDataset } from './plymouth-dataset';
import { seedReportingHistory } from './reporting-history.seed';

export interface SeedResult {
  planId: string;
  created: boolean;
}

/** Loads a plan dataset into the database, once: a second run finds the plan and changes nothing. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'demoPassword'>,
  ) {}

  async seedPlymouth(): Promise<SeedResult> {
    return this.seedPlan(PLYMOUTH);
  }

  async seedPlan(data: PlanDataset): Promise<SeedResult> {
    return this.dataSource.transaction(async (em) => {
      // Serialise concurrent starts against the same database.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`seed:${data.plan.slug}`]);
      const existing = await em.findOne(Plan, { where: { slug: data.plan.slug } });
      const planId = existing?.id ?? (await this.insertPlan(em, data));
      if (!existing) {
        if (data === PLYMOUTH) this.announceDemoUsers(await seedDemoUsers(em, this.audit, this.config.demoPassword));
        this.logger.log(`Loaded the plan "${data.plan.title}": ${data.priorityAreas.length} priority areas, ${data.actions.length} actions`);
      }
      await seedReportingHistory(em, this.audit, planId, data);
      return { planId, created: !existing };
    });
  }

  /** The demo password is printed once, when it was made up here (no DEMO_PASSWORD). */
  private announceDemoUsers(result: { created: number; generatedPassword?: string }) {
    if (!result.created) return;
    this.logger.log(`Created ${result.created} demo accounts (admin@demo.example, head.of.send@demo.example, ...)`);
    if (result.generatedPassword) {
      console.log(`\n  Demo accounts' password (shown once; set DEMO_PASSWORD to choose one): ${result.generatedPassword}\n`);
    }
  }

  private async insertPlan(em: EntityManager, data: PlanDataset): Promise<string> {
    const orgIds = new Map<string, string>();
    for (const o of data.organisations) {
      const found = await em.findOne(Organisation, { where: { key: o.key } });
      orgIds.set(o.key, found ? found.id : (await em.save(em.create(Organisation, o))).id);
    }
    const personIds = new Map<string, string>();
    for (const p of data.people) {
      const found = await em.findOne(Person, { where: { key: p.key } });
      const organisationId = required(orgIds, p.organisationKey, `person ${p.key}`);
      personIds.set(p.key, found ? found.id : (await em.save(em.create(Person, { ...p, email: null, organisationId }))).id);
    }

    const plan = await em.save(em.create(Plan, { ...data.plan, archivedAt: null }));
    await this.audit.record(em, SYSTEM_ACTOR, { entityType: 'plan', entityId: plan.id, action: 'import', planId: plan.id, after: data.plan });

    const bodyIds = new Map<string, string>();
    for (const b of data.governanceBodies) {
      const { priorityNumber: _n, ...body } = b;
      bodyIds.set(b.key, (await em.save(em.create(GovernanceBody, { ...body, planId: plan.id }))).id);
    }

    const areaIds = new Map<number, string>();
    for (const a of data.priorityAreas) {
      const area = await em.save(em.create(PriorityArea, {
        planId: plan.id, number: a.number, title: a.title, aim: a.aim, progressNarrative: a.progressNarrative,
        leadPersonId: required(personIds, a.leadPersonKey, `priority ${a.number} lead`),
        deliveryGroupId: required(bodyIds, a.deliveryGroupKey, `priority ${a.number} delivery group`),
      }));
      areaIds.set(a.number, area.id);
    }

    for (const a of data.actions) {
      const impactEvidenceCount = a.evidence.filter((e) => e.demonstratesImpact).length;
      assertStatusInvariants({ deliveryStatus: a.deliveryStatus, impactStatus: a.impactStatus, impactEvidenceCount });
      const partnerIds = a.partnerOrganisationKeys.map((k) => required(orgIds, k, `action ${a.reference} partner`));
      const action = await em.save(em.create(Action, {
        planId: plan.id,
        priorityAreaId: required(areaIds, a.priorityNumber, `action ${a.reference}`),
        reference: a.reference,
        title: a.title,
        description: a.description,
        ownerOrganisationId: required(orgIds, a.ownerOrganisationKey, `action ${a.reference} owner`),
        ownerPersonId: required(personIds, a.ownerPersonKey, `action ${a.reference} owner`),
        startDate: a.startDate,
        dueDate: a.dueDate,
        deliveryStatus: a.deliveryStatus,
        impactStatus: a.impactStatus,
        archivedAt: null,
        partners: partnerIds.map((id) => ({ id }) as Organisation),
      }));
      await em.insert(ActionStatusHistory, {
        actionId: action.id, planId: plan.id, deliveryStatus: a.deliveryStatus, impactStatus: a.impactStatus,
        cause: 'import', statusUpdateId: null, actorId: SYSTEM_ACTOR.id, actorLabel: SYSTEM_ACTOR.label,
      });
      if (a.milestones.length) await em.insert(Milestone, a.milestones.map((m) => ({ ...m, actionId: action.id })));
      if (a.evidence.length) {
        await em.insert(Evidence, a.evidence.map((e) => ({
          actionId: action.id, type: e.type, title: e.title, description: e.description, evidenceDate: e.date,
          demonstratesImpact: e.demonstratesImpact, url: e.url ?? null, addedById: null, addedByLabel: SYSTEM_ACTOR.label, archivedAt: null,
        })));
      }
      await this.audit.record(em, SYSTEM_ACTOR, {
        entityType: 'action', entityId: action.id, action: 'import', planId: plan.id, after: toActionAuditState(action, [...partnerIds].sort()),
      });
    }
    await seedMeasures(em, this.audit, plan.id, data.measures ?? []);
    await seedMeetings(em, this.audit, plan.id, data.plan.slug);
    return plan.id;
  }
}

function required<K, V>(map: Map<K, V>, key: K, where: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`The dataset names "${String(key)}" for ${where}, but defines no such record`);
  return value;
}
