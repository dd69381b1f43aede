import { writeFileSync, mkdirSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import type { Config, Flags } from 'lighthouse';
import { describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './browser.js';

const baseUrl = inject('baseUrl');

/** Category scores 0–100 of one Lighthouse run. */
type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

async function audit(config: Config | undefined): Promise<Scores> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error' };
    const result = await lighthouse(baseUrl, flags, config);
    if (!result) throw new Error(`lighthouse returned no result for ${baseUrl}`);
    const categories = result.lhr.categories;
    const score = (id: keyof Scores) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(result.lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    const metrics = [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ]
      .map((id) => `${id} ${result.lhr.audits[id]?.displayValue ?? '?'}`)
      .join('; ');
    console.log(`lighthouse failing binary audits: ${failing.join(', ') || 'none'}; ${metrics}`);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    };
  } finally {
    chrome.kill();
  }
}

describe('Lighthouse 12 on the preview build', () => {
  it('scores 100 for accessibility, best practices and SEO on mobile and desktop; prints performance', async () => {
    const mobile = await audit(undefined);
    const desktop = await audit(desktopConfig);
    console.log(`lighthouse mobile ${JSON.stringify(mobile)}`);
    console.log(`lighthouse desktop ${JSON.stringify(desktop)}`);
    mkdirSync('tests/e2e/.artifacts', { recursive: true });
    writeFileSync(
      'tests/e2e/.artifacts/lighthouse.json',
      JSON.stringify({ mobile, desktop }, null, 2),
    );
    for (const scores of [mobile, desktop]) {
      expect(scores.accessibility).toBe(100);
      expect(scores['best-practices']).toBe(100);
      expect(scores.seo).toBe(100);
    }
  }, 240_000);
});
