import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  firstViewScripts,
  gzipBytes,
  gzipTextBytes,
  isMapLibre,
  ownFirstViewJs,
  readManifest,
  staticMapMarkup,
} from './build-sizes.js';
import {
  FIRST_VIEW_DATA,
  GROUND_DATA,
  QUOTES_DATA,
  SERIES_DATA,
  SETTLEMENTS_DATA,
} from '../../src/data-files.js';
import { PALETTE } from '../../src/domain/palette.js';
import { canvasShare } from './app-page.js';
import { openRecordedPage, useChromium, waitForMap } from './browser.js';

const distDir = inject('distDir');
const baseUrl = inject('baseUrl');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

describe('size budgets of the build', () => {
  it("keeps the app's own first-view JavaScript, MapLibre excluded, within 35 KB gzipped", () => {
    expect([...firstViewScripts(readManifest(distDir))].some(isMapLibre)).toBe(true);
    const sizes = ownFirstViewJs(distDir);
    const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
    const list = sizes.map(({ file, bytes }) => `${file} ${kb(bytes)}`).join('; ');
    console.log(`budget: own first-view JS ${kb(total)} KB gzipped (${list})`);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(35 * 1024);
  });

  it('keeps the first-view data, with the static map written into the page, within 60 KB gzipped', () => {
    const svg = staticMapMarkup(distDir);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    const files = Object.values(FIRST_VIEW_DATA).map((file) => ({
      file,
      bytes: gzipBytes(join(distDir, 'data', file)),
    }));
    const svgBytes = gzipTextBytes(svg);
    const total = files.reduce((sum, { bytes }) => sum + bytes, svgBytes);
    const list = files.map(({ file, bytes }) => `${file} ${kb(bytes)}`).join('; ');
    console.log(
      `budget: first-view data ${kb(total)} KB gzipped (static map SVG ${kb(svg.length)} KB raw, ${kb(svgBytes)} KB gzipped; ${list})`,
    );
    expect(total).toBeLessThanOrEqual(60 * 1024);
  });

  it('prints the lazily loaded and service-worker scripts, and every data file, gzipped', () => {
    const firstView = firstViewScripts(readManifest(distDir));
    const later = (readdirSync(distDir, { recursive: true }) as string[])
      .filter((file) => /\.m?js$/.test(file) && !firstView.has(file) && !isMapLibre(file))
      .map((file) => `${file} ${kb(gzipBytes(join(distDir, file)))}`);
    console.log(`budget: scripts loaded later (KB gzipped): ${later.join('; ')}`);
    const data = join(distDir, 'data');
    const sizes = readdirSync(data).map((file) => `${file} ${kb(gzipBytes(join(data, file)))}`);
    console.log(`budget: data gzipped (KB): ${sizes.join('; ')}`);
    expect(sizes.length).toBeGreaterThan(0);
  });
});

describe('work budgets of the first view', () => {
  const browser = useChromium();

  it('compiles at most 10 shader programs before the map is first idle (bare basemap: 8)', async () => {
    const record = await openRecordedPage(browser(), baseUrl);
    const { page } = record;
    // Each program is compiled in software here (25–45 ms each): data-driven paint or an
    // antialiased pattern would each add one.
    await page.addInitScript(() => {
      const counts = { programs: 0 };
      Object.assign(window, { __glCounts: counts });
      const link = WebGL2RenderingContext.prototype.linkProgram;
      WebGL2RenderingContext.prototype.linkProgram = function (program) {
        counts.programs++;
        link.call(this, program);
      };
    });
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('idle');
    const programs = await page.evaluate(
      () => (window as unknown as { __glCounts: { programs: number } }).__glCounts.programs,
    );
    console.log(`budget: ${programs} shader programs compiled before the first idle`);
    expect(programs).toBeGreaterThan(0);
    expect(programs).toBeLessThanOrEqual(10);
    await record.context.close();
  });
});

describe('data the first view loads', () => {
  const browser = useChromium();

  it('fetches only the first-view files before the map is idle, the ground after, the villages once shown', async () => {
    const record = await openRecordedPage(browser(), baseUrl);
    const { page } = record;
    const dataRequests: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/data/')) dataRequests.push(path.slice(path.lastIndexOf('/') + 1));
    });
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('idle');
    await page.waitForFunction(() => document.body.dataset['ground'] === 'ready');
    // Which data files started before the map's first idle frame, and which after.
    const fetched = await page.evaluate(() => {
      const idle = performance.getEntriesByName('app:map-idle')[0]?.startTime ?? Infinity;
      return performance
        .getEntriesByType('resource')
        .filter((r) => new URL(r.name).pathname.includes('/data/'))
        .map((r) => ({
          file: r.name.slice(r.name.lastIndexOf('/') + 1),
          early: r.startTime < idle,
        }));
    });
    const early = [...new Set(fetched.filter((r) => r.early).map((r) => r.file))].sort();
    const late = [...new Set(fetched.filter((r) => !r.early).map((r) => r.file))].sort();
    expect(early).toEqual(Object.values(FIRST_VIEW_DATA).sort());
    expect(late).toEqual(
      [...Object.values(GROUND_DATA), SERIES_DATA.certainty, QUOTES_DATA].sort(),
    );
    const villages = () => canvasShare(page, PALETTE.villageRing, 8);
    expect(await villages()).toBe(0);
    await page.check('#layer-settlements');
    await expect.poll(villages, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(dataRequests.filter((file) => file === SETTLEMENTS_DATA)).toHaveLength(1);
    expect(record.consoleErrors).toEqual([]);
    await record.context.close();
  });
});
