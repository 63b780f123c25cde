import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { academicYearOf, academicYearRange, AUDIT_THEMES, parseExpectationsText, type Role, todayIso } from '@send/domain';
import { PLYMOUTH_EXPECTATIONS } from '../src/seed/plymouth-expectations';
import { bootTestApp, call, callAs, createUser, ownerQuery, Session, signIn, TestApp } from './test-app';

/** The local authority's expectations document, as received (the seed folder of the project's sources). */
const SEED_DIR = '/work/shared/seeds';
const seedFile = existsSync(SEED_DIR) ? readdirSync(SEED_DIR).find((f) => f.startsWith('001_')) : undefined;

const randomUrn = () => String(100000 + Math.floor(Math.random() * 800000));

describe('schools, their SEND self-reviews and the local authority audits', () => {
  let app: TestApp;
  const sessions = new Map<string, Session>();
  let framework: { id: string; version: number; areas: { number: number; title: string; statements: { id: string; text: string }[] }[] };
  let statementIds: string[];
  let school: { id: string; version: number };
  let otherSchool: { id: string };
  let senco: Session;
  let otherSenco: Session;

  async function as(role: Role): Promise<Session> {
    if (!sessions.has(role)) sessions.set(role, await signIn(app, await createUser(app, { roles: [role] })));
    return sessions.get(role)!;
  }

  async function sencoOf(schoolId: string): Promise<Session> {
    const user = await createUser(app, { roles: ['school_senco'] });
    await ownerQuery('UPDATE app_user SET school_id = $1 WHERE id = $2', [schoolId, user.id]);
    return signIn(app, user);
  }

  beforeAll(async () => {
    app = await bootTestApp();
    framework = (await call(app, 'GET', '/api/expectations')).body;
    statementIds = framework.areas.flatMap((a) => a.statements.map((s) => s.id));
    const pm = await as('plan_manager');
    const created = await callAs(app, pm, 'POST', '/api/schools', { name: 'Test Primary School', phase: 'primary', urn: randomUrn(), sencoName: 'T. Senco' });
    expect(created.status).toBe(201);
    school = created.body;
    otherSchool = (await callAs(app, pm, 'POST', '/api/schools', { name: 'Other Test School', phase: 'secondary', urn: randomUrn() })).body;
    senco = await sencoOf(school.id);
    otherSenco = await sencoOf(otherSchool.id);
  }, 60_000);
  afterAll(() => app.close());

  describe('the expectations framework', () => {
    it('has the eleven areas and the statements of the local authority document, word for word', async () => {
      expect(framework.version).toBe(1);
      expect(framework.areas.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      const expected = seedFile ? parseExpectationsText(readFileSync(join(SEED_DIR, seedFile), 'utf8')) : PLYMOUTH_EXPECTATIONS;
      expect(expected).toHaveLength(11);
      expect(framework.areas.map((a) => ({ number: a.number, title: a.title, statements: a.statements.map((s) => s.text) })))
        .toEqual(expected.map((a) => ({ number: a.number, title: a.title, statements: a.statements })));
      expect(PLYMOUTH_EXPECTATIONS).toEqual(expected);
      // And as counted by hand from the document: 18, 12, 7, 9, 11, 4, 17, 9, 6, 6 and 13 statements.
      expect(framework.areas.map((a) => a.statements.length)).toEqual([18, 12, 7, 9, 11, 4, 17, 9, 6, 6, 13]);
      expect(statementIds).toHaveLength(112);
    });

    it('is read by every role, a school SENCO included', async () => {
      for (const role of ['viewer', 'scrutiny', 'action_owner'] as Role[]) expect((await callAs(app, await as(role), 'GET', '/api/expectations')).status).toBe(200);
      expect((await callAs(app, senco, 'GET', '/api/expectations')).body.areas).toHaveLength(11);
    });

    if (seedFile) {
      it('reads every bulleted statement of the document (the parser misses none)', () => {
        const text = readFileSync(join(SEED_DIR, seedFile), 'utf8');
        const parsed = parseExpectationsText(text);
        // Every statement's first words appear in the document as written.
        for (const area of parsed) for (const s of area.statements) expect(text.replace(/\s+/g, ' ')).toContain(s.slice(0, 40));
        expect(parsed[8].localAuthority?.commitments).toHaveLength(6);
      });
    }
  });

  describe('schools', () => {
    it('lists every school to the local authority and only their own to a school SENCO', async () => {
      const all = (await callAs(app, await as('plan_manager'), 'GET', '/api/schools')).body as { id: string; illustrative: boolean }[];
      expect(all.map((s) => s.id)).toEqual(expect.arrayContaining([school.id, otherSchool.id]));
      expect(all.filter((s) => s.illustrative).length).toBeGreaterThanOrEqual(12);
      const own = await callAs(app, senco, 'GET', '/api/schools');
      expect(own.body.map((s: { id: string }) => s.id)).toEqual([school.id]);
      expect((await callAs(app, senco, 'GET', `/api/schools/${school.id}`)).status).toBe(200);
      expect((await callAs(app, senco, 'GET', `/api/schools/${otherSchool.id}`)).status).toBe(404);
      expect((await callAs(app, senco, 'GET', `/api/schools/${otherSchool.id}/self-reviews`)).status).toBe(404);
      expect((await callAs(app, senco, 'GET', `/api/schools/${otherSchool.id}/audits`)).status).toBe(404);
      expect((await callAs(app, senco, 'POST', `/api/schools/${otherSchool.id}/self-reviews`, {})).status).toBe(404);
      // An administrator links a SENCO's account to their school; an unknown school is refused.
      const linked = await call(app, 'POST', '/api/users', { email: `senco-${Date.now()}@example.test`, displayName: 'Linked SENCO', roles: ['school_senco'], schoolId: school.id, password: 'twelve chars!' });
      expect(linked.status).toBe(201);
      expect(linked.body.schoolId).toBe(school.id);
      const asLinked = await signIn(app, { email: linked.body.email, password: 'twelve chars!' });
      expect((await callAs(app, asLinked, 'GET', '/api/schools')).body.map((s: { id: string }) => s.id)).toEqual([school.id]);
      const unknown = await call(app, 'PATCH', `/api/users/${linked.body.id}`, { version: linked.body.version, schoolId: '00000000-0000-4000-8000-000000000000' });
      expect(unknown.body.errors).toEqual([{ field: 'schoolId', message: 'There is no school with this id' }]);
      // A SENCO with no school sees none.
      const unlinked = await signIn(app, await createUser(app, { roles: ['school_senco'] }));
      expect((await callAs(app, unlinked, 'GET', '/api/schools')).body).toEqual([]);
      expect((await callAs(app, unlinked, 'GET', `/api/schools/${school.id}`)).status).toBe(404);
    });

    it('refuses bad fields one by one (400), a URN already used (409) and a stale version (409)', async () => {
      const pm = await as('plan_manager');
      const bad = await callAs(app, pm, 'POST', '/api/schools', { name: '', phase: 'nursery', urn: '12345', sencoName: 7, extra: 1 });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'name', 'phase', 'sencoName', 'urn']);
      const taken = (await callAs(app, pm, 'GET', `/api/schools/${otherSchool.id}`)).body.urn;
      const dup = await callAs(app, pm, 'POST', '/api/schools', { name: 'Copy', phase: 'primary', urn: taken });
      expect(dup.status).toBe(409);
      expect(dup.body.errors).toEqual([{ field: 'urn', message: 'Another school in this local area has this URN' }]);
      const changed = await callAs(app, pm, 'PATCH', `/api/schools/${school.id}`, { version: school.version, sencoName: 'New SENCO' });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ sencoName: 'New SENCO', version: school.version + 1 });
      expect((await callAs(app, pm, 'PATCH', `/api/schools/${school.id}`, { version: school.version, name: 'Stale' })).status).toBe(409);
      expect((await callAs(app, pm, 'PATCH', `/api/schools/${school.id}`, { version: changed.body.version, urn: 'abcdef' })).body.errors).toEqual([{ field: 'urn', message: 'urn must be six digits' }]);
      expect((await callAs(app, senco, 'PATCH', `/api/schools/${school.id}`, { version: changed.body.version, name: 'Mine' })).status).toBe(403);
    });
  });

  describe("a school's self-review and the audit visit", () => {
    let review: { id: string; version: number };
    let audit: { id: string; version: number };

    it('is written by the school SENCO as a draft and submitted once every statement is rated', async () => {
      const created = await callAs(app, senco, 'POST', `/api/schools/${school.id}/self-reviews`, {});
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ state: 'draft', academicYear: academicYearOf(todayIso()), unrated: 112, framework: { version: 1 } });
      expect(created.body.areas.flatMap((a: { statements: unknown[] }) => a.statements)).toHaveLength(112);
      review = created.body;
      expect((await callAs(app, senco, 'POST', `/api/schools/${school.id}/self-reviews`, {})).status).toBe(409);

      const bad = await callAs(app, senco, 'PATCH', `/api/self-reviews/${review.id}`, {
        version: review.version, ratings: [{ statementId: statementIds[0], rating: 'great' }, { statementId: 'nope', rating: 'embedded' }, { statementId: statementIds[1], rating: 'embedded', notes: 5 }],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['ratings.0.rating', 'ratings.1.statementId', 'ratings.2.notes']);
      const unknown = await callAs(app, senco, 'PATCH', `/api/self-reviews/${review.id}`, { version: review.version, ratings: [{ statementId: school.id, rating: 'embedded' }] });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors[0].field).toBe('ratings.0.statementId');

      const first = await callAs(app, senco, 'PATCH', `/api/self-reviews/${review.id}`, {
        version: review.version, summary: 'Reviewed with governors', ratings: [{ statementId: statementIds[0], rating: 'embedded', notes: 'Termly pupil progress meetings', evidence: 'Pupil progress tracker' }],
      });
      expect(first.status).toBe(200);
      expect(first.body.unrated).toBe(111);
      expect(first.body.areas[0].statements[0]).toMatchObject({ rating: 'embedded', notes: 'Termly pupil progress meetings', evidence: 'Pupil progress tracker' });
      expect((await callAs(app, senco, 'PATCH', `/api/self-reviews/${review.id}`, { version: review.version, summary: 'stale' })).status).toBe(409);

      const early = await callAs(app, senco, 'POST', `/api/self-reviews/${review.id}/submit`, { version: first.body.version });
      expect(early.status).toBe(400);
      expect(early.body.errors[0]).toMatchObject({ field: 'ratings', message: expect.stringMatching(/111 of 112/) });

      // Every statement: embedded, but developing in area 2 (which the audit will rate lower still).
      const all = framework.areas.flatMap((a) => a.statements.map((s) => ({ statementId: s.id, rating: a.number === 2 ? 'developing' : 'embedded' })));
      const rated = await callAs(app, senco, 'PATCH', `/api/self-reviews/${review.id}`, { version: first.body.version, ratings: all });
      expect(rated.body.unrated).toBe(0);
      expect(rated.body.areas[0].statements[0].notes).toBe('Termly pupil progress meetings');
      const submitted = await callAs(app, senco, 'POST', `/api/self-reviews/${review.id}/submit`, { version: rated.body.version });
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({ state: 'submitted', counts: { embedded: 100, developing: 12, not_yet: 0 } });
      review = submitted.body;
      expect((await callAs(app, senco, 'PATCH', `/api/self-reviews/${review.id}`, { version: review.version, summary: 'late' })).status).toBe(409);
      expect((await callAs(app, senco, 'POST', `/api/self-reviews/${review.id}/submit`, { version: review.version })).status).toBe(409);
      const events = await ownerQuery(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id`, [review.id]);
      expect(events.map((e) => e.action)).toEqual(['create', 'update', 'update', 'submit']);
    });

    it("is another school's SENCO's to neither read nor write (404), and the local authority's to read", async () => {
      expect((await callAs(app, otherSenco, 'GET', `/api/self-reviews/${review.id}`)).status).toBe(404);
      expect((await callAs(app, otherSenco, 'PATCH', `/api/self-reviews/${review.id}`, { version: review.version })).status).toBe(404);
      expect((await callAs(app, otherSenco, 'POST', `/api/self-reviews/${review.id}/submit`, { version: review.version })).status).toBe(404);
      for (const role of ['plan_manager', 'moderator', 'board_member'] as Role[]) {
        expect((await callAs(app, await as(role), 'GET', `/api/self-reviews/${review.id}`)).status).toBe(200);
      }
      const list = await callAs(app, senco, 'GET', `/api/schools/${school.id}/self-reviews`);
      expect(list.body.map((r: { id: string }) => r.id)).toEqual([review.id]);
    });

    it('is audited by the local authority, and the school sees the audit once it is published', async () => {
      const pm = await as('plan_manager');
      expect((await callAs(app, senco, 'POST', `/api/schools/${school.id}/audits`, { visitDate: todayIso() })).status).toBe(403);
      const bad = await callAs(app, pm, 'POST', `/api/schools/${school.id}/audits`, { visitDate: '2026-02-30', auditors: 'one' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['auditors', 'visitDate']);
      const created = await callAs(app, pm, 'POST', `/api/schools/${school.id}/audits`, { visitDate: todayIso(), auditors: ['Senior EP', 'SEND QA lead'] });
      expect(created.status).toBe(201);
      audit = created.body;
      expect((await callAs(app, senco, 'GET', `/api/audits/${audit.id}`)).status).toBe(404);
      expect((await callAs(app, senco, 'GET', `/api/schools/${school.id}/audits`)).body).toEqual([]);

      const badPatch = await callAs(app, pm, 'PATCH', `/api/audits/${audit.id}`, { version: audit.version, findings: [{ theme: 'weather', text: '' }], state: 'done' });
      expect(badPatch.body.errors.map((e: { field: string }) => e.field)).toEqual(['findings.0.theme', 'findings.0.text', 'state']);
      // The audit agrees except in area 2, where it finds practice not yet in place, and area 7, developing.
      const ratings = framework.areas.flatMap((a) => a.statements.map((s) => ({ statementId: s.id, rating: a.number === 2 ? 'not_yet' : a.number === 7 ? 'developing' : 'embedded' })));
      const written = await callAs(app, pm, 'PATCH', `/api/audits/${audit.id}`, {
        version: audit.version, ratings, strengths: ['Clear identification systems'],
        findings: [{ theme: 'meeting_needs', text: 'The SENCO has too little time for the role' }, { theme: 'identification', text: 'Transition documents vary' }],
        nextSteps: [{ theme: 'meeting_needs', text: 'Agree protected SENCO time' }],
      });
      expect(written.status).toBe(200);
      expect(written.body.counts).toEqual({ embedded: 83, developing: 17, not_yet: 12 });
      expect((await callAs(app, pm, 'PATCH', `/api/audits/${audit.id}`, { version: audit.version, state: 'published' })).status).toBe(409);
      const published = await callAs(app, pm, 'PATCH', `/api/audits/${audit.id}`, { version: written.body.version, state: 'published' });
      expect(published.body).toMatchObject({ state: 'published', publishedAt: expect.any(String) });
      audit = published.body;

      const seen = await callAs(app, senco, 'GET', `/api/audits/${audit.id}`);
      expect(seen.status).toBe(200);
      expect(seen.body.selfReviewId).toBe(review.id);
      expect(seen.body.areas[1].statements[0]).toMatchObject({ rating: 'not_yet', selfRating: 'developing' });
      expect((await callAs(app, senco, 'GET', `/api/schools/${school.id}/audits`)).body.map((a: { id: string }) => a.id)).toEqual([audit.id]);
      expect((await callAs(app, otherSenco, 'GET', `/api/audits/${audit.id}`)).status).toBe(404);
      expect((await callAs(app, senco, 'PATCH', `/api/audits/${audit.id}`, { version: audit.version })).status).toBe(403);
    });

    it("shows the local authority where the school rated itself above the audit, and ranks it among schools needing support", async () => {
      const overview = await callAs(app, await as('moderator'), 'GET', '/api/school-reviews/overview');
      expect(overview.status).toBe(200);
      const mine = overview.body.differences.filter((d: { schoolId: string }) => d.schoolId === school.id);
      // Area 2: developing against not yet (12); area 7: embedded against developing (17).
      expect(mine).toHaveLength(29);
      expect(mine[0]).toMatchObject({ schoolName: 'Test Primary School', areaNumber: 2, selfRating: 'developing', auditRating: 'not_yet', statementText: framework.areas[1].statements[0].text });
      const row = overview.body.needsSupport.find((r: { id: string }) => r.id === school.id);
      expect(row).toMatchObject({ counts: { not_yet: 12, developing: 17, embedded: 83, total: 112 }, areasWithNotYet: [2] });
      expect(overview.body.auditHeatMap).toHaveLength(11);
      expect((await callAs(app, senco, 'GET', '/api/school-reviews/overview')).status).toBe(403);
      expect((await callAs(app, await as('plan_manager'), 'GET', '/api/school-reviews/overview?year=abc')).body.errors).toEqual([{ field: 'year', message: 'year must be a whole number' }]);
    });
  });

  describe("the local authority's view of a year", () => {
    const year = academicYearOf(todayIso());
    const { from, to } = academicYearRange(year);
    /** The year's published audits in the database, the latest visit of each school. */
    const latestAudits = `
      SELECT DISTINCT ON (a.school_id) a.* FROM school_audit a JOIN school s ON s.id = a.school_id
       WHERE a.state = 'published' AND a.visit_date BETWEEN $1 AND $2 AND a.local_area_id = (SELECT id FROM local_area WHERE slug = 'plymouth')
       ORDER BY a.school_id, a.visit_date DESC, a.created_at DESC`;

    it('counts in the heat map exactly the audit ratings in the database, area by area', async () => {
      const overview = (await call(app, 'GET', `/api/school-reviews/overview?year=${year}`)).body;
      const rows = await ownerQuery<{ number: number; rating: string; n: number }>(`
        SELECT ar.number, r.rating, count(*)::int AS n FROM (${latestAudits}) a
          JOIN school_audit_rating r ON r.audit_id = a.id JOIN expectation_statement s ON s.id = r.statement_id JOIN expectation_area ar ON ar.id = s.area_id
         GROUP BY 1, 2`, [from, to]);
      for (const area of overview.auditHeatMap) {
        for (const rating of ['embedded', 'developing', 'not_yet']) {
          expect({ area: area.number, rating, n: area.counts[rating] }).toEqual({ area: area.number, rating, n: rows.find((r) => r.number === area.number && r.rating === rating)?.n ?? 0 });
        }
      }
      expect(overview.auditHeatMap.reduce((n: number, a: { counts: { total: number } }) => n + a.counts.total, 0)).toBeGreaterThan(112 * 9);
    });

    it('summarises the published audits by theme with the counts the database holds, as JSON, Word and PDF', async () => {
      const summary = await call(app, 'GET', `/api/school-reviews/thematic-summary?year=${year}`);
      expect(summary.status).toBe(200);
      const audits = await ownerQuery<{ school_id: string; findings: { theme: string; text: string }[]; next_steps: { theme: string; text: string }[] }>(latestAudits, [from, to]);
      expect(summary.body.schoolsVisited).toBe(audits.length);
      expect(summary.body.themes.map((t: { theme: string }) => t.theme)).toEqual([...AUDIT_THEMES]);
      for (const theme of summary.body.themes) {
        const withFinding = audits.filter((a) => a.findings.some((f) => f.theme === theme.theme));
        expect({ theme: theme.theme, schools: theme.schools }).toEqual({ theme: theme.theme, schools: withFinding.length });
        for (const point of theme.findings) {
          const saying = audits.filter((a) => a.findings.some((f) => f.theme === theme.theme && f.text.trim().toLowerCase() === point.text.toLowerCase()));
          expect({ text: point.text, schools: point.schools }).toEqual({ text: point.text, schools: saying.length });
        }
        const steps = new Set(audits.flatMap((a) => a.next_steps.filter((f) => f.theme === theme.theme).map((f) => f.text.trim().toLowerCase())));
        expect(theme.recommendations.length).toBe(steps.size);
      }
      expect(summary.body.byPhase.reduce((n: number, p: { schools: number }) => n + p.schools, 0)).toBe(audits.length);
      expect(summary.body.overview).toMatch(/were visited by the SEND audit team/);

      const docx = await call(app, 'GET', `/api/school-reviews/thematic-summary.docx?year=${year}`);
      expect(docx.status).toBe(200);
      expect(docx.headers['content-type']).toMatch(/wordprocessingml/);
      expect(String(docx.headers['content-disposition'])).toContain(`send-audit-thematic-summary-${year}.docx`);
      const pdf = await app.inject({ method: 'GET', url: `/api/school-reviews/thematic-summary.pdf?year=${year}`, headers: { cookie: (await as('board_member')).cookie } });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect((await callAs(app, senco, 'GET', '/api/school-reviews/thematic-summary.pdf')).status).toBe(403);
    });

    it('says so for a year with no audits', async () => {
      const empty = (await call(app, 'GET', '/api/school-reviews/thematic-summary?year=2001')).body;
      expect(empty).toMatchObject({ schoolsVisited: 0, overview: "No schools' audits were published for 2001/02." });
    });
  });
});
