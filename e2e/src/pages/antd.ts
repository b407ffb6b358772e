import type { Locator, Page } from 'playwright-core';

/**
 * antd controls as a user works them. A test id on an antd control lands on
 * its root element or on its input depending on the control; `inputOf`
 * finds the input either way.
 */

export async function inputOf(control: Locator): Promise<Locator> {
  const tag = await control.evaluate((el) => el.tagName);
  return tag === 'INPUT' || tag === 'TEXTAREA' ? control : control.locator('input').first();
}

/** The options of the select list open now. */
export function openOptions(page: Page): Locator {
  return page.locator('.ant-select-dropdown:visible .ant-select-item-option');
}

/**
 * Opens a select, types `search` when given (searchable selects), and picks
 * the first option whose text matches `option`; checks that the select shows
 * it (a click on a list that is re-rendering can miss) and tries again if not.
 */
export async function pickOption(
  page: Page,
  select: Locator,
  option: string | RegExp,
  search?: string,
): Promise<void> {
  const shown = async () => {
    const text = await select.innerText();
    return typeof option === 'string'
      ? text.includes(option)
      : text.split('\n').some((line) => option.test(line.trim()));
  };
  for (let attempt = 1; ; attempt++) {
    await select.click();
    if (search !== undefined) await (await inputOf(select)).fill(search);
    const choice = openOptions(page).filter({ hasText: option }).first();
    await choice.waitFor();
    await choice.click();
    // let the list close, so the next visible list is the next select's (picking the option
    // already selected may leave it open)
    const closed = async () => (await page.locator('.ant-select-dropdown:visible').count()) === 0;
    try {
      await until(closed, 2_000);
    } catch {
      await page.keyboard.press('Escape');
      await until(closed);
    }
    if (await shown()) return;
    if (attempt === 3) throw new Error(`the select does not show ${String(option)}`);
  }
}

/** Polls `check` until it holds (10 s by default). */
export async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Types a date (`YYYY-MM-DD`, which DateInput accepts in both languages) and
 * leaves the field, which keeps it (Enter would also submit the form around it).
 */
export async function fillDate(control: Locator, isoDate: string): Promise<void> {
  const input = await inputOf(control);
  await input.click();
  await input.fill(isoDate);
  await input.press('Tab');
}

/** Clicks a button guarded by a Popconfirm, then the confirmation's OK (found by its test id). */
export async function confirmClick(page: Page, button: Locator, okTestId: string): Promise<void> {
  await button.click();
  const ok = page.getByTestId(okTestId).filter({ visible: true }).first();
  await ok.click();
}
