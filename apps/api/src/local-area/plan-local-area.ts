import type { Pool } from 'pg';
import { runInLocalAreas } from '../db/local-area-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Plans remembered at most; past it the memory starts again (a plan's local area costs one small query to learn). */
const REMEMBERED = 10_000;

export const PLAN_LOCAL_AREA_SQL = 'SELECT local_area_id FROM plan WHERE id = $1';

/**
 * The one local area a read of a plan needs. A user who sees several local areas (an adviser: up to
 * every one) would otherwise make PostgreSQL compare each row of every table the read touches with
 * all of their areas; a plan's rows are all in the plan's own area, so a read of the plan needs that
 * one only. The plan's area is looked up within the user's own areas (so a plan outside them stays
 * out of sight, and its reads answer 404 as before) and remembered: a plan never moves between
 * local areas. Both the API and the benchmark's floor server use this, so they do the same work.
 */
export class PlanLocalAreas {
  private readonly known = new Map<string, string>();

  constructor(private readonly pool: Pool) {}

  /**
   * The local areas to read plan `planId` with, for a user who sees `ids`: the plan's own area when
   * it is one of them, otherwise `ids` unchanged. Synchronous once the plan is known.
   */
  scopeFor(planId: string, ids: readonly string[]): readonly string[] | Promise<readonly string[]> {
    if (ids.length <= 1 || !UUID.test(planId)) return ids;
    const key = planId.toLowerCase();
    const area = this.known.get(key);
    if (area !== undefined) return narrowed(area, ids);
    return runInLocalAreas(ids, () => this.pool.query<{ local_area_id: string }>({ name: 'plan-local-area', text: PLAN_LOCAL_AREA_SQL, values: [key] })).then(({ rows }) => {
      if (rows.length === 0) return ids;
      if (this.known.size >= REMEMBERED) this.known.clear();
      this.known.set(key, rows[0].local_area_id);
      return narrowed(rows[0].local_area_id, ids);
    });
  }
}

function narrowed(area: string, ids: readonly string[]): readonly string[] {
  const wanted = area.toLowerCase();
  return ids.some((id) => id.toLowerCase() === wanted) ? [wanted] : ids;
}
