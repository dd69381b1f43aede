/**
 * One Lighthouse 12 run against a URL in Debian's Chromium (software WebGL): category scores and
 * the performance metrics behind them. Used by the Lighthouse browser test and by `npm run bench`,
 * which audits the app and the bare MapLibre baseline alike.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import type { Flags } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './browser.js';

/** Lighthouse's two presets: its default (a throttled mid-range phone) and its desktop config. */
export type Preset = 'mobile' | 'desktop';

/** Category scores 0–100 of one Lighthouse run. */
export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

/** What one run found. */
export interface Audit {
  scores: Scores;
  /** Performance metrics as Lighthouse displays them, e.g. `total-blocking-time 630 ms`. */
  metrics: string;
  /** Ids of binary audits that did not pass. */
  failing: string[];
  /** The element Lighthouse took as the largest contentful paint, as an HTML snippet. */
  lcpElement: string;
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** Runs Lighthouse once on `url` with `preset`, in a Chromium of its own. */
export async function runLighthouse(url: string, preset: Preset): Promise<Audit> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error' };
    const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`lighthouse returned no result for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: keyof Scores) => Math.round((categories[id]?.score ?? 0) * 100);
    const lcp = JSON.stringify(audits['largest-contentful-paint-element']?.details ?? {});
    return {
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      },
      metrics: METRICS.map((id) => `${id} ${audits[id]?.displayValue ?? '?'}`).join('; '),
      failing: Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
      lcpElement: /"snippet":"((?:[^"\\]|\\.)*)"/.exec(lcp)?.[1]?.replace(/\\"/g, '"') ?? '?',
    };
  } finally {
    chrome.kill();
  }
}
