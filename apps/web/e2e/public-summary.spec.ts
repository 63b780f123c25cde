import type { Browser } from 'playwright-core';
import { apiGet, axeViolations, expectSuccess, launchBrowser, openPage } from './support/browser';
import { fleschReadingEase } from './support/readability';
import { apiCookie, signInAs } from './support/session';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Everything private about Plymouth's plan that the public page must never show. */
async function privateTexts(): Promise<string[]> {
  const cookie = await apiCookie('plan_manager');
  const planId = (await apiGet<{ items: { id: string }[] }>('/api/plans', cookie)).items[0].id;
  const people = (await apiGet<{ items: { name: string; email: string | null }[] }>('/api/people?pageSize=200', cookie)).items;
  const audits = (await apiGet<{ items: { reference: string; strengths: string }[] }>(`/api/plans/${planId}/case-audits?pageSize=200`, cookie)).items;
  const updates = (await apiGet<{ items: { risks: string; narrative: string; state: string }[] }>(`/api/updates?planId=${planId}&pageSize=200`, cookie)).items;
  const actions = (await apiGet<{ items: { id: string }[] }>(`/api/actions?planId=${planId}&pageSize=200`, cookie)).items;
  const evidence: string[] = [];
  for (const a of actions) {
    const found = await apiGet<{ items: { title: string }[] } | { title: string }[]>(`/api/actions/${a.id}/evidence`, cookie);
    evidence.push(...(Array.isArray(found) ? found : found.items).map((e) => e.title));
  }
  return [
    ...people.flatMap((p) => [p.name, p.email ?? '']),
    ...audits.flatMap((a) => [a.reference, a.strengths]),
    ...updates.flatMap((u) => [u.risks, u.state === 'approved' ? '' : u.narrative]),
    ...evidence,
    // Texts long enough to be themselves (a short evidence title could be a word of a priority area's title).
  ].filter((s) => s.length >= 8);
}

describe('the public summary', () => {
  it('is published by a plan manager and read at /public/plymouth without signing in: easy to read, with no accessibility violations and nothing private', async () => {
    const manager = await openPage(browser);
    await signInAs(manager.page, 'plan_manager');
    await manager.page.goto('/public-summary');
    await manager.page.getByRole('heading', { level: 1, name: 'Public summary' }).waitFor();
    await manager.page.getByRole('heading', { level: 2, name: 'What would be published now' }).waitFor();
    expect(await axeViolations(manager.page)).toEqual([]);
    await manager.page.getByRole('button', { name: 'Publish this summary' }).click();
    await expectSuccess(manager.page, /Version \d+ is published/);
    expect(manager.problems).toEqual([]);
    await manager.context.close();

    const visitor = await openPage(browser);
    await visitor.page.goto('/public/plymouth');
    await visitor.page.getByRole('heading', { level: 1, name: 'How our SEND plan is going' }).waitFor();
    await visitor.page.getByRole('heading', { level: 2, name: 'You said, we did' }).waitFor();
    // Outside the signed-in layout: no service menu, no sign-in redirect.
    expect(visitor.page.url()).toMatch(/\/public\/plymouth$/);
    expect(await visitor.page.getByRole('navigation', { name: 'Menu' }).count()).toBe(0);
    await visitor.page.getByRole('link', { name: 'Get this page as a PDF' }).waitFor();
    expect(await axeViolations(visitor.page)).toEqual([]);

    const text = await visitor.page.locator('main').innerText();
    expect(text).toMatch(/Our plan has \d+ tasks\./);
    const readability = await fleschReadingEase(text);
    expect(readability.words).toBeGreaterThan(150);
    expect(readability.score).toBeGreaterThanOrEqual(60);

    const html = await visitor.page.content();
    const secrets = await privateTexts();
    expect(secrets.length).toBeGreaterThan(50);
    expect(secrets.filter((s) => html.includes(s) || text.includes(s))).toEqual([]);

    // Printed without the page's controls.
    await visitor.page.emulateMedia({ media: 'print' });
    expect(await visitor.page.getByRole('button', { name: 'Print this page' }).isVisible()).toBe(false);
    expect(visitor.problems).toEqual([]);
    await visitor.context.close();
  });

  it('says plainly when a local area has published nothing', async () => {
    const { page, context } = await openPage(browser);
    await page.goto('/public/nowhere-at-all');
    await page.getByText('There is no summary to show here yet.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
