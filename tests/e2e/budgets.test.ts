import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

const distDir = inject('distDir');

/** Gzipped size in bytes of a built file. */
function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** MapLibre's own chunks: the library and its worker. */
const isMapLibre = (file: string) => /^maplibre(-gl-worker)?-[\w-]+\.m?js$/.test(file);

describe('size budgets of the build', () => {
  it("keeps the app's own JavaScript, MapLibre excluded, within 35 KB gzipped", () => {
    // Every script of the site, the service worker and Workbox included.
    const files = (readdirSync(distDir, { recursive: true }) as string[]).filter((file) =>
      /\.m?js$/.test(file),
    );
    expect(files.filter((file) => isMapLibre(basename(file)))).toHaveLength(2);
    const own = files.filter((file) => !isMapLibre(basename(file)));
    const sizes = own.map((file) => ({ file, bytes: gzipBytes(join(distDir, file)) }));
    const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
    const list = sizes.map(({ file, bytes }) => `${file} ${(bytes / 1024).toFixed(1)}`).join('; ');
    console.log(`budget: own JS ${(total / 1024).toFixed(1)} KB gzipped (${list})`);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(35 * 1024);
  });

  it('prints the gzipped size of every data file', () => {
    const data = join(distDir, 'data');
    const sizes = readdirSync(data).map(
      (file) => `${file} ${(gzipBytes(join(data, file)) / 1024).toFixed(1)} KB`,
    );
    console.log(`budget: data gzipped: ${sizes.join('; ')}`);
    expect(sizes.length).toBeGreaterThan(0);
  });
});
