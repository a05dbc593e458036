import type { Locator, Page } from 'playwright-core';

/** Types a date (DD/MM/YYYY) into the antd DatePicker labelled `label` within `scope`, and confirms it with Enter. */
export async function pickDate(scope: Page | Locator, label: string, date: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}
