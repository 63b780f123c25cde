import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertStatusInvariants, todayIso } from '@send/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Action } from '../action/action.entity';
import { recordActionHistory } from '../action/action-history';
import { toActionAuditState } from '../action/action.response';
import { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { APP_CONFIG, AppConfig } from '../config/app.config';
import { Evidence } from '../evidence/evidence.entity';
import { GovernanceBody } from '../governance/governance-body.entity';
import { MeetingService } from '../governance/meeting.service';
import { Milestone } from '../milestone/milestone.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Person } from '../person/person.entity';
import { Plan } from '../plan/plan.entity';
import { PackService } from '../pack/pack.service';
import { PriorityArea } from '../priority-area/priority-area.entity';
import { PublicSummaryService } from '../public-summary/public-summary.service';
import { REPORTING_BODY_KIND } from '../reporting-period/period-meeting';
import { ReportingPeriodService } from '../reporting-period/reporting-period.service';
import { seedCaseAudits } from './case-audit.seed';
import { seedCriticalReviews } from './critical-review.seed';
import { continueDemo } from './demo/continue-demo.seed';
import { seedDemoUsers } from './demo-users';
import { seedInspections } from './inspection.seed';
import { seedMeasures } from './measure.seed';
import { seedMeetings } from './meeting-seed';
import { PLYMOUTH, PlanDataset } from './plymouth-dataset';
import { seedReportingHistory } from './reporting-history.seed';
import { seedVoice } from './voice.seed';
import { seedSchoolPlan } from './school-plan.seed';
import { seedSchoolReviews } from './school-review.seed';
import { LocalAreaService } from '../local-area/local-area.service';
import { runInLocalAreas } from '../db/local-area-context';

/** The demo's local area. */
export const PLYMOUTH_LOCAL_AREA = { name: 'Plymouth', slug: 'plymouth', councilName: 'Plymouth City Council', icbName: 'NHS Devon Integrated Care Board' };

export interface SeedResult {
  planId: string;
  created: boolean;
}

export interface SeedOptions {
  /** The moment the plan is seeded: the demo is carried on to it. Now, unless a test chooses another day. */
  now?: Date;
}

/** Loads a plan dataset into the database, once: a second run finds the plan and changes nothing. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'demoPassword'>,
    private readonly packs: PackService,
    private readonly localAreas: LocalAreaService,
    private readonly publicSummaries: PublicSummaryService,
    private readonly meetings: MeetingService,
    private readonly periods: ReportingPeriodService,
  ) {}

  async seedPlymouth(options: SeedOptions = {}): Promise<SeedResult> {
    const area = await this.localAreas.ensureLocalArea(PLYMOUTH_LOCAL_AREA);
    return this.seedPlan(PLYMOUTH, area.id, options);
  }

  /** Loads the dataset into a local area: everything it writes is that area's (row-level security sees to it). */
  async seedPlan(data: PlanDataset, localAreaId: string, options: SeedOptions = {}): Promise<SeedResult> {
    return runInLocalAreas([localAreaId], () => this.seedPlanInScope(data, localAreaId, options));
  }

  private async seedPlanInScope(data: PlanDataset, localAreaId: string, { now = new Date() }: SeedOptions): Promise<SeedResult> {
    const started = Date.now();
    const result = await this.dataSource.transaction(async (em) => {
      // Serialise concurrent starts against the same database.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`seed:${data.plan.slug}`]);
      const existing = await em.findOne(Plan, { where: { slug: data.plan.slug } });
      const planId = existing?.id ?? (await this.insertPlan(em, data, now));
      const schools = data === PLYMOUTH ? await seedSchoolReviews(em, this.audit, now) : null;
      if (schools) await seedSchoolPlan(em, this.audit, { meetings: this.meetings, periods: this.periods }, schools.schoolIdsByUrn, now);
      if (!existing) {
        if (data === PLYMOUTH) this.announceDemoUsers(await seedDemoUsers(em, this.audit, this.config.demoPassword, localAreaId, schools?.schoolIdsByUrn));
        this.logger.log(`Loaded the plan "${data.plan.title}": ${data.priorityAreas.length} priority areas, ${data.actions.length} actions`);
      }
      const loaded = await seedReportingHistory(em, this.audit, planId, data);
      if (loaded && data.demo) await continueDemo(em, this.audit, planId, data.demo, now);
      if (!existing) await this.recordImportedActions(em, planId);
      // Also for a plan seeded before voice items were recorded: once, while it has none.
      await seedVoice(em, this.audit, planId, data.voice ?? [], todayIso(now));
      return { planId, created: !existing };
    });
    if (result.created && data.demo) {
      await this.draftNextBoardPack(result.planId, now);
      // So the demo's public page (/public/<local area>) has something to show: published as the Head of
      // SEND would, and named as the demo's doing.
      await this.publicSummaries.publish(result.planId, { ...SYSTEM_ACTOR, label: 'Head of SEND (illustrative: published when the demo was loaded)', roles: ['plan_manager'] });
    }
    if (result.created) this.logger.log(`Seeded the plan in ${Date.now() - started} ms`);
    return result;
  }

  /**
   * An import event per action, as the seed leaves it: with the statuses its history (and the
   * demo's continuation of it) gave it, so the action's audit trail agrees with its status history.
   */
  private async recordImportedActions(em: EntityManager, planId: string): Promise<void> {
    const actions = await em.find(Action, { where: { planId }, relations: { partners: true }, order: { reference: 'ASC' } });
    await this.audit.recordMany(em, SYSTEM_ACTOR, actions.map((action) => ({
      entityType: 'action', entityId: action.id, action: 'import', planId, after: toActionAuditState(action),
    })));
  }

  /** The board after the day of seeding gets its draft pack, as the Head of SEND would have prepared it. */
  private async draftNextBoardPack(planId: string, now: Date): Promise<void> {
    const [next] = await this.dataSource.query<{ id: string }[]>(
      `SELECT m.id FROM meeting m JOIN governance_body b ON b.id = m.body_id AND b.kind = $2
        WHERE m.plan_id = $1 AND m.meeting_date >= $3 AND NOT EXISTS (SELECT 1 FROM pack p WHERE p.meeting_id = m.id)
        ORDER BY m.meeting_date, m.cut_off_at LIMIT 1`,
      [planId, REPORTING_BODY_KIND, todayIso(now)],
    );
    // The system prepares it as the Head of SEND would, so it may read the draft it makes.
    if (next) await this.packs.generatePack(next.id, { ...SYSTEM_ACTOR, roles: ['plan_manager'] }, { now });
  }

  /** The demo password is printed once, when it was made up here (no DEMO_PASSWORD). */
  private announceDemoUsers(result: { created: number; generatedPassword?: string }) {
    if (!result.created) return;
    this.logger.log(`Created ${result.created} demo accounts (admin@demo.example, head.of.send@demo.example, ...)`);
    if (result.generatedPassword) {
      console.log(`\n  Demo accounts' password (shown once; set DEMO_PASSWORD to choose one): ${result.generatedPassword}\n`);
    }
  }

  private async insertPlan(em: EntityManager, data: PlanDataset, now: Date): Promise<string> {
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

    const withHistory = new Set(data.reportingHistory?.history.actions.map((a) => a.reference) ?? []);
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
      // An action with a reporting history gets its status history from it; any other is taken on now.
      if (!withHistory.has(a.reference)) {
        await recordActionHistory(em, [{ actionId: action.id, validFrom: now }], { cause: 'import', actor: SYSTEM_ACTOR });
      }
      if (a.milestones.length) await em.insert(Milestone, a.milestones.map((m) => ({ ...m, actionId: action.id })));
      if (a.evidence.length) {
        await em.insert(Evidence, a.evidence.map((e) => ({
          actionId: action.id, type: e.type, title: e.title, description: e.description, evidenceDate: e.date,
          demonstratesImpact: e.demonstratesImpact, url: e.url ?? null, addedById: null, addedByLabel: SYSTEM_ACTOR.label, archivedAt: null,
        })));
      }
    }
    await seedMeasures(em, this.audit, plan.id, data.measures ?? []);
    await seedCriticalReviews(em, this.audit, plan.id, data);
    await seedCaseAudits(em, this.audit, plan.id, data.caseAudits);
    // Linked from the plan's first day, when the plan answering the inspection was agreed.
    await seedInspections(em, this.audit, plan.id, new Date(`${data.plan.startDate}T09:00:00Z`), data.inspections ?? [], data.measures ?? []);
    await seedMeetings(em, this.audit, plan.id, data.plan.slug, data.demo ? { today: todayIso(now), historyEndsOn: data.demo.historyEndsOn } : undefined);
    return plan.id;
  }
}

function required<K, V>(map: Map<K, V>, key: K, where: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`The dataset names "${String(key)}" for ${where}, but defines no such record`);
  return value;
}
