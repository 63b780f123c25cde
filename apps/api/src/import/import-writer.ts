import { HistoryEntry, recordActionHistory } from '../action/action-history';
import { ConflictException } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Action } from '../action/action.entity';
import { toActionAuditState } from '../action/action.response';
import { AuditRecord, AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { Organisation } from '../organisation/organisation.entity';
import { Person } from '../person/person.entity';
import { Plan } from '../plan/plan.entity';
import { toPlanResponse } from '../plan/plan.response';
import { PriorityArea } from '../priority-area/priority-area.entity';
import type { DesiredAction, ExistingAction, Preview, Ref } from './import-plan.types';

/** Rows a single INSERT writes: 16 parameters a row, well under PostgreSQL's 65,535 per statement. */
const INSERT_CHUNK = 500;

/** Writes a checked preview inside the commit's transaction, with an audit event for every record. */
export class ImportWriter {
  private readonly organisationIds = new Map<string, string>();
  private readonly personIds = new Map<string, string>();
  private readonly areaIds = new Map<number, string>();
  private readonly events: AuditRecord[] = [];
  /** Actions the import created or changed, with their statuses, for their history (the plan "as at" a date). */
  private readonly statuses: HistoryEntry[] = [];

  constructor(private readonly em: EntityManager, private readonly audit: AuditService, private readonly actor: Actor) {}

  async createPlan(title: string, localArea: string): Promise<string> {
    const base = slugify(title) || 'plan';
    const plan = await this.em.save(this.em.create(Plan, {
      slug: `${base}-${randomBytes(3).toString('hex')}`, title, localArea, description: '',
      inspectionDate: null, startDate: null, endDate: null, archivedAt: null,
    }));
    await this.audit.record(this.em, this.actor, { entityType: 'plan', entityId: plan.id, action: 'create', planId: plan.id, after: toPlanResponse(plan) });
    return plan.id;
  }

  async write(planId: string, preview: Preview, source: { importId: string; fileName: string }): Promise<void> {
    const { write } = preview;
    await this.createOrganisations(planId, write.organisations);
    await this.createPeople(planId, write.people);
    await this.writePriorityAreas(planId, write.priorityAreas);
    const created = await this.createActions(planId, write.actions.create);
    for (const update of write.actions.update) await this.updateAction(planId, update.existing, update.desired);
    await this.recordStatuses(planId);
    this.recordImportedJudgements(planId, [
      ...write.actions.create.map((desired, i) => ({ actionId: created[i], desired })),
      ...write.actions.update.map((u) => ({ actionId: u.existing.id, desired: u.desired })),
    ], source);
    await this.audit.recordMany(this.em, this.actor, this.events);
  }

  /**
   * An audit event for each action whose judgement the import recorded despite a status rule
   * (the domain's IMPORTED_JUDGEMENT_EXCEPTION): the one path that may, so the log says when and from which file.
   */
  private recordImportedJudgements(planId: string, written: { actionId: string; desired: DesiredAction }[], source: { importId: string; fileName: string }) {
    for (const { actionId, desired } of written) {
      if (!desired.acceptedRules?.length) continue;
      this.events.push({
        entityType: 'action', entityId: actionId, action: 'record_imported_judgement', planId,
        after: {
          reference: desired.reference, impactStatus: desired.impactStatus ?? null, rulesNotMet: desired.acceptedRules,
          importId: source.importId, fileName: source.fileName, row: desired.row,
        },
      });
    }
  }

  private async recordStatuses(_planId: string): Promise<void> {
    await recordActionHistory(this.em, this.statuses, { cause: 'import', actor: this.actor });
  }

  private organisationId(ref: Ref): string {
    return 'id' in ref ? ref.id : (this.organisationIds.get(ref.newKey) as string);
  }

  private personId(ref: Ref | null): string | null {
    if (ref === null) return null;
    return 'id' in ref ? ref.id : (this.personIds.get(ref.newKey) as string);
  }

  private async createOrganisations(planId: string, organisations: { key: string; name: string }[]): Promise<void> {
    if (organisations.length === 0) return;
    const taken = new Set((await this.em.query<{ key: string }[]>('SELECT key FROM organisation')).map((r) => r.key));
    const rows = organisations.map((o) => {
      const base = slugify(o.name) || 'organisation';
      let key = base;
      for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
      taken.add(key);
      return { key, name: o.name, kind: 'other' as const };
    });
    const ids = await this.insertAll(Organisation, rows);
    organisations.forEach((o, i) => {
      const id = ids[i];
      this.organisationIds.set(o.key, id);
      this.events.push({ entityType: 'organisation', entityId: id, action: 'create', planId, after: { id, ...rows[i], version: 1 } });
    });
  }

  private async createPeople(planId: string, people: { key: string; name: string; organisation: Ref }[]): Promise<void> {
    if (people.length === 0) return;
    const rows = people.map((p) => ({ name: p.name, organisationId: this.organisationId(p.organisation), key: null, jobTitle: null, email: null }));
    const ids = await this.insertAll(Person, rows);
    people.forEach((p, i) => {
      const id = ids[i];
      this.personIds.set(p.key, id);
      const { name, organisationId } = rows[i];
      this.events.push({ entityType: 'person', entityId: id, action: 'create', planId, after: { id, name, jobTitle: null, email: null, organisationId, version: 1 } });
    });
  }

  private async writePriorityAreas(planId: string, areas: Preview['write']['priorityAreas']): Promise<void> {
    const existing: { id: string; number: number }[] = await this.em.query('SELECT id, number FROM priority_area WHERE plan_id = $1', [planId]);
    for (const a of existing) this.areaIds.set(Number(a.number), a.id);
    if (areas.create.length > 0) {
      const rows = areas.create.map((a) => ({ planId, number: a.number, title: a.title, aim: '', progressNarrative: '', leadPersonId: null, deliveryGroupId: null }));
      const ids = await this.insertAll(PriorityArea, rows);
      areas.create.forEach((a, i) => {
        const id = ids[i];
        this.areaIds.set(a.number, id);
        this.events.push({ entityType: 'priority_area', entityId: id, action: 'create', planId, after: { id, ...rows[i], version: 1 } });
      });
    }
    for (const a of areas.update) {
      const result = await this.em.createQueryBuilder().update(PriorityArea).set({ title: a.title }).where('id = :id', { id: a.id }).returning(['version']).execute();
      const version = Number((result.raw as { version: number }[])[0]?.version);
      this.events.push({
        entityType: 'priority_area', entityId: a.id, action: 'update', planId,
        before: { number: a.number, title: a.before, version: version - 1 }, after: { number: a.number, title: a.title, version },
      });
    }
  }

  private areaId(desired: DesiredAction): string {
    return 'id' in desired.priorityArea ? desired.priorityArea.id : (this.areaIds.get(desired.priorityArea.newNumber) as string);
  }

  /** Creates the actions and answers their ids, in order. */
  private async createActions(planId: string, actions: DesiredAction[]): Promise<string[]> {
    if (actions.length === 0) return [];
    const rows = actions.map((a) => ({
      planId,
      priorityAreaId: this.areaId(a),
      reference: a.reference,
      title: a.title as string,
      description: a.description ?? '',
      ownerOrganisationId: this.organisationId(a.ownerOrganisation as Ref),
      ownerPersonId: a.ownerPerson ? this.personId(a.ownerPerson) : null,
      startDate: a.startDate ?? null,
      dueDate: a.dueDate ?? null,
      deliveryStatus: a.deliveryStatus ?? 'not_started',
      impactStatus: a.impactStatus ?? 'not_yet_complete',
      archivedAt: null,
    }));
    const ids = await this.insertActions(rows);
    const partnerLinks: { actionId: string; organisationId: string }[] = [];
    actions.forEach((a, i) => {
      const id = ids[i];
      const partnerIds = [...new Set((a.partners ?? []).map((p) => this.organisationId(p)))].sort();
      for (const organisationId of partnerIds) partnerLinks.push({ actionId: id, organisationId });
      const row = rows[i];
      this.statuses.push({ actionId: id, deliveryStatus: row.deliveryStatus, impactStatus: row.impactStatus });
      const state = toActionAuditState({ ...row, id, version: 1 } as unknown as Action, partnerIds);
      this.events.push({ entityType: 'action', entityId: id, action: 'create', planId, after: state });
    });
    await this.linkPartners(partnerLinks);
    return ids;
  }

  private async updateAction(planId: string, existing: ExistingAction, desired: DesiredAction): Promise<void> {
    const set: QueryDeepPartialEntity<Action> = {};
    const next = { ...existing, archivedAt: null } as unknown as Action;
    const assign = <K extends keyof Action>(key: K, value: Action[K]) => {
      if (existing[key as keyof ExistingAction] !== value) {
        (set as Record<string, unknown>)[key] = value;
        next[key] = value;
      }
    };
    assign('priorityAreaId', this.areaId(desired));
    if (desired.title !== undefined) assign('title', desired.title);
    if (desired.description !== undefined) assign('description', desired.description);
    if (desired.ownerOrganisation !== undefined) assign('ownerOrganisationId', this.organisationId(desired.ownerOrganisation));
    if (desired.ownerPerson !== undefined) assign('ownerPersonId', this.personId(desired.ownerPerson));
    if (desired.startDate !== undefined) assign('startDate', desired.startDate);
    if (desired.dueDate !== undefined) assign('dueDate', desired.dueDate);
    if (desired.deliveryStatus !== undefined) assign('deliveryStatus', desired.deliveryStatus);
    if (desired.impactStatus !== undefined) assign('impactStatus', desired.impactStatus);

    let partnerIds = existing.partnerIds;
    if (desired.partners !== undefined) {
      const wanted = [...new Set(desired.partners.map((p) => this.organisationId(p)))].sort();
      if (wanted.join(',') !== existing.partnerIds.join(',')) {
        partnerIds = wanted;
        await this.em.query('DELETE FROM action_partner WHERE action_id = $1', [existing.id]);
        await this.linkPartners(wanted.map((organisationId) => ({ actionId: existing.id, organisationId })));
      }
    }
    // A partner change alone is still a change to the action: it gets a new version like any other.
    const result = await this.em.createQueryBuilder().update(Action)
      .set(Object.keys(set).length > 0 ? set : { updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id: existing.id, version: existing.version })
      .returning(['version'])
      .execute();
    if (result.affected !== 1) {
      throw new ConflictException({ message: `Action ${existing.reference} was changed while the import was being written. Nothing was saved: commit again.`, errors: [] });
    }
    next.version = Number((result.raw as { version: number }[])[0]?.version);
    // Any change to a reportable field is kept in the action's history, not only a change of status.
    this.statuses.push({ actionId: existing.id, deliveryStatus: next.deliveryStatus, impactStatus: next.impactStatus });
    this.events.push({
      entityType: 'action', entityId: existing.id, action: 'update', planId,
      before: toActionAuditState({ ...existing, archivedAt: null } as unknown as Action, existing.partnerIds),
      after: toActionAuditState(next, partnerIds),
    });
  }

  /**
   * Inserts actions a few thousand at a time through unnest: an import can bring thousands, and
   * the ORM's multi-row insert spends most of its time building the statement.
   */
  private async insertActions(rows: {
    planId: string; priorityAreaId: string; reference: string; title: string; description: string; ownerOrganisationId: string;
    ownerPersonId: string | null; startDate: string | null; dueDate: string | null; deliveryStatus: string; impactStatus: string;
  }[]): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < rows.length; i += 2000) {
      const chunk = rows.slice(i, i + 2000);
      const column = <K extends keyof (typeof rows)[number]>(key: K) => chunk.map((r) => r[key]);
      const inserted: { id: string; reference: string }[] = await this.em.query(
        `INSERT INTO action (plan_id, priority_area_id, reference, title, description, owner_organisation_id, owner_person_id,
                             start_date, due_date, delivery_status, impact_status, version)
         SELECT *, 1 FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[],
                                 $8::date[], $9::date[], $10::text[], $11::text[])
         RETURNING id, reference`,
        [
          column('planId'), column('priorityAreaId'), column('reference'), column('title'), column('description'),
          column('ownerOrganisationId'), column('ownerPersonId'), column('startDate'), column('dueDate'),
          column('deliveryStatus'), column('impactStatus'),
        ],
      );
      // References are unique in a plan: match the new ids to the rows by them, whatever order RETURNING uses.
      const byReference = new Map(inserted.map((r) => [r.reference, r.id]));
      ids.push(...chunk.map((r) => byReference.get(r.reference) as string));
    }
    return ids;
  }

  private async linkPartners(links: { actionId: string; organisationId: string }[]): Promise<void> {
    for (let i = 0; i < links.length; i += 5000) {
      const chunk = links.slice(i, i + 5000);
      await this.em.query(
        'INSERT INTO action_partner (action_id, organisation_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])',
        [chunk.map((l) => l.actionId), chunk.map((l) => l.organisationId)],
      );
    }
  }

  /** Inserts rows in chunks and answers their new ids, in order. */
  private async insertAll<T extends object>(entity: new () => T, rows: object[]): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const result = await this.em.insert(entity, rows.slice(i, i + INSERT_CHUNK));
      for (const identifier of result.identifiers) ids.push((identifier as { id: string }).id);
    }
    return ids;
  }
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}
