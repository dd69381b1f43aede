/**
 * Issue 13.3: "Add an article" in the browser. Fill the form (hostile input included), review
 * the proposed links (remove one, add one by hand with the keyboard), add it, see its quote in a
 * popup and the list's count, reload (online and offline: IndexedDB and the service worker), and
 * download the `.md` that `npm run data` links exactly as the browser showed it; then remove it.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildQuotes } from '../../src/pipeline/articles/build-quotes.js';
import { loadArticles } from '../../src/pipeline/articles/load-articles.js';
import type { StoredArticle } from '../../src/ui/reader/article-form/model.js';
import { axeViolations, expectClean, openApp, siteData } from './app-page.js';
import { useChromium, waitForMap } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const root = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const TEXT = [
  'Russia and Turkey agreed on a demilitarised zone in Idlib on Monday.',
  '',
  'Turkish troops will man the observation post in Morek, north of Hama.',
  'Idlib <img src=x onerror="window.__xss=1"> was <script>window.__xss=2</script> calm \u202Eevil\u202C today.',
  'Nothing here names a place.',
].join('\n');
const HEADLINE = 'Zone agreed <svg onload="window.__xss=3"> in Idlib';

const count = (page: Page, id: string) =>
  page.locator(`.feature-entry[data-feature-id="${id}"] .entry-count`).innerText();

async function storedArticles(page: Page): Promise<StoredArticle[]> {
  return page.evaluate(
    () =>
      new Promise<StoredArticle[]>((done, fail) => {
        const req = indexedDB.open('idlib-map-articles', 1);
        req.onerror = () => fail(new Error('no database'));
        req.onsuccess = () => {
          const get = req.result.transaction('articles').objectStore('articles').getAll();
          get.onsuccess = () => done(get.result as StoredArticle[]);
        };
      }),
  );
}

async function ready(page: Page): Promise<void> {
  expect(await waitForMap(page)).toBe('idle');
  await page.waitForSelector('body[data-local-articles="ready"]');
}

describe('"Add an article" in the browser', () => {
  it('adds a reviewed article that survives reloads, offline too, and downloads for the pipeline', async () => {
    const record = await openApp(browser(), baseUrl);
    const { page, context } = record;
    const data = await siteData(page, baseUrl);
    const rulesRequests: string[] = [];
    page.on('request', (r) => r.url().endsWith('/link-rules.json') && rulesRequests.push(r.url()));
    await ready(page);
    const idlibBefore = await count(page, 'city-idlib');
    const moreQuotes = (text: string) => Number(text.split(' ')[0]);

    await page.click('#add-article');
    const form = page.locator('#article-form');
    await form.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Bad input: messages at the fields, nothing added.
    await form.locator('.add-to-map').click();
    for (const name of ['outlet', 'headline', 'date', 'url', 'text'])
      expect(await page.getAttribute(`#article-${name}`, 'aria-invalid'), name).toBe('true');
    await page.fill('#article-outlet', 'Outlet \u202Ebold\u202C <b>x</b>');
    await page.fill('#article-headline', HEADLINE);
    await page.fill('#article-date', '2099-01-01');
    await page.fill('#article-url', 'javascript:window.__xss=4');
    await page.fill('#article-text', TEXT);
    await form.locator('.add-to-map').click();
    expect(await page.locator('#article-date-error').innerText()).toMatch(/future/u);
    expect(await page.locator('#article-url-error').innerText()).toMatch(/https:\/\//u);
    expect(await page.getAttribute('#article-url', 'aria-describedby')).toContain(
      'article-url-error',
    );
    await page.fill('#article-url', data.quotes.articles['002']?.meta.url ?? '');
    await page.fill('#article-date', '2018-09-18');
    await form.locator('.add-to-map').click();
    expect(await page.locator('#article-url-error').innerText()).toMatch(/already on the map/u);
    await page.fill('#article-url', 'https://example.org/news/zone');

    // The draft survives a reload.
    await page.reload();
    await ready(page);
    await page.click('#add-article');
    await form.waitFor();
    expect(await page.inputValue('#article-headline')).toBe(HEADLINE);

    // Review: remove the first proposed link, link the last sentence to Saraqib by keyboard.
    await form.locator('.propose-links').click();
    const sentences = form.locator('.review-sentence');
    await expect.poll(() => sentences.count()).toBe(4);
    expect(rulesRequests).toHaveLength(1);
    const firstLink = sentences.nth(0).locator('[data-feature-id]').first();
    const removedId = await firstLink.getAttribute('data-feature-id');
    await firstLink.locator('.review-remove').click();
    await sentences.nth(3).locator('select').selectOption('city-saraqib');
    await sentences.nth(3).locator('select').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await sentences.nth(3).locator('[data-feature-id="city-saraqib"]').innerText()).toMatch(
      /by hand/u,
    );
    expect(await axeViolations(page)).toEqual([]);
    const saraqibBefore = moreQuotes(await count(page, 'city-saraqib'));
    await form.locator('.add-to-map').click();
    await expect.poll(() => form.isVisible()).toBe(false);

    // On the map: the count, the popup's quote with its label, all inert.
    const check = async () => {
      expect(moreQuotes(await count(page, 'city-saraqib'))).toBe(saraqibBefore + 1);
      expect(moreQuotes(await count(page, 'city-idlib'))).toBe(moreQuotes(idlibBefore));
      await page.click('.feature-entry[data-feature-id="city-saraqib"]');
      // Saraqib has more quotes than a card shows at first: open them all.
      const more = page.locator('#popup .more-quotes');
      if (await more.count()) await more.click();
      const added = page.locator('#popup .quote', { hasText: 'Added on this device' });
      await added.first().waitFor();
      expect(await added.first().innerText()).toContain('Nothing here names a place.');
      await page.keyboard.press('Escape');
    };
    await check();
    const [stored] = await storedArticles(page);
    expect(
      stored?.article.links.some((l) => l.featureId === removedId && l.sentenceIndex === 0),
    ).toBe(false);
    await page.click(`.local-read`);
    expect(await page.locator('#reader .added-label').innerText()).toBe('Added on this device');
    expect(await page.locator('#reader-title').innerText()).toBe(HEADLINE);
    expect(await page.locator('#reader').innerText()).toContain('[U+202E]');
    expect(
      await page
        .locator('#reader img, #reader svg, #reader script, #reader a[href^="javascript"]')
        .count(),
    ).toBe(0);
    await page.click('.reader-close');

    // Reload, then reload offline: still there.
    await page.reload();
    await ready(page);
    await check();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    await context.setOffline(true);
    // Offline, and with the added article open in the reader: the link opens it again.
    await page.click('.local-read');
    await page.reload();
    await ready(page);
    await page.locator('#reader .added-label').waitFor();
    expect(await page.locator('#reader-title').innerText()).toBe(HEADLINE);
    await page.click('.reader-close');
    await check();
    await context.setOffline(false);

    // Download: npm run data's own reader and linker give the same sentences and links.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.local-download'),
    ]);
    const project = mkdtempSync(join(tmpdir(), 'article-form-e2e-'));
    dirs.push(project);
    cpSync(join(root, 'geodata/articles'), join(project, 'geodata/articles'), { recursive: true });
    cpSync(
      join(root, 'geodata/feature-aliases.yaml'),
      join(project, 'geodata/feature-aliases.yaml'),
    );
    expect(download.suggestedFilename()).toBe(`${stored?.id ?? ''}.md`);
    await download.saveAs(join(project, 'geodata/articles', download.suggestedFilename()));
    const loaded = loadArticles(join(project, 'geodata/articles'), 'geodata/articles');
    expect(loaded.find((a) => a.meta.id === stored?.id)?.meta).toEqual(stored?.article.meta);
    const features = { type: 'FeatureCollection' as const, features: data.features };
    const piped = buildQuotes(project, features).index.articles[stored?.id ?? ''];
    expect(piped?.body).toBe(stored?.article.body);
    expect(piped?.sentences).toEqual(stored?.article.sentences);
    expect(piped?.links).toEqual(stored?.article.links);

    // Remove: off the map, out of the store.
    await page.click('.local-remove');
    await expect
      .poll(() => count(page, 'city-saraqib'))
      .toMatch(new RegExp(`^${saraqibBefore} `, 'u'));
    expect(await storedArticles(page)).toEqual([]);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expectClean(record);
    await context.close();
  });
});
