/** Helpers for the teacher-tools browser tests. */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openRecordedPage, waitForMap, type PageRecord } from './browser.js';

/** Opens the app at `hash` with reduced motion (camera moves jump) and waits for the map. */
export async function openTeacherApp(
  browser: Browser,
  baseUrl: string,
  hash = '',
): Promise<PageRecord> {
  const record = await openRecordedPage(browser, baseUrl, { width: 1280, height: 800 });
  await record.page.emulateMedia({ reducedMotion: 'reduce' });
  await record.page.goto(`${baseUrl}${hash}`);
  expect(await waitForMap(record.page)).toBe('idle');
  return record;
}

/** The hash as key/value pairs. */
export { hashEntries as hashOf } from './app-page.js';

/** Whether a legend group's checkbox is checked. */
export function layerShown(page: Page, groupId: string): Promise<boolean> {
  return page.isChecked(`#layer-${groupId}`);
}

/** Asserts the page logged no errors, asked no other origin and broke no CSP rule. */
export function expectCleanPage(record: PageRecord): void {
  expect(record.consoleErrors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
  expect(record.cspViolations).toEqual([]);
}
