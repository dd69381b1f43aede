import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORY } from '../../src/content/story.js';
import type { QuoteIndex } from '../../src/types.js';
import { PALETTE } from '../../src/domain/palette.js';
import { colourShare } from './pixels.js';
import { launchChromium, openRecordedPage, waitForMap, type PageRecord } from './browser.js';
import { expectCleanPage, hashOf, layerShown, openTeacherApp } from './teacher-page.js';

const baseUrl = inject('baseUrl');
const printShot = fileURLToPath(new URL('screenshots/teacher-print.png', import.meta.url));
let browser: Browser;
let record: PageRecord;

beforeAll(async () => {
  browser = await launchChromium();
  record = await openTeacherApp(browser, baseUrl, '#date=2018-09-07');
});
afterAll(async () => {
  await browser?.close();
});

describe('teacher tools', () => {
  it('timeline: the slider and the URL date change what is shown', async () => {
    const { page } = record;
    expect(await page.isVisible('#timeline-date')).toBe(true);
    expect(await page.textContent('.timeline-value')).toBe('7 Sep 2018');
    expect(await layerShown(page, 'zone')).toBe(false);
    expect(await page.textContent('.timeline-lists')).not.toContain('Agreed by then');
    await page.focus('#timeline-date');
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('.timeline-value')).toBe('17 Sep 2018');
    expect((await hashOf(page))['date']).toBe('2018-09-17');
    expect(await layerShown(page, 'zone')).toBe(true);
    const lists = await page.textContent('.timeline-lists');
    expect(lists).toContain('Agreed by then');
    expect(lists).toMatch(/radical groups out of the zone \(item 5\)\. \(still ahead\)/);
    await page.keyboard.press('End');
    expect(await page.textContent('.timeline-value')).toBe('6 Mar 2020');
    const end = await page.textContent('.timeline-lists');
    expect(end).toContain('6 km');
    expect(end).not.toContain('still ahead');
    expect(await page.getAttribute('#timeline-date', 'aria-valuetext')).toBe('6 Mar 2020');
    // Every article dated by then is listed (those of Apr 2020 – Jan 2021 are not).
    const quotes = (await (
      await page.request.get(new URL('data/quotes.json', baseUrl).href)
    ).json()) as QuoteIndex;
    const byThen = Object.values(quotes.articles).filter((a) => a.meta.date <= '2020-03-06');
    expect(await page.locator('.timeline-lists li', { hasText: 'quotes)' }).count()).toBe(
      byThen.length,
    );
    // The map shows that day's territory, and the figure says how much of the zone was lost.
    expect(await page.getAttribute('body', 'data-map-date')).toBe('2020-03-06');
    await expect
      .poll(() => page.textContent('#timeline-share'))
      .toMatch(/^6 Mar 2020: \d+% of the 20 km zone held by the government/);
    expect(await page.textContent('.timeline-method')).toMatch(/\d+ changes of hands/);
    await page.click('#teacher-timeline summary');
    // Closing the timeline (the toggle event comes a task later) takes the date off the URL.
    await page.waitForFunction(() => !/(^#|&)date=/.test(location.hash));
    expect(await layerShown(page, 'zone')).toBe(true);
    expect(await page.getAttribute('body', 'data-map-date')).toBe('2018-09-17');
  });

  it('a #date= link opens the timeline on that day with its figure', async () => {
    const fresh = await openRecordedPage(browser, baseUrl);
    const { page } = fresh;
    await page.goto(`${baseUrl}#date=2019-09-01`);
    expect(await waitForMap(page)).toBe('idle');
    await expect.poll(() => page.textContent('#timeline-share')).toMatch(/^1 Sep 2019: \d+%/);
    expect(await page.getAttribute('body', 'data-map-date')).toBe('2019-09-01');
    expect(await page.isVisible('#timeline-share')).toBe(true);
    expectCleanPage(fresh);
    await fresh.context.close();
  });

  it('zone-width explorer: the slider redraws the band and changes the settlements inside', async () => {
    const { page } = record;
    await page.click('#teacher-explorer summary');
    const inside = async () => {
      await page.waitForFunction(
        (km) =>
          document.querySelector('.explorer-value')?.textContent === `${km} km` &&
          document.querySelector('#teacher-explorer')?.getAttribute('data-inside') !== null,
        await page.inputValue('#zone-width'),
      );
      await page.waitForTimeout(150);
      return Number(await page.getAttribute('#teacher-explorer', 'data-inside'));
    };
    const at15 = await inside();
    const area15 = Number(await page.getAttribute('#teacher-explorer', 'data-area-km2'));
    await page.focus('#zone-width');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    expect(await page.inputValue('#zone-width')).toBe('20');
    const at20 = await inside();
    const area20 = Number(await page.getAttribute('#teacher-explorer', 'data-area-km2'));
    expect((await hashOf(page))['width']).toBe('20');
    await page.keyboard.press('Home');
    const at0 = await inside();
    expect(at0).toBe(0);
    expect(at15).toBeGreaterThan(0);
    expect(at20).toBeGreaterThan(at15);
    expect(area20).toBeGreaterThan(area15);
    expect(await page.textContent('#zone-width-stats')).toMatch(
      /^0 km² · 0 of \d+ settlements inside$/,
    );
    expect(await page.textContent('.explorer-published')).toMatch(
      /15 km: [\d,]+ km²; 20 km: [\d,]+ km²/,
    );
    console.log(
      `explorer: ${at15} settlements inside at 15 km (${area15} km²), ${at20} at 20 km (${area20} km²)`,
    );
    const box = await page.locator('#map').boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() =>
      /km from the contact line/.test(document.querySelector('.explorer-point')?.textContent ?? ''),
    );
    expect(await page.textContent('.explorer-point')).toMatch(
      /^\d+\.\d km from the contact line, .*: (inside|outside) the 15 km zone, (inside|outside) the 20 km zone/,
    );
  });

  it('rival reading: a keyboard-operable toggle swaps the agreed zone for the split one', async () => {
    const { page } = record;
    await page.keyboard.press('Escape');
    await page.click('#teacher-compare summary');
    await page.check('#reading-split');
    expect(await page.getAttribute('body', 'data-reading')).toBe('split');
    expect((await hashOf(page))['compare']).toBe('split');
    expect(await layerShown(page, 'zone')).toBe(false);
    expect(await layerShown(page, 'zone-split')).toBe(true);
    await page.focus('#reading-split');
    await page.keyboard.press('ArrowUp');
    expect(await page.isChecked('#reading-agreed')).toBe(true);
    expect(await page.getAttribute('body', 'data-reading')).toBe('agreed');
    expect(await layerShown(page, 'zone')).toBe(true);
    expect(await layerShown(page, 'zone-split')).toBe(false);
    expect(await page.textContent('#teacher-compare')).toContain('carved out equally');
  });

  it('export: a PNG of the view with title, legend, attribution and date; data; embed snippet', async () => {
    const { page } = record;
    await page.click('#teacher-export summary');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#download-image'),
    ]);
    expect(download.suggestedFilename()).toBe('idlib-zone-map.png');
    const path = await download.path();
    const png = PNG.sync.read(readFileSync(path));
    mkdirSync(fileURLToPath(new URL('.artifacts/', import.meta.url)), { recursive: true });
    copyFileSync(path, fileURLToPath(new URL('.artifacts/teacher-export.png', import.meta.url)));
    expect([png.width, png.height]).toEqual([1600, 1200]);
    // Non-empty: many colours, and the map itself is in it (the canvas keeps no frame once
    // shown, so the export must redraw and read it in one go).
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(50);
    expect(colourShare(readFileSync(path), PALETTE.sea)).toBeGreaterThan(0.02);
    console.log(`export: PNG ${png.width}×${png.height}, ${readFileSync(path).length} bytes`);
    const href = await page.getAttribute('#download-data', 'href');
    expect(await page.getAttribute('#download-data', 'download')).toBe('idlib-buffer-zone.geojson');
    const data = (await (await page.request.get(href ?? '')).json()) as {
      type: string;
      features: unknown[];
    };
    expect(data.type).toBe('FeatureCollection');
    expect(data.features.length).toBeGreaterThan(10);
    const snippet = await page.inputValue('#embed-snippet');
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/[^"]*" width="800" height="600" title="[^"]+" loading="lazy"><\/iframe>$/,
    );
  });

  it('print: an A4 handout with the map, the chapter quotes and sources', async () => {
    const { page } = record;
    const chapter = STORY.chapters[1];
    if (!chapter) throw new Error('no chapter 2');
    await page.evaluate(() => (location.hash = '#present&chapter=2'));
    await page.waitForFunction(() => document.body.dataset['chapter'] === '2');
    await page.waitForTimeout(500);
    // As the browser does when printing starts.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.waitForTimeout(500);
    expect(await page.isVisible('#handout')).toBe(true);
    expect(await page.isVisible('#presenter')).toBe(false);
    expect(await page.isVisible('.side')).toBe(false);
    expect(await page.isVisible('#map')).toBe(false);
    const image = await page.evaluate(() => {
      const img = document.querySelector<HTMLImageElement>('#handout .handout-map');
      return img ? { w: img.naturalWidth, shown: img.getBoundingClientRect().width } : null;
    });
    expect(image?.w).toBeGreaterThan(400);
    expect(image?.shown).toBeGreaterThan(600);
    expect(await page.textContent('#handout .handout-legend')).toContain('Contact line');
    const handout = await page.textContent('#handout');
    expect(handout).toContain(chapter.title);
    expect(handout).toContain('Sources');
    expect(handout).toContain('Natural Earth');
    expect(await page.locator('#handout blockquote').count()).toBe(chapter.quotes.length);
    await page.screenshot({ path: printShot, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`print: PDF ${pdf.length} bytes, ${pages} A4 page(s)`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen', reducedMotion: 'reduce' });
    expectCleanPage(record);
  });

  it('without WebGL: the explorer still measures and the presenter still shows chapters', async () => {
    const plain = await openRecordedPage(browser, baseUrl, { width: 1280, height: 800 });
    const { page } = plain;
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (/webgl/.test(type)) return null;
        return (original as (...args: unknown[]) => RenderingContext | null).call(
          this,
          type,
          ...rest,
        );
      } as typeof original;
    });
    await page.goto(`${baseUrl}#width=20`);
    expect(await waitForMap(page)).toBe('error');
    await page.waitForFunction(
      () => document.querySelector('#teacher-explorer')?.getAttribute('data-inside') !== null,
    );
    expect(Number(await page.getAttribute('#teacher-explorer', 'data-inside'))).toBeGreaterThan(0);
    await page.click('#present-button');
    await page.keyboard.press('End');
    expect(await page.textContent('#presenter-title')).toBe(
      STORY.chapters[STORY.chapters.length - 1]?.title,
    );
    expect(plain.cspViolations).toEqual([]);
    await plain.context.close();
  });
});
