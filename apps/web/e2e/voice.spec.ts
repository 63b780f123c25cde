import type { Browser, Page } from 'playwright-core';
import { apiGet, axeViolations, launchBrowser, openPage } from './support/browser';
import { apiCookie, signInAs } from './support/session';

interface VoiceRow {
  id: string;
  kind: string;
  words: string;
  priorityAreas: { id: string; number: number }[];
  unanswered: boolean;
}

let browser: Browser;
let planId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const cookie = await apiCookie('plan_manager');
  planId = (await apiGet<{ items: { id: string }[] }>('/api/plans', cookie)).items[0].id;
});
afterAll(async () => {
  await browser?.close();
});

const rowsOf = (page: Page) =>
  page.locator('table', { has: page.locator('caption', { hasText: 'You said, we did' }) }).locator('tbody tr');

describe('You said, we did', () => {
  it('lists what parent carers said with what was done, filters it from the address and the form, and passes axe', async () => {
    const cookie = await apiCookie('plan_manager');
    const all = (await apiGet<{ items: VoiceRow[]; total: number }>(`/api/plans/${planId}/voice?pageSize=200`, cookie));
    const unanswered = (await apiGet<{ total: number }>(`/api/plans/${planId}/voice?unanswered=true&kind=recommendation&pageSize=1`, cookie)).total;
    expect(unanswered).toBeGreaterThanOrEqual(12);

    const { page, problems, context: ctx } = await openPage(browser);
    await signInAs(page, 'plan_manager');

    // The dashboard counts the recommendations without a response, and the figure opens them.
    await page.goto('/');
    const figure = page.getByRole('link', { name: `${unanswered} recommendations without a response` });
    await figure.waitFor();
    await figure.click();
    await page.waitForURL(/\/voice\?unanswered=true/);
    await page.getByRole('heading', { level: 1, name: 'You said, we did' }).waitFor();
    await page.getByText(`Showing ${unanswered} items that match the filters`).waitFor();
    expect(await rowsOf(page).count()).toBe(unanswered);
    expect(await rowsOf(page).first().textContent()).toContain('No response yet');
    expect(await page.getByLabel('Only those without a response').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Every item, then one priority area's, chosen in the form by keyboard-operable controls.
    await page.goto('/voice');
    await page.getByText(`${all.total} items heard`).waitFor();
    expect(await rowsOf(page).count()).toBe(all.total);
    expect(await page.getByText('Service Availability: Increase the number and variety of wraparound care options', { exact: false }).count()).toBe(1);
    const area = all.items.find((i) => i.priorityAreas.length > 0)!.priorityAreas[0];
    const inArea = all.items.filter((i) => i.priorityAreas.some((p) => p.id === area.id)).length;
    await page.getByLabel('Priority area').selectOption(area.id);
    await page.getByLabel('Heard through').selectOption('survey');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(new RegExp(`priorityAreaId=${area.id}`));
    await page.getByText(`Showing ${inArea} ${inArea === 1 ? 'item' : 'items'} that match the filters`).waitFor();
    expect(await rowsOf(page).count()).toBe(inArea);
    expect(await axeViolations(page)).toEqual([]);

    // The priority area's own page lists them too.
    await page.goto(`/priorities/${area.id}`);
    await page.getByRole('heading', { level: 2, name: 'You said, we did' }).waitFor();
    await page.locator('caption', { hasText: `You said, we did (${inArea})` }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it.each([1280, 390])('shows the choice in each filter in full, not cut off, at %i px', async (width) => {
    const { page, problems, context: ctx } = await openPage(browser, width);
    await signInAs(page, 'plan_manager');
    await page.goto('/voice');
    await page.getByRole('button', { name: 'Apply filters' }).waitFor();
    const cutOff = await page.evaluate(() =>
      [...document.querySelectorAll('select')].flatMap((select) => {
        const style = getComputedStyle(select);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = select.selectedOptions[0]?.text ?? '';
        // The words, the padding either side and the drop-down arrow (about 24px) must fit.
        const needed = context.measureText(text).width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 24;
        return needed > select.clientWidth ? [`${select.id}: "${text}"`] : [];
      }),
    );
    expect(cutOff).toEqual([]);
    expect(problems).toEqual([]);
    await ctx.close();
  });
});
