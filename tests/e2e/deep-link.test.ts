import { describe, expect, inject, it } from 'vitest';
import { expectClean, hashEntries, openApp, popupTitle, settle, siteData } from './app-page.js';
import { useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

describe('deep links', () => {
  it('ignore invalid or unknown values with a notice; the state set afterwards survives a reload elsewhere', async () => {
    // A link with a bad value for every key and one unknown key: all ignored, named in one notice.
    const bad = '#f=no-such-place&view=999,0,3&layers=-nonsense&article=zzz:1&bogus=1';
    const first = await openApp(browser(), baseUrl, { hash: bad });
    const { page } = first;
    const notices = await page.locator('.notice').allInnerTexts();
    expect(notices.length).toBe(1);
    for (const word of ['bogus', 'no-such-place', '999,0,3', '-nonsense', 'zzz:1']) {
      expect(notices.join('\n')).toContain(word);
    }
    expect(await popupTitle(page)).toBeNull();
    expect(await page.locator('#reader').isVisible()).toBe(false);
    expect(Object.keys(await hashEntries(page))).toEqual(['view']);
    while ((await page.locator('.notice-close').count()) > 0) await page.click('.notice-close');

    // A link pasted while the page is open applies too.
    await page.evaluate(() => (location.hash = 'f=city-idlib&layers=-zone'));
    await page.waitForFunction(
      () => document.getElementById('popup-title')?.textContent === 'Idlib',
    );
    expect(await page.isChecked('#layer-zone')).toBe(false);
    await page.check('#layer-zone');

    // Set every part of the state through the interface…
    const data = await siteData(page, baseUrl);
    const feature = data.quoted[data.quoted.length - 1];
    if (!feature) throw new Error('no quoted feature');
    await page.click(`.feature-entry[data-feature-id="${feature.properties.id}"]`);
    await page.locator('#popup .read-context').first().click();
    // The reader covers the map, the legend with it: the toggles by keyboard, as a reader would.
    await page.focus('#layer-settlements');
    await page.keyboard.press('Space');
    await page.focus('#layer-territory');
    await page.keyboard.press('Space');
    await page.click('button[aria-label="Zoom in"]');
    await page.click('button[aria-label="Pan east"]');
    await settle(page);
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

    // …and a fresh page opened at that link shows exactly the same.
    const second = await openApp(browser(), baseUrl, { hash: new URL(url).hash });
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
});
