import type { Browser, Page } from 'playwright-core';
import { axeViolations, expectSuccess, launchBrowser, openPage } from './support/browser';
import { signInAs } from './support/session';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function cellsOf(page: Page, caption: string): Promise<string[][]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th,td')].map((c) => (c.textContent ?? '').trim())));
}

describe('case audits', () => {
  it("shows the grades by domain with their table, the learning themes and the six illustrative audits, and records one by its case reference, with no accessibility violations", async () => {
    const { page, problems, context } = await openPage(browser);
    await signInAs(page, 'plan_manager');
    await page.goto('/case-audits');
    await page.getByRole('heading', { level: 1, name: 'Multi-agency case audits' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Grades by domain' }).waitFor();
    await page.getByText('Every audit here is illustrative demo data.').or(page.getByText(/audits? here (is|are) illustrative demo data/)).first().waitFor();
    await page.getByText("A case reference, never a child's name", { exact: false }).waitFor();
    const byDomain = await cellsOf(page, 'Audits by domain and grade');
    expect(byDomain.map((r) => r[0])).toEqual(['Identification of need', 'Assessment', 'Quality of the EHC plan', "The child's voice", 'Multi-agency working', 'Outcomes']);
    expect(byDomain.every((r) => Number(r[5]) >= 6)).toBe(true);
    await page.getByText('Health advice arrives late for EHC needs assessments').first().waitFor();
    expect((await cellsOf(page, 'case audit')).length).toBeGreaterThanOrEqual(6);
    expect(await axeViolations(page)).toEqual([]);

    const reference = `CA-E2E-${Date.now() % 100000}`;
    await page.getByLabel('Case reference').fill(reference);
    await page.locator('#auditDate').fill('22');
    await page.locator('#auditDate-month').fill('1');
    await page.locator('#auditDate-year').fill('2025');
    for (const domain of ['Identification of need', 'Assessment', 'Quality of the EHC plan', "The child's voice", 'Multi-agency working', 'Outcomes']) {
      await page.getByLabel(domain, { exact: true }).selectOption({ label: 'Good' });
    }
    await page.getByLabel('Learning themes').fill('Transition planning starts too late');
    await page.getByRole('button', { name: 'Record the audit' }).click();
    await expectSuccess(page, `The audit of case ${reference} has been recorded.`);
    await page.getByRole('rowheader', { name: reference }).waitFor();

    // A name is not a reference: the form says so beside the field.
    await page.getByLabel('Case reference').fill('Jamie');
    await page.getByRole('button', { name: 'Record the audit' }).click();
    await page.locator('.govuk-error-summary').getByText(/never a child's name/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows an adviser the counted grades but not the audits themselves', async () => {
    const { page, context } = await openPage(browser);
    await signInAs(page, 'adviser');
    await page.goto('/case-audits');
    await page.getByRole('heading', { level: 2, name: 'Grades by domain' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Audits' }).count()).toBe(0);
    expect(await page.getByText('CA-2025-01').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
