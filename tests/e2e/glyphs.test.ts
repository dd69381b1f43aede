import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { GLYPH_LABELS } from './pages/glyph-labels.js';
import { openRecordedPage, useChromium, waitForMap } from './browser.js';

const baseUrl = inject('baseUrl');
const browser = useChromium();

describe('labels drawn from local fonts', () => {
  it('renders names with diacritics and in Arabic, with no glyph server', async () => {
    const record = await openRecordedPage(browser(), baseUrl, { width: 800, height: 400 });
    const { page } = record;
    await page.goto(new URL('glyph-check/glyphs.html', baseUrl).href);
    expect(await waitForMap(page)).toBe('idle');
    await page.screenshot({ path: 'tests/e2e/screenshots/glyphs.png' });
    // Dark pixels in each label's row: labels sit at 1/10, 3/10 … 9/10 of the height. Read
    // from the screen: the map keeps no copy of a frame once shown.
    const shot = PNG.sync.read(await page.locator('#map canvas').screenshot());
    const ink = new Array<number>(GLYPH_LABELS.length).fill(0);
    for (let y = 0; y < shot.height; y++) {
      const row = Math.floor((y / shot.height) * ink.length);
      for (let x = 0; x < shot.width; x++) {
        if ((shot.data[(y * shot.width + x) * 4] ?? 255) < 128) ink[row] = (ink[row] ?? 0) + 1;
      }
    }
    const [plain = 0, diacritics = 0, long = 0, arabic = 0, none = 1] = ink;
    console.log(
      `glyph ink per label: ${JSON.stringify(Object.fromEntries(GLYPH_LABELS.map((l, i) => [l || '(empty)', ink[i]])))}`,
    );
    expect(none).toBe(0);
    expect(plain).toBeGreaterThan(100);
    // Ḩ and ā add a cedilla-like hook and macrons to the same letters; missing-glyph boxes
    // (tofu) would add far more ink than that.
    expect(diacritics).toBeGreaterThan(plain);
    expect(diacritics).toBeLessThan(plain * 1.4);
    expect(long).toBeGreaterThan(plain);
    expect(arabic).toBeGreaterThan(50);
    expect(record.consoleErrors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
    await record.context.close();
  });
});
