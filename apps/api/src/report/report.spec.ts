import { todayIso } from '@send/domain';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeFileSync } from 'node:fs';
import { bootTestApp, buildAction, buildPlan, call, callAs, createUser, signIn, TestApp } from '../../test/test-app';
import { download, readPdf } from '../../test/files';
import { plymouthPlanId } from '../../test/governance';

const PRIORITY_TITLES = [
  'Leadership and Governance', 'Early Identification and Support', 'Reducing Exclusions', 'Risk Assessment for Waiting Lists',
  'Social Care Needs', 'Consistency of Support', 'Addressing Long Waiting Times', 'Training for Practitioners', 'Planning Ahead',
];

describe('exported reports', () => {
  let app: TestApp;
  let planId: string;
  const url = (file: string) => `/api/plans/${planId}/reports/${file}`;
  // The January 2025 report the dataset reproduces; the demo carries the plan on after it.
  const asReported = (file: string) => `${url(file)}?asAt=2025-01-31`;

  beforeAll(async () => {
    app = await bootTestApp();
    planId = await plymouthPlanId(app);
  });
  afterAll(() => app.close());

  it('exports the scrutiny progress report as a Word document with real headings and tables', async () => {
    const res = await download(app, asReported('progress.docx'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain('filename="Plymouth SEND improvement plan progress report 2025-01-31.docx"');
    expect((await download(app, url('progress.docx'))).headers['content-disposition']).toContain(`report ${todayIso()}.docx"`);
    if (process.env.KEEP_REPORTS) writeFileSync('/tmp/rep/progress.docx', res.bytes);
    const zip = await JSZip.loadAsync(res.bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('<w:tblHeader/>');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const heading of ['Overview', 'Critical review of progress', 'Conclusion']) expect(text).toContain(heading);
    for (const title of PRIORITY_TITLES) expect(text).toContain(title);
    expect(text).toContain('17 are not yet fully completed.');
    expect(text).toContain('31 are completed and now monitoring for evidence of impact');
    expect(text).toContain('7 are completed and there is evidence of clear impact');
  });

  it('exports the progress report as a tagged PDF whose text has every priority area and the 17 / 31 / 7 split', async () => {
    const res = await download(app, asReported('progress.pdf'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="Plymouth SEND improvement plan progress report \d{4}-\d{2}-\d{2}\.pdf"/);
    if (process.env.KEEP_REPORTS) writeFileSync('/tmp/rep/progress.pdf', res.bytes);
    const raw = res.bytes.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    expect(raw).toMatch(/\/MarkInfo/);
    const { text } = await readPdf(res.bytes);
    for (const title of PRIORITY_TITLES) expect(text).toContain(title);
    expect(text).toMatch(/17 are not yet fully completed/);
    expect(text).toMatch(/31 are completed and now monitoring/);
    expect(text).toMatch(/7 are completed and there is evidence of clear impact/);
  });

  it('exports the action plan tracker as Excel: 55 action rows with their statuses, frozen headers, filters and real dates', async () => {
    const res = await download(app, asReported('tracker.xlsx'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain('Plymouth SEND action plan tracker');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.bytes as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'All actions', ...PRIORITY_TITLES.map((t, i) => `P${i + 1} ${t}`.slice(0, 31).trim())]);

    const all = wb.getWorksheet('All actions')!;
    const headers = (all.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => headers.indexOf(name) + 1;
    expect(all.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(all.autoFilter).toBeTruthy();
    const rows = Array.from({ length: all.rowCount - 1 }, (_, i) => all.getRow(i + 2));
    expect(rows).toHaveLength(55);
    const impact = rows.map((r) => r.getCell(col('Impact status')).value);
    expect(impact.filter((v) => v === 'Not yet fully completed')).toHaveLength(17);
    expect(impact.filter((v) => v === 'Completed – monitoring impact')).toHaveLength(31);
    expect(impact.filter((v) => v === 'Completed – impact evidenced')).toHaveLength(7);
    expect(rows.find((r) => r.getCell(col('Reference')).value === '7.3')!.getCell(col('Delivery status')).value).toBe('Off track');
    expect(rows[0].getCell(col('Due date')).value).toBeInstanceOf(Date);

    const perPriority = wb.worksheets.slice(2).map((ws) => {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      return ws.rowCount - 1;
    });
    expect(perPriority.reduce((a, b) => a + b, 0)).toBe(55);
    const summary = wb.getWorksheet('Summary')!;
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
  });

  it('exports the tracker as CSV that parses into 55 rows', async () => {
    const res = await download(app, asReported('tracker.csv'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const records = parse<Record<string, string>>(res.bytes, { bom: true, columns: true });
    expect(records).toHaveLength(55);
    expect(records.filter((r) => r['Impact status'] === 'Completed – impact evidenced')).toHaveLength(7);
    expect(records[0]).toMatchObject({ Reference: '1.1', Priority: '1', 'Priority area': 'Leadership and Governance' });
    expect(records[0]['Due date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('neutralises spreadsheet formulas in every text cell of the Excel and CSV files', async () => {
    const t = await buildPlan(app);
    await buildAction(app, t, { reference: '1.1', title: '=HYPERLINK("http://evil.example","Click")', description: '@SUM(A1:A9)' });
    await buildAction(app, t, { reference: '1.2', title: '+44 1752 000000', description: '-1+2' });
    const csv = parse<Record<string, string>>((await download(app, `/api/plans/${t.plan.id}/reports/tracker.csv`)).bytes, { bom: true, columns: true });
    expect(csv.map((r) => [r.Action, r.Description])).toEqual([
      ['\'=HYPERLINK("http://evil.example","Click")', "'@SUM(A1:A9)"],
      ["'+44 1752 000000", "'-1+2"],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(app, `/api/plans/${t.plan.id}/reports/tracker.xlsx`)).bytes as never);
    const row = wb.getWorksheet('All actions')!.getRow(2);
    const cells = (row.values as unknown[]).filter((v) => typeof v === 'string' && /^'?[=+\-@]/.test(v));
    expect(cells).toEqual(['\'=HYPERLINK("http://evil.example","Click")', "'@SUM(A1:A9)"]);
    expect((row.values as unknown[]).some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
  });

  it('validates asAt, and answers 404 for an unknown plan', async () => {
    const bad = await call(app, 'GET', `${url('progress.pdf')}?asAt=31/01/2025`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('asAt');
    const future = await call(app, 'GET', `${url('tracker.csv')}?asAt=2999-01-01`);
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([{ field: 'asAt', message: 'asAt cannot be in the future' }]);
    expect((await download(app, `${url('tracker.csv')}?asAt=2025-01-31`)).status).toBe(200);
    expect((await call(app, 'GET', '/api/plans/00000000-0000-4000-8000-000000000000/reports/tracker.csv')).status).toBe(404);
  });

  it('shows the plan as it stood at the end of asAt, with the same figures as the summary for that day', async () => {
    const summary = (await call(app, 'GET', `/api/plans/${planId}/summary?asAt=2024-06-30`)).body;
    expect(summary.byImpactStatus.not_yet_complete).toBeGreaterThan(17);
    const records = parse<Record<string, string>>((await download(app, `${url('tracker.csv')}?asAt=2024-06-30`)).bytes, { bom: true, columns: true });
    expect(records).toHaveLength(summary.actions);
    expect(records.filter((r) => r['Impact status'] === 'Not yet fully completed')).toHaveLength(summary.byImpactStatus.not_yet_complete);
    expect(records.filter((r) => r['Delivery status'] === 'Off track')).toHaveLength(summary.byDeliveryStatus.off_track);
    const res = await download(app, `${url('progress.pdf')}?asAt=2024-06-30`);
    expect(res.headers['content-disposition']).toContain('progress report 2024-06-30.pdf');
    const { text } = await readPdf(res.bytes);
    expect(text).toContain(`${summary.byImpactStatus.not_yet_complete} are not yet fully completed`);
    expect(text).toContain('at the end of 30 June 2024');
  });

  it('lets scrutiny members download reports', async () => {
    const member = await signIn(app, await createUser(app, { roles: ['scrutiny'] }));
    const res = await callAs(app, member, 'GET', url('tracker.csv'));
    expect(res.status).toBe(200);
  });
});
