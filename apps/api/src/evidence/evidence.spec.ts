import { Logger } from '@nestjs/common';
import { EVIDENCE_MAX_BYTES, LAST_IMPACT_EVIDENCE_MESSAGE } from '@send/domain';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { fetchFile, pdfBytes, postForm } from '../../test/multipart';
import { bootTestApp, buildAction, buildPlan, call, callAs, createUser, Session, signIn, TestApp, TestPlan } from '../../test/test-app';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(512, 0)]);
const fields = (overrides: Record<string, string> = {}) => ({
  type: 'audit', title: 'Dip sample audit', description: 'Autumn term dip samples', date: '2024-12-20', demonstratesImpact: 'true', ...overrides,
});

describe('evidence API', () => {
  let app: TestApp;
  let db: DataSource;
  let t: TestPlan;

  beforeAll(async () => {
    app = await bootTestApp();
    db = app.get(DataSource);
    t = await buildPlan(app);
  });
  afterAll(() => app.close());

  /** Rows an upload to this action could have written: evidence, files (which cannot exist without their evidence row), audit events. */
  async function rowsFor(actionId: string) {
    const [row] = await db.query(
      `SELECT (SELECT count(*) FROM evidence WHERE action_id = $1)::int AS evidence,
              (SELECT count(*) FROM evidence_file f JOIN evidence e ON e.id = f.evidence_id WHERE e.action_id = $1)::int AS files,
              (SELECT count(*) FROM audit_event WHERE entity_type = 'evidence' AND after->>'actionId' = $1::text)::int AS audit`,
      [actionId],
    );
    return row as { evidence: number; files: number; audit: number };
  }

  describe('uploading a file', () => {
    it('stores the file and gives back the same bytes under the same name and type', async () => {
      const action = await buildAction(app, t);
      const content = pdfBytes(300_000);
      const name = 'Évaluation d’impact – été 2024.pdf';
      const res = await postForm(app, `/api/actions/${action.id}/evidence`, fields(), { name, type: 'application/pdf', content });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        actionId: action.id, type: 'audit', typeLabel: 'Audit', title: 'Dip sample audit', date: '2024-12-20',
        demonstratesImpact: true, kind: 'file', url: null, version: 1, archivedAt: null,
        file: { name, mimeType: 'application/pdf', sizeBytes: content.length, sha256: sha256(content), downloadUrl: `/api/evidence/${res.body.id}/file` },
      });

      const download = await fetchFile(app, `/api/evidence/${res.body.id}/file`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(content)).toBe(true);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-length']).toBe(String(content.length));
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      const disposition = String(download.headers['content-disposition']);
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(name);
    });

    it('strips direction controls from the file name, so its real extension shows', async () => {
      const action = await buildAction(app, t);
      const res = await postForm(app, `/api/actions/${action.id}/evidence`, fields(), { name: 'minutes\u202excod.pdf', type: 'application/pdf', content: pdfBytes() });
      expect(res.status).toBe(201);
      expect(res.body.file.name).toBe('minutesxcod.pdf');
      const download = await fetchFile(app, `/api/evidence/${res.body.id}/file`);
      expect(decodeURIComponent(String(download.headers['content-disposition']).split("UTF-8''")[1])).toBe('minutesxcod.pdf');
    });

    it('records the upload in the audit log, without the bytes', async () => {
      const action = await buildAction(app, t);
      const content = pdfBytes();
      const res = await postForm(app, `/api/actions/${action.id}/evidence`, fields(), { name: 'a.pdf', type: 'application/pdf', content });
      const audit = await call(app, 'GET', `/api/audit?entityType=evidence&entityId=${res.body.id}`);
      expect(audit.body.items).toEqual([
        expect.objectContaining({
          action: 'create', planId: t.plan.id,
          after: expect.objectContaining({ title: 'Dip sample audit', file: { name: 'a.pdf', mimeType: 'application/pdf', sizeBytes: 2048, sha256: sha256(content) } }),
        }),
      ]);
    });

    it('refuses a type that is not allowed with 400 on the file field, and stores nothing', async () => {
      const action = await buildAction(app, t);
      const before = await rowsFor(action.id);
      const res = await postForm(app, `/api/actions/${action.id}/evidence`, fields(), { name: 'setup.exe', type: 'application/x-msdownload', content: EXE });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'file', message: expect.stringContaining('must be a PDF, Word, Excel') }]);
      expect(await rowsFor(action.id)).toEqual(before);
    });

    it('refuses an executable renamed .pdf, by its content', async () => {
      const action = await buildAction(app, t);
      const before = await rowsFor(action.id);
      const res = await postForm(app, `/api/actions/${action.id}/evidence`, fields(), { name: 'report.pdf', type: 'application/pdf', content: EXE });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'file', message: expect.stringContaining('not a .pdf file') }]);
      expect(await rowsFor(action.id)).toEqual(before);
    });

    it('refuses a file over 25MB with 413, and stores nothing', async () => {
      const action = await buildAction(app, t);
      const before = await rowsFor(action.id);
      const res = await postForm(app, `/api/actions/${action.id}/evidence`, fields(), {
        name: 'huge.pdf', type: 'application/pdf', content: pdfBytes(EVIDENCE_MAX_BYTES + 1),
      });
      expect(res.status).toBe(413);
      expect(res.body).toEqual({ message: 'The file must be smaller than 25MB.', errors: [{ field: 'file', message: 'The file must be smaller than 25MB.' }] });
      expect(await rowsFor(action.id)).toEqual(before);
    });

    it('accepts a file of exactly 25MB', async () => {
      const action = await buildAction(app, t);
      const content = pdfBytes(EVIDENCE_MAX_BYTES);
      const res = await postForm(app, `/api/actions/${action.id}/evidence`, fields(), { name: 'big.pdf', type: 'application/pdf', content });
      expect(res.status).toBe(201);
      expect(res.body.file.sizeBytes).toBe(EVIDENCE_MAX_BYTES);
    });

    it('validates the form fields with the same rules as JSON, reporting every problem at once', async () => {
      const action = await buildAction(app, t);
      const before = await rowsFor(action.id);
      const res = await postForm(
        app, `/api/actions/${action.id}/evidence`,
        { type: 'photo', title: '  ', date: '2025-02-30', demonstratesImpact: 'maybe', colour: 'red' },
        { name: 'setup.exe', type: 'application/octet-stream', content: EXE },
      );
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'date', 'demonstratesImpact', 'file', 'title', 'type']);
      expect(await rowsFor(action.id)).toEqual(before);
    });

    it('reads the fields whether they come before or after the file', async () => {
      const action = await buildAction(app, t);
      const res = await postForm(app, `/api/actions/${action.id}/evidence`, fields({ type: 'minutes', title: 'Board minutes' }), {
        name: 'minutes.pdf', type: 'application/pdf', content: pdfBytes(),
      }, { fileFirst: true });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ type: 'minutes', title: 'Board minutes', file: { name: 'minutes.pdf' } });
    });

    it('reads a form with no file chosen as no file', async () => {
      const action = await buildAction(app, t);
      const res = await postForm(app, `/api/actions/${action.id}/evidence`, fields(), { name: '', type: 'application/octet-stream', content: '' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'file', message: 'Choose a file to upload, or give a link (url)' }]);
    });

    it('refuses an empty file', async () => {
      const action = await buildAction(app, t);
      const res = await postForm(app, `/api/actions/${action.id}/evidence`, fields(), { name: 'empty.pdf', type: 'application/pdf', content: '' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'file', message: 'The selected file is empty.' }]);
    });

    it('refuses a file and a link together, and a file sent under another name', async () => {
      const action = await buildAction(app, t);
      const both = await postForm(app, `/api/actions/${action.id}/evidence`, fields({ url: 'https://example.org/a' }), { name: 'a.pdf', type: 'application/pdf', content: pdfBytes() });
      expect(both.status).toBe(400);
      expect(both.body.errors).toEqual([{ field: 'url', message: 'Give a link or upload a file, not both' }]);
      const misnamed = await postForm(app, `/api/actions/${action.id}/evidence`, fields(), { name: 'a.pdf', type: 'application/pdf', content: pdfBytes() }, { fileField: 'document' });
      expect(misnamed.status).toBe(400);
      expect(misnamed.body.errors[0].field).toBe('document');
    });

    it('accepts a CSV extract and serves it as CSV', async () => {
      const action = await buildAction(app, t);
      const content = Buffer.from('term,suspensions\nautumn 2023,1241\nautumn 2024,968\n');
      const res = await postForm(app, `/api/actions/${action.id}/evidence`, fields({ type: 'data' }), { name: 'suspensions.csv', type: 'text/csv', content });
      expect(res.status).toBe(201);
      const download = await fetchFile(app, res.body.file.downloadUrl);
      expect(download.headers['content-type']).toBe('text/csv');
      expect(download.body).toBe(content.toString());
    });

    it('refuses to serve a file whose bytes no longer match their SHA-256, with a 500', async () => {
      const action = await buildAction(app, t);
      const res = await postForm(app, `/api/actions/${action.id}/evidence`, fields(), { name: 'a.pdf', type: 'application/pdf', content: pdfBytes() });
      await db.query(`UPDATE evidence_file SET content = overlay(content placing '\\x00'::bytea from 100 for 1) WHERE evidence_id = $1`, [res.body.id]);
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      const download = await fetchFile(app, `/api/evidence/${res.body.id}/file`);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('/file failed'), expect.stringContaining(`Evidence file of evidence ${res.body.id} is corrupt`));
      logged.mockRestore();
      expect(download.statusCode).toBe(500);
      expect(download.json()).toEqual({ message: 'Something went wrong on our side. The error has been logged.', errors: [] });
      expect(download.headers['content-disposition']).toBeUndefined();
    });
  });

  describe('links', () => {
    it('adds a link as JSON', async () => {
      const action = await buildAction(app, t);
      const res = await call(app, 'POST', `/api/actions/${action.id}/evidence`, {
        type: 'link', title: 'Ordinarily Available Provision', date: '2024-09-01', url: 'https://www.plymouth.gov.uk/oap',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ kind: 'link', url: 'https://www.plymouth.gov.uk/oap', file: null, demonstratesImpact: false, description: '' });
      expect((await call(app, 'GET', `/api/evidence/${res.body.id}/file`)).status).toBe(404);
    });

    it('refuses a link that is not http or https, and JSON without a link', async () => {
      const action = await buildAction(app, t);
      for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.org/a', 'not a url']) {
        const res = await call(app, 'POST', `/api/actions/${action.id}/evidence`, { type: 'link', title: 'x', date: '2024-09-01', url });
        expect({ url, status: res.status, fields: res.body.errors.map((e: { field: string }) => e.field) }).toEqual({ url, status: 400, fields: ['url'] });
      }
      const noUrl = await call(app, 'POST', `/api/actions/${action.id}/evidence`, { type: 'link', title: 'x', date: '2024-09-01' });
      expect(noUrl.status).toBe(400);
      expect(noUrl.body.errors[0].field).toBe('url');
    });
  });

  describe('reading', () => {
    it('lists an action\'s evidence newest first, leaving out archived items unless asked', async () => {
      const action = await buildAction(app, t);
      const add = (title: string, date: string) =>
        call(app, 'POST', `/api/actions/${action.id}/evidence`, { type: 'minutes', title, date, url: 'https://example.org/m' }).then((r) => r.body);
      await add('October minutes', '2024-10-10');
      const dec = await add('December minutes', '2024-12-12');
      await add('November minutes', '2024-11-11');
      expect((await call(app, 'POST', `/api/evidence/${dec.id}/archive`, { version: 1 })).status).toBe(200);
      const list = await call(app, 'GET', `/api/actions/${action.id}/evidence`);
      expect(list.body.map((e: { title: string }) => e.title)).toEqual(['November minutes', 'October minutes']);
      const all = await call(app, 'GET', `/api/actions/${action.id}/evidence?includeArchived=true`);
      expect(all.body.map((e: { title: string }) => e.title)).toEqual(['December minutes', 'November minutes', 'October minutes']);
      expect((await call(app, 'GET', `/api/evidence/${dec.id}`)).body.archivedAt).not.toBeNull();
    });

    it('answers 404 for an unknown action or evidence item', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await call(app, 'GET', `/api/actions/${unknown}/evidence`)).status).toBe(404);
      expect((await call(app, 'GET', `/api/evidence/${unknown}`)).status).toBe(404);
      expect((await call(app, 'GET', `/api/evidence/${unknown}/file`)).status).toBe(404);
      expect((await call(app, 'GET', '/api/evidence/nope')).status).toBe(404);
      expect((await call(app, 'POST', `/api/actions/${unknown}/evidence`, { type: 'link', title: 'x', date: '2024-09-01', url: 'https://example.org' })).status).toBe(404);
      const upload = await postForm(app, `/api/actions/${unknown}/evidence`, fields(), { name: 'a.pdf', type: 'application/pdf', content: pdfBytes() });
      expect(upload.status).toBe(404);
    });
  });

  describe('changing', () => {
    it('edits with the version it was read at, refusing a stale one with 409', async () => {
      const action = await buildAction(app, t);
      const e = (await call(app, 'POST', `/api/actions/${action.id}/evidence`, { type: 'link', title: 'Draft', date: '2024-09-01', url: 'https://example.org/a' })).body;
      const edited = await call(app, 'PATCH', `/api/evidence/${e.id}`, { version: 1, title: 'Final', url: 'https://example.org/b', demonstratesImpact: true });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ title: 'Final', url: 'https://example.org/b', demonstratesImpact: true, version: 2 });
      const stale = await call(app, 'PATCH', `/api/evidence/${e.id}`, { version: 1, title: 'Other' });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ title: 'Final', version: 2 });
      const audit = await call(app, 'GET', `/api/audit?entityType=evidence&entityId=${e.id}`);
      expect(audit.body.items[0]).toMatchObject({ action: 'update', before: { title: 'Draft', version: 1 }, after: { title: 'Final', version: 2 } });
    });

    it('refuses to clear a required field or to turn a file into a link', async () => {
      const action = await buildAction(app, t);
      const e = (await postForm(app, `/api/actions/${action.id}/evidence`, fields(), { name: 'a.pdf', type: 'application/pdf', content: pdfBytes() })).body;
      const cleared = await call(app, 'PATCH', `/api/evidence/${e.id}`, { version: 1, title: null });
      expect(cleared.status).toBe(400);
      expect(cleared.body.errors).toEqual([{ field: 'title', message: 'title cannot be cleared' }]);
      const toLink = await call(app, 'PATCH', `/api/evidence/${e.id}`, { version: 1, url: 'https://example.org' });
      expect(toLink.status).toBe(400);
      expect(toLink.body.errors[0].field).toBe('url');
    });
  });

  describe('the impact rule, end to end', () => {
    async function completeAction() {
      const action = await buildAction(app, t, { deliveryStatus: 'complete', impactStatus: 'complete_monitoring_impact' });
      return action as { id: string; version: number };
    }

    it('lets an action be judged impact evidenced only once it has impact evidence', async () => {
      const action = await completeAction();
      const refused = await call(app, 'PATCH', `/api/actions/${action.id}`, { version: 1, impactStatus: 'complete_impact_evidenced' });
      expect(refused.status).toBe(400);
      await postForm(app, `/api/actions/${action.id}/evidence`, fields({ demonstratesImpact: 'false' }), { name: 'a.pdf', type: 'application/pdf', content: pdfBytes() });
      expect((await call(app, 'PATCH', `/api/actions/${action.id}`, { version: 1, impactStatus: 'complete_impact_evidenced' })).status).toBe(400);
      await postForm(app, `/api/actions/${action.id}/evidence`, fields(), { name: 'b.pdf', type: 'application/pdf', content: pdfBytes() });
      const accepted = await call(app, 'PATCH', `/api/actions/${action.id}`, { version: 1, impactStatus: 'complete_impact_evidenced' });
      expect(accepted.status).toBe(200);
    });

    it('refuses to archive the last impact evidence of an impact-evidenced action, saying why', async () => {
      const action = await completeAction();
      const first = (await postForm(app, `/api/actions/${action.id}/evidence`, fields(), { name: 'a.pdf', type: 'application/pdf', content: pdfBytes() })).body;
      await call(app, 'PATCH', `/api/actions/${action.id}`, { version: 1, impactStatus: 'complete_impact_evidenced' });

      const refused = await call(app, 'POST', `/api/evidence/${first.id}/archive`, { version: 1 });
      expect(refused.status).toBe(400);
      expect(refused.body).toEqual({ message: LAST_IMPACT_EVIDENCE_MESSAGE, errors: [{ field: 'evidence', message: LAST_IMPACT_EVIDENCE_MESSAGE }] });
      const unflagged = await call(app, 'PATCH', `/api/evidence/${first.id}`, { version: 1, demonstratesImpact: false });
      expect(unflagged.status).toBe(400);
      expect(unflagged.body.errors[0].field).toBe('demonstratesImpact');
      expect((await call(app, 'GET', `/api/evidence/${first.id}`)).body).toMatchObject({ archivedAt: null, demonstratesImpact: true, version: 1 });

      await call(app, 'POST', `/api/actions/${action.id}/evidence`, { type: 'case_study', title: 'Case study', date: '2025-01-09', demonstratesImpact: true, url: 'https://example.org/c' });
      const archived = await call(app, 'POST', `/api/evidence/${first.id}/archive`, { version: 1 });
      expect(archived.status).toBe(200);
      expect(archived.body.archivedAt).not.toBeNull();
      expect((await call(app, 'POST', `/api/evidence/${first.id}/archive`, { version: 2 })).status).toBe(400);
    });

    it('archives impact evidence freely while the action is only monitoring impact', async () => {
      const action = await completeAction();
      const e = (await call(app, 'POST', `/api/actions/${action.id}/evidence`, { type: 'audit', title: 'a', date: '2025-01-09', demonstratesImpact: true, url: 'https://example.org' })).body;
      expect((await call(app, 'POST', `/api/evidence/${e.id}/archive`, { version: 1 })).status).toBe(200);
    });
  });
  describe('who may add and change evidence', () => {
    let me: Session;
    let mine: { id: string };
    let theirs: { id: string };

    beforeAll(async () => {
      const person = (name: string) => call(app, 'POST', '/api/people', { name, organisationId: t.council.id }).then((r) => r.body);
      const [myself, colleague] = [await person('Head of Inclusion'), await person('Principal Educational Psychologist')];
      mine = await buildAction(app, t, { ownerPersonId: myself.id });
      theirs = await buildAction(app, t, { ownerPersonId: colleague.id });
      me = await signIn(app, await createUser(app, { roles: ['action_owner'], personId: myself.id, organisationId: t.council.id, displayName: 'Head of Inclusion' }));
    });

    it('lets an action owner add a file or a link to an action they own, recording them as its author', async () => {
      const file = await postForm(app, `/api/actions/${mine.id}/evidence`, fields(), { name: 'a.pdf', type: 'application/pdf', content: pdfBytes() }, { session: me });
      expect(file.status).toBe(201);
      expect(file.body.addedBy).toEqual({ id: me.user.id, label: 'Head of Inclusion' });
      const link = await callAs(app, me, 'POST', `/api/actions/${mine.id}/evidence`, { type: 'link', title: 'Panel minutes', date: '2025-01-09', url: 'https://example.org/m' });
      expect(link.status).toBe(201);
      const audit = await call(app, 'GET', `/api/audit?entityType=evidence&entityId=${link.body.id}`);
      expect(audit.body.items[0].actor).toEqual({ id: me.user.id, label: 'Head of Inclusion' });
    });

    it('refuses an action owner evidence on an action they do not own, storing nothing', async () => {
      const before = await rowsFor(theirs.id);
      const file = await postForm(app, `/api/actions/${theirs.id}/evidence`, fields(), { name: 'a.pdf', type: 'application/pdf', content: pdfBytes() }, { session: me });
      expect(file.status).toBe(403);
      const link = await callAs(app, me, 'POST', `/api/actions/${theirs.id}/evidence`, { type: 'link', title: 'x', date: '2025-01-09', url: 'https://example.org' });
      expect(link.status).toBe(403);
      expect(await rowsFor(theirs.id)).toEqual(before);
    });

    it('lets an action owner change and archive evidence of their own actions only', async () => {
      const add = (actionId: string) =>
        call(app, 'POST', `/api/actions/${actionId}/evidence`, { type: 'audit', title: 'Audit', date: '2025-01-09', url: 'https://example.org/a' }).then((r) => r.body);
      const own = await add(mine.id);
      const other = await add(theirs.id);
      expect((await callAs(app, me, 'PATCH', `/api/evidence/${own.id}`, { version: 1, title: 'Audit (final)' })).status).toBe(200);
      expect((await callAs(app, me, 'POST', `/api/evidence/${own.id}/archive`, { version: 2 })).status).toBe(200);
      expect((await callAs(app, me, 'PATCH', `/api/evidence/${other.id}`, { version: 1, title: 'Mine now' })).status).toBe(403);
      expect((await callAs(app, me, 'POST', `/api/evidence/${other.id}/archive`, { version: 1 })).status).toBe(403);
      expect((await call(app, 'GET', `/api/evidence/${other.id}`)).body).toMatchObject({ title: 'Audit', archivedAt: null, version: 1 });
    });

    it('lets an owner granted their organisation\'s actions add evidence to a colleague\'s action', async () => {
      const granted = await signIn(app, await createUser(app, { roles: ['action_owner'], organisationId: t.council.id, canEditOrganisationActions: true }));
      const res = await callAs(app, granted, 'POST', `/api/actions/${theirs.id}/evidence`, { type: 'link', title: 'x', date: '2025-01-09', url: 'https://example.org' });
      expect(res.status).toBe(201);
    });

    it('lets every reader read and download evidence, and no reader add it', async () => {
      const e = (await postForm(app, `/api/actions/${mine.id}/evidence`, fields(), { name: 'a.pdf', type: 'application/pdf', content: pdfBytes() })).body;
      for (const role of ['viewer', 'board_member', 'moderator'] as const) {
        const reader = await signIn(app, await createUser(app, { roles: [role] }));
        expect((await callAs(app, reader, 'GET', `/api/actions/${mine.id}/evidence`)).body.map((x: { id: string }) => x.id)).toContain(e.id);
        expect((await fetchFile(app, e.file.downloadUrl, reader)).statusCode).toBe(200);
        const add = await postForm(app, `/api/actions/${mine.id}/evidence`, fields(), { name: 'a.pdf', type: 'application/pdf', content: pdfBytes() }, { session: reader });
        expect({ role, status: add.status }).toEqual({ role, status: 403 });
      }
      const scrutiny = await signIn(app, await createUser(app, { roles: ['scrutiny'] }));
      expect((await fetchFile(app, e.file.downloadUrl, scrutiny)).statusCode).toBe(403);
      expect((await fetchFile(app, e.file.downloadUrl, null)).statusCode).toBe(401);
    });
  });
});
