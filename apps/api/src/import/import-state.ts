import { nameKey } from '@send/domain';
import type { EntityManager } from 'typeorm';
import type { ExistingAction, PlanState } from './import-plan.types';

/**
 * Reads what an import compares the sheet with: the plan's priority areas and actions (with their
 * partners and impact evidence), and every organisation and person by name. With `lock`, the
 * plan's priority areas and actions stay locked until the transaction ends, so nobody changes
 * them between the check and the write.
 */
export async function loadPlanState(em: EntityManager, planId: string | null, lock = false): Promise<PlanState> {
  const state: PlanState = {
    planId,
    priorityAreas: new Map(),
    actions: new Map(),
    organisations: new Map(),
    people: new Map(),
    impactEvidence: new Map(),
  };
  const forUpdate = lock ? ' FOR UPDATE' : '';
  if (planId) {
    const areas: { id: string; number: number; title: string }[] = await em.query(
      `SELECT id, number, title FROM priority_area WHERE plan_id = $1 ORDER BY number${forUpdate}`, [planId],
    );
    for (const a of areas) state.priorityAreas.set(Number(a.number), { id: a.id, title: a.title });

    const actions: (Omit<ExistingAction, 'partnerIds'> & { version: number | string })[] = await em.query(
      `SELECT id, priority_area_id AS "priorityAreaId", reference, title, description,
              owner_organisation_id AS "ownerOrganisationId", owner_person_id AS "ownerPersonId",
              to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(due_date, 'YYYY-MM-DD') AS "dueDate",
              delivery_status AS "deliveryStatus", impact_status AS "impactStatus",
              archived_at IS NOT NULL AS archived, version
         FROM action WHERE plan_id = $1 ORDER BY reference${forUpdate}`,
      [planId],
    );
    const byId = new Map<string, ExistingAction>();
    for (const a of actions) {
      const action: ExistingAction = { ...a, version: Number(a.version), partnerIds: [] };
      state.actions.set(a.reference, action);
      byId.set(a.id, action);
    }
    const partners: { action_id: string; organisation_id: string }[] = await em.query(
      `SELECT ap.action_id, ap.organisation_id FROM action_partner ap JOIN action a ON a.id = ap.action_id WHERE a.plan_id = $1`,
      [planId],
    );
    for (const p of partners) byId.get(p.action_id)?.partnerIds.push(p.organisation_id);
    for (const a of byId.values()) a.partnerIds.sort();

    const evidence: { action_id: string; count: string }[] = await em.query(
      `SELECT e.action_id, count(*) AS count FROM evidence e JOIN action a ON a.id = e.action_id
        WHERE a.plan_id = $1 AND e.demonstrates_impact AND e.archived_at IS NULL GROUP BY e.action_id`,
      [planId],
    );
    for (const e of evidence) state.impactEvidence.set(e.action_id, Number(e.count));
  }

  const organisations: { id: string; name: string }[] = await em.query('SELECT id, name FROM organisation ORDER BY created_at, id');
  for (const o of organisations) push(state.organisations, nameKey(o.name), o);
  const people: { id: string; name: string; organisationId: string }[] = await em.query(
    'SELECT id, name, organisation_id AS "organisationId" FROM person ORDER BY created_at, id',
  );
  for (const p of people) push(state.people, nameKey(p.name), p);

  // Names are not unique ("Head of SEND" works for more than one body). Where several records share
  // a name, the ones this plan already uses come first, then the oldest.
  const usedOrganisations = new Set<string>();
  const usedPeople = new Set<string>();
  for (const a of state.actions.values()) {
    usedOrganisations.add(a.ownerOrganisationId);
    for (const id of a.partnerIds) usedOrganisations.add(id);
    if (a.ownerPersonId) usedPeople.add(a.ownerPersonId);
  }
  const usedFirst = (used: Set<string>) => (a: { id: string }, b: { id: string }) => Number(used.has(b.id)) - Number(used.has(a.id));
  for (const list of state.organisations.values()) list.sort(usedFirst(usedOrganisations));
  for (const list of state.people.values()) list.sort(usedFirst(usedPeople));
  return state;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
