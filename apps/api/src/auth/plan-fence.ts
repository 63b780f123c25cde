import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canReachPlan, reachesEverySchoolPlan } from '@send/domain';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/actor';
import { runInLocalAreas } from '../db/local-area-context';

/** Plans remembered at most; past it the memory starts again. */
const REMEMBERED = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** For a route's first segment, what it names and how to find the school (if any) whose own plan holds it. */
const PLAN_SCHOOL_OF: Readonly<Record<string, { noun: string; sql: string }>> = {
  plans: { noun: 'plan', sql: 'SELECT school_id FROM plan WHERE id = $1' },
  actions: { noun: 'action', sql: 'SELECT p.school_id FROM action a JOIN plan p ON p.id = a.plan_id WHERE a.id = $1' },
  'priority-areas': { noun: 'priority area', sql: 'SELECT p.school_id FROM priority_area x JOIN plan p ON p.id = x.plan_id WHERE x.id = $1' },
  evidence: { noun: 'evidence', sql: 'SELECT p.school_id FROM evidence e JOIN action a ON a.id = e.action_id JOIN plan p ON p.id = a.plan_id WHERE e.id = $1' },
  milestones: { noun: 'milestone', sql: 'SELECT p.school_id FROM milestone m JOIN action a ON a.id = m.action_id JOIN plan p ON p.id = a.plan_id WHERE m.id = $1' },
  updates: { noun: 'update', sql: 'SELECT p.school_id FROM status_update u JOIN plan p ON p.id = u.plan_id WHERE u.id = $1' },
  measures: { noun: 'measure', sql: 'SELECT p.school_id FROM measure m JOIN plan p ON p.id = m.plan_id WHERE m.id = $1' },
  // A school's plan reports to its governing board: its body, meetings, decisions and packs are the school's too.
  'governance-bodies': { noun: 'governance body', sql: 'SELECT p.school_id FROM governance_body b JOIN plan p ON p.id = b.plan_id WHERE b.id = $1' },
  meetings: { noun: 'meeting', sql: 'SELECT p.school_id FROM meeting m JOIN plan p ON p.id = m.plan_id WHERE m.id = $1' },
  decisions: { noun: 'decision', sql: 'SELECT p.school_id FROM decision d JOIN plan p ON p.id = d.plan_id WHERE d.id = $1' },
  packs: { noun: 'pack', sql: 'SELECT p.school_id FROM pack k JOIN plan p ON p.id = k.plan_id WHERE k.id = $1' },
};

/**
 * Keeps a school's own plan out of the local area's routes (/api/plans/:planId..., /api/actions/:id...,
 * ?planId=...) for anyone the domain's canReachPlan refuses: to them it does not exist (404), as
 * another school's plan does not exist to a SENCO. The school's own routes (/api/schools/:id/plan)
 * check the school instead. Called by the access guard once the route's permission has passed.
 */
@Injectable()
export class PlanFence {
  /** Each plan's school (null: the local area's own), remembered: a plan never changes hands. */
  private readonly planSchools = new Map<string, string | null>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assertReachable(request: FastifyRequest, actor: Actor): Promise<void> {
    if (reachesEverySchoolPlan(actor)) return;
    for (const { noun, sql, id } of this.recordsNamed(request)) {
      const schoolId = await this.schoolOf(request, noun, sql, id);
      if (schoolId !== undefined && !canReachPlan(actor, schoolId)) throw new NotFoundException({ message: `There is no ${noun} with id ${id}`, errors: [] });
    }
  }

  /** The school whose plan holds the record (null: none), or undefined when the record is not in the user's sight. */
  private async schoolOf(request: FastifyRequest, noun: string, sql: string, id: string): Promise<string | null | undefined> {
    const key = id.toLowerCase();
    if (noun === 'plan' && this.planSchools.has(key)) return this.planSchools.get(key);
    // Guards run before the handler's local area scope is opened: look within the user's own areas.
    const areas = request.sessionUser?.localAreaIds ?? [];
    const [row] = await runInLocalAreas(areas, () => this.dataSource.query<{ school_id: string | null }[]>(sql, [id]));
    if (row && noun === 'plan') {
      if (this.planSchools.size >= REMEMBERED) this.planSchools.clear();
      this.planSchools.set(key, row.school_id);
    }
    return row?.school_id;
  }

  /** The records a request names: the one its path is about (`/api/<segment>/:param`) and any plan in its query or body. */
  private recordsNamed(request: FastifyRequest): { noun: string; sql: string; id: string }[] {
    const named: { noun: string; sql: string; id: string }[] = [];
    const [segment, param] = (request.routeOptions.url ?? '').replace(/^\/api\//, '').split('/');
    const params = (request.params ?? {}) as Record<string, unknown>;
    const lookup = PLAN_SCHOOL_OF[segment];
    const id = param?.startsWith(':') ? params[param.slice(1)] : undefined;
    if (lookup && typeof id === 'string' && UUID.test(id)) named.push({ ...lookup, id });
    for (const source of [request.query, request.body]) {
      const planId = source && typeof source === 'object' ? (source as Record<string, unknown>).planId : undefined;
      if (typeof planId === 'string' && UUID.test(planId)) named.push({ ...PLAN_SCHOOL_OF.plans, id: planId });
    }
    return named;
  }
}
