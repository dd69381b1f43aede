/**
 * A link fuzzer (issue 16): a few hundred generated hashes (garbage, built-in property names for
 * every key, huge values, bidi controls, broken percent-encoding, valid values mixed in) fed
 * through `hashchange` in one page load, and a handful through full loads. Whatever a link says,
 * nothing is thrown, no CSP rule is broken, at most one notice is on screen (and it can be
 * closed), and the map stays usable.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openRecordedPage, waitForMap, useChromium, type PageRecord } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

const KEYS = ['f', 'article', 'layers', 'date', 'chapter', 'present', 'width', 'compare', 'view'];
const PROTO = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];
const VALID: Record<string, string[]> = {
  f: ['city-idlib', 'dmz-15km'],
  article: ['000:3', '002:0'],
  layers: ['+settlements', '-zone,-territory'],
  date: ['2018-10-10', '2018-09-17'],
  chapter: ['2', '5'],
  present: ['', '1'],
  width: ['12', '20'],
  compare: ['split', 'agreed'],
  view: ['36.6,35.8,8.5'],
};
const BIDI = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u200f'];
const BROKEN = ['%', '%E0%A4%A', '%zz', '%C0%AF', '%%41', '%u202E', '%ED%A0%80'];

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function generateHashes(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const garbage = () =>
    Array.from({ length: 1 + Math.floor(next() * 12) }, () =>
      String.fromCharCode(32 + Math.floor(next() * 0x2f0)),
    ).join('');
  const value = (key: string): string => {
    const r = next();
    if (r < 0.2) return pick(PROTO) + (key === 'article' ? ':0' : '');
    if (r < 0.35) return encodeURIComponent(garbage());
    if (r < 0.45) return pick(BROKEN);
    if (r < 0.55)
      return encodeURIComponent(`${pick(BIDI)}${pick(VALID[key] ?? ['x'])}${pick(BIDI)}`);
    if (r < 0.6) return 'x'.repeat(1_000 + Math.floor(next() * 20_000));
    if (r < 0.65) return pick(['2099-13-45', '2018-02-30', '0000-00-00', '2018-9-7', '-1']);
    return encodeURIComponent(pick(VALID[key] ?? ['']));
  };
  const hashes: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const n = 1 + Math.floor(next() * 5);
    for (let j = 0; j < n; j++) {
      const r = next();
      const key = r < 0.75 ? pick(KEYS) : r < 0.9 ? pick(PROTO) : encodeURIComponent(garbage());
      parts.push(next() < 0.1 ? key : `${key}=${value(key)}`);
    }
    // Now and then: many unknown keys, or a stray separator.
    if (next() < 0.03) for (let k = 0; k < 300; k++) parts.push(`k${k}=1`);
    if (next() < 0.05) parts.push(pick(['&', '=', '==', '#', '?']));
    hashes.push(`#${parts.join('&')}`);
  }
  // The links of the issue, every time.
  hashes.push(
    '#article=constructor:0',
    '#article=__proto__:0',
    '#f=toString',
    '#hasOwnProperty=1&valueOf',
    `#date=${'9'.repeat(100_000)}`,
    `#f=${encodeURIComponent('\u202eabc def\u202c')}`,
    '#date=2099-13-45',
  );
  return hashes;
}

/** Uncaught errors only (the record also holds `console.error`). */
function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/** The map still answers: the list of places opens a card, the content is ready. */
async function expectUsable(record: PageRecord): Promise<void> {
  const { page } = record;
  expect(await page.getAttribute('body', 'data-content')).toBe('ready');
  expect(await page.locator('.notice').count()).toBeLessThanOrEqual(1);
  // Whatever the notice says, its close button can be reached and closes it.
  if ((await page.locator('.notice').count()) === 1) {
    await page.locator('.notice .notice-close').click({ timeout: 5_000 });
    expect(await page.locator('.notice').count()).toBe(0);
  }
  await page.evaluate(() => (location.hash = ''));
  await page.locator('.feature-entry').first().click();
  await expect.poll(() => page.locator('#popup').isVisible()).toBe(true);
  expect(record.cspViolations).toEqual([]);
}

describe('link fuzzer', () => {
  it('hundreds of hostile hashes through hashchange in one page: nothing breaks', async () => {
    const record = await openRecordedPage(browser(), baseUrl, undefined, {
      reducedMotion: 'reduce',
    });
    const { page } = record;
    const errors = recordPageErrors(page);
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('idle');
    const hashes = generateHashes(300, 16);
    const worst = await page.evaluate(async (list) => {
      let most = 0;
      let tallest = 0;
      for (const [i, hash] of list.entries()) {
        // A unique tail, so that every hash is a change (and a `hashchange`).
        const changed = new Promise<void>((resolve) => {
          window.addEventListener('hashchange', () => resolve(), { once: true });
          setTimeout(resolve, 500);
        });
        location.hash = `${hash}&i=${i}`;
        await changed;
        const notices = document.querySelectorAll('.notice');
        most = Math.max(most, notices.length);
        for (const n of notices) tallest = Math.max(tallest, n.getBoundingClientRect().height);
      }
      return { most, tallest, innerHeight };
    }, hashes);
    expect(errors).toEqual([]);
    expect(worst.most).toBeLessThanOrEqual(1);
    expect(worst.tallest).toBeLessThan(worst.innerHeight);
    // Every notice's text is short and shows bidi controls as codes.
    const text = (await page.locator('.notice').allInnerTexts()).join('\n');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(text.length).toBeLessThan(1_000);
    await expectUsable(record);
    expect(errors).toEqual([]);
    await record.context.close();
  });

  it('a handful of hostile links through full loads: each page starts and works', async () => {
    const links = [
      '#article=constructor:0',
      '#article=__proto__:0&f=hasOwnProperty&layers=toString',
      `#date=2099-13-45&${Array.from({ length: 300 }, (_, k) => `k${k}=1`).join('&')}`,
      `#f=${encodeURIComponent('\u202eIdlib\u202c')}&date=${'x'.repeat(100_000)}`,
      '#view=%E0%A4%A&chapter=valueOf&present&width=__proto__&compare=constructor',
    ];
    for (const hash of links) {
      const record = await openRecordedPage(browser(), baseUrl, undefined, {
        reducedMotion: 'reduce',
      });
      const errors = recordPageErrors(record.page);
      await record.page.goto(`${baseUrl}${hash}`);
      expect(await waitForMap(record.page), hash.slice(0, 60)).toBe('idle');
      expect(errors, hash.slice(0, 60)).toEqual([]);
      const notices = await record.page.locator('.notice').allInnerTexts();
      expect(notices, hash.slice(0, 60)).toHaveLength(1);
      expect(notices[0]?.length ?? 0).toBeLessThan(1_000);
      expect(notices[0]).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      await expectUsable(record);
      await record.context.close();
    }
  });
});
