import { AsyncLocalStorage } from 'node:async_hooks';
import type { Pool, PoolClient } from 'pg';

/**
 * The local areas whose rows the work in hand may see: PostgreSQL's row-level security compares
 * every tenant row's local_area_id with the connection's `app.local_area_ids` setting (see the
 * LocalAreas migration). Work outside any request (start-up, background) has none, and sees nothing.
 * Work done for a request also carries the request's id, which every line it logs names.
 */
interface LocalAreaScope {
  /** The ids, comma-separated: the setting's value. Empty: no local area. */
  setting: string;
  requestId?: string;
}

const storage = new AsyncLocalStorage<LocalAreaScope>();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function settingOf(ids: readonly string[]): string {
  for (const id of ids) if (!UUID.test(id)) throw new Error(`Not a local area id: ${id}`);
  return [...new Set(ids.map((id) => id.toLowerCase()))].sort().join(',');
}

/** Runs `work` (and everything it starts) with the rows of these local areas in sight. */
export function runInLocalAreas<T>(ids: readonly string[], work: () => T): T {
  return storage.run({ setting: settingOf(ids), requestId: storage.getStore()?.requestId }, work);
}

/**
 * Opens an empty scope for a request's handling (guard, pipes, handler and everything they start);
 * the access guard fills it once it knows the user (`scopeToLocalAreas`).
 */
export function runInRequestScope<T>(requestId: string, work: () => T): T {
  return storage.run({ setting: '', requestId }, work);
}

/** The id of the request the work in hand is done for, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** Narrows the current request's scope to these local areas (the signed-in user's). */
export function scopeToLocalAreas(ids: readonly string[]): void {
  const scope = storage.getStore();
  if (!scope) throw new Error('scopeToLocalAreas called outside a request scope');
  scope.setting = settingOf(ids);
}

/** The local areas in sight now, as ids. */
export function currentLocalAreaIds(): string[] {
  const setting = storage.getStore()?.setting ?? '';
  return setting ? setting.split(',') : [];
}

const APPLIED = Symbol('app.local_area_ids');
type ScopedClient = PoolClient & { [APPLIED]?: string };
const SET_SQL = `SELECT set_config('app.local_area_ids', $1, false)`;

/**
 * Makes every connection the pool hands out carry the caller's local areas. The setting is made
 * for the connection's session (not per transaction), and made again at every checkout whose
 * scope differs from what the connection carries: so it can never leak from one piece of work to
 * the next, and a request costs no extra round trip while consecutive ones share a scope (the usual
 * case). Each check-out reads the scope of the code that asked for the connection.
 */
export function scopePoolToLocalAreas(pool: Pool): void {
  const marked = pool as Pool & { [APPLIED]?: true };
  if (marked[APPLIED]) return;
  marked[APPLIED] = true;
  type Done = (error: Error | undefined, client?: PoolClient, release?: (e?: Error) => void) => void;
  const checkOut = pool.connect.bind(pool) as unknown as (done: Done) => void;
  // Callbacks, not promises: this runs for every query the app makes.
  const scoped = (wanted: string, done: Done) =>
    checkOut((error, client, release) => {
      if (error || !client) return done(error ?? new Error('No connection'));
      const scopedClient = client as ScopedClient;
      if (scopedClient[APPLIED] === wanted) return done(undefined, client, release);
      client.query(SET_SQL, [wanted], (setError: Error | undefined) => {
        if (setError) {
          client.release(setError); // a connection in an unknown state is not reused
          return done(setError);
        }
        scopedClient[APPLIED] = wanted;
        done(undefined, client, release);
      });
    });
  // pg-pool's own query() checks out through this.connect, and TypeORM calls it with a callback.
  (pool as { connect: unknown }).connect = (callback?: Done) => {
    const wanted = storage.getStore()?.setting ?? '';
    if (callback) return void scoped(wanted, callback);
    return new Promise<PoolClient>((resolve, reject) => scoped(wanted, (error, client) => (error || !client ? reject(error ?? new Error('No connection')) : resolve(client))));
  };
}
