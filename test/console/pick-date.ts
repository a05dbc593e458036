import type { Locator, Page } from 'playwright-core';

/** Types a date (DD/MM/YYYY) into the antd DatePicker labelled `label` within `scope`, and leaves it with Tab
 * (not Enter: Enter in a field sends the form). */
export async function pickDate(scope: Page | Locator, label: string, date: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Tab');
  // The value is committed once the panel has closed; a click elsewhere before that can land on the panel.
  const page = 'page' in scope ? scope.page() : scope;
  await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'detached' }).catch(() => undefined);
  // A string, not a function: the tests are type-checked without the DOM library.
  await page.waitForFunction(`Array.from(document.querySelectorAll('.ant-picker input')).some((i) => i.value === ${JSON.stringify(date)})`);
}
