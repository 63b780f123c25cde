import { READINESS_JUDGEMENTS, READINESS_LABELS, type ReadinessJudgement } from '@send/domain';
import JSZip from 'jszip';
import { writeFileSync } from 'node:fs';
import { download, pdfText, readPdf } from './files';
import { plymouthPlanId } from './governance';
import { adminSession, bootTestApp, buildAction, buildPlan, call, callAs, ownerQuery, Session, TestApp, TestPlan } from './test-app';
import { buildEvidence, daysFromToday, signInAs } from './updates';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const squash = (text: string) => text.replace(/\s+/g, ' ');

/** The paragraphs of a Word document in order, each with its style (tables' cells are paragraphs too). */
async function docxParagraphs(bytes: Buffer): Promise<{ style: string | null; text: string }[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')).join(''),
  }));
}

/** The monitoring evidence pack: live, generated as at a day, published and then never changed. */
describe('the monitoring evidence pack', () => {
  let app: TestApp;
  let t: TestPlan;
  let planId: string;
  const as: Record<string, Session> = {};
  let done: { id: string; version: number };
  let findings: { answered: string; unanswered: string; evidenced: string };
  const day = daysFromToday(-1);

  beforeAll(async () => {
    app = await bootTestApp();
    t = await buildPlan(app);
    planId = t.plan.id;
    const inspection = (await call(app, 'POST', `/api/plans/${planId}/inspections`, { date: daysFromToday(-60), kind: 'full', outcome: 'Widespread or systemic failings' })).body;
    const finding = async (body: Record<string, unknown>) => (await call(app, 'POST', `/api/inspections/${inspection.id}/findings`, { kind: 'area_for_priority_action', ...body })).body.id as string;
    findings = {
      answered: await finding({ number: 1, title: 'Waiting times', text: 'Children and young people wait too long for assessment.' }),
      unanswered: await finding({ number: 2, title: 'Transitions', text: 'Preparation for adulthood is weak.' }),
      evidenced: await finding({ kind: 'area_for_improvement', number: 1, title: 'Exclusions', text: 'Too many children with SEND are excluded.' }),
    };
    const late = await buildAction(app, t, { reference: '1.1', title: 'Shorten waiting lists', deliveryStatus: 'on_track', dueDate: daysFromToday(-10) });
    done = await buildAction(app, t, { reference: '1.2', title: 'Inclusion support in schools', deliveryStatus: 'complete', impactStatus: 'complete_monitoring_impact' });
    await buildEvidence(app, done.id, { demonstratesImpact: true, title: 'Exclusions halved in the autumn term', evidenceDate: daysFromToday(-20) });
    const patched = await call(app, 'PATCH', `/api/actions/${done.id}`, { version: done.version, impactStatus: 'complete_impact_evidenced' });
    expect(patched.status).toBe(200);
    done = patched.body;
    const measure = (await call(app, 'POST', '/api/measures', { planId, title: 'Weeks waited for an assessment', unit: 'count', polarity: 'lower_is_better', targetValue: 18, targetDate: daysFromToday(300) })).body;
    expect((await call(app, 'POST', `/api/measures/${measure.id}/values`, { periodEnd: daysFromToday(-40), value: 31 })).status).toBe(201);
    await ownerQuery('UPDATE measure_value SET created_at = now() - interval \'30 days\' WHERE measure_id = $1', [measure.id]);
    expect((await call(app, 'PUT', `/api/findings/${findings.answered}/links`, { actionIds: [late.id], measureIds: [measure.id] })).status).toBe(200);
    expect((await call(app, 'PUT', `/api/findings/${findings.evidenced}/links`, { actionIds: [done.id], measureIds: [] })).status).toBe(200);
    // Links and statuses held since before the day asked for.
    await ownerQuery('UPDATE finding_action SET created_at = now() - interval \'30 days\' WHERE finding_id = ANY($1::uuid[])', [[findings.answered, findings.evidenced]]);
    await ownerQuery('UPDATE finding_measure SET created_at = now() - interval \'30 days\' WHERE finding_id = $1', [findings.answered]);
    await ownerQuery('UPDATE action_status_history SET valid_from = now() - interval \'30 days\' WHERE action_id = ANY($1::uuid[])', [[late.id, done.id]]);
    // Families' voice about the work answering the first finding, with what was done about it.
    const voice = await call(app, 'POST', `/api/plans/${planId}/voice`, {
      source: 'forum', voiceOf: 'parent_carers', heardOn: daysFromToday(-25), kind: 'concern', words: 'We waited eleven months for an assessment.', actionIds: [late.id],
    });
    expect(voice.status).toBe(201);
    expect((await call(app, 'PUT', `/api/voice/${voice.body.id}/response`, { whatChanged: 'A second assessment team started in the autumn.', respondedOn: daysFromToday(-20), status: 'done' })).status).toBe(200);
    const sef = await call(app, 'PUT', `/api/plans/${planId}/self-evaluation/sections/needs-identified`, {
      evaluation: 'Assessments are quicker than in the inspection year but not yet quick enough.', strengths: '', areasToDevelop: '', grade: 'inconsistent',
      evidenceIds: [], measureIds: [], findingIds: [findings.answered], version: 0,
    });
    expect(sef.status).toBe(200);
    for (const role of ['plan_manager', 'action_owner', 'viewer', 'adviser', 'scrutiny'] as const) as[role] = await signInAs(app, `Pack ${role}`, [role]);
  }, 120_000);
  afterAll(() => app.close());

  it('renders live as PDF and Word for plan readers, and refuses scrutiny, a future day and an unknown plan', async () => {
    for (const role of ['plan_manager', 'action_owner', 'adviser', 'viewer'] as const) {
      const pdf = await download(app, `/api/plans/${planId}/reports/readiness.pdf?asAt=${day}`, as[role].cookie);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toContain(`Testshire SEND monitoring evidence pack ${day} DRAFT.pdf`);
    }
    const docx = await download(app, `/api/plans/${planId}/reports/readiness.docx`, as.adviser.cookie);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect((await download(app, `/api/plans/${planId}/reports/readiness.pdf`, as.scrutiny.cookie)).status).toBe(403);
    const future = await call(app, 'GET', `/api/plans/${planId}/reports/readiness.pdf?asAt=${daysFromToday(3)}`);
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([{ field: 'asAt', message: 'asAt cannot be in the future' }]);
    expect((await call(app, 'GET', `/api/plans/${planId}/reports/readiness.docx?asAt=2025-02-30`)).status).toBe(400);
    expect((await download(app, `/api/plans/${UNKNOWN}/reports/readiness.pdf`)).status).toBe(404);
  });

  it("says what the readiness API says, finding by finding, for the same day, in the PDF and in Word", async () => {
    const readiness = (await call(app, 'GET', `/api/plans/${planId}/readiness?asAt=${day}`)).body;
    expect(readiness.counts).toEqual({ no_plan: 1, in_progress: 1, monitoring_impact: 0, impact_evidenced: 1 });
    const generated = await callAs(app, as.plan_manager, 'POST', `/api/plans/${planId}/readiness-packs`, { asAt: day });
    expect(generated.status).toBe(201);
    expect(generated.body).toMatchObject({ planId, state: 'draft', asAt: day, headline: { findings: 3, counts: readiness.counts, findingsWithGaps: readiness.findingsWithGaps } });
    const published = await callAs(app, as.plan_manager, 'POST', `/api/readiness-packs/${generated.body.id}/publish`, { version: generated.body.version });
    expect(published.status).toBe(200);
    expect(published.body.state).toBe('published');

    const pdf = await download(app, `/api/readiness-packs/${generated.body.id}/readiness.pdf`, as.scrutiny.cookie);
    expect(pdf.status).toBe(200);
    if (process.env.KEEP_REPORTS) writeFileSync('/tmp/readiness-pack.pdf', pdf.bytes);
    const text = squash(await pdfText(pdf.bytes));
    const docx = await download(app, `/api/readiness-packs/${generated.body.id}/readiness.docx`, as.scrutiny.cookie);
    expect(docx.status).toBe(200);
    if (process.env.KEEP_REPORTS) writeFileSync('/tmp/readiness-pack.docx', docx.bytes);
    const paragraphs = await docxParagraphs(docx.bytes);

    // Each finding says its judgement twice (under its heading and with its gaps): the counts per judgement are the API's.
    const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;
    const docxText = paragraphs.map((p) => p.text).join('\n');
    for (const j of READINESS_JUDGEMENTS as readonly ReadinessJudgement[]) {
      expect([j, occurrences(text, `Judgement: ${READINESS_LABELS[j]}.`) / 2]).toEqual([j, readiness.counts[j]]);
      expect([j, occurrences(docxText, `Judgement: ${READINESS_LABELS[j]}.`) / 2]).toEqual([j, readiness.counts[j]]);
    }
    // The summary table in Word: judgement, then its count.
    const summary = paragraphs.findIndex((p) => p.text === 'Findings by readiness judgement');
    const cells = paragraphs.slice(summary + 1, summary + 1 + 2 + READINESS_JUDGEMENTS.length * 2).map((p) => p.text);
    expect(cells).toEqual(['Judgement', 'Findings', ...READINESS_JUDGEMENTS.flatMap((j) => [READINESS_LABELS[j], String(readiness.counts[j])])]);

    // Each finding's gaps, in the API's words, under its own heading in Word and in the PDF.
    for (const f of readiness.findings as { title: string; kindLabel: string; number: number; gaps: { message: string }[] }[]) {
      const start = paragraphs.findIndex((p) => p.style === 'Heading1' && p.text === `${f.kindLabel} ${f.number}: ${f.title}`);
      expect(start).toBeGreaterThan(0);
      const end = paragraphs.findIndex((p, i) => i > start && p.style === 'Heading1');
      const section = paragraphs.slice(start, end === -1 ? undefined : end);
      const gapsAt = section.findIndex((p) => p.text === 'Readiness and gaps');
      const listed = section.slice(gapsAt + 2).filter((p) => p.text !== '').map((p) => p.text);
      expect(listed).toEqual(f.gaps.length ? f.gaps.map((g) => g.message) : ['No gaps: nothing stands between this finding and impact an inspector could see.']);
      for (const gap of f.gaps) expect(text).toContain(squash(gap.message));
    }
    // What stands behind each finding.
    expect(text).toContain('Children and young people wait too long for assessment.');
    expect(text).toContain('Exclusions halved in the autumn term');
    expect(text).toContain('Weeks waited for an assessment: values');
    expect(text).toContain('Assessments are quicker than in the inspection year but not yet quick enough.');
    expect(text).toContain('No action answers this finding.');
    expect(text).toContain('We waited eleven months for an assessment.');
    expect(text).toContain('A second assessment team started in the autumn.');
    expect(text).toContain('The self-evaluation, criterion by criterion');
    expect(text).not.toContain('DRAFT');
  });

  it('keeps a published pack byte for byte, whatever happens to the plan afterwards', async () => {
    const generated = await call(app, 'POST', `/api/plans/${planId}/readiness-packs`, {});
    expect(generated.status).toBe(201);
    const again = await call(app, 'POST', `/api/plans/${planId}/readiness-packs`, {});
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(generated.body.id);
    const stale = await call(app, 'POST', `/api/readiness-packs/${generated.body.id}/publish`, { version: generated.body.version });
    expect(stale.status).toBe(409);
    const published = await call(app, 'POST', `/api/readiness-packs/${generated.body.id}/publish`, {});
    expect(published.status).toBe(200);
    const before = await Promise.all(['pdf', 'docx'].map((f) => download(app, `/api/readiness-packs/${generated.body.id}/readiness.${f}`)));
    expect(before[0].headers.etag).toBe(`"sha256-${published.body.files[0].sha256}"`);

    // The plan moves on: an action is edited and the self-evaluation rewritten.
    const action = (await call(app, 'GET', `/api/actions/${done.id}`)).body;
    expect((await call(app, 'PATCH', `/api/actions/${done.id}`, { version: action.version, title: 'Renamed afterwards' })).status).toBe(200);
    expect((await call(app, 'PUT', `/api/plans/${planId}/self-evaluation/sections/needs-identified`, {
      evaluation: 'Rewritten afterwards.', strengths: '', areasToDevelop: '', grade: 'typically_positive', evidenceIds: [], measureIds: [], findingIds: [findings.answered], version: 1,
    })).status).toBe(200);

    const after = await Promise.all(['pdf', 'docx'].map((f) => download(app, `/api/readiness-packs/${generated.body.id}/readiness.${f}`)));
    expect(after[0].bytes.equals(before[0].bytes)).toBe(true);
    expect(after[1].bytes.equals(before[1].bytes)).toBe(true);
    expect(await pdfText(after[0].bytes)).not.toContain('Renamed afterwards');
    // Published is final: no second publication, and the database refuses a change made behind the API.
    expect((await call(app, 'POST', `/api/readiness-packs/${generated.body.id}/publish`, {})).status).toBe(409);
    await expect(ownerQuery(`UPDATE readiness_pack SET as_at = '2020-01-01' WHERE id = $1`, [generated.body.id])).rejects.toThrow(/published and cannot change/);
    const audit = await ownerQuery<{ action: string }>(`SELECT action FROM audit_event WHERE entity_type = 'readiness_pack' AND entity_id = $1 ORDER BY id`, [generated.body.id]);
    expect(audit.map((a) => a.action)).toEqual(['generate', 'regenerate', 'publish']);
  });

  it('lists published packs for everyone, drafts only for plan readers; only plan managers generate and publish', async () => {
    const draft = await call(app, 'POST', `/api/plans/${planId}/readiness-packs`, { asAt: day });
    expect(draft.status).toBe(201);
    const forScrutiny = await callAs(app, as.scrutiny, 'GET', `/api/plans/${planId}/readiness-packs`);
    expect(forScrutiny.status).toBe(200);
    expect(forScrutiny.body.items.length).toBeGreaterThanOrEqual(2);
    expect(forScrutiny.body.items.every((p: { state: string }) => p.state === 'published')).toBe(true);
    const forOwner = await callAs(app, as.action_owner, 'GET', `/api/plans/${planId}/readiness-packs`);
    expect(forOwner.body.items[0]).toMatchObject({ id: draft.body.id, state: 'draft' });
    expect((await download(app, `/api/readiness-packs/${draft.body.id}/readiness.pdf`, as.scrutiny.cookie)).status).toBe(404);
    const draftPdf = await download(app, `/api/readiness-packs/${draft.body.id}/readiness.pdf`, as.adviser.cookie);
    expect(draftPdf.status).toBe(200);
    expect(draftPdf.headers['content-disposition']).toContain('DRAFT.pdf');
    for (const role of ['action_owner', 'viewer', 'adviser', 'scrutiny'] as const) {
      expect((await callAs(app, as[role], 'POST', `/api/plans/${planId}/readiness-packs`, {})).status).toBe(403);
      expect((await callAs(app, as[role], 'POST', `/api/readiness-packs/${draft.body.id}/publish`, {})).status).toBe(403);
    }
    const bad = await call(app, 'POST', `/api/plans/${planId}/readiness-packs`, { asAt: 'yesterday', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['asAt', 'extra']);
    expect((await call(app, 'POST', `/api/plans/${UNKNOWN}/readiness-packs`, {})).status).toBe(404);
    expect((await call(app, 'GET', `/api/plans/${UNKNOWN}/readiness-packs`)).status).toBe(404);
    expect((await call(app, 'POST', `/api/readiness-packs/${UNKNOWN}/publish`, {})).status).toBe(404);
    expect((await download(app, `/api/readiness-packs/${UNKNOWN}/readiness.docx`)).status).toBe(404);
    expect((await adminSession(app)).cookie).toBeTruthy();
  });

  it("reads as Plymouth's pack for the January 2025 report: every finding of the 2023 inspection, each with its judgement and gaps", async () => {
    const plymouth = await plymouthPlanId(app);
    const readiness = (await call(app, 'GET', `/api/plans/${plymouth}/readiness?asAt=2025-01-31`)).body;
    expect(readiness.findings.length).toBeGreaterThan(0);
    const pdf = await download(app, `/api/plans/${plymouth}/reports/readiness.pdf?asAt=2025-01-31`);
    expect(pdf.status).toBe(200);
    if (process.env.KEEP_REPORTS) writeFileSync('/tmp/readiness-pack-plymouth.pdf', pdf.bytes);
    const { text: raw, pages } = await readPdf(pdf.bytes);
    const text = squash(raw);
    // A cover with contents, a summary, a section per finding and the self-evaluation.
    expect(pages).toBeGreaterThanOrEqual(readiness.findings.length + 3);
    expect(text).toContain('Monitoring evidence pack');
    expect(text).toContain('As at 31 January 2025');
    for (const j of READINESS_JUDGEMENTS as readonly ReadinessJudgement[]) {
      expect([j, (text.split(`Judgement: ${READINESS_LABELS[j]}.`).length - 1) / 2]).toEqual([j, readiness.counts[j]]);
    }
    for (const f of readiness.findings as { gaps: { message: string }[] }[]) for (const g of f.gaps) expect(text).toContain(squash(g.message));
  }, 60_000);
});
