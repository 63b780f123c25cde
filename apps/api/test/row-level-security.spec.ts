import { Client } from 'pg';
import { APP_DATABASE_ROLE } from '../src/db/data-source';
import { LocalAreaService } from '../src/local-area/local-area.service';
import { PLYMOUTH_LOCAL_AREA } from '../src/seed/seed.service';
import { bootTestApp, ownerQuery, TestApp, unique } from './test-app';

/**
 * Tables that carry no row-level security, and why: accounts and sessions are looked up before
 * anyone's local area is known (the API scopes them itself), local areas are the tenants, and
 * migrations are the owner's. Every other table must hold its rows to the local areas in sight.
 */
const WITHOUT_ROW_SECURITY = ['migrations', 'local_area', 'app_user', 'adviser_local_area', 'user_session', 'login_failure', 'password_reset_token', 'sign_in_address', 'signing_secret'];

/**
 * PostgreSQL's second wall: connected as the API is (the send_app role), a query sees the rows of
 * the local areas in its setting and no others, on every table the catalogue lists.
 */
describe('row-level security', () => {
  let app: TestApp;
  let plymouth: string;
  let otherArea: string;
  let tables: { name: string; rowSecurity: boolean; forced: boolean; policies: number; hasLocalArea: boolean }[];

  beforeAll(async () => {
    app = await bootTestApp();
    plymouth = (await app.get(LocalAreaService).ensureLocalArea(PLYMOUTH_LOCAL_AREA)).id;
    otherArea = (await app.get(LocalAreaService).ensureLocalArea({ name: 'Elsewhere', slug: unique('elsewhere') })).id;
    tables = await ownerQuery(`
      SELECT c.relname AS name, c.relrowsecurity AS "rowSecurity", c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
             EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'local_area_id' AND NOT a.attisdropped) AS "hasLocalArea"
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`);
  });
  afterAll(() => app.close());

  /** A connection as the API makes it, with these local areas in sight (none: no setting at all). */
  async function asApp<T>(areas: string[] | null, work: (db: Client) => Promise<T>): Promise<T> {
    const db = new Client({ connectionString: process.env.TEST_DATABASE_URL, options: `-c role=${APP_DATABASE_ROLE}` });
    await db.connect();
    try {
      if (areas) await db.query(`SELECT set_config('app.local_area_ids', $1, false)`, [areas.join(',')]);
      return await work(db);
    } finally {
      await db.end();
    }
  }

  const tenantTables = () => tables.filter((t) => !WITHOUT_ROW_SECURITY.includes(t.name));

  it('is on, with a policy, for every table but the account tables (a new table without one fails here)', () => {
    expect(tenantTables().length).toBeGreaterThanOrEqual(24);
    expect(tenantTables().filter((t) => !t.rowSecurity || t.policies === 0).map((t) => t.name)).toEqual([]);
    // Every table holding rows of its own (not a link between two others) says whose they are.
    const links = ['action_partner', 'measure_action', 'status_update_evidence'];
    expect(tenantTables().filter((t) => !t.hasLocalArea).map((t) => t.name).sort()).toEqual(links);
  });

  it('is not bypassed by the role the API works as: not the owner, no BYPASSRLS, no superuser', async () => {
    const [role] = await ownerQuery(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1`, [APP_DATABASE_ROLE]);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await ownerQuery(`SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1`, [APP_DATABASE_ROLE]);
    expect(owned).toEqual([]);
    expect(await asApp(null, async (db) => (await db.query('SELECT current_user AS u')).rows[0].u)).toBe(APP_DATABASE_ROLE);
  });

  it('shows no rows of any tenant table to a query with no local area in its setting', async () => {
    const counts = await asApp(null, async (db) => {
      const seen: string[] = [];
      for (const t of tenantTables()) seen.push(`${t.name} ${(await db.query(`SELECT count(*)::int AS n FROM "${t.name}"`)).rows[0].n}`);
      return seen;
    });
    expect(counts).toEqual(tenantTables().map((t) => `${t.name} 0`));
    // An empty setting is no setting.
    expect(await asApp([], async (db) => (await db.query('SELECT count(*)::int AS n FROM plan')).rows[0].n)).toBe(0);
  });

  it("neither reads, changes, deletes nor adds another local area's rows, on every tenant table", async () => {
    // The demo's local area holds rows in (nearly) every table: the other area's view of them is checked.
    const withRows: string[] = [];
    for (const t of tenantTables()) {
      const [{ n }] = await ownerQuery(`SELECT count(*)::int AS n FROM "${t.name}"`);
      if (n > 0) withRows.push(t.name);
    }
    expect(withRows.length).toBeGreaterThanOrEqual(20);

    const outcome = await asApp([otherArea], async (db) => {
      const lines: string[] = [];
      for (const name of withRows) {
        const read = (await db.query(`SELECT count(*)::int AS n FROM "${name}"`)).rows[0].n;
        const hasLocalArea = tables.find((t) => t.name === name)!.hasLocalArea;
        const set = hasLocalArea ? 'local_area_id = local_area_id' : `${Object.keys((await ownerQuery(`SELECT * FROM "${name}" LIMIT 1`))[0])[0]} = ${Object.keys((await ownerQuery(`SELECT * FROM "${name}" LIMIT 1`))[0])[0]}`;
        // A table the app may never change (a published public summary) refuses outright: a wall before the policy.
        const changed = (sql: string) => db.query(sql).then((r) => r.rowCount, (error: { code?: string }) => {
          if (error.code === '42501') return 0;
          throw error;
        });
        const updated = await changed(`UPDATE "${name}" SET ${set}`);
        const deleted = await changed(`DELETE FROM "${name}"`);
        // A copy of one of the demo's rows, put in as it is: the policy's check refuses it before any other rule.
        const [row] = await ownerQuery(`SELECT to_jsonb(t) AS row FROM "${name}" t LIMIT 1`);
        let inserted = 'inserted';
        try {
          await db.query(`INSERT INTO "${name}" SELECT * FROM jsonb_populate_record(NULL::"${name}", $1)`, [row.row]);
        } catch (error) {
          inserted = (error as { code?: string }).code === '42501' ? 'refused' : `failed otherwise: ${(error as Error).message}`;
        }
        lines.push(`${name}: read ${read}, updated ${updated}, deleted ${deleted}, ${inserted}`);
      }
      return lines;
    });
    expect(outcome).toEqual(withRows.map((name) => `${name}: read 0, updated 0, deleted 0, refused`));
  });

  it("reads its own local area's rows, and only those", async () => {
    const [{ n: plymouthPlans }] = await ownerQuery('SELECT count(*)::int AS n FROM plan WHERE local_area_id = $1', [plymouth]);
    expect(plymouthPlans).toBeGreaterThan(0);
    const seen = await asApp([plymouth], async (db) => (await db.query('SELECT DISTINCT local_area_id::text AS id FROM plan')).rows.map((r) => r.id));
    expect(seen).toEqual([plymouth]);
    // An adviser's setting names several.
    const both = await asApp([plymouth, otherArea], async (db) => (await db.query('SELECT count(*)::int AS n FROM plan')).rows[0].n);
    expect(both).toBe(plymouthPlans);
  });
});
