/**
 * One highlight step (a hover or keyboard step marking one feature), timed two ways in one run:
 * before — changing the filter of highlight layers on the features source, which makes MapLibre
 * re-tile that whole source (zone and province polygons included); after — replacing the data
 * of the small markers source the app now uses. Median and p95 of 40 steps each, alternating.
 */
import { join } from 'node:path';
import { launchChromium } from '../e2e/browser.js';
import { buildAndServe, root } from './load-time.js';

const IDS = ['city-idlib', 'op-morek', 'm5', 'contact-line', 'dmz-20km', 'city-saraqib'];

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { median: Math.round(at(0.5) * 10) / 10, p95: Math.round(at(0.95) * 10) / 10 };
};

export async function benchHighlight(steps = 40): Promise<void> {
  const server = await buildAndServe('highlight', join(root, 'tests/bench/highlight'));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.resolvedUrls?.local[0] ?? '');
    await page.waitForFunction(() => document.body.dataset['mapState'] === 'idle', undefined, {
      timeout: 60_000,
    });
    const times = { filter: [] as number[], data: [] as number[] };
    for (let i = 0; i < steps; i++) {
      const id = IDS[i % IDS.length] ?? 'm4';
      for (const method of i % 2 ? (['filter', 'data'] as const) : (['data', 'filter'] as const)) {
        const ms = await page.evaluate(
          ([m, f]) =>
            (window as unknown as { __step(m: string, f: string): Promise<number> }).__step(m, f),
          [method, id] as const,
        );
        times[method].push(ms);
      }
    }
    const before = stats(times.filter);
    const after = stats(times.data);
    console.log(
      `highlight step to idle, ${steps} steps each: before (setFilter on the features source) median ${before.median} ms, p95 ${before.p95} ms; after (setData on the markers source) median ${after.median} ms, p95 ${after.p95} ms; ratio after/before ${(after.median / before.median).toFixed(2)}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
