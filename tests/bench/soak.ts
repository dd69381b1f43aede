/**
 * Benchmark (soak, issue 16): JS heap and DOM nodes after load, then after 300 popups, 300
 * presenter steps and 200 width-slider moves, each after a forced garbage collection, so a leak
 * (listeners, nodes or overlays kept per step) shows as growth. Measures; asserts nothing.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import { launchChromium } from '../e2e/browser.js';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'tests/bench/.artifacts/soak');
/** Where the latest soak figures are written. */
export const SOAK_RESULTS = join(root, 'tests/bench/results/soak.json');

/** Heap and DOM after one phase. */
export interface SoakFigure {
  phase: string;
  heapMB: number;
  domNodes: number;
  listeners: number;
}

async function measure(page: Page, phase: string): Promise<SoakFigure> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  return {
    phase,
    heapMB: Math.round((usedSize / 2 ** 20) * 10) / 10,
    domNodes: counters.nodes,
    listeners: counters.jsEventListeners,
  };
}

const frame = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));

/** Runs the soak in one page and returns the figures by phase. */
export async function benchSoak(): Promise<SoakFigure[]> {
  await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1' },
    build: { outDir },
    logLevel: 'warn',
  });
  const browser = await launchChromium();
  try {
    const url = server.resolvedUrls?.local[0] ?? '';
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset['mapState'] === 'idle', undefined, {
      timeout: 60_000,
    });
    const figures = [await measure(page, 'after load')];

    const entries = await page.locator('.feature-entry').count();
    for (let i = 0; i < 300; i++) {
      await page
        .locator('.feature-entry')
        .nth(i % entries)
        .click();
      await page.waitForSelector('#popup:not([hidden])');
    }
    figures.push(await measure(page, 'after 300 popups'));

    await page.evaluate(() => (location.hash = 'present'));
    await page.waitForFunction(() => document.body.classList.contains('projector'));
    for (let i = 0; i < 300; i++) {
      // Forward through the chapters and back again.
      await page.keyboard.press(Math.floor(i / 12) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await frame(page);
    }
    await page.keyboard.press('Escape');
    figures.push(await measure(page, 'after 300 presenter steps'));

    await page.click('#teacher-explorer summary');
    for (let i = 0; i < 200; i++) {
      await page.evaluate(
        (km) => {
          const slider = document.querySelector<HTMLInputElement>('#zone-width');
          if (!slider) throw new Error('no #zone-width');
          slider.value = String(km);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        },
        5 + (i % 30),
      );
      await frame(page);
    }
    await page.waitForTimeout(500);
    figures.push(await measure(page, 'after 200 width-slider moves'));
    await context.close();
    return figures;
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Runs {@link benchSoak}, prints a table and writes {@link SOAK_RESULTS}. */
export async function runSoakBench(): Promise<void> {
  const figures = await benchSoak();
  console.log('| phase | JS heap | DOM nodes | listeners |\n| --- | --- | --- | --- |');
  for (const f of figures)
    console.log(`| ${f.phase} | ${f.heapMB} MB | ${f.domNodes} | ${f.listeners} |`);
  mkdirSync(join(root, 'tests/bench/results'), { recursive: true });
  writeFileSync(
    SOAK_RESULTS,
    `${JSON.stringify({ date: new Date().toISOString(), figures }, null, 2)}\n`,
  );
}
