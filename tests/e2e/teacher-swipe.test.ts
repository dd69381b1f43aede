/**
 * The rival reading side by side (`#compare=swipe`) in Chromium: the divider is a slider the keys
 * and a mouse move, and the map draws the agreed zone (its solid core) only left of it and the
 * rival reading (its dashed edge) only right of it, as the screen's pixels show.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { PALETTE } from '../../src/domain/palette.js';
import { OVERLAYS } from '../../src/map/layers/overlays.js';
import { axeViolations } from './app-page.js';
import { useChromium } from './browser.js';
import { parseHex } from './pixels.js';
import { expectCleanPage, hashOf, layerShown, openTeacherApp } from './teacher-page.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const shot = fileURLToPath(new URL('.artifacts/teacher-swipe.png', import.meta.url));

/** Pixels of a colour left and right of the divider (±12 px of it, and the DOM over the map, left out). */
async function sides(page: Page, hex: string, tolerance = 10) {
  const canvas = page.locator('#map canvas');
  const box = await canvas.boundingBox();
  const handle = await page.locator('.swipe-handle').boundingBox();
  if (!box || !handle) throw new Error('no map or no divider');
  const covered = (
    await page.$$eval('#legend, .swipe-label, .swipe-handle, #map-controls, #map-credits', (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return [r.left, r.top, r.right, r.bottom];
      }),
    )
  ).map(([l = 0, t = 0, r = 0, b = 0]) => [
    l - box.x - 2,
    t - box.y - 2,
    r - box.x + 2,
    b - box.y + 2,
  ]);
  const png = PNG.sync.read(await canvas.screenshot());
  const ratio = png.width / box.width;
  const divider = handle.x + handle.width / 2 - box.x;
  const [r, g, b] = parseHex(hex);
  let left = 0;
  let right = 0;
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const [cx, cy] = [x / ratio, y / ratio];
      if (Math.abs(cx - divider) < 12) continue;
      if (
        covered.some(([l = 0, t = 0, rr = 0, bb = 0]) => cx >= l && cx <= rr && cy >= t && cy <= bb)
      )
        continue;
      const i = (y * png.width + x) * 4;
      const hit =
        Math.abs((png.data[i] ?? 0) - r) <= tolerance &&
        Math.abs((png.data[i + 1] ?? 0) - g) <= tolerance &&
        Math.abs((png.data[i + 2] ?? 0) - b) <= tolerance;
      if (hit && cx < divider) left++;
      else if (hit) right++;
    }
  return { left, right, divider: divider / box.width };
}

const agreedCore = (page: Page) => sides(page, PALETTE.zoneCore, 6);
const rivalEdge = (page: Page) => sides(page, OVERLAYS['swipe-rival'].stroke, 12);

/** Waits for the map to draw the divider's new place. */
async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await page.waitForFunction(() => document.body.hasAttribute('data-map-idle'), undefined, {
    timeout: 30_000,
  });
}

describe('the rival reading side by side', () => {
  it('draws each reading on its side of a divider moved by keys and by the mouse', async () => {
    const record = await openTeacherApp(browser(), baseUrl, '#compare=swipe');
    const { page } = record;
    const slider = page.locator('[role="slider"].swipe-handle');
    await slider.waitFor();
    expect(await page.isChecked('#reading-swipe')).toBe(true);
    expect(await page.getAttribute('#reading-swipe', 'disabled')).toBeNull();
    expect(await slider.getAttribute('aria-valuenow')).toBe('50');
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/as agreed on the left/);
    expect(await page.textContent('.swipe')).toMatch(/As agreed.*As Jaysh al-Izza demanded/);
    expect(await layerShown(page, 'zone')).toBe(false);
    expect(await layerShown(page, 'zone-split')).toBe(false);
    expect((await hashOf(page))['compare']).toBe('swipe');
    await expect
      .poll(async () => (await agreedCore(page)).left, { timeout: 15_000 })
      .toBeGreaterThan(200);
    await settled(page);

    const check = async (label: string) => {
      const core = await agreedCore(page);
      const edge = await rivalEdge(page);
      console.log(
        `swipe ${label}: divider at ${(core.divider * 100).toFixed(1)}%; zone core px left ${core.left}, right ${core.right}; rival edge px left ${edge.left}, right ${edge.right}`,
      );
      expect(core.left, `${label}: agreed core left`).toBeGreaterThan(200);
      expect(core.right, `${label}: agreed core right`).toBe(0);
      expect(edge.right, `${label}: rival edge right`).toBeGreaterThan(50);
      expect(edge.left, `${label}: rival edge left`).toBe(0);
      return { core, edge };
    };
    const middle = await check('at 50%');
    expect(middle.core.divider).toBeCloseTo(0.5, 1);

    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    expect(await slider.getAttribute('aria-valuenow')).toBe('60');
    await page.keyboard.press('PageUp');
    expect(await slider.getAttribute('aria-valuenow')).toBe('70');
    await settled(page);
    const right = await check('after → ×5, PageUp');
    expect(right.core.divider).toBeCloseTo(0.7, 1);
    expect(right.core.left).toBeGreaterThan(middle.core.left);
    await page.keyboard.press('Home');
    expect(await slider.getAttribute('aria-valuenow')).toBe('0');
    await page.keyboard.press('End');
    expect(await slider.getAttribute('aria-valuenow')).toBe('100');
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
    expect(await slider.getAttribute('aria-valuenow')).toBe('50');

    // Dragging with the mouse: the handle follows the pointer.
    const map = await page.locator('#map').boundingBox();
    const handle = await slider.boundingBox();
    if (!map || !handle) throw new Error('no map or handle');
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(map.x + map.width * 0.4, handle.y + handle.height / 2, { steps: 8 });
    await page.mouse.up();
    expect(Number(await slider.getAttribute('aria-valuenow'))).toBeCloseTo(40, 0);
    await settled(page);
    const dragged = await check('after dragging to 40%');
    expect(dragged.core.divider).toBeCloseTo(0.4, 1);
    await page.screenshot({ path: shot });

    expect(await axeViolations(page)).toEqual([]);

    // Back to one reading: the divider goes and the zone is the reader's again.
    await page.check('#reading-agreed');
    expect(await page.locator('.swipe').count()).toBe(0);
    expect(await layerShown(page, 'zone')).toBe(true);
    expect((await hashOf(page))['compare']).toBeUndefined();
    await settled(page);
    expect(
      (await page.locator('#map canvas').screenshot()).length,
      'the map still draws',
    ).toBeGreaterThan(0);
    expectCleanPage(record);
    await record.context.close();
  });
});
