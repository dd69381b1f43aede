import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PALETTE } from '../../src/domain/palette.js';
import type { FeatureKind } from '../../src/types.js';
import { formatDate } from '../../src/ui/app/text.js';
import {
  axeViolations,
  canvasShare,
  expectClean,
  jumpTo,
  openApp,
  popupTitle,
  siteData,
  squash,
  type SiteData,
} from './app-page.js';
import { launchChromium, type PageRecord } from './browser.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let record: PageRecord;
let page: Page;
let data: SiteData;

beforeAll(async () => {
  browser = await launchChromium();
  record = await openApp(browser, baseUrl);
  page = record.page;
  data = await siteData(page, baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

const REQUIRED_KINDS: FeatureKind[][] = [
  ['province', 'governorate'],
  ['contact-line'],
  ['zone'],
  ['highway'],
  ['city'],
  ['observation-point'],
];
describe('popups', () => {
  it('has quotes for every kind of feature the map must explain', () => {
    for (const kinds of REQUIRED_KINDS) {
      const ids = data.quoted.filter((f) => kinds.includes(f.properties.kind));
      expect(ids.length, `a quoted ${kinds.join('/')}`).toBeGreaterThan(0);
    }
  });

  it('opens each quoted feature from the list: name, description, quotes with source, N more, how drawn', async () => {
    // One round trip for all features: each popup is built synchronously on click, so reading it
    // right away sees exactly what a reader would, without waiting for the map to settle.
    const cards = await page.evaluate(
      (ids) => {
        const text = (el: Element | null | undefined) =>
          (el as HTMLElement | null)?.innerText ?? '';
        return ids.map((id) => {
          document.querySelector<HTMLElement>(`.feature-entry[data-feature-id="${id}"]`)?.click();
          const popup = document.getElementById('popup');
          const quotes = () => [...(popup?.querySelectorAll('.quote') ?? [])];
          const first = quotes()[0];
          const card = {
            id,
            hidden: popup?.hidden ?? true,
            title: text(popup?.querySelector('#popup-title')),
            description: text(popup?.querySelector('.card-description')),
            shown: quotes().length,
            readButtons: popup?.querySelectorAll('.read-context').length ?? 0,
            firstText: text(first?.querySelector('.quote-text')),
            firstMark: text(first?.querySelector('mark')),
            firstSource: text(first?.querySelector('.quote-source')),
            more: text(popup?.querySelector('.more-quotes')),
            afterMore: 0,
            how: '',
          };
          popup?.querySelector<HTMLElement>('.more-quotes')?.click();
          card.afterMore = quotes().length;
          popup?.querySelector<HTMLElement>('.provenance summary')?.click();
          card.how = text(popup?.querySelector('.provenance'));
          return card;
        });
      },
      data.quoted.map((f) => f.properties.id),
    );
    for (const card of cards) {
      const feature = data.quoted.find((f) => f.properties.id === card.id);
      const quotes = data.quotes.byFeature[card.id] ?? [];
      const first = quotes[0];
      const meta = first && data.quotes.articles[first.articleId]?.meta;
      if (!feature || !first || !meta) throw new Error(`${card.id}: quote without article`);
      const p = feature.properties;
      expect(card.hidden, card.id).toBe(false);
      expect(card.title).toBe(p.name);
      expect(squash(card.description)).toBe(squash(p.description));
      expect(card.shown, card.id).toBe(Math.min(quotes.length, 2));
      expect(card.readButtons).toBe(card.shown);
      expect(card.firstText.startsWith('\u201c') && card.firstText.endsWith('\u201d')).toBe(true);
      expect(squash(card.firstText)).toContain(squash(first.text).slice(0, 60));
      expect(card.firstMark).toBe(first.match);
      const source = squash(card.firstSource);
      expect(source).toContain(squash(meta.outlet));
      expect(source).toContain(formatDate(meta.date));
      expect(source).toContain(squash(meta.headline));
      const rest = quotes.length - 2;
      expect(card.more).toBe(rest > 0 ? `${rest} more quote${rest === 1 ? '' : 's'}` : '');
      expect(card.afterMore, card.id).toBe(quotes.length);
      expect(squash(card.how)).toContain(squash(p.provenance.method).slice(0, 40));
      expect(card.how).toMatch(/Accuracy[\s\S]*km/);
    }
    expectClean(record);
  });

  it('opens a popup when a feature is clicked on the map', async () => {
    const city = data.quoted.find((f) => f.properties.kind === 'city');
    if (city?.geometry.type !== 'Point') throw new Error('no quoted city');
    const [lng, lat] = city.geometry.coordinates;
    await jumpTo(page, `view=${lng},${lat},10.5`);
    expect(await popupTitle(page)).toBeNull();
    await page.locator('#map').click();
    await page.waitForFunction((id) => location.hash.includes(`f=${id}`), city.properties.id);
    expect(await popupTitle(page)).toBe(city.properties.name);
    expect(await page.locator('#popup .quote').count()).toBeGreaterThan(0);
  });
});

describe('motion and credits', () => {
  it('jumps to a selected feature at once under prefers-reduced-motion', async () => {
    const city = data.quoted.find((f) => f.properties.kind === 'city');
    if (city?.geometry.type !== 'Point') throw new Error('no quoted city');
    const view = await page.evaluate((id) => {
      document.querySelector<HTMLElement>(`.feature-entry[data-feature-id="${id}"]`)?.click();
      return new URLSearchParams(location.hash.slice(1)).get('view') ?? '';
    }, city.properties.id);
    const [lng = 0, lat = 0] = view.split(',').map(Number);
    expect(lng).toBeCloseTo(city.geometry.coordinates[0] ?? NaN, 2);
    expect(lat).toBeCloseTo(city.geometry.coordinates[1] ?? NaN, 2);
  });

  it('credits Natural Earth, GeoNames, OpenStreetMap contributors and every article outlet', async () => {
    const credits = squash(await page.locator('#credits').innerText());
    for (const credit of ['Natural Earth', 'GeoNames', '© OpenStreetMap contributors']) {
      expect(credits).toContain(credit);
    }
    for (const article of Object.values(data.quotes.articles)) {
      expect(credits).toContain(squash(article.meta.outlet));
    }
    expect(await page.locator('#map-credits').innerText()).toContain('OpenStreetMap');
  });
});

describe('legend', () => {
  it('explains every symbol, the uncertain 15–20 km margin included', async () => {
    const legend = squash(await page.locator('#legend').innerText());
    expect(legend).toContain('15–20 km (hatched): the exact lines were never published');
    for (const label of ['Contact line', 'observation post', 'Highway number', 'City or town']) {
      expect(legend).toContain(label);
    }
    expect(await page.locator('#legend canvas.swatch').count()).toBeGreaterThanOrEqual(10);
    // Patterned swatches are drawn with the map's own pattern images: two clearly different
    // colours in each (a plain tint, as the export once drew them, fails).
    const spreads = await page.$$eval('#legend .legend-entries li', (items) =>
      items
        .filter((li) => /hatched|dotted|striped|stripes/.test(li.textContent ?? ''))
        .map((li) => {
          const canvas = li.querySelector('canvas');
          const g = canvas?.getContext('2d');
          if (!canvas || !g) return 0;
          const { data } = g.getImageData(2, 2, canvas.width - 4, canvas.height - 4);
          let min = 765;
          let max = 0;
          for (let i = 0; i < data.length; i += 4) {
            const sum = (data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0);
            min = Math.min(min, sum);
            max = Math.max(max, sum);
          }
          return max - min;
        }),
    );
    expect(spreads.length).toBeGreaterThanOrEqual(4);
    for (const spread of spreads) expect(spread).toBeGreaterThan(60);
  });

  it('hides and shows a layer from the keyboard', async () => {
    await jumpTo(page, 'view=36.62,35.75,8.2');
    const zoneShare = () => canvasShare(page, PALETTE.zoneCore, 3);
    await expect.poll(zoneShare, { timeout: 10_000 }).toBeGreaterThan(0.02);
    await page.focus('#layer-zone');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => location.hash.includes('layers=-zone'));
    await expect.poll(zoneShare, { timeout: 10_000 }).toBeLessThan(0.001);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => !location.hash.includes('layers='));
    expect(await page.isChecked('#layer-zone')).toBe(true);
  });
});

describe('feature list', () => {
  it('finds places by any name variant and highlights the one under the pointer', async () => {
    const visibleIds = () =>
      page.$$eval('.feature-entry', (nodes) =>
        nodes
          .filter((n) => (n as HTMLElement).offsetParent !== null)
          .map((n) => (n as HTMLElement).dataset['featureId']),
      );
    for (const query of ['Idlib', 'Idleb', 'إدلب', 'ادلب']) {
      await page.fill('#place-search', query);
      expect(await visibleIds(), query).toContain('city-idlib');
      expect(await visibleIds(), query).not.toContain('city-aleppo');
    }
    await page.fill('#place-search', 'zzzz');
    expect(await visibleIds()).toEqual([]);
    expect(await page.locator('.search-status').innerText()).toContain('No place matches');
    await page.fill('#place-search', '');
    expect((await visibleIds()).length).toBe(await page.locator('.feature-entry').count());

    await jumpTo(page, 'view=36.62,35.75,8.2');
    await page.mouse.move(5, 400);
    const yellow = () => canvasShare(page, PALETTE.highlight, 10);
    await expect.poll(yellow, { timeout: 10_000 }).toBe(0);
    await page.hover('.feature-entry[data-feature-id="city-idlib"]');
    await expect.poll(yellow, { timeout: 10_000 }).toBeGreaterThan(0);
  });
});

describe('article reader', () => {
  it('shows the article with the quoted sentence highlighted and in view; names select features', async () => {
    const feature = data.quoted[0];
    if (!feature) throw new Error('no quoted feature');
    const quote = data.quotes.byFeature[feature.properties.id]?.[0];
    const article = quote && data.quotes.articles[quote.articleId];
    if (!quote || !article) throw new Error('no quote');
    await page.click(`.feature-entry[data-feature-id="${feature.properties.id}"]`);
    await page.locator('#popup .read-context').first().click();
    const reader = page.locator('#reader');
    expect(await reader.isVisible()).toBe(true);
    expect(await page.locator('#reader-title').innerText()).toBe(article.meta.headline);
    const current = reader.locator('.current-sentence');
    expect(squash(await current.innerText())).toBe(squash(quote.text));
    const box = await current.boundingBox();
    const panel = await reader.boundingBox();
    if (!box || !panel) throw new Error('reader not laid out');
    expect(box.y).toBeGreaterThanOrEqual(panel.y);
    expect(box.y + box.height).toBeLessThanOrEqual(panel.y + panel.height);
    expect(squash(await reader.locator('.article-body').innerText())).toBe(squash(article.body));
    const inferredCount =
      (article.meta.inferred ?? []).length + (article.meta.dateInferred ? 1 : 0);
    if (inferredCount > 0) expect(await reader.locator('.inferred').count()).toBeGreaterThan(0);
    expect(
      await reader
        .locator(`.place-link[data-feature-id="${feature.properties.id}"].selected`)
        .count(),
    ).toBeGreaterThan(0);
    const other = reader
      .locator(`.place-link:not([data-feature-id="${feature.properties.id}"])`)
      .first();
    const otherId = await other.getAttribute('data-feature-id');
    await other.click();
    await page.waitForFunction((id) => location.hash.includes(`f=${id}`), otherId);
    expect(await popupTitle(page)).toBe(
      data.features.find((f) => f.properties.id === otherId)?.properties.name,
    );
    expect(await reader.isVisible()).toBe(true);
    // With a popup and the reader open, axe finds nothing to fix.
    await page.locator('#popup .provenance summary').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.click('.reader-close');
    expect(await reader.isVisible()).toBe(false);
    expectClean(record);
  });
});
