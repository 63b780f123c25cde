import { DELIVERY_STATUS_INFO, IMPACT_STATUS_LABELS } from '@send/domain';
import type { Browser, Page } from 'playwright-core';
import { apiGet, axeViolations, launchBrowser, openPage, screenshot, type Watched } from './support/browser';
import { withPlanLock } from './support/plan-lock';
import { signInAs, apiCookie } from './support/session';

interface Summary {
  actions: number;
  overdue: number;
  byImpactStatus: Record<string, number>;
  byDeliveryStatus: Record<string, number>;
  priorities: { id: string; number: number; title: string; actions: number }[];
}
interface ActionRow {
  id: string;
  reference: string;
  title: string;
  priorityAreaId: string;
}

let browser: Browser;
let planId: string;
let summary: Summary;
let actions: ActionRow[];

beforeAll(async () => {
  browser = await launchBrowser();
  const cookie = await apiCookie('plan_manager');
  planId = (await apiGet<{ items: { id: string }[] }>('/api/plans', cookie)).items[0].id;
  summary = await apiGet<Summary>(`/api/plans/${planId}/summary`, cookie);
  actions = (await apiGet<{ items: ActionRow[] }>(`/api/actions?planId=${planId}&pageSize=200`, cookie)).items;
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(width = 1280): Promise<Watched> {
  const w = await openPage(browser, width);
  await signInAs(w.page, 'plan_manager');
  return w;
}

async function cellsOf(page: Page, caption: string): Promise<string[][]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th,td')].map((c) => (c.textContent ?? '').trim())));
}

describe('the board dashboard', () => {
  it('shows the figures the summary API gives: 55 actions, the impact and BRAG splits, and 17 / 31 / 7 as at the January 2025 review', () =>
    withPlanLock(async () => {
    const summary = await apiGet<Summary>(`/api/plans/${planId}/summary`, await apiCookie('plan_manager'));
    const { page, problems, context } = await signedIn();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const figures = page.getByRole('list', { name: 'Headline figures' });
    await expect(figures.textContent()).resolves.toContain(`${summary.actions}actions in the plan`);
    await expect(figures.textContent()).resolves.toContain(`${summary.overdue}overdue`);

    const impact = await cellsOf(page, 'Actions by impact status');
    expect(impact.map((r) => [r[0], Number(r[1])])).toEqual(Object.entries(summary.byImpactStatus).map(([s, n]) => [IMPACT_STATUS_LABELS[s as keyof typeof IMPACT_STATUS_LABELS], n]));
    const delivery = await cellsOf(page, 'Actions by delivery status');
    expect(delivery.map((r) => [r[0], Number(r[1])])).toEqual(Object.entries(summary.byDeliveryStatus).map(([s, n]) => [DELIVERY_STATUS_INFO[s as keyof typeof DELIVERY_STATUS_INFO].label, n]));

    const byPriority = await cellsOf(page, 'Actions by priority area and delivery status');
    expect(byPriority).toHaveLength(9);
    expect(byPriority.map((r) => Number(r[r.length - 1]))).toEqual(summary.priorities.map((p) => p.actions));
    // Nine stacked bars, drawn by Recharts once its chunk arrives.
    await page.waitForFunction(() => document.querySelectorAll('#brag-by-priority-title ~ .app-chart__canvas .recharts-bar-rectangle').length > 0);
    expect(await page.locator('.app-chart__canvas svg.recharts-surface').count()).toBeGreaterThanOrEqual(3);

    await expect(page.getByText(`${summary.actions} actions in ${summary.priorities.length} priority areas`).count()).resolves.toBe(1);

    // The demo carries the plan on from the January 2025 critical review, which stands as it was.
    await page.goto('/?asAt=2025-02-05');
    await page.getByText('As at 5 February 2025', { exact: false }).waitFor();
    const review = await cellsOf(page, 'Actions by impact status');
    expect(review.map((r) => Number(r[1]))).toEqual([17, 31, 7]);
    expect(problems).toEqual([]);
    await context.close();
  }));

  it('lists the exceptions, each linking to its action', async () => {
    const { page, context } = await signedIn();
    // As at the board of the January 2025 critical review, from the real history, whatever day the demo was seeded.
    const asAt = '2025-02-05';
    const then = await apiGet<Summary>(`/api/plans/${planId}/summary?asAt=${asAt}`, await apiCookie('plan_manager'));
    expect(then.byDeliveryStatus.off_track).toBeGreaterThan(0);
    await page.goto(`/?asAt=${asAt}`);
    const exceptions = page.locator('table', { has: page.locator('caption', { hasText: 'need attention' }) });
    await exceptions.waitFor();
    const links = exceptions.locator('tbody th a');
    expect(await links.count()).toBeGreaterThanOrEqual(then.byDeliveryStatus.off_track);
    await links.first().click();
    await page.waitForURL(/\/actions\//);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await context.close();
  });
});

describe('a priority area page', () => {
  it('shows its aim, lead, delivery group and its actions, sortable', async () => {
    const { page, problems, context } = await signedIn();
    const area = summary.priorities[4];
    await page.goto(`/priorities/${area.id}`);
    await page.getByRole('heading', { level: 1, name: area.title }).waitFor();
    await page.getByText('Delivery group', { exact: true }).waitFor();
    const table = page.locator('table.app-sortable-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(area.actions);
    const refs = () => table.locator('tbody tr th').allTextContents();
    expect(await refs()).toEqual(actions.filter((a) => a.priorityAreaId === area.id).map((a) => a.reference));
    await page.getByRole('button', { name: 'Reference' }).click();
    expect(await table.locator('th[aria-sort="descending"]').count()).toBe(1);
    expect((await refs())[0]).toBe(actions.filter((a) => a.priorityAreaId === area.id).at(-1)!.reference);
    await page.getByRole('button', { name: 'Due' }).click();
    expect(await page.getByRole('columnheader', { name: 'Due' }).getAttribute('aria-sort')).toBe('ascending');
    // Its measures, each charted against its target with the figures as a table.
    const measures = await apiGet<{ id: string; title: string }[]>(`/api/plans/${planId}/measures?priorityId=${area.id}`, await apiCookie('plan_manager'));
    await page.getByRole('heading', { level: 2, name: 'Measures' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.app-loading').length === 0);
    expect(await page.locator('figure.app-chart').count()).toBe(measures.length);
    for (const m of measures) expect(await page.getByRole('heading', { level: 3, name: m.title }).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('an action page', () => {
  it('shows owner, dates, statuses in words, their history, milestones and the audit trail', async () => {
    const { page, problems, context } = await signedIn();
    const action = actions.find((a) => a.reference === '5.6')!;
    await page.goto(`/actions/${action.id}`);
    await page.getByRole('heading', { level: 1, name: action.title }).waitFor();
    // 5.6 was off track in January 2025 (the demo may have delivered it since): its status history says so.
    await page.locator('caption', { hasText: 'Status history' }).waitFor();
    for (const text of ['Owner', 'Due date', 'Off track', 'Status history', 'Milestones', 'Audit trail']) {
      expect(await page.getByText(text, { exact: true }).count()).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the delivery view', () => {
  it('filters by status with counts that match the summary', () =>
    withPlanLock(async () => {
    const summary = await apiGet<Summary>(`/api/plans/${planId}/summary`, await apiCookie('plan_manager'));
    const { page, problems, context } = await signedIn();
    await page.goto('/delivery');
    await page.getByRole('status').filter({ hasText: 'Showing' }).waitFor();
    await expect(page.getByText(`Showing ${summary.actions} of ${summary.actions} actions`).count()).resolves.toBe(1);
    const offTrack = summary.byDeliveryStatus.off_track;
    await page.getByLabel('Delivery status').selectOption({ label: `Off track (${offTrack})` });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText(`Showing ${offTrack} of ${summary.actions} actions`).waitFor();
    expect(page.url()).toContain('status=off_track');
    await page.getByLabel(/^Overdue/).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/overdue=true/);
    expect(problems).toEqual([]);
    await context.close();
  }));
});

describe('the delivery view on a desktop screen', () => {
  it('fits the actions table beside the filters, due dates in sight, with no sideways scrolling', async () => {
    const { page, problems, context } = await signedIn(1280);
    await page.goto('/delivery');
    await page.getByRole('status').filter({ hasText: 'Showing' }).waitFor();
    const scroll = page.locator('.app-table-scroll', { has: page.locator('caption', { hasText: 'Actions' }) });
    const { scrollWidth, clientWidth } = await scroll.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('accessibility and appearance', () => {
  const pages: [string, () => string][] = [
    ['dashboard', () => '/'],
    ['priority', () => `/priorities/${summary.priorities[6].id}`],
    ['action', () => `/actions/${actions.find((a) => a.reference === '7.3')!.id}`],
    ['action-edit', () => `/actions/${actions.find((a) => a.reference === '7.3')!.id}/edit`],
    ['delivery', () => '/delivery'],
    ['measures', () => '/measures'],
    ['self-evaluation', () => '/self-evaluation'],
  ];

  it.each(pages)('the %s page has no WCAG 2.2 AA violations that axe can find', async (_name, url) => {
    const { page, problems, context } = await signedIn();
    await page.goto(url());
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.app-loading, .app-chart-placeholder').length === 0);
    // Open every "View as a table" so the tables are checked too.
    for (const d of await page.locator('details').all()) await d.evaluate((el) => el.setAttribute('open', ''));
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the sign-in page has no WCAG 2.2 AA violations that axe can find', async () => {
    const { page, context } = await openPage(browser);
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('folds the menu behind a Menu button on a phone, opened and used from the keyboard', async () => {
    const { page, context } = await signedIn(390);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Menu' });
    const toggle = nav.getByRole('button', { name: 'Menu' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'Measures' }).isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Measures');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Measures' }).waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each([1280, 390])('saves screenshots of the dashboard, a priority page and an action page at %i px', async (width) => {
    const { page, context } = await signedIn(width);
    const shots: [string, string][] = [
      ['dashboard', '/'],
      ['priority', `/priorities/${summary.priorities[2].id}`],
      ['action', `/actions/${actions.find((a) => a.reference === '7.3')!.id}`],
    ];
    for (const [name, url] of shots) {
      await page.goto(url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.app-loading').length === 0);
      expect(await screenshot(page, `${name}-${width}`)).toMatch(/\.png$/);
      // Narrow screens scroll wide tables sideways: axe checks that too.
      expect(await axeViolations(page)).toEqual([]);
    }
    await context.close();
  });
});

interface MeasureRow {
  id: string;
  title: string;
  statusLabel: string;
  latest: { value: number; periodEnd: string } | null;
}

describe('measures', () => {
  it('shows a tile per measure on the dashboard, with the status word and latest value the measures API gives', () =>
    withPlanLock(async () => {
      const measures = await apiGet<MeasureRow[]>(`/api/plans/${planId}/measures`, await apiCookie('plan_manager'));
      expect(measures.length).toBeGreaterThan(0);
      const { page, context, problems } = await signedIn();
      await page.goto('/');
      const tiles = page.getByRole('list', { name: 'Measures' }).locator(':scope > li');
      await tiles.first().waitFor();
      expect(await tiles.count()).toBe(measures.length);
      for (const [i, m] of measures.entries()) {
        const text = (await tiles.nth(i).textContent()) ?? '';
        expect(text).toContain(m.title);
        expect(text).toContain(m.statusLabel);
        if (m.latest) expect(text.replace(/,/g, '')).toContain(String(m.latest.value));
      }
      expect(problems).toEqual([]);
      await context.close();
    }));

  it('charts every measure against its target with its table, and a value can be added through the form', () =>
    withPlanLock(async () => {
      const { page, context, problems } = await signedIn();
      await page.goto('/measures');
      await page.getByRole('heading', { level: 1, name: 'Measures' }).waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.app-loading, .app-chart-placeholder').length === 0);
      const charts = page.locator('figure.app-chart');
      const measures = await apiGet<MeasureRow[]>(`/api/plans/${planId}/measures`, await apiCookie('plan_manager'));
      expect(await charts.count()).toBe(measures.length);
      expect(await page.locator('figure.app-chart details table').count()).toBe(measures.length);
      for (const d of await page.locator('details').all()) await d.evaluate((el) => el.setAttribute('open', ''));
      expect(await axeViolations(page)).toEqual([]);

      const target = measures.find((m) => m.title === 'EHCP dip samples completed') ?? measures[0];
      // A period end the measure has no value for yet (one value per date), counting back from today.
      const existing = new Set((await apiGet<{ values: { periodEnd: string }[] }>(`/api/measures/${target.id}`, await apiCookie('plan_manager'))).values.map((v) => v.periodEnd));
      let day = new Date();
      while (existing.has(day.toISOString().slice(0, 10))) day = new Date(day.getTime() - 86_400_000);
      const periodEnd = day.toISOString().slice(0, 10);
      const [y, mo, d] = periodEnd.split('-');
      await page.getByRole('link', { name: `Add a value to ${target.title}` }).click();
      await page.getByRole('heading', { level: 1, name: 'Add a value' }).waitFor();
      await page.getByLabel('Day').fill('31');
      await page.getByLabel('Month').fill('2');
      await page.getByLabel('Year').fill(y);
      await page.getByLabel('Value', { exact: true }).fill('125');
      await page.getByRole('button', { name: 'Add value' }).click();
      // 31 February does not exist: the API says so, beside the date, and keeps the value typed.
      await page.locator('.govuk-error-summary').waitFor();
      expect(await page.locator('#periodEnd-error').count()).toBe(1);
      expect(await page.getByLabel('Value', { exact: true }).inputValue()).toBe('125');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('Day').fill(String(Number(d)));
      await page.getByLabel('Month').fill(String(Number(mo)));
      await page.getByRole('button', { name: 'Add value' }).click();
      await page.waitForURL(/\/measures$/, { timeout: 30_000 }).catch(async () => {
        throw new Error(`The value was not added: ${await page.locator('.govuk-error-summary').textContent()}`);
      });
      await page.getByRole('heading', { level: 1, name: 'Measures' }).waitFor();
      const updated = await apiGet<{ values: { periodEnd: string; value: number }[] }>(`/api/measures/${target.id}`, await apiCookie('plan_manager'));
      expect(updated.values).toContainEqual(expect.objectContaining({ value: 125, periodEnd }));
      expect(problems).toEqual([]);
      await context.close();
    }));
});
