import { describe, expect, inject, it } from 'vitest';
import type { AppFeatureCollection, Quote, QuoteIndex } from '../../src/types.js';
import { openRecordedPage, waitForMap, useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

/** A sentence an attacker might slip into an article: markup, script, and a bidi override. */
const HOSTILE =
  'Idlib <img src=x onerror="alert(1)"> was <script>alert(2)</script> calm \u202Eevil\u202C today.';

/** Adds an article whose one sentence is {@link HOSTILE}, quoted first on `city-idlib`. */
function withHostileArticle(
  quotes: QuoteIndex,
  features: AppFeatureCollection,
): [QuoteIndex, AppFeatureCollection] {
  const quote: Quote = {
    articleId: 'hostile',
    sentenceIndex: 0,
    text: HOSTILE,
    start: 0,
    end: 5,
    match: 'Idlib',
  };
  quotes.articles['hostile'] = {
    meta: {
      id: 'hostile',
      outlet: 'Outlet <b>bold</b>',
      originalOutlet: 'Outlet <b>bold</b>',
      headline: 'Headline <svg onload=alert(3)>',
      date: '2018-09-18',
      dateInferred: false,
      url: 'javascript:alert(4)',
      language: 'en',
    },
    body: HOSTILE,
    sentences: [{ start: 0, end: HOSTILE.length }],
    links: [{ sentenceIndex: 0, featureId: 'city-idlib', start: 0, end: 5 }],
  };
  quotes.byFeature['city-idlib'] = [quote, ...(quotes.byFeature['city-idlib'] ?? [])];
  const idlib = features.features.find((f) => f.properties.id === 'city-idlib');
  if (!idlib) throw new Error('hostile test: city-idlib missing from the published features');
  idlib.properties.quotes = [quote, ...idlib.properties.quotes];
  return [quotes, features];
}

describe('hostile article text', () => {
  it('shows literally in the popup and the reader; nothing executes, nothing is requested', async () => {
    // No service worker: the quotes load after the first view, when it could answer for the route.
    const record = await openRecordedPage(browser(), baseUrl, undefined, {
      serviceWorkers: 'block',
    });
    const { page } = record;
    const get = async <T>(file: string) =>
      (await (await page.request.get(new URL(`data/${file}`, baseUrl).href)).json()) as T;
    const [quotes, features] = withHostileArticle(
      await get<QuoteIndex>('quotes.json'),
      await get<AppFeatureCollection>('idlib-buffer-zone.geojson'),
    );
    await page.route('**/data/quotes.json', (route) => route.fulfill({ json: quotes }));
    await page.route('**/data/map-features.geojson', (route) => route.fulfill({ json: features }));
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const strayRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/x$|javascript:/.test(request.url())) strayRequests.push(request.url());
    });
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('idle');
    await page.waitForFunction(() => document.body.dataset['quotes'] === 'ready');

    await page.locator('.feature-entry[data-feature-id="city-idlib"]').click();
    const popup = page.locator('#popup');
    await expect.poll(() => popup.isVisible()).toBe(true);
    const popupText = await popup.innerText();
    expect(popupText).toContain('<img src=x onerror="alert(1)">');
    expect(popupText).toContain('<script>alert(2)</script>');
    expect(popupText).toContain('[U+202E]evil[U+202C]');
    expect(await popup.locator('img, script, svg[onload], b').count()).toBe(0);

    await popup.locator('.read-context').first().click();
    const reader = page.locator('#reader');
    await expect.poll(() => reader.isVisible()).toBe(true);
    const readerText = await reader.innerText();
    expect(readerText).toContain('<script>alert(2)</script>');
    expect(readerText).toContain('Headline <svg onload=alert(3)>');
    expect(await reader.locator('img, script, svg[onload], b').count()).toBe(0);
    expect(await reader.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(readerText).toContain('javascript:alert(4) (not a web address, not linked)');

    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(strayRequests).toEqual([]);
    expect(record.cspViolations).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
    await record.context.close();
  });
});
