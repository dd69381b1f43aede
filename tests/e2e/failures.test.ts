import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openRecordedPage, waitForMap, useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

describe('failures in the browser()', () => {
  for (const status of [404, 500]) {
    it(`a data file answering ${status} shows a message and a Retry that recovers`, async () => {
      const record = await openRecordedPage(browser(), baseUrl);
      const { page } = record;
      let failing = true;
      await page.route('**/data/map-features.geojson', (route) =>
        failing ? route.fulfill({ status, body: 'nope' }) : route.fallback(),
      );
      await page.goto(baseUrl);
      expect(await waitForMap(page)).toBe('error');
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.innerText()).toContain(`answered ${status}`);
      expect(await alert.innerText()).toContain('map-features.geojson');
      failing = false;
      await alert.getByRole('button', { name: 'Retry' }).click();
      await page.waitForFunction(() => document.body?.dataset['mapState'] === 'idle', undefined, {
        timeout: 45_000,
      });
      expect(await page.locator('.feature-entry').count()).toBeGreaterThan(10);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(record.cspViolations).toEqual([]);
      await record.context.close();
    });
  }

  it('quotes that fail to load after the first view say so, and a Retry fills the cards', async () => {
    const record = await openRecordedPage(browser(), baseUrl, undefined, {
      serviceWorkers: 'block',
    });
    const { page } = record;
    let failing = true;
    await page.route('**/data/quotes.json', (route) =>
      failing ? route.fulfill({ status: 503, body: 'busy' }) : route.fallback(),
    );
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('idle');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('quotes could not be loaded');
    expect(await alert.innerText()).toContain('answered 503');
    // The list still counts each place's quotes while the texts are missing.
    expect(await page.locator('.feature-entry .entry-count').first().innerText()).toMatch(
      /\d+ quote/,
    );
    await page.locator('.feature-entry[data-feature-id="city-idlib"]').click();
    expect(await page.locator('#popup .quotes-loading').innerText()).toContain('Loading');
    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.waitForFunction(() => document.body.dataset['quotes'] === 'ready');
    await expect.poll(() => page.locator('#popup .quote').count()).toBeGreaterThan(0);
    expect(record.cspViolations).toEqual([]);
    await record.context.close();
  });

  it('villages that fail to load say so when shown, and load when shown again', async () => {
    // No service worker: once it has precached the site, it would answer instead of the route.
    const record = await openRecordedPage(browser(), baseUrl, undefined, {
      serviceWorkers: 'block',
    });
    const { page } = record;
    let failing = true;
    await page.route('**/data/settlements.geojson', (route) =>
      failing ? route.fulfill({ status: 503, body: 'busy' }) : route.fallback(),
    );
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('idle');
    await page.check('#layer-settlements');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('villages could not be drawn');
    expect(await alert.innerText()).toContain('answered 503');
    failing = false;
    const loaded = page.waitForResponse((r) => r.url().endsWith('/data/settlements.geojson'));
    await page.uncheck('#layer-settlements');
    await page.check('#layer-settlements');
    expect((await loaded).status()).toBe(200);
    await record.context.close();
  });

  it('invalid JSON in a data file is reported, not thrown', async () => {
    const record = await openRecordedPage(browser(), baseUrl);
    await record.page.route('**/data/territory-first.geojson', (route) =>
      route.fulfill({ status: 200, body: '{"type": "FeatureCollection", "featu' }),
    );
    await record.page.goto(baseUrl);
    expect(await waitForMap(record.page)).toBe('error');
    expect(await record.page.getByRole('alert').innerText()).toContain('not valid JSON');
    await record.context.close();
  });
});

describe('without WebGL', () => {
  let noGl: Browser;
  beforeAll(async () => {
    noGl = await launchChromium(['--disable-webgl', '--disable-webgl2']);
  });
  afterAll(async () => {
    await noGl?.close();
  });

  it('says so clearly, and the feature list, quotes and reader still work', async () => {
    const record = await openRecordedPage(noGl, baseUrl);
    const { page } = record;
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('error');
    expect(await page.getByRole('alert').innerText()).toMatch(/cannot draw the map.*WebGL/);
    const entry = page.locator('.feature-entry[data-feature-id="city-aleppo"]');
    await entry.click();
    const popup = page.locator('#popup');
    await expect.poll(() => popup.isVisible()).toBe(true);
    expect(await popup.locator('.quote').count()).toBeGreaterThan(0);
    await popup.locator('.read-context').first().click();
    const reader = page.locator('#reader');
    await expect.poll(() => reader.isVisible()).toBe(true);
    expect((await reader.innerText()).length).toBeGreaterThan(200);
    expect(record.cspViolations).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
    await record.context.close();
  });
});
