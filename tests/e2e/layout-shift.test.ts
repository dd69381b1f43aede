import { describe, expect, inject, it } from 'vitest';
import { openRecordedPage, waitForMap, useChromium } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

describe('layout stability while the page loads', () => {
  // Regression: the empty popup's border and the map credits filling in after load moved the side
  // panel and the credits (Lighthouse CLS 0.29 on desktop).
  it('shifts nothing visible: cumulative layout shift stays under 0.05', async () => {
    const record = await openRecordedPage(browser(), baseUrl, { width: 1350, height: 940 });
    const { page } = record;
    const cdp = await record.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
          w.__cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(baseUrl);
    expect(await waitForMap(page)).toBe('idle');
    await page.waitForTimeout(500);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    console.log(`layout shift while loading: ${cls.toFixed(4)}`);
    expect(cls).toBeLessThan(0.05);
    await record.context.close();
  });
});
