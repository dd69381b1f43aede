import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Flags that let Chromium run as root with software WebGL and no outside connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Finds a Chromium: `CHROME_PATH`, else Debian's `/usr/bin/chromium`, else Playwright's cache. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env['CHROME_PATH'], '/usr/bin/chromium', ...playwrightCache()];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (found) return found;
  throw new Error(
    'No Chromium found: run `apt-get install chromium` (Debian) or `npx playwright install chromium`, or set CHROME_PATH.',
  );
}

function playwrightCache(): string[] {
  const cache = join(homedir(), '.cache/ms-playwright');
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .filter((dir) => dir.startsWith('chromium'))
    .map((dir) => join(cache, dir, 'chrome-linux/chrome'));
}

/** Launches headless Chromium with {@link CHROMIUM_ARGS} plus any extra flags. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/**
 * One Chromium for the whole test file: launched before its tests, closed after them. Returns a
 * getter, since the browser exists only once `beforeAll` has run.
 */
export function useChromium(extraArgs: string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useChromium: the browser is used before beforeAll ran');
    return browser;
  };
}

/** What a page did that a test may assert on. */
export interface PageRecord {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  /** Requests to any origin other than the site's. */
  foreignRequests: string[];
  cspViolations: string[];
}

/**
 * Opens a page in a new context and records console errors, foreign requests and CSP violations.
 * `options` go to `browser.newContext` (e.g. `reducedMotion`).
 */
export async function openRecordedPage(
  browser: Browser,
  baseUrl: string,
  viewport = { width: 1280, height: 800 },
  options: BrowserContextOptions = {},
): Promise<PageRecord> {
  const context = await browser.newContext({ ...options, viewport });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const record: PageRecord = {
    page,
    context,
    consoleErrors: [],
    foreignRequests: [],
    cspViolations: [],
  };
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => record.consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob):/.test(url)) return;
    if (new URL(url).origin !== origin) record.foreignRequests.push(url);
  });
  await page.exposeFunction('__recordCspViolation', (text: string) =>
    record.cspViolations.push(text),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const w = window as unknown as { __recordCspViolation: (text: string) => void };
      w.__recordCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return record;
}

/** Waits until the app reports the map idle (every layer drawn) or an error. */
export async function waitForMap(page: Page): Promise<string> {
  await page.waitForFunction(
    () => ['idle', 'error'].includes(document.body.dataset['mapState'] ?? ''),
    undefined,
    { timeout: 45_000 },
  );
  return (await page.evaluate(() => document.body.dataset['mapState'])) ?? '';
}
