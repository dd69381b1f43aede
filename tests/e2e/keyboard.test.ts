import { describe, expect, inject, it } from 'vitest';
import {
  expectClean,
  focused,
  hashEntries,
  openApp,
  popupTitle,
  siteData,
  squash,
} from './app-page.js';
import { useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

describe('keyboard only', () => {
  it('walks from page load to a quote read in context and back, with visible focus and announcements', async () => {
    const record = await openApp(browser(), baseUrl);
    const { page } = record;
    const data = await siteData(page, baseUrl);
    const quotedNames = new Set(data.quoted.map((f) => f.properties.name));

    // One tab stop into the map, with a visible focus ring.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('#map');
    expect(await page.$eval('#map', (el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

    // Arrow keys walk the features, contact line first; the status line names each.
    await page.keyboard.press('ArrowRight');
    const status = page.locator('#map-status');
    expect(await status.innerText()).toMatch(/^1 of \d+: Contact line/);
    await page.waitForFunction(() =>
      document.getElementById('announcer')?.textContent?.startsWith('1 of'),
    );
    let name = '';
    for (let step = 0; step < 80; step++) {
      name = /: (.*), [^,]+\. Enter opens\.$/.exec(await status.innerText())?.[1] ?? '';
      if (quotedNames.has(name)) break;
      await page.keyboard.press('ArrowRight');
    }
    expect(quotedNames.has(name), name).toBe(true);

    // Enter opens the popup and moves focus into it; the live region says so.
    await page.keyboard.press('Enter');
    expect(await popupTitle(page)).toBe(name);
    expect(await focused(page)).toBe('#popup-title');
    await page.waitForFunction(
      (n) => document.getElementById('announcer')?.textContent?.startsWith(`${n}: details open`),
      name,
    );

    // Tab to "Read in context"; every stop on the way shows a focus ring.
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() =>
        document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : 'none',
      );
      expect(outline).not.toBe('none');
      if ((await focused(page)).includes('read-context')) break;
    }
    expect(await focused(page)).toContain('read-context');
    const sentence = await page.evaluate(
      () => (document.activeElement as HTMLElement).dataset['sentence'],
    );

    // Enter opens the reader at the quoted sentence.
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('#reader-title');
    expect(await page.locator('#reader .current-sentence').isVisible()).toBe(true);
    expect((await hashEntries(page))['article']).toMatch(new RegExp(`:${sentence}$`));
    const quote =
      data.quotes.byFeature[
        data.quoted.find((f) => f.properties.name === name)?.properties.id ?? ''
      ]?.[0];
    expect(squash(await page.locator('#reader .current-sentence').innerText())).toBe(
      squash(quote?.text ?? ''),
    );

    // Escape closes the reader (focus back on "Read in context"), then the popup (focus back on the map).
    await page.keyboard.press('Escape');
    expect(await page.locator('#reader').isVisible()).toBe(false);
    expect(await focused(page)).toContain('read-context');
    await page.keyboard.press('Escape');
    expect(await popupTitle(page)).toBeNull();
    expect(await focused(page)).toBe('#map');

    // The map's controls follow it in the tab order; the canvas itself is no tab stop.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Zoom in',
    );
    const zoom = Number((await hashEntries(page))['view']?.split(',')[2]);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (z) => Number(new URLSearchParams(location.hash.slice(1)).get('view')?.split(',')[2]) > z,
      zoom,
    );
    expectClean(record);
    await record.context.close();
  });
});
