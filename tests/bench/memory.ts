/**
 * Benchmark (issue 15.3): memory over a lesson. JS heap (after a forced collection) and DOM nodes
 * after load, and again after 300 popup opens, 300 presenter steps and 200 width-slider moves;
 * growth target ≤ 10 %. Prints; asserts nothing (timing- and GC-dependent figures stay here).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser.js';
import { buildAndServe, root } from './load-time.js';

/** Heap and DOM nodes at one moment, after a forced garbage collection. */
interface Memory {
  heapMB: number;
  nodes: number;
}

async function measure(cdp: CDPSession): Promise<Memory> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = (await cdp.send('Memory.getDOMCounters')) as { nodes: number };
  return { heapMB: heap.usedSize / 1024 / 1024, nodes: dom.nodes };
}

/** Opens `count` popups, cycling through the list of places. */
async function openPopups(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const entries = [...document.querySelectorAll<HTMLElement>('.feature-entry[data-feature-id]')];
    for (let i = 0; i < n; i++) {
      entries[i % entries.length]?.click();
      await new Promise(requestAnimationFrame);
    }
  }, count);
}

/** Steps the presenter `count` times, forward to the last chapter and back, then leaves it. */
async function stepPresenter(page: Page, count: number): Promise<void> {
  await page.evaluate(() => (location.hash = 'present'));
  await page.waitForTimeout(500);
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(Math.floor(i / 9) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
  }
  await page.keyboard.press('Escape');
}

/** Moves the zone-width slider `count` times across its range. */
async function moveSlider(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const slider = document.getElementById('zone-width') as HTMLInputElement | null;
    const details = slider?.closest('details');
    if (!slider || !details) throw new Error('bench: no zone-width slider');
    details.open = true;
    for (let i = 0; i < n; i++) {
      slider.value = String((i % 51) / 2);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise(requestAnimationFrame);
    }
  }, count);
}

const pct = (after: number, before: number) => (((after - before) / before) * 100).toFixed(1);

/** Runs the lesson and prints heap and DOM nodes before and after. */
export async function runMemoryBench(): Promise<void> {
  const app = await buildAndServe('memory', root);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(app.resolvedUrls?.local[0] ?? '');
    await page.waitForFunction(() => document.body.dataset['mapState'] === 'idle', undefined, {
      timeout: 60_000,
    });
    // What a lesson loads once (the quotes and the ground after the first view, the dated series
    // with the first chapter past 2018, Turf with the explorer) is loaded before the baseline:
    // the growth then counts what the lesson keeps, not what it loads.
    await page.waitForFunction(
      () =>
        document.body.dataset['quotes'] === 'ready' && document.body.dataset['ground'] === 'ready',
      undefined,
      { timeout: 60_000 },
    );
    await openPopups(page, 10);
    await stepPresenter(page, 20);
    await moveSlider(page, 10);
    await page.waitForTimeout(1000);
    const cdp = await context.newCDPSession(page);
    const before = await measure(cdp);
    const steps: [string, () => Promise<void>][] = [
      ['300 popup opens', () => openPopups(page, 300)],
      ['300 presenter steps', () => stepPresenter(page, 300)],
      ['200 width-slider moves', () => moveSlider(page, 200)],
    ];
    for (const [name, step] of steps) {
      await step();
      await page.waitForTimeout(1000);
      const now = await measure(cdp);
      console.log(`memory: after ${name}: heap ${now.heapMB.toFixed(1)} MB, ${now.nodes} nodes`);
    }
    const after = await measure(cdp);
    console.log('| memory | after load | after the lesson | growth | target |');
    console.log('| --- | --- | --- | --- | --- |');
    console.log(
      `| JS heap | ${before.heapMB.toFixed(1)} MB | ${after.heapMB.toFixed(1)} MB | ${pct(after.heapMB, before.heapMB)} % | ≤ 10 % |`,
    );
    console.log(
      `| DOM nodes | ${before.nodes} | ${after.nodes} | ${pct(after.nodes, before.nodes)} % | ≤ 10 % |`,
    );
    console.log('(lesson: 300 popup opens, 300 presenter steps, 200 width-slider moves)');
  } finally {
    await browser.close();
    await app.close();
    rmSync(join(root, 'tests/bench/.artifacts/memory'), { recursive: true, force: true });
  }
}
