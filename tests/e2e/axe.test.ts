import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectClean, openApp, siteData } from './app-page.js';
import { launchChromium } from './browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Axe violations as "rule: target" lines, so a failure names what to fix. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

async function openPopupAndReader(page: Page): Promise<void> {
  const data = await siteData(page, baseUrl);
  const feature = data.quoted.find(
    (f) => (data.quotes.byFeature[f.properties.id] ?? []).length > 2,
  );
  const id = (feature ?? data.quoted[0])?.properties.id ?? '';
  if (await page.locator('#side-toggle').isVisible()) await page.click('#side-toggle');
  await page.click(`.feature-entry[data-feature-id="${id}"]`);
  await page.locator('#popup .provenance summary').click();
  await page.locator('#popup .read-context').first().click();
  expect(await page.locator('#reader').isVisible()).toBe(true);
}

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it('reports no violations with a popup and the reader open, on a laptop', async () => {
    const record = await openApp(browser, baseUrl);
    await openPopupAndReader(record.page);
    expect(await violations(record.page)).toEqual([]);
    expectClean(record);
    await record.context.close();
  });

  it('reports no violations with the bottom sheet and the reader open, on a phone', async () => {
    const record = await openApp(browser, baseUrl, { viewport: { width: 375, height: 667 } });
    await openPopupAndReader(record.page);
    expect(await violations(record.page)).toEqual([]);
    await record.context.close();
  });
});
