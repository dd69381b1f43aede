import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectClean, hashEntries, openApp, popupTitle, siteData } from './app-page.js';
import { launchChromium } from './browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('deep links', () => {
  it('restore the view, the selection, the open article and sentence, and layer visibility', async () => {
    const first = await openApp(browser, baseUrl);
    const { page } = first;
    const data = await siteData(page, baseUrl);
    const feature = data.quoted[data.quoted.length - 1];
    if (!feature) throw new Error('no quoted feature');
    await page.click(`.feature-entry[data-feature-id="${feature.properties.id}"]`);
    await page.locator('#popup .read-context').first().click();
    await page.check('#layer-settlements');
    await page.uncheck('#layer-territory');
    await page.click('button[aria-label="Zoom in"]');
    await page.click('button[aria-label="Pan east"]');
    await page.waitForTimeout(300);
    const state = await hashEntries(page);
    expect(state['f']).toBe(feature.properties.id);
    expect(state['article']).toMatch(/^[^:]+:\d+$/);
    expect(state['layers']).toBe('-territory,+settlements');
    expect(state['view']).toMatch(/^-?\d+\.\d{4},-?\d+\.\d{4},\d+\.\d{2}$/);
    const url = page.url();
    const reader = await page.locator('#reader-title').innerText();
    const sentence = await page.locator('#reader .current-sentence').innerText();
    expectClean(first);
    await first.context.close();

    const second = await openApp(browser, baseUrl, { hash: new URL(url).hash });
    const again = second.page;
    expect(await popupTitle(again)).toBe(feature.properties.name);
    expect(await again.locator('#reader-title').innerText()).toBe(reader);
    expect(await again.locator('#reader .current-sentence').innerText()).toBe(sentence);
    expect(await again.isChecked('#layer-settlements')).toBe(true);
    expect(await again.isChecked('#layer-territory')).toBe(false);
    expect(await again.isChecked('#layer-zone')).toBe(true);
    expect(await hashEntries(again)).toEqual(state);
    expect(await again.locator('.notice').count()).toBe(0);
    expectClean(second);
    await second.context.close();
  });

  it('ignore invalid or unknown values with a visible notice, never an exception', async () => {
    const hash = '#f=no-such-place&view=999,0,3&layers=-nonsense&article=zzz:1&bogus=1';
    const record = await openApp(browser, baseUrl, { hash });
    const { page } = record;
    const notices = await page.locator('.notice').allInnerTexts();
    expect(notices.length).toBe(5);
    for (const word of ['bogus', 'no-such-place', '999,0,3', '-nonsense', 'zzz:1']) {
      expect(notices.join('\n')).toContain(word);
    }
    expect(await popupTitle(page)).toBeNull();
    expect(await page.locator('#reader').isVisible()).toBe(false);
    const state = await hashEntries(page);
    expect(Object.keys(state)).toEqual(['view']);
    expectClean(record);

    // A link pasted while the page is open applies too.
    await page.evaluate(() => (location.hash = 'f=city-idlib&layers=-zone'));
    await page.waitForFunction(
      () => document.getElementById('popup-title')?.textContent === 'Idlib',
    );
    expect(await page.isChecked('#layer-zone')).toBe(false);
    await record.context.close();
  });
});
