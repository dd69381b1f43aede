/**
 * The static first view's frame: Web Mercator as MapLibre projects it, and the view box that
 * `fitBounds(IDLIB_BOUNDS)` shows. MapLibre's fit (no padding, no zoom snapping, centred on the
 * bounds' projected midpoint) is what SVG's `preserveAspectRatio="xMidYMid meet"` does with a
 * view box of the bounds in Mercator coordinates, so the picture lands where the map will at any
 * container size.
 */
import { IDLIB_BOUNDS } from '../bounds.js';

/**
 * Units of the static map: pixels of the Mercator world at zoom 8 (MapLibre's 512-pixel tiles),
 * about one screen pixel in the desktop first view (zoom 8.0), 0.55 on a phone (zoom 7.2).
 */
export const WORLD_SIZE = 512 * 2 ** 7;

/** Mercator x of a longitude, in world units. */
export const mercX = (lng: number): number => ((lng + 180) / 360) * WORLD_SIZE;

/** Mercator y of a latitude, in world units (north up, so y grows southward). */
export const mercY = (lat: number): number =>
  ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) *
  WORLD_SIZE;

/** The first view's box in static-map units: origin at the bounds' north-west corner. */
export interface Frame {
  /** World x and y of the box's origin. */
  x0: number;
  y0: number;
  width: number;
  height: number;
}

/** The frame of `bounds` ([west, south, east, north]). */
export function frameOf(bounds: readonly [number, number, number, number] = IDLIB_BOUNDS): Frame {
  const [west, south, east, north] = bounds;
  const x0 = mercX(west);
  const y0 = mercY(north);
  return { x0, y0, width: mercX(east) - x0, height: mercY(south) - y0 };
}

/** A point [lng, lat] in frame units (not rounded). */
export function project(frame: Frame, [lng, lat]: readonly number[]): [number, number] {
  return [mercX(lng ?? 0) - frame.x0, mercY(lat ?? 0) - frame.y0];
}

/**
 * Where MapLibre's `fitBounds(bounds)` puts a frame point in a container of `width` × `height`
 * CSS pixels: the meet scale, centred (for tests and the print copy).
 */
export function fitScreen(
  frame: Frame,
  width: number,
  height: number,
): { scale: number; offsetX: number; offsetY: number } {
  const scale = Math.min(width / frame.width, height / frame.height);
  return {
    scale,
    offsetX: (width - frame.width * scale) / 2,
    offsetY: (height - frame.height * scale) / 2,
  };
}

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p: number[], a: number[], b: number[]): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const x = ax + t * dx - px;
  const y = ay + t * dy - py;
  return x * x + y * y;
}

/** Douglas–Peucker: the points of `line` that keep it within `tolerance` (frame units). */
export function simplify(line: readonly number[][], tolerance: number): number[][] {
  if (line.length < 3) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length) {
    const [first, last] = stack.pop() ?? [0, 0];
    let worst = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(line[i] ?? [], line[first] ?? [], line[last] ?? []);
      if (d > worst) [worst, index] = [d, i];
    }
    if (index >= 0 && worst > t2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return line.filter((_p, i) => keep[i]);
}

/**
 * SVG path data for rings or lines already in frame units: rounded to whole units, relative
 * moves (short numbers, which compress well), repeated points dropped, rings closed with `z`.
 */
export function pathData(parts: readonly (readonly number[][])[], closed: boolean): string {
  let d = '';
  for (const part of parts) {
    const points = part.map(([x = 0, y = 0]) => [Math.round(x), Math.round(y)] as const);
    let prev: readonly [number, number] | undefined;
    let body = '';
    let count = 0;
    for (const p of points) {
      if (!prev) body += `M${p[0]} ${p[1]}`;
      else if (p[0] !== prev[0] || p[1] !== prev[1]) {
        body += `l${p[0] - prev[0]} ${p[1] - prev[1]}`;
      } else continue;
      prev = p;
      count++;
    }
    if (count < (closed ? 3 : 2)) continue;
    d += closed ? `${body}z` : body;
  }
  // "l1 -2" → "l1-2": a minus sign separates numbers on its own.
  return d.replace(/ -/g, '-');
}
