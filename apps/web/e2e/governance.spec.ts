import type { Browser, Page } from 'playwright-core';
import { apiGet, axeViolations, expectSuccess, launchBrowser, openPage, screenshot, type Watched } from './support/browser';
import { withPlanLock } from './support/plan-lock';
import { apiCookie, signInAs, type DemoRole } from './support/session';

interface Meeting {
  id: string;
  title: string;
  meetingDate: string;
  body: { id: string; name: string };
}
interface PackRow {
  id: string;
  state: 'draft' | 'published';
  headline: { actions: number; openDecisions: number };
}
interface DecisionRow {
  id: string;
  text: string;
  status: 'open' | 'closed';
  closingNote: string | null;
  version: number;
}

const PDF = 'application/pdf';
const CONTENT_TYPES: Record<string, string> = {
  'progress.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'progress.pdf': PDF,
  'tracker.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'tracker.csv': 'text/csv',
};

let browser: Browser;
let planId: string;
let boardMeetings: Meeting[];

const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  browser = await launchBrowser();
  const cookie = await apiCookie('plan_manager');
  planId = (await apiGet<{ items: { id: string }[] }>('/api/plans', cookie)).items[0].id;
  const bodies = await apiGet<{ items: { id: string; key: string }[] }>(`/api/governance-bodies?planId=${planId}`, cookie);
  const board = bodies.items.find((b) => b.key === 'send-improvement-board')!;
  boardMeetings = (await apiGet<{ items: Meeting[] }>(`/api/meetings?planId=${planId}&bodyId=${board.id}&to=${today()}&order=desc&pageSize=50`, cookie)).items;
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(role: DemoRole = 'plan_manager', width = 1280): Promise<Watched> {
  const w = await openPage(browser, width);
  await signInAs(w.page, role);
  return w;
}

/** A past board meeting with no pack yet, so a journey starts from nothing whatever ran before it. */
async function meetingWithoutPacks(skip: number): Promise<Meeting> {
  const cookie = await apiCookie('plan_manager');
  let seen = 0;
  for (const m of boardMeetings) {
    const packs = await apiGet<{ total: number }>(`/api/meetings/${m.id}/packs`, cookie);
    if (packs.total === 0 && seen++ >= skip) return m;
  }
  throw new Error('Every past board meeting already has a pack');
}

/** Collects what the page's status regions say, even messages that show only for a moment. */
async function recordStatuses(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __statuses: string[] }).__statuses = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role="status"]')) {
        const text = (el.textContent ?? '').trim();
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
}

async function waitForPage(page: Page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.app-loading').length === 0);
}

describe('governance pages', () => {
  const pages: [string, DemoRole, () => string, number][] = [
    ['meetings', 'plan_manager', () => '/meetings', 1280],
    ['meeting', 'board_member', () => `/meetings/${boardMeetings[0].id}`, 1280],
    ['decisions', 'board_member', () => '/decisions?show=all', 1280],
    ['reports', 'plan_manager', () => '/reports', 1280],
    ['reports-scrutiny', 'scrutiny', () => '/reports', 1280],
    ['meeting-scrutiny', 'scrutiny', () => `/meetings/${boardMeetings[0].id}`, 1280],
    ['meetings-390', 'plan_manager', () => '/meetings', 390],
    ['decisions-390', 'board_member', () => '/decisions?show=all', 390],
  ];

  it.each(pages)('the %s page has no WCAG 2.2 AA violations that axe can find', async (name, role, url, width) => {
    const { page, problems, context } = await signedIn(role, width);
    await page.goto(url());
    await waitForPage(page);
    expect(await axeViolations(page)).toEqual([]);
    // Nothing but a table's own scroll area is wider than a narrow screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await screenshot(page, `governance-${name}`)).toMatch(/\.png$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lists upcoming and recent meetings, filters them by body from the keyboard, and shows the nav a scrutiny member may use', async () => {
    const { page, problems, context } = await signedIn('plan_manager');
    await page.goto('/meetings');
    await waitForPage(page);
    const upcoming = page.locator('table', { has: page.locator('caption', { hasText: 'meetings from today' }) });
    const recent = page.locator('table', { has: page.locator('caption', { hasText: 'meetings before today' }) });
    expect(await upcoming.locator('tbody tr').count()).toBe(10);
    expect(await recent.locator('tbody tr').count()).toBe(10);
    // Every meeting says where its pack is up to, in words.
    await page.waitForFunction(() => !document.body.textContent?.includes('Checking…'));
    for (const text of await recent.locator('tbody tr td:last-child').allTextContents()) expect(text).toMatch(/^(No pack yet|Draft|Published|Published, new draft)$/);

    const select = page.getByLabel('Governance body');
    await select.focus();
    await select.selectOption({ label: 'SEND Improvement Board' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/body=/);
    await page.getByText('Showing meetings of the SEND Improvement Board.').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.app-loading').length === 0);
    const bodies = await recent.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(new Set(bodies)).toEqual(new Set(['SEND Improvement Board']));
    const firstRecent = (await recent.locator('tbody tr th a').first().textContent()) ?? '';
    expect(firstRecent).toContain(boardMeetings[0].title);
    expect(problems).toEqual([]);
    await context.close();

    const scrutiny = await signedIn('scrutiny');
    // The menu's Governance section holds only the pages their role may open.
    await scrutiny.page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Governance' }).click();
    const nav = scrutiny.page.getByRole('navigation', { name: 'Governance' });
    await nav.getByRole('link', { name: 'Reports' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Meetings' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Decisions' }).count()).toBe(0);
    // The live plan is not theirs to read: their home page is the reports.
    await scrutiny.page.goto('/');
    await scrutiny.page.waitForURL(/\/reports$/);
    await scrutiny.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await scrutiny.page.locator('.app-state[role="alert"]').count()).toBe(0);
    await scrutiny.context.close();
  });
});

describe('a board pack from draft to published', () => {
  it('is generated with its progress announced, previewed, published after a warning, and its PDF downloads', () =>
    withPlanLock(async () => {
      const meeting = await meetingWithoutPacks(0);
      const { page, problems, context } = await signedIn('plan_manager');
      await page.goto(`/meetings/${meeting.id}`);
      await waitForPage(page);
      const statuses = await recordStatuses(page);

      await page.getByRole('button', { name: 'Generate the pack' }).click();
      await page.getByRole('heading', { level: 2, name: 'Preview of the draft pack' }).waitFor();
      expect(await statuses()).toContain('Generating the pack…');
      expect((await statuses()).some((s) => s.startsWith('The draft pack was generated'))).toBe(true);

      // The preview shows the figures the pack stored.
      const packs = await apiGet<{ items: PackRow[] }>(`/api/meetings/${meeting.id}/packs`, await apiCookie('plan_manager'));
      expect(packs.items.map((p) => p.state)).toEqual(['draft']);
      const draft = packs.items[0];
      const figures = page.getByRole('list', { name: 'Headline figures of the pack' });
      expect(await figures.textContent()).toContain(`${draft.headline.actions}actions in scope`);
      expect(await page.locator('table', { has: page.locator('caption', { hasText: 'Actions by priority area and delivery status' }) }).locator('tbody tr').count()).toBe(9);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'governance-meeting-draft');

      await page.getByRole('button', { name: 'Publish the draft' }).click();
      await page.getByText(/Once published, the pack is final/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Yes, publish the pack' }).click();
      await expectSuccess(page, /It is final and can no longer be changed/);
      await page.getByRole('heading', { level: 2, name: 'Preview of the published pack' }).waitFor();
      // A published pack offers no regenerate; a new draft can still be started.
      expect(await page.getByRole('button', { name: 'Regenerate the draft' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Generate a new draft pack' }).waitFor();

      // Its files are rendered on the job queue: the page shows them being prepared, then offers them.
      const link = page.locator(`a[href="/api/packs/${draft.id}/board-pack.pdf"]`);
      await link.waitFor({ timeout: 60_000 });
      const after = await apiGet<{ items: PackRow[] }>(`/api/meetings/${meeting.id}/packs`, await apiCookie('plan_manager'));
      expect(after.items.map((p) => [p.id, p.state])).toEqual([[draft.id, 'published']]);
      expect(await link.textContent()).toMatch(/^Download the board pack \(PDF\), published, generated/);
      expect(await link.getAttribute('download')).not.toBeNull();
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      expect(download.suggestedFilename()).not.toMatch(/DRAFT/);
      const response = await page.request.get((await link.getAttribute('href'))!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe(PDF);
      const bytes = await response.body();
      expect(bytes.length).toBeGreaterThan(1000);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // The reports page lists it among the published packs, for scrutiny members too.
      const scrutiny = await signedIn('scrutiny');
      await scrutiny.page.goto('/reports');
      await waitForPage(scrutiny.page);
      const listed = scrutiny.page.locator(`a[href="/api/packs/${draft.id}/board-pack.pdf"]`);
      await listed.waitFor();
      expect(await listed.textContent()).toContain('Board pack (PDF');
      expect(scrutiny.problems).toEqual([]);
      await scrutiny.context.close();
      expect(problems).toEqual([]);
      await context.close();
    }));
});

describe('a board decision', () => {
  it('is recorded at a meeting (a bad date is refused beside the field) and closed from the decisions log', () =>
    withPlanLock(async () => {
      const meeting = boardMeetings[1];
      const text = `Bring the speech and language waiting times to the next board (${Date.now()})`;
      const { page, problems, context } = await signedIn('board_member');
      await page.goto(`/meetings/${meeting.id}`);
      await waitForPage(page);
      await page.getByRole('heading', { level: 3, name: 'Record a decision or challenge' }).waitFor();
      await page.getByLabel('Challenge', { exact: true }).check();
      await page.getByLabel('What was decided or challenged').fill(text);
      await page.getByLabel('Owner (optional)').selectOption({ index: 1 });
      const year = String(new Date().getFullYear() + 1);
      await page.getByLabel('Day').fill('30');
      await page.getByLabel('Month').fill('2');
      await page.getByLabel('Year').fill(year);
      await page.getByRole('button', { name: 'Record it' }).click();
      await page.locator('.govuk-error-summary').waitFor();
      expect(await page.locator('#dueDate-error').count()).toBe(1);
      expect(await page.getByLabel('What was decided or challenged').inputValue()).toBe(text);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('Day').fill('28');
      await page.getByRole('button', { name: 'Record it' }).click();
      await expectSuccess(page, 'The challenge has been recorded.');
      await page.locator('table', { has: page.getByText(text) }).waitFor();

      await page.goto('/decisions');
      await waitForPage(page);
      const row = page.locator('tr', { hasText: text });
      await row.getByRole('button', { name: /^Close challenge/ }).click();
      await page.getByRole('heading', { name: 'Update this challenge' }).waitFor();
      // Closing without saying how it was resolved is refused by the API.
      await page.getByRole('button', { name: 'Close it' }).click();
      await page.locator('.govuk-error-summary').waitFor();
      expect(await page.locator('.govuk-error-summary').textContent()).toMatch(/closing note/i);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('How it was resolved').fill('Waiting times were presented to the board.');
      await page.getByRole('button', { name: 'Close it' }).click();
      await expectSuccess(page, 'The challenge has been closed.');

      const cookie = await apiCookie('plan_manager');
      const all = await apiGet<{ items: DecisionRow[] }>(`/api/meetings/${meeting.id}/decisions?pageSize=200`, cookie);
      const saved = all.items.find((d) => d.text === text)!;
      expect(saved).toMatchObject({ status: 'closed', closingNote: 'Waiting times were presented to the board.' });
      // It now shows under Closed, in words.
      await page.goto('/decisions?show=closed');
      await waitForPage(page);
      expect(await page.locator('tr', { hasText: text }).locator('.govuk-tag').textContent()).toBe('Closed');
      expect(problems).toEqual([]);
      await context.close();
    }));
});

describe('the reports page', () => {
  it('gives a scrutiny member the four reports, as at today and as at a chosen date, each of its type', async () => {
    const { page, problems, context } = await signedIn('scrutiny');
    await page.goto('/reports');
    await waitForPage(page);
    const check = async (asAt?: string) => {
      for (const [file, type] of Object.entries(CONTENT_TYPES)) {
        const link = page.locator(`a[href*="/reports/${file}"]`);
        const href = (await link.getAttribute('href'))!;
        expect(href).toBe(`/api/plans/${planId}/reports/${file}${asAt ? `?asAt=${asAt}` : ''}`);
        expect(await link.getAttribute('download')).not.toBeNull();
        const response = await page.request.get(href);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toContain(type);
        expect((await response.body()).length).toBeGreaterThan(0);
      }
    };
    await check();
    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Month').fill('1');
    await page.getByLabel('Year').fill('2025');
    await page.getByRole('button', { name: 'Use this date' }).click();
    await page.getByText('The downloads below show the plan as at the end of 31 January 2025.').waitFor();
    await check('2025-01-31');
    expect(problems).toEqual([]);
    await context.close();
  });
});
