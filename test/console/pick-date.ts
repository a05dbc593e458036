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

/**
 * Chooses `option` in the antd Select labelled `label` within `scope`, and checks the choice took: a click that lands
 * while the dropdown is still animating (or while another popup closes) can leave the field as it was, so the choice
 * is tried again, up to three times, before failing.
 */
export async function pickOption(scope: Locator, label: string, option: string): Promise<void> {
  const page = scope.page();
  for (let attempt = 1; ; attempt++) {
    await scope.getByLabel(label, { exact: true }).click();
    const item = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option });
    await item.first().waitFor();
    await item.first().click();
    try {
      await scope.locator('.ant-select').filter({ hasText: option }).first().waitFor({ timeout: 3000 });
      return;
    } catch (error) {
      // Not Escape: it would close the drawer or modal the field is in.
      if (attempt >= 3) throw error;
    }
  }
}
