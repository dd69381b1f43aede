/**
 * The ground (issue 14): rivers, mountain and plain names and the GeoNames places arrive after
 * the first view; places are in the list, search and cards with their Arabic names; the legend
 * is on the map on desktop and behind a Legend button on phones.
 */
import { describe, expect, inject, it } from 'vitest';
import { PALETTE } from '../../src/domain/palette.js';
import { axeViolations, canvasShare, expectClean, jumpTo, openApp } from './app-page.js';
import { useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

describe('the ground and the legend', () => {
  it('draws the rivers and lists the GeoNames places, searchable, with their cards', async () => {
    const record = await openApp(browser(), baseUrl);
    const { page } = record;
    await page.waitForFunction(() => document.body.dataset['ground'] === 'ready');
    // The legend is on the map at load, with the rivers' entry.
    expect(await page.isVisible('#legend .legend-groups')).toBe(true);
    expect(await page.textContent('#legend')).toContain('Orontes');
    // The Orontes through the Ghab plain, zoomed in.
    await jumpTo(page, 'view=36.35,35.6,10');
    const river = () => canvasShare(page, PALETTE.river, 24);
    await expect.poll(river, { timeout: 10_000 }).toBeGreaterThan(0.0001);
    const shown = await river();
    await page.uncheck('#layer-rivers');
    await expect.poll(river, { timeout: 10_000 }).toBeLessThan(shown / 2);
    await page.check('#layer-rivers');
    // A GeoNames place that is not one of the map's cities: in the list and found by search.
    const entry = page.locator('.feature-entry[data-feature-id^="gn-"]', {
      hasText: 'Kafr Takharim',
    });
    await page.fill('#place-search', 'Kafr Takharim');
    expect(await entry.isVisible()).toBe(true);
    expect(await entry.innerText()).toContain('كفر تخاريم');
    await entry.click();
    expect(await page.textContent('#popup')).toContain('GeoNames');
    expect(await axeViolations(page)).toEqual([]);
    expectClean(record);
    await record.context.close();
  });

  it('on a phone the legend waits behind its button, and opens on the map', async () => {
    const record = await openApp(browser(), baseUrl, {
      viewport: { width: 375, height: 667 },
      touch: true,
    });
    const { page } = record;
    expect(await page.getAttribute('#legend', 'open')).toBeNull();
    expect(await page.isVisible('#legend .legend-groups')).toBe(false);
    await page.tap('#legend summary');
    expect(await page.isVisible('#legend .legend-groups')).toBe(true);
    expect(await page.isVisible('#layer-zone')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expectClean(record);
    await record.context.close();
  });
});
