/**
 * Issue 16: every output passes through the same text-safety function as the screen (a U+202E
 * in an outlet or a place name must not reverse the print handout or the PNG's text), and the
 * URL has one owner: a hash write landing between a navigation and its `hashchange` must not
 * overwrite the new hash.
 */
import type { AppFeatureCollection, QuoteIndex } from '../../src/types.js';
import { describe, expect, inject, it } from 'vitest';
import { openRecordedPage, waitForMap, useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

describe('one text-safety function for every output', () => {
  it('a U+202E in an outlet or a place name is shown as a code on screen, in print and in the PNG', async () => {
    const record = await openRecordedPage(browser(), baseUrl, undefined, {
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
    });
    const { page } = record;
    const get = async <T>(file: string) =>
      (await (await page.request.get(new URL(`data/${file}`, baseUrl).href)).json()) as T;
    const quotes = await get<QuoteIndex>('quotes.json');
    const features = await get<AppFeatureCollection>('map-features.geojson');
    for (const article of Object.values(quotes.articles))
      article.meta.outlet = `\u202e${article.meta.outlet}`;
    const idlib = features.features.find((f) => f.properties.id === 'city-idlib');
    if (!idlib) throw new Error('no city-idlib');
    idlib.properties.name = 'Idlib \u202eevil\u202c';
    idlib.properties.description = `\u2067${idlib.properties.description}`;
    await page.route('**/data/quotes.json', (route) => route.fulfill({ json: quotes }));
    await page.route('**/data/map-features.geojson', (route) => route.fulfill({ json: features }));
    // Records every text the page draws on a 2D canvas (the PNG export's title, legend, credits).
    await page.addInitScript(() => {
      const drawn: string[] = [];
      (window as unknown as { __drawn: string[] }).__drawn = drawn;
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
        drawn.push(String(text));
        return fillText.call(this, text, ...rest);
      };
    });
    await page.goto(`${baseUrl}#f=city-idlib`);
    expect(await waitForMap(page)).toBe('idle');
    await page.waitForFunction(() => document.body.dataset['quotes'] === 'ready');
    expect(await page.locator('#popup').innerText()).toContain('[U+202E]');

    // Print: the handout is built before printing.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const handout = await page.locator('#handout').textContent();
    expect(handout).toContain('Idlib [U+202E]evil[U+202C]');
    expect(handout).toContain('[U+2067]');
    expect(handout).not.toMatch(BIDI);

    // The PNG: every text drawn on its canvas.
    await page.click('#teacher-export summary');
    await Promise.all([page.waitForEvent('download'), page.click('#download-image')]);
    const drawn = await page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn);
    const credits = drawn.join(' ');
    expect(credits).toContain('[U+202E]');
    expect(drawn.filter((text) => BIDI.test(text))).toEqual([]);
    expect(record.cspViolations).toEqual([]);
    await record.context.close();
  });
});

describe('one owner of the URL', () => {
  it('a link set right after closing the explorer is not overwritten by its close', async () => {
    const record = await openRecordedPage(browser(), baseUrl, undefined, {
      reducedMotion: 'reduce',
    });
    const { page } = record;
    await page.goto(`${baseUrl}#width=20`);
    expect(await waitForMap(page)).toBe('idle');
    await page.waitForFunction(() =>
      document.querySelector<HTMLDetailsElement>('#teacher-explorer')?.hasAttribute('open'),
    );
    // The explorer closes (its `toggle` writes the hash) and, in the same moment, a link sets
    // `#present`: the close's write lands between the navigation and its hashchange.
    await page.evaluate(() => {
      const explorer = document.querySelector<HTMLDetailsElement>('#teacher-explorer');
      if (explorer) explorer.open = false;
      location.hash = 'present';
    });
    await page.waitForFunction(() => document.body.classList.contains('projector'), undefined, {
      timeout: 10_000,
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => location.hash)).toMatch(/(^#|&)present(&|$)/);
    expect(await page.evaluate(() => document.body.classList.contains('projector'))).toBe(true);
    await record.context.close();
  });
});
