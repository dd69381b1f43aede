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
    // Dark pixels in each label's row: labels sit at 1/10, 3/10 … 9/10 of the height.
    const ink = await page.evaluate((count) => {
      const canvas = document.querySelector<HTMLCanvasElement>('#map canvas');
      const copy = document.createElement('canvas');
      if (!canvas) return [];
      copy.width = canvas.width;
      copy.height = canvas.height;
      const context = copy.getContext('2d');
      if (!context) return [];
      context.drawImage(canvas, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, copy.width, copy.height);
      const rows = new Array<number>(count).fill(0);
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          const row = Math.floor((y / height) * count);
          if ((data[i] ?? 255) < 128) rows[row] = (rows[row] ?? 0) + 1;
        }
      }
      return rows;
    }, GLYPH_LABELS.length);
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
