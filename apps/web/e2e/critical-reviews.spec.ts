import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage } from './support/browser';
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

describe('critical reviews', () => {
  it("lists Plymouth's January 2025 review and shows its split and each action's judgement in words, with no accessibility violations", async () => {
    const { page, problems, context } = await openPage(browser);
    await signInAs(page, 'board_member');
    await page.goto('/critical-reviews');
    await page.getByRole('heading', { level: 1, name: 'Critical reviews' }).waitFor();
    await page.getByRole('link', { name: 'Local Area SEND Critical Review, January 2025' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Local Area SEND Critical Review, January 2025' }).click();
    await page.getByRole('heading', { level: 1, name: 'Local Area SEND Critical Review, January 2025' }).waitFor();
    const split = await cellsOf(page, 'Actions by judgement');
    expect(split.map((r) => [r[0], Number(r[1])])).toEqual([
      ['Not yet fully completed', 17],
      ['Completed – monitoring impact', 31],
      ['Completed – impact evidenced', 7],
    ]);
    const rows = await cellsOf(page, "Each action's judgement");
    expect(rows).toHaveLength(55);
    expect(rows.every((r) => ['Not yet fully completed', 'Completed – monitoring impact', 'Completed – impact evidenced'].includes(r[1]))).toBe(true);
    expect(rows.every((r) => r[3] === 'first review')).toBe(true);
    await page.getByText(/per-action judgements here follow each action's impact status/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('names the review the dashboard headline split comes from, with its day', async () => {
    const { page, problems, context } = await openPage(browser);
    await signInAs(page, 'board_member');
    await page.goto('/?asAt=2025-02-05');
    await page.getByRole('heading', { level: 2, name: 'From the critical review of 9 January 2025' }).waitFor();
    const split = await cellsOf(page, 'Actions by judgement at the critical review of 9 January 2025');
    expect(split.map((r) => Number(r[1]))).toEqual([17, 31, 7]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
