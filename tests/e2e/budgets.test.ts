import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  firstViewScripts,
  gzipBytes,
  isMapLibre,
  ownFirstViewJs,
  readManifest,
} from './build-sizes.js';

const distDir = inject('distDir');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

describe('size budgets of the build', () => {
  it("keeps the app's own first-view JavaScript, MapLibre excluded, within 35 KB gzipped", () => {
    expect([...firstViewScripts(readManifest(distDir))].some(isMapLibre)).toBe(true);
    const sizes = ownFirstViewJs(distDir);
    const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
    const list = sizes.map(({ file, bytes }) => `${file} ${kb(bytes)}`).join('; ');
    console.log(`budget: own first-view JS ${kb(total)} KB gzipped (${list})`);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(35 * 1024);
  });

  it('prints the lazily loaded and service-worker scripts, and every data file, gzipped', () => {
    const firstView = firstViewScripts(readManifest(distDir));
    const later = (readdirSync(distDir, { recursive: true }) as string[])
      .filter((file) => /\.m?js$/.test(file) && !firstView.has(file) && !isMapLibre(file))
      .map((file) => `${file} ${kb(gzipBytes(join(distDir, file)))}`);
    console.log(`budget: scripts loaded later (KB gzipped): ${later.join('; ')}`);
    const data = join(distDir, 'data');
    const sizes = readdirSync(data).map((file) => `${file} ${kb(gzipBytes(join(data, file)))}`);
    console.log(`budget: data gzipped (KB): ${sizes.join('; ')}`);
    expect(sizes.length).toBeGreaterThan(0);
  });
});
