import type { Browser, Page } from 'playwright-core';
import { apiGet, axeViolations, launchBrowser, openPage, screenshot } from './support/browser';
import { apiCookie, signInAs, type DemoRole } from './support/session';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function waitForPage(page: Page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.app-loading').length === 0);
}

async function signedIn(role: DemoRole) {
  const watched = await openPage(browser);
  await signInAs(watched.page, role);
  return watched;
}

describe("schools' SEND self-reviews and audits", () => {
  it('the local authority reads the heat map, the schools most in need of support and the thematic summary', async () => {
    const overview = await apiGet<{ auditHeatMap: { number: number; counts: { embedded: number; developing: number; not_yet: number } }[]; needsSupport: { name: string }[] }>(
      '/api/school-reviews/overview', await apiCookie('plan_manager'),
    );
    const { page, problems, context } = await signedIn('plan_manager');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Schools' }).click();
    await page.waitForURL(/\/schools$/);
    await waitForPage(page);
    const heat = page.locator('#audit-heat-map');
    await heat.waitFor();
    // Each cell says its number beside its colour.
    const first = await heat.locator('tbody tr').first().locator('td').allTextContents();
    const a1 = overview.auditHeatMap[0].counts;
    expect(first.slice(0, 3).map((t) => Number(t.split(' ')[0]))).toEqual([a1.embedded, a1.developing, a1.not_yet]);
    await page.getByRole('table', { name: /most in need of support first/ }).getByRole('link', { name: overview.needsSupport[0].name }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'schools-overview');

    await page.getByRole('link', { name: /thematic summary of this year/ }).click();
    await page.waitForURL(/\/schools\/thematic-summary/);
    await waitForPage(page);
    await page.getByRole('link', { name: 'Download the thematic summary (PDF)' }).waitFor();
    await page.getByRole('heading', { name: 'Assessing and meeting the needs of pupils with SEND' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'schools-thematic-summary');

    await page.goto('/schools');
    await waitForPage(page);
    await page.getByRole('table', { name: /most in need of support first/ }).getByRole('link').first().click();
    await page.waitForURL(/\/schools\/[0-9a-f-]{36}$/);
    await waitForPage(page);
    await page.getByRole('table', { name: /Audit visits/ }).getByRole('link').first().click();
    await page.waitForURL(/\/school-audits\//);
    await waitForPage(page);
    await page.getByRole('heading', { name: 'Ratings by statement' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("a school's SENCO sees only their own school, its self-review and its published audit", async () => {
    const { page, problems, context } = await signedIn('school_senco');
    await page.goto('/schools');
    await waitForPage(page);
    const rows = page.getByRole('table', { name: 'Schools, by name' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Hoe Park Primary School (illustrative)');
    // No view across schools for a school.
    expect(await page.locator('#audit-heat-map').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await rows.first().getByRole('link').click();
    await page.waitForURL(/\/schools\/[0-9a-f-]{36}$/);
    await waitForPage(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'school-senco');
    await page.getByRole('table', { name: /self-reviews/ }).getByRole('link').first().click();
    await page.waitForURL(/\/self-reviews\//);
    await waitForPage(page);
    await page.getByRole('heading', { name: /^1\. Identifying the particular SEN/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Another school's page is not found.
    const schools = await apiGet<{ id: string }[]>('/api/schools', await apiCookie('plan_manager'));
    const own = await apiGet<{ id: string }[]>('/api/schools', await apiCookie('school_senco'));
    const other = schools.find((s) => s.id !== own[0].id)!;
    await page.goto(`/schools/${other.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/not found|could not be found|no school/i);
    expect(problems.filter((p) => !/404/.test(p))).toEqual([]);
    await context.close();
  });
});
