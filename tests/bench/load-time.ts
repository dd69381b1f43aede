/**
 * Benchmark: time from navigation to map idle (every layer drawn) for the app and for the bare
 * MapLibre baseline (tests/bench/baseline/), alternating in one Chromium, 7 runs each after one
 * untimed warm-up load of each; plus the app's own JavaScript and first-view data gzipped,
 * popup-open latency p95, JS heap after load, and Lighthouse performance of both pages.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser.js';
import { FIRST_VIEW_DATA } from '../../src/data-files.js';
import { gzipTextBytes, ownFirstViewJs, staticMapMarkup } from '../e2e/build-sizes.js';
import { runLighthouse, type Preset } from '../e2e/lighthouse-audit.js';

/** The project's root folder. */
export const root = resolve(import.meta.dirname, '../..');
const artifacts = join(root, 'tests/bench/.artifacts');

/** Figures this benchmark reports. */
export interface LoadFigures {
  appIdleMedianMs: number;
  bareIdleMedianMs: number;
  ratio: number;
  ownJsGzipKB: number;
  firstViewDataGzipKB: number;
  popupP95Ms: number | null;
  heapAfterLoadMB: number;
  runs: number;
  /**
   * Median ms from navigation to the first frame showing a map: the app's static picture (or its
   * canvas, whichever paints first), the bare page's canvas with its data drawn.
   */
  firstMapMs: Record<'app' | 'bare', number>;
  /** firstMapMs app / bare (target ≤ 0.5). */
  firstMapRatio: number;
  /** Median time of each phase (`app:` performance marks), ms from navigation. */
  phases: Record<'app' | 'bare', Record<string, number>>;
  /** Lighthouse performance of both pages, one run per preset, with the metrics behind it. */
  lighthouse: Record<'app' | 'bare', Record<Preset, LighthousePerformance>>;
}

/** One Lighthouse run's performance score and metrics. */
export interface LighthousePerformance {
  performance: number;
  metrics: string;
  lcpElement: string;
}

async function lighthousePerformance(url: string): Promise<Record<Preset, LighthousePerformance>> {
  const result: Partial<Record<Preset, LighthousePerformance>> = {};
  for (const preset of ['mobile', 'desktop'] as const) {
    const { scores, metrics, lcpElement } = await runLighthouse(url, preset);
    result[preset] = { performance: scores.performance, metrics, lcpElement };
  }
  return result as Record<Preset, LighthousePerformance>;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)
  ] ?? 0;
const gzipKB = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

/** Builds the page at `rootDir` into the bench's artifacts folder and serves it. */
export async function buildAndServe(name: string, rootDir: string): Promise<PreviewServer> {
  const outDir = join(artifacts, name);
  await build({
    root: rootDir,
    configFile: join(root, 'vite.config.ts'),
    publicDir: join(root, 'public'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return preview({
    root: rootDir,
    configFile: join(root, 'vite.config.ts'),
    preview: { port: 0, host: '127.0.0.1' },
    build: { outDir },
    logLevel: 'warn',
  });
}

/** One load: when the body first said data-map-state="idle", and the page's `app:` marks. */
interface LoadTiming {
  idle: number;
  /** First frame with a map on screen (see {@link recordIdle}). */
  firstMap: number;
  /** `performance.mark` times by name without the `app:` prefix, in ms since navigation. */
  marks: Record<string, number>;
}

/** Loads `url` and records when its map was first idle, and its phases. */
async function timeToIdle(page: Page, url: string): Promise<LoadTiming> {
  await page.goto(url);
  await page.waitForFunction(() => document.body?.dataset['mapState'] === 'idle', undefined, {
    timeout: 60_000,
  });
  return page.evaluate(() => ({
    idle: (window as unknown as { __idleAt: number }).__idleAt,
    firstMap: (window as unknown as { __firstMapAt: number }).__firstMapAt,
    marks: Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('app:'))
        .map((m) => [m.name.slice(4), Math.round(m.startTime)]),
    ),
  }));
}

/** Median time of each mark over the runs, in the order the marks came. */
function medianPhases(runs: LoadTiming[]): Record<string, number> {
  const names = [...new Set(runs.flatMap((run) => Object.keys(run.marks)))];
  return Object.fromEntries(
    names.map((name) => [name, Math.round(median(runs.flatMap((run) => run.marks[name] ?? [])))]),
  );
}

/**
 * The first frame with a map: a frame in which the
 * page's static picture is laid out and shown (checked in each animation frame, just before it
 * paints), or the canvas's first frame with its data drawn (`app:first-frame`, the bare page's
 * mark), whichever comes first. A string: tsx would wrap a named helper in __name(), which
 * the page does not have.
 */
const FIRST_MAP_SCRIPT = `(() => {
  const poll = () => {
    const svg = document.querySelector('#static-map svg');
    const box = svg && svg.getBoundingClientRect();
    const frame = performance.getEntriesByName('app:first-frame')[0];
    if (box && box.width > 0 && box.height > 0) window.__firstMapAt = performance.now();
    else if (frame) window.__firstMapAt = frame.startTime;
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

/** Records when the map was first idle. */
const recordIdle = () => {
  const w = window as unknown as { __idleAt?: number };
  new MutationObserver(() => {
    if (w.__idleAt === undefined && document.body?.dataset['mapState'] === 'idle') {
      w.__idleAt = performance.now();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-map-state'] });
};

/**
 * Opens the popup of each quoted feature from the feature list; returns the milliseconds from the
 * click until that feature's popup shows a quote.
 */
async function popupLatencies(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const entries = [...document.querySelectorAll<HTMLElement>('.feature-entry[data-feature-id]')]
      .filter((entry) => /\b[1-9]\d* quotes?\b/.test(entry.innerText))
      .slice(0, 30);
    const times: number[] = [];
    for (const entry of entries) {
      const before = document.getElementById('popup-title')?.textContent ?? '';
      const start = performance.now();
      entry.click();
      // No named helper: tsx would wrap it in __name(), which the page does not have.
      let shown = false;
      while (performance.now() - start < 2000) {
        shown =
          (document.getElementById('popup-title')?.textContent ?? '') !== before &&
          document.querySelector('#popup .quote') !== null;
        if (shown) break;
        await new Promise(requestAnimationFrame);
      }
      if (shown) times.push(performance.now() - start);
    }
    return times;
  });
}

export async function benchLoadTime(runs = 7): Promise<LoadFigures> {
  const app = await buildAndServe('app', root);
  const bare = await buildAndServe('baseline', join(root, 'tests/bench/baseline'));
  const appUrl = app.resolvedUrls?.local[0] ?? '';
  const bareUrl = bare.resolvedUrls?.local[0] ?? '';
  const browser = await launchChromium();
  const appTimes: LoadTiming[] = [];
  const bareTimes: LoadTiming[] = [];
  let popups: number[] = [];
  let heapMB = 0;
  let lighthouse: LoadFigures['lighthouse'] | undefined;
  try {
    // One untimed load of each first (the browser's GPU process and caches start cold), then
    // the timed runs, alternating which page goes first so neither always follows the other.
    for (let run = -1; run < runs; run++) {
      const pages = [
        [appUrl, appTimes],
        [bareUrl, bareTimes],
      ] as const;
      for (const [url, times] of run % 2 === 0 ? pages : [...pages].reverse()) {
        const context = await browser.newContext({
          viewport: { width: 1280, height: 800 },
          serviceWorkers: 'block',
        });
        const page = await context.newPage();
        await page.addInitScript(recordIdle);
        await page.addInitScript({ content: FIRST_MAP_SCRIPT });
        page.on('pageerror', (error) => console.error(`bench: ${url}: ${String(error)}`));
        page.on(
          'console',
          (m) => m.type() === 'error' && console.error(`bench: ${url}: ${m.text()}`),
        );
        const timing = await timeToIdle(page, url);
        if (run >= 0) times.push(timing);
        if (url === appUrl && run === runs - 1) {
          const cdp = await context.newCDPSession(page);
          await cdp.send('HeapProfiler.collectGarbage');
          const heap = await cdp.send('Runtime.getHeapUsage');
          heapMB = heap.usedSize / 1024 / 1024;
          popups = await popupLatencies(page);
        }
        await context.close();
      }
    }
    await browser.close();
    lighthouse = {
      app: await lighthousePerformance(appUrl),
      bare: await lighthousePerformance(bareUrl),
    };
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }
  const appDir = join(artifacts, 'app');
  const firstView = Object.values(FIRST_VIEW_DATA)
    .map((file) => join(appDir, 'data', file))
    .filter((path) => existsSync(path));
  const figures: LoadFigures = {
    appIdleMedianMs: Math.round(median(appTimes.map((t) => t.idle))),
    bareIdleMedianMs: Math.round(median(bareTimes.map((t) => t.idle))),
    ratio: Number(
      (median(appTimes.map((t) => t.idle)) / median(bareTimes.map((t) => t.idle))).toFixed(3),
    ),
    firstMapMs: {
      app: Math.round(median(appTimes.map((t) => t.firstMap))),
      bare: Math.round(median(bareTimes.map((t) => t.firstMap))),
    },
    firstMapRatio: Number(
      (median(appTimes.map((t) => t.firstMap)) / median(bareTimes.map((t) => t.firstMap))).toFixed(
        3,
      ),
    ),
    ownJsGzipKB: Number(
      (ownFirstViewJs(appDir).reduce((sum, f) => sum + f.bytes, 0) / 1024).toFixed(1),
    ),
    // With the static map's SVG, which the page carries.
    firstViewDataGzipKB: Number(
      (
        firstView.reduce((sum, p) => sum + gzipKB(p), 0) +
        gzipTextBytes(staticMapMarkup(appDir)) / 1024
      ).toFixed(1),
    ),
    popupP95Ms: popups.length ? Number(percentile(popups, 95).toFixed(1)) : null,
    heapAfterLoadMB: Number(heapMB.toFixed(1)),
    runs,
    phases: { app: medianPhases(appTimes), bare: medianPhases(bareTimes) },
    lighthouse,
  };
  return figures;
}

/** Where `npm run bench` writes the latest load figures (the README's table comes from it). */
export const LOAD_RESULTS = join(root, 'tests/bench/results/load-time.json');

/** Runs {@link benchLoadTime}, prints the figures against their targets and writes them as JSON. */
export async function runLoadBench(): Promise<void> {
  try {
    const f = await benchLoadTime();
    const rows: [string, string, string][] = [
      ['map idle, app (median of 7)', `${f.appIdleMedianMs} ms`, ''],
      ['map idle, bare MapLibre (median of 7)', `${f.bareIdleMedianMs} ms`, ''],
      ['ratio app / bare', f.ratio.toFixed(2), '≤ 1.10'],
      ['first map on screen, app (static picture; median of 7)', `${f.firstMapMs.app} ms`, ''],
      ['first map on screen, bare MapLibre (median of 7)', `${f.firstMapMs.bare} ms`, ''],
      ['ratio first map app / bare', f.firstMapRatio.toFixed(2), '≤ 0.5'],
      ["app's own JS, gzipped", `${f.ownJsGzipKB} KB`, '≤ 35 KB'],
      ['first-view data, gzipped', `${f.firstViewDataGzipKB} KB`, '≤ 60 KB'],
      [
        'popup open p95 (click to quote visible)',
        f.popupP95Ms === null ? 'n/a' : `${f.popupP95Ms} ms`,
        '≤ 50 ms',
      ],
      ['JS heap after load', `${f.heapAfterLoadMB} MB`, ''],
      ...(['mobile', 'desktop'] as const).map((preset): [string, string, string] => [
        `Lighthouse performance, ${preset}: app / bare MapLibre`,
        `${f.lighthouse.app[preset].performance} / ${f.lighthouse.bare[preset].performance}`,
        preset === 'mobile' ? '≥ 90' : '100',
      ]),
    ];
    console.log('| figure | value | target |\n| --- | --- | --- |');
    for (const [name, value, target] of rows) console.log(`| ${name} | ${value} | ${target} |`);
    for (const page of ['app', 'bare'] as const) {
      const phases = Object.entries(f.phases[page]).map(([name, ms]) => `${name} ${ms}`);
      console.log(`phases, ${page} (median ms from navigation): ${phases.join(' · ')}`);
    }
    for (const page of ['app', 'bare'] as const) {
      for (const preset of ['mobile', 'desktop'] as const) {
        const { metrics, lcpElement } = f.lighthouse[page][preset];
        console.log(`lighthouse ${page} ${preset}: ${metrics}; LCP element ${lcpElement}`);
      }
    }
    mkdirSync(join(root, 'tests/bench/results'), { recursive: true });
    writeFileSync(
      LOAD_RESULTS,
      `${JSON.stringify({ date: new Date().toISOString(), ...f }, null, 2)}\n`,
    );
  } finally {
    rmSync(artifacts, { recursive: true, force: true });
  }
}
