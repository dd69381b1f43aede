import { mkdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { PALETTE } from '../../src/domain/palette.js';
import { openRecordedPage, waitForMap, useChromium } from './browser.js';
import { colourShare } from './pixels.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

describe('the built page', () => {
  it('loads with no console errors, no foreign requests and no CSP violations, and draws the map', async () => {
    const record = await openRecordedPage(browser(), baseUrl);
    await record.page.goto(baseUrl);
    expect(await waitForMap(record.page)).toBe('idle');
    const png = await record.page.locator('#map canvas').screenshot();
    mkdirSync('tests/e2e/screenshots', { recursive: true });
    await record.page.screenshot({ path: 'tests/e2e/screenshots/map.png' });
    expect(record.consoleErrors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
    expect(record.cspViolations).toEqual([]);
    expect(colourShare(png, PALETTE.sea)).toBeGreaterThan(0.02);
    expect(colourShare(png, PALETTE.syria)).toBeGreaterThan(0.01);
    // The zone's solid 0–15 km band is drawn.
    expect(colourShare(png, PALETTE.zoneCore, 3)).toBeGreaterThan(0.02);
    await record.context.close();
  });

  it('has the credit line in the page before any script runs, and the app keeps it as it was', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl);
    const line = page.locator('#map-credits');
    expect(await line.isVisible()).toBe(true);
    const written = await line.innerHTML();
    expect(written).toContain('Natural Earth (public domain)');
    await context.close();
    const record = await openRecordedPage(browser(), baseUrl);
    const { page: live } = record;
    // The parsed line's first text node, kept before the app runs: repainting it would count as
    // a new largest paint on phones.
    await live.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () =>
        Object.assign(window, { __creditText: document.getElementById('map-credits')?.firstChild }),
      ),
    );
    await live.goto(baseUrl);
    expect(await waitForMap(live)).toBe('idle');
    expect(await live.locator('#map-credits').innerHTML()).toBe(written);
    const kept = await live.evaluate(
      () =>
        (window as unknown as { __creditText?: Node }).__creditText ===
        document.getElementById('map-credits')?.firstChild,
    );
    expect(kept).toBe(true);
    await live.locator('#map-credits button').click();
    expect(await live.evaluate(() => document.activeElement?.id)).toBe('credits-heading');
    await record.context.close();
  });
});
