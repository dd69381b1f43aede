import { mkdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import {
  axeViolations,
  expectClean,
  jumpTo,
  hashEntries,
  openApp,
  popupTitle,
  siteData,
} from './app-page.js';
import { useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const PHONE = { width: 375, height: 667 };
const browser = useChromium();

describe('phone layout (375×667)', () => {
  it('shows quotes in a collapsible bottom sheet while the map stays usable', async () => {
    const record = await openApp(browser(), baseUrl, { viewport: PHONE, touch: true });
    const { page } = record;
    const data = await siteData(page, baseUrl);
    const city = data.quoted.find((f) => f.properties.kind === 'city');
    if (city?.geometry.type !== 'Point') throw new Error('no quoted city');

    // Tapping a feature on the map opens its sheet.
    const [lng, lat] = city.geometry.coordinates;
    await jumpTo(page, `view=${lng},${lat},10.5`);
    const map = await page.locator('#map').boundingBox();
    if (!map) throw new Error('no map box');
    await page.touchscreen.tap(map.x + map.width / 2, map.y + map.height / 2);
    await page.waitForFunction((id) => location.hash.includes(`f=${id}`), city.properties.id);
    expect(await popupTitle(page)).toBe(city.properties.name);

    // The sheet sits at the bottom, full width, at most about half the screen.
    const sheet = await page.locator('#popup').boundingBox();
    if (!sheet) throw new Error('no sheet');
    expect(Math.round(sheet.y + sheet.height)).toBe(PHONE.height);
    expect(sheet.width).toBe(PHONE.width);
    expect(sheet.height).toBeLessThanOrEqual(PHONE.height * 0.55);
    expect(await page.locator('#popup .quote').count()).toBeGreaterThan(0);
    mkdirSync('tests/e2e/screenshots', { recursive: true });
    await page.screenshot({ path: 'tests/e2e/screenshots/phone.png' });

    // Collapsing leaves a slim bar; the map above is free again.
    await page.click('.sheet-toggle');
    const collapsed = await page.locator('#popup').boundingBox();
    expect(collapsed?.height ?? 999).toBeLessThan(70);
    expect(await page.locator('.sheet-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#popup .quote').first().isVisible()).toBe(false);
    await page.click('.sheet-toggle');
    expect(await page.locator('#popup .quote').first().isVisible()).toBe(true);

    // Zoom buttons work without dragging; the places drawer opens and closes.
    const zoom = Number((await hashEntries(page))['view']?.split(',')[2]);
    await page.click('button[aria-label="Zoom out"]');
    await page.waitForFunction(
      (z) => Number(new URLSearchParams(location.hash.slice(1)).get('view')?.split(',')[2]) < z,
      zoom,
    );
    await page.click('button[aria-label="Close the place details"]');
    expect(await popupTitle(page)).toBeNull();
    await page.click('#side-toggle');
    expect(await page.locator('#place-search').isVisible()).toBe(true);
    await page.click(`.feature-entry[data-feature-id="${city.properties.id}"]`);
    expect(await page.locator('#place-search').isVisible()).toBe(false);
    expect(await popupTitle(page)).toBe(city.properties.name);

    // With the sheet and the full-screen reader open, axe finds nothing to fix.
    await page.locator('#popup .provenance summary').click();
    await page.locator('#popup .read-context').first().click();
    expect(await page.locator('#reader').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.locator('#reader').isVisible()).toBe(false);
    expectClean(record);
    await record.context.close();
  });
});
