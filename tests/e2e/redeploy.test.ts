/**
 * A redeploy under an open page (issue 16): version A is visited, version B (another article
 * headline, one village fewer) is built into the same folder, and the page reloads. The page
 * must never mix versions: it stays A with A's code and data (its service worker waits) until
 * the reader accepts the update offer, which is never shown in the middle of a presentation;
 * accepting gives B. Without a service worker, villages fetched late from B are refused.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuoteIndex } from '../../src/types.js';
import { UPDATE_MESSAGE } from '../../src/ui/app/update-offer.js';
import { openRecordedPage, waitForMap, useChromium } from './browser.js';

const browser = useChromium();
const outDir = `tests/e2e/.artifacts/redeploy-${process.pid}`;
const publicB = `tests/e2e/.artifacts/redeploy-public-${process.pid}`;
const HEADLINE_B = 'Redeployed: version B of this headline';
let server: PreviewServer | undefined;
let baseUrl = '';
let headlineA = '';

/** Builds the site from `publicDir` into the one folder the server serves. */
async function deploy(publicDir = 'public'): Promise<void> {
  await build({
    mode: 'production',
    logLevel: 'error',
    publicDir,
    build: { outDir, emptyOutDir: true },
  });
}

beforeAll(async () => {
  cpSync('public', publicB, { recursive: true });
  const quotesFile = `${publicB}/data/quotes.json`;
  const quotes = JSON.parse(readFileSync(quotesFile, 'utf8')) as QuoteIndex;
  const first = quotes.articles['000'];
  if (!first) throw new Error('article 000 missing');
  headlineA = first.meta.headline;
  first.meta.headline = HEADLINE_B;
  writeFileSync(quotesFile, JSON.stringify(quotes));
  const villagesFile = `${publicB}/data/settlements.geojson`;
  const villages = JSON.parse(readFileSync(villagesFile, 'utf8')) as FeatureCollection;
  villages.features.pop();
  writeFileSync(villagesFile, JSON.stringify(villages));
  await deploy();
  server = await preview({ preview: { port: 0, host: '127.0.0.1' }, build: { outDir } });
  baseUrl = server.resolvedUrls?.local[0] ?? '';
}, 120_000);

afterAll(async () => {
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
  rmSync(publicB, { recursive: true, force: true });
});

const buildId = (page: Page) => page.evaluate(() => document.documentElement.dataset['build']);
const headline = async (page: Page) => {
  // The quotes load after the first view; a link to an article in an open page needs them.
  await page.waitForFunction(() => document.body.dataset['quotes'] === 'ready');
  await page.evaluate(() => (location.hash = 'article=000:0'));
  await page.waitForFunction(() => document.getElementById('reader-title') !== null);
  return page.locator('#reader-title').innerText();
};
const offer = (page: Page) => page.locator('.notice', { hasText: UPDATE_MESSAGE });

describe('a redeploy under an open page', () => {
  it('with the service worker: stays A, offers B (not while presenting), Reload gives B', async () => {
    const record = await openRecordedPage(browser(), baseUrl, undefined, {
      reducedMotion: 'reduce',
    });
    const { page } = record;
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('idle');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    const idA = await buildId(page);
    expect(idA).toMatch(/^[0-9a-f]{12}$/);

    await deploy(publicB);
    // Reloaded in presenter mode: the new worker installs and waits; no offer mid-presentation.
    await page.evaluate(() => (location.hash = 'present'));
    await page.reload();
    expect(await waitForMap(page)).toBe('idle');
    expect(await page.evaluate(() => document.body.classList.contains('projector'))).toBe(true);
    await expect
      .poll(
        () =>
          page.evaluate(async () =>
            Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
          ),
        { timeout: 30_000 },
      )
      .toBe(true);
    await page.waitForTimeout(1_000);
    expect(await offer(page).count()).toBe(0);
    // Still all A: the page, its data, its lazy chunk and its villages.
    expect(await buildId(page)).toBe(idA);
    await page.keyboard.press('Escape');
    await expect.poll(() => offer(page).count(), { timeout: 10_000 }).toBe(1);
    expect(await headline(page)).toBe(headlineA);
    await page.click('#teacher-explorer summary');
    await page.waitForFunction(
      () => document.querySelector('#teacher-explorer')?.getAttribute('data-inside') !== null,
      undefined,
      { timeout: 30_000 },
    );
    // The reader covers the map and its legend: the toggle by keyboard.
    await page.focus('#layer-settlements');
    await page.keyboard.press('Space');
    await page.waitForTimeout(500);
    expect(await page.isChecked('#layer-settlements')).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);

    // Accepting the offer gives B, code and data.
    await offer(page).getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction((id) => document.documentElement.dataset['build'] !== id, idA, {
      timeout: 30_000,
    });
    expect(await waitForMap(page)).toBe('idle');
    expect(await headline(page)).toBe(HEADLINE_B);
    expect(record.cspViolations).toEqual([]);
    await record.context.close();
  });

  it('without a service worker: villages of another build are refused, with a Reload', async () => {
    const record = await openRecordedPage(browser(), baseUrl, undefined, {
      serviceWorkers: 'block',
    });
    const { page } = record;
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('idle');
    const before = await buildId(page);
    await deploy(); // the original data: one village more than what this page was built with
    await page.check('#layer-settlements');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('updated since this page was opened');
    await alert.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction((id) => document.documentElement.dataset['build'] !== id, before, {
      timeout: 30_000,
    });
    expect(await waitForMap(page)).toBe('idle');
    await page.check('#layer-settlements');
    await page.waitForTimeout(500);
    expect(await page.getByRole('alert').count()).toBe(0);
    await record.context.close();
  });
});
