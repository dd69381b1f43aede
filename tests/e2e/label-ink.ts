/** Measuring a map label's ink on screen, for the projector-scale browser test. */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { hashEntries } from './app-page.js';

/** Where MapLibre's Web Mercator puts `[lng, lat]` in a `width`×`height` view of `view=lng,lat,zoom`. */
export function project(
  [lng, lat]: [number, number],
  view: string,
  width: number,
  height: number,
): [number, number] {
  const [cLng = 0, cLat = 0, zoom = 0] = view.split(',').map(Number);
  const world = 512 * 2 ** zoom;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (p: number) =>
    ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * world;
  return [width / 2 + x(lng) - x(cLng), height / 2 + y(lat) - y(cLat)];
}

/**
 * The height in CSS pixels of the dark ink (a city label's text, `#1b1b1b` over its white halo)
 * above a city's dot: the dot is found as the dark disc of `dotRadius` nearest where `view`
 * puts `lngLat` (within 80 px); then rows with dark, neutral pixels within ±10 px of its x,
 * from just above it upwards, the first cluster (gaps of up to 4 rows allowed).
 */
export async function labelInkHeight(
  page: Page,
  lngLat: [number, number],
  dotRadius: number,
): Promise<{ height: number; x: number; y: number }> {
  const canvas = page.locator('#map canvas');
  const box = await canvas.boundingBox();
  const view = (await hashEntries(page))['view'];
  if (!box || !view) throw new Error('no map or no view in the link');
  const png = PNG.sync.read(await canvas.screenshot());
  const ratio = png.width / box.width;
  const dark = (cx: number, cy: number) => {
    const [px, py] = [Math.round(cx * ratio), Math.round(cy * ratio)];
    if (px < 0 || py < 0 || px >= png.width || py >= png.height) return false;
    const i = (py * png.width + px) * 4;
    const [r = 255, g = 255, b = 255] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    return Math.max(r, g, b) < 110 && Math.max(r, g, b) - Math.min(r, g, b) < 40;
  };
  const [px, py] = project(lngLat, view, box.width, box.height);
  const inner = Math.max(1, dotRadius * 0.6);
  const ring: [number, number][] = [...Array(12).keys()].map((k) => [
    Math.cos((k * Math.PI) / 6) * inner,
    Math.sin((k * Math.PI) / 6) * inner,
  ]);
  let best: [number, number] | null = null;
  for (let cy = py - 80; cy <= py + 80; cy++)
    for (let cx = px - 80; cx <= px + 80; cx++) {
      if (!dark(cx, cy) || !ring.every(([dx, dy]) => dark(cx + dx, cy + dy))) continue;
      if (!best || Math.hypot(cx - px, cy - py) < Math.hypot(best[0] - px, best[1] - py))
        best = [cx, cy];
    }
  if (!best) return { height: 0, x: px, y: py };
  const [x, y] = best;
  // The disc's own extent upwards, then the label above it.
  let top = y;
  while (dark(x, top - 1)) top--;
  const rows: number[] = [];
  for (let cy = top - 3; cy > Math.max(0, y - 250); cy--) {
    let ink = false;
    for (let cx = x - 10; cx <= x + 10 && !ink; cx += 1 / ratio) ink = dark(cx, cy);
    if (ink) rows.push(cy);
    else if (rows.length && (rows[rows.length - 1] ?? 0) - cy > 4) break;
  }
  const height = rows.length ? (rows[0] ?? 0) - (rows[rows.length - 1] ?? 0) + 1 : 0;
  return { height, x, y };
}
