/**
 * Failures to load code or data of the right form (issue 16): every one gives a visible message
 * and a Retry that works; none leaves a blank map, "Loading…" for ever, or a map of nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openRecordedPage, waitForMap, useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

/** A page without the service worker (it would answer instead of the routes). */
const openPage = () => openRecordedPage(browser(), baseUrl, undefined, { serviceWorkers: 'block' });

async function retryUntilIdle(page: Page): Promise<void> {
  await page
    .getByRole('alert')
    .getByRole('button', { name: /Retry|Reload/ })
    .click();
  // Retry may reload the page: between documents there is no body yet.
  await page.waitForFunction(() => document.body?.dataset['mapState'] === 'idle', undefined, {
    timeout: 45_000,
  });
  expect(await page.locator('.feature-entry').count()).toBeGreaterThan(10);
}

describe('data of the wrong shape', () => {
  for (const file of ['territory-first.geojson', 'map-features.geojson', 'basemap.geojson']) {
    it(`{} for ${file} is refused with a message naming it, and Retry recovers`, async () => {
      const record = await openPage();
      const { page } = record;
      let broken = true;
      await page.route(`**/data/${file}`, (route) =>
        broken ? route.fulfill({ status: 200, json: {} }) : route.fallback(),
      );
      await page.goto(baseUrl);
      expect(await waitForMap(page)).toBe('error');
      const alert = page.getByRole('alert');
      expect(await alert.innerText()).toContain(file);
      expect(await alert.innerText()).toContain('not in the expected form');
      broken = false;
      await retryUntilIdle(page);
      expect(await page.getByRole('alert').count()).toBe(0);
      await record.context.close();
    });
  }

  it('{} for quotes.json (loaded after the first view) is refused with a message, and Retry fills the quotes', async () => {
    const record = await openPage();
    const { page } = record;
    let broken = true;
    await page.route('**/data/quotes.json', (route) =>
      broken ? route.fulfill({ status: 200, json: {} }) : route.fallback(),
    );
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('idle');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('quotes.json');
    expect(await alert.innerText()).toContain('not in the expected form');
    broken = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.waitForFunction(() => document.body.dataset['quotes'] === 'ready');
    expect(await page.getByRole('alert').count()).toBe(0);
    await record.context.close();
  });

  it('{} for the villages is refused with a message, never "0 of 0 settlements inside"', async () => {
    const record = await openPage();
    const { page } = record;
    await page.route('**/data/settlements.geojson', (route) =>
      route.fulfill({ status: 200, json: {} }),
    );
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('idle');
    await page.check('#layer-settlements');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('settlements.geojson');
    await page.click('#teacher-explorer summary');
    await expect
      .poll(() => page.textContent('#zone-width-stats'))
      .toContain('not in the expected form');
    expect(await page.textContent('#teacher-explorer')).not.toMatch(/\b0 of 0\b/);
    await record.context.close();
  });
});

describe('code that fails to load', () => {
  it("MapLibre's worker failing leaves no blank map: a message, and Retry draws it", async () => {
    const record = await openPage();
    const { page } = record;
    await page.route('**/maplibre-gl-worker-*.mjs', (route) => route.abort());
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('error');
    expect(await page.getByRole('alert').innerText()).toContain('map could not be drawn');
    // The list and quotes still work meanwhile.
    expect(await page.locator('.feature-entry').count()).toBeGreaterThan(10);
    await page.unroute('**/maplibre-gl-worker-*.mjs');
    await retryUntilIdle(page);
    await record.context.close();
  });

  it('the map chunk failing says so, and Retry draws it', async () => {
    const record = await openPage();
    const { page } = record;
    await page.route('**/assets/maplibre-*.js', (route) => route.abort());
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('error');
    expect(await page.getByRole('alert').innerText()).toContain('map could not be drawn');
    await page.unroute('**/assets/maplibre-*.js');
    await retryUntilIdle(page);
    await record.context.close();
  });

  it('the entry chunk failing replaces "Loading…" with a message, and Retry loads the page', async () => {
    const record = await openPage();
    const { page } = record;
    await page.route('**/assets/index-*.js', (route) => route.abort());
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('error');
    expect(await page.getByRole('alert').innerText()).toContain('could not be loaded');
    await page.unroute('**/assets/index-*.js');
    await retryUntilIdle(page);
    await record.context.close();
  });

  it('an error thrown while the page starts: Retry works, and reloads without the link', async () => {
    const record = await openPage();
    const { page } = record;
    // Breaks the page once, after the interface started to mount (as a bad link once did).
    await page.addInitScript(() => {
      if (sessionStorage.getItem('broken')) return;
      sessionStorage.setItem('broken', '1');
      document.addEventListener('DOMContentLoaded', () =>
        document.getElementById('legend')?.remove(),
      );
    });
    await page.goto(`${baseUrl}#f=city-idlib`);
    expect(await waitForMap(page)).toBe('error');
    const alert = page.getByRole('alert');
    expect(await alert.innerText()).toContain("without the link's settings");
    await retryUntilIdle(page);
    expect(await page.evaluate(() => location.hash)).not.toContain('f=');
    expect(await page.locator('#popup').isVisible()).toBe(false);
    await record.context.close();
  });
});
