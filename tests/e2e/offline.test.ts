import { describe, expect, inject, it } from 'vitest';
import { openRecordedPage, waitForMap, useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

describe('offline use', () => {
  it('is installable: the manifest names icons that load', async () => {
    const record = await openRecordedPage(browser(), baseUrl);
    await record.page.goto(baseUrl);
    const href = await record.page.getAttribute('link[rel="manifest"]', 'href');
    expect(href).toBeTruthy();
    const manifestUrl = new URL(href ?? '', baseUrl).href;
    const manifest = (await (await record.page.request.get(manifestUrl)).json()) as {
      icons: { src: string; sizes: string }[];
      start_url: string;
    };
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    for (const icon of manifest.icons) {
      const response = await record.page.request.get(new URL(icon.src, manifestUrl).href);
      expect(response.status(), icon.src).toBe(200);
    }
    await record.context.close();
  });

  it('after one visit, a reload with the network off shows the full map', async () => {
    const record = await openRecordedPage(browser(), baseUrl);
    await record.page.goto(baseUrl);
    expect(await waitForMap(record.page)).toBe('idle');
    await record.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first load happened before the worker took control; wait until it controls the page.
    await record.page.waitForFunction(
      () => navigator.serviceWorker.controller !== null,
      undefined,
      {
        timeout: 30_000,
      },
    );
    await record.context.setOffline(true);
    await record.page.reload();
    expect(await waitForMap(record.page)).toBe('idle');
    expect(record.cspViolations).toEqual([]);
    await record.context.close();
  });
});
