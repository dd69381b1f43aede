/**
 * The static first view (issue 15): the map as SVG in the page, which paints without WebGL and
 * without JavaScript, opens cards on click, and lands where MapLibre's first view does.
 */
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PALETTE } from '../../src/domain/palette.js';
import { launchChromium, openRecordedPage, useChromium, waitForMap } from './browser.js';
import { parseHex } from './pixels.js';
import { axeViolations, siteData } from './app-page.js';
import { fitScreen, frameOf, project } from '../../src/map/static/frame.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();
let noGl: Browser;
beforeAll(async () => {
  noGl = await launchChromium(['--disable-webgl', '--disable-webgl2']);
});
afterAll(async () => {
  await noGl?.close();
});

/** Pixels of a PNG within `tolerance` of a colour, as a mask. */
function mask(png: Buffer, hex: string, tolerance: number) {
  const image = PNG.sync.read(png);
  const [r, g, b] = parseHex(hex);
  const on = new Uint8Array(image.width * image.height);
  for (let i = 0; i < on.length; i++) {
    const d = image.data;
    on[i] = Number(
      Math.abs((d[i * 4] ?? 0) - r) <= tolerance &&
        Math.abs((d[i * 4 + 1] ?? 0) - g) <= tolerance &&
        Math.abs((d[i * 4 + 2] ?? 0) - b) <= tolerance,
    );
  }
  return { on, width: image.width, height: image.height };
}

/** Mean x of the masked pixels in each row that has some. */
function rowCentres(m: ReturnType<typeof mask>): Map<number, number> {
  const rows = new Map<number, number>();
  for (let y = 0; y < m.height; y++) {
    let sum = 0;
    let n = 0;
    for (let x = 0; x < m.width; x++) if (m.on[y * m.width + x]) [sum, n] = [sum + x, n + 1];
    if (n >= 2) rows.set(y, sum / n);
  }
  return rows;
}

/** Centre of the masked pixels within `r` of (cx, cy), and how many there are. */
function centreNear(m: ReturnType<typeof mask>, cx: number, cy: number, r: number) {
  let [sx, sy, n] = [0, 0, 0];
  for (let y = Math.max(0, Math.floor(cy - r)); y <= Math.min(m.height - 1, cy + r); y++) {
    for (let x = Math.max(0, Math.floor(cx - r)); x <= Math.min(m.width - 1, cx + r); x++) {
      if (m.on[y * m.width + x]) [sx, sy, n] = [sx + x, sy + y, n + 1];
    }
  }
  return { x: sx / n, y: sy / n, n };
}

/** Where MapLibre's first view puts each observation post in a map of this size. */
async function postPositions(page: Page, width: number, height: number) {
  const { features } = await siteData(page, baseUrl);
  const frame = frameOf();
  const fit = fitScreen(frame, width, height);
  return features.flatMap((f) => {
    if (f.properties.kind !== 'observation-point' || f.geometry.type !== 'Point') return [];
    const [x, y] = project(frame, f.geometry.coordinates);
    return [
      { id: f.properties.id, x: fit.offsetX + x * fit.scale, y: fit.offsetY + y * fit.scale },
    ];
  });
}

/** Centres of the mask's blobs (4-connected) of at least `min` pixels. */
function blobs(m: ReturnType<typeof mask>, min: number): [number, number][] {
  const seen = new Uint8Array(m.on.length);
  const found: [number, number][] = [];
  for (let start = 0; start < m.on.length; start++) {
    if (!m.on[start] || seen[start]) continue;
    const stack = [start];
    seen[start] = 1;
    let [sx, sy, n] = [0, 0, 0];
    while (stack.length) {
      const i = stack.pop() ?? 0;
      const [x, y] = [i % m.width, Math.floor(i / m.width)];
      [sx, sy, n] = [sx + x, sy + y, n + 1];
      for (const j of [i - 1, i + 1, i - m.width, i + m.width]) {
        if (j < 0 || j >= m.on.length || seen[j] || !m.on[j]) continue;
        if (Math.abs((j % m.width) - x) > 1) continue;
        seen[j] = 1;
        stack.push(j);
      }
    }
    if (n >= min) found.push([sx / n, sy / n]);
  }
  return found;
}

/** Hides what lies over the map (notices, buttons, credits), so a screenshot shows it alone. */
const mapAlone = (page: Page) =>
  page.evaluate(() => {
    for (const id of ['notices', 'map-controls', 'map-credits', 'map-legend']) {
      const node = document.getElementById(id);
      if (node) node.style.visibility = 'hidden';
    }
  });

/** The picture alone: a browser without WebGL keeps it as the map. */
async function pictureShot(viewport: { width: number; height: number }): Promise<Buffer> {
  const record = await openRecordedPage(noGl, baseUrl, viewport);
  await record.page.goto(baseUrl);
  expect(await waitForMap(record.page)).toBe('error');
  await mapAlone(record.page);
  const shot = await record.page.locator('#static-map').screenshot();
  await record.context.close();
  return shot;
}

/** MapLibre's canvas alone, once idle. */
async function canvasShot(viewport: { width: number; height: number }): Promise<Buffer> {
  const record = await openRecordedPage(browser(), baseUrl, viewport);
  await record.page.goto(baseUrl);
  expect(await waitForMap(record.page)).toBe('idle');
  expect(await record.page.locator('#static-map').isVisible()).toBe(false);
  await mapAlone(record.page);
  await record.page.waitForTimeout(100);
  const shot = await record.page.locator('#map canvas').screenshot();
  await record.context.close();
  return shot;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;

describe('the static first view lands where MapLibre draws it', () => {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 375, height: 667 }],
  ] as const) {
    it(`on a ${name} (${viewport.width}×${viewport.height}): contact line and posts within 3 px`, async () => {
      const [picture, canvas] = [await pictureShot(viewport), await canvasShot(viewport)];
      const line = [picture, canvas].map((png) => rowCentres(mask(png, PALETTE.contactLine, 40)));
      const [a, b] = line as [Map<number, number>, Map<number, number>];
      const offsets = [...a].flatMap(([y, x]) => (b.has(y) ? [Math.abs(x - (b.get(y) ?? 0))] : []));
      const rows = [a.size, b.size];
      const [pm, cm] = [picture, canvas].map((png) => mask(png, PALETTE.post, 30)) as [
        ReturnType<typeof mask>,
        ReturnType<typeof mask>,
      ];
      const context = await browser().newContext();
      const expected = await postPositions(await context.newPage(), pm.width, pm.height);
      await context.close();
      const postOffsets = expected.flatMap(({ x, y }) => {
        const [p, c] = [centreNear(pm, x, y, 11), centreNear(cm, x, y, 11)];
        return p.n >= 10 && c.n >= 10 ? [Math.hypot(p.x - c.x, p.y - c.y)] : [];
      });
      console.log(
        `static map, ${name}: contact line rows ${rows.join('/')}, shared ${offsets.length}, median offset ${median(offsets).toFixed(2)} px; posts found ${postOffsets.length}/${expected.length}, offsets ${postOffsets.map((d) => d.toFixed(1)).join(' ')} px`,
      );
      expect(offsets.length).toBeGreaterThan(Math.min(...rows) * 0.8);
      expect(median(offsets)).toBeLessThanOrEqual(3);
      expect(postOffsets.length).toBeGreaterThanOrEqual(10);
      expect(Math.max(...postOffsets)).toBeLessThanOrEqual(3);
    });
  }
});

async function expectPictureNamed(page: Page): Promise<void> {
  const svg = page.locator('#static-map svg');
  expect(await svg.isVisible()).toBe(true);
  expect(await svg.getAttribute('role')).toBe('img');
  expect(await svg.getAttribute('aria-label')).toMatch(/contact line.*zone/);
  const names = await page.locator('#static-map [data-feature-id] > title').allTextContents();
  expect(names).toEqual(expect.arrayContaining(['Idlib', 'Aleppo']));
  expect(names.some((n) => /observation post/.test(n))).toBe(true);
  expect(names.some((n) => /Contact line/.test(n))).toBe(true);
}

describe('the map without WebGL and without JavaScript', () => {
  it('without JavaScript: the page shows the picture with the zone, its features named', async () => {
    const context = await browser().newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await expectPictureNamed(page);
    const shot = await page.locator('#static-map').screenshot();
    expect(blobs(mask(shot, PALETTE.zoneCore, 6), 200).length).toBeGreaterThan(0);
    await context.close();
  });

  it('without WebGL: the picture stays as the map, says so, and a click opens the card', async () => {
    const record = await openRecordedPage(noGl, baseUrl);
    const { page } = record;
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('error');
    expect(await page.getByRole('alert').innerText()).toMatch(/static picture/);
    await expectPictureNamed(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#static-map [data-feature-id="city-aleppo"] use').click({ force: true });
    await page.waitForFunction(() => location.hash.includes('f=city-aleppo'));
    expect(await page.locator('#popup').isVisible()).toBe(true);
    expect(record.cspViolations).toEqual([]);
    await record.context.close();
  });
});

describe('the print handout', () => {
  it('prints the first view as vector, with the layers shown on screen', async () => {
    const record = await openRecordedPage(browser(), baseUrl);
    const { page } = record;
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('idle');
    const printed = () =>
      page.evaluate(() => {
        window.dispatchEvent(new Event('beforeprint'));
        const svg = document.querySelector('#handout .handout-static svg');
        return (
          svg && [...svg.querySelectorAll('[data-layer]')].map((g) => g.getAttribute('data-layer'))
        );
      });
    expect(await printed()).toEqual(expect.arrayContaining(['zone', 'contact-line', 'posts']));
    await page.uncheck('#layer-zone');
    expect(await printed()).not.toContain('zone');
    expect(record.consoleErrors).toEqual([]);
    await record.context.close();
  });
});
