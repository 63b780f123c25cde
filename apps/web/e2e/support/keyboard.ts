import type { Page } from 'playwright-core';

interface Focused {
  tag: string;
  type: string | null;
  text: string;
  label: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const input = el as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? null,
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      label: (input?.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element is the one described, as a keyboard user
 * would; fails if it is never reached. `name` matches a link's or button's text, or an input's label.
 */
export async function tabTo(page: Page, name: string | RegExp, { backwards = false, max = 200 } = {}): Promise<void> {
  const matches = (s: string) => (typeof name === 'string' ? s === name : name.test(s));
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (matches(f.text) || matches(f.label)) return;
  }
  throw new Error(`Could not reach "${String(name)}" with the Tab key`);
}

/** What has focus, for assertions. */
export async function focusedLabel(page: Page): Promise<string> {
  const f = await focused(page);
  return f.label || f.text;
}
