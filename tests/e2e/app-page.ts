/** Helpers for the reader's-map browser tests: open the app, read its data, query its state. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AppFeature, AppFeatureCollection, QuoteIndex } from '../../src/types.js';
import { openRecordedPage, waitForMap, type PageRecord } from './browser.js';
import { colourShare } from './pixels.js';

/** Options for {@link openApp}. */
export interface OpenAppOptions {
  /** Hash to open, with `#`. */
  hash?: string;
  viewport?: { width: number; height: number };
  /** Touch screen (phone). */
  touch?: boolean;
}

/** Opens the app with reduced motion (camera moves jump) and waits until the map is drawn. */
export async function openApp(
  browser: Browser,
  baseUrl: string,
  options: OpenAppOptions = {},
): Promise<PageRecord> {
  const record = await openRecordedPage(browser, baseUrl, options.viewport, {
    reducedMotion: 'reduce',
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
  });
  await record.page.goto(`${baseUrl}${options.hash ?? ''}`);
  expect(await waitForMap(record.page)).toBe('idle');
  return record;
}

/** Asserts the page logged no errors, asked no other origin and broke no CSP rule. */
export function expectClean(record: PageRecord): void {
  expect(record.consoleErrors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
  expect(record.cspViolations).toEqual([]);
}

/** The data the app shows, fetched from the served site. */
export interface SiteData {
  features: AppFeature[];
  quotes: QuoteIndex;
  /** Features that have at least one quote. */
  quoted: AppFeature[];
}

/** Fetches the published features and quote index. */
export async function siteData(page: Page, baseUrl: string): Promise<SiteData> {
  const get = async <T>(file: string) =>
    (await (await page.request.get(new URL(`data/${file}`, baseUrl).href)).json()) as T;
  const collection = await get<AppFeatureCollection>('idlib-buffer-zone.geojson');
  const quotes = await get<QuoteIndex>('quotes.json');
  const features = collection.features;
  const quoted = features.filter((f) => (quotes.byFeature[f.properties.id] ?? []).length > 0);
  return { features, quotes, quoted };
}

/** The hash as key/value pairs (a bare key such as `#present` has the value `''`). */
export async function hashEntries(page: Page): Promise<Record<string, string>> {
  const hash = await page.evaluate(() => location.hash.slice(1));
  return Object.fromEntries(
    hash
      .split('&')
      .filter(Boolean)
      .map((part) => {
        const eq = part.indexOf('=');
        return eq < 0 ? [part, ''] : [part.slice(0, eq), decodeURIComponent(part.slice(eq + 1))];
      }),
  );
}

/** Text of the popup title, or `null` while the popup is hidden. */
export async function popupTitle(page: Page): Promise<string | null> {
  const visible = await page.locator('#popup').isVisible();
  return visible ? page.locator('#popup-title').innerText() : null;
}

/** Id (or tag) of the focused element, for focus assertions. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    return el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}.${el.className}`;
  });
}

/** Collapses runs of whitespace, for comparing rendered text with data. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Share (0–1) of the map's pixels within `tolerance` of a colour, as the screen shows them: the
 * map keeps no copy of a frame once shown (no `preserveDrawingBuffer`), so the canvas itself
 * cannot be read back from the page.
 */
export async function canvasShare(page: Page, hex: string, tolerance = 6): Promise<number> {
  return colourShare(await page.locator('#map canvas').screenshot(), hex, tolerance);
}

/** Waits until the map has had time to draw a change (camera jumps, filters, visibility). */
export const settle = (page: Page): Promise<void> => page.waitForTimeout(400);

/** Axe (WCAG 2.0–2.2 A and AA rules) violations as "rule: target" lines, so a failure names what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/**
 * Sets the hash as a pasted link would and waits until the map has drawn the result
 * (`data-map-idle` is removed when the camera moves and set again on MapLibre's `idle`).
 */
export async function jumpTo(page: Page, hash: string): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve) => {
        window.addEventListener('hashchange', () => resolve(), { once: true });
        location.hash = value;
      }),
    hash,
  );
  await page.waitForFunction(() => document.body.hasAttribute('data-map-idle'), undefined, {
    timeout: 30_000,
  });
}
