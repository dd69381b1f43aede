/**
 * Geometry of the static first view: GeoJSON projected into frame units, clipped to what any
 * container shape can show of the first view, and simplified to its resolution.
 */
import bboxClip from '@turf/bbox-clip';
import difference from '@turf/difference';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { pathData, project, simplify, type Frame } from './frame.js';

/** Frame units a simplified line may stray: half a pixel at desktop size, less on a phone. */
export const TOLERANCE = 0.6;

/** For what only fills or frames the picture (sea, land, territory, governorates). */
export const COARSE = 1.2;

/**
 * How far beyond the bounds the picture is kept, as shares of the frame: a wide screen shows
 * the first view with land either side of the bounds, a tall one above and below.
 */
const MARGIN = { x: 0.6, y: 0.3 };

/** The clip box in frame units: [minX, minY, maxX, maxY]. */
export function clipBox(frame: Frame): [number, number, number, number] {
  const mx = frame.width * MARGIN.x;
  const my = frame.height * MARGIN.y;
  return [-mx, -my, frame.width + mx, frame.height + my];
}

/** Whether a frame point lies inside the clip box. */
export function inClip(frame: Frame, [x = 0, y = 0]: readonly number[]): boolean {
  const [x0, y0, x1, y1] = clipBox(frame);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

const projectAll = (frame: Frame, line: readonly Position[]) => line.map((p) => project(frame, p));

/** Projected parts of a line or area geometry: lines, or rings (closed). */
function parts(frame: Frame, geometry: Geometry): { lines: Position[][]; closed: boolean } {
  switch (geometry.type) {
    case 'LineString':
      return { lines: [projectAll(frame, geometry.coordinates)], closed: false };
    case 'MultiLineString':
      return { lines: geometry.coordinates.map((l) => projectAll(frame, l)), closed: false };
    case 'Polygon':
      return { lines: geometry.coordinates.map((r) => projectAll(frame, r)), closed: true };
    case 'MultiPolygon':
      return {
        lines: geometry.coordinates.flat().map((r) => projectAll(frame, r)),
        closed: true,
      };
    default:
      return { lines: [], closed: false };
  }
}

/**
 * SVG path data of a line or area geometry in the static view: projected, clipped to
 * {@link clipBox}, simplified and rounded. Empty when nothing of it is in view.
 */
export function geometryPath(frame: Frame, geometry: Geometry, tolerance = TOLERANCE): string {
  const { lines, closed } = parts(frame, geometry);
  return pathData(
    clipParts(frame, lines, closed).map((line) => simplify(line, tolerance)),
    closed,
  );
}

/** Lines or rings in frame units, clipped to {@link clipBox}. */
function clipParts(frame: Frame, lines: Position[][], closed: boolean): Position[][] {
  const box = clipBox(frame);
  const clipped = lines.flatMap((line): Position[][] => {
    const feature = {
      type: 'Feature' as const,
      properties: {},
      geometry: closed
        ? { type: 'Polygon' as const, coordinates: [line] }
        : { type: 'LineString' as const, coordinates: line },
    };
    const result = bboxClip(feature, box).geometry;
    if (result.type === 'Polygon') return result.coordinates;
    if (result.type === 'MultiLineString') return result.coordinates;
    return result.type === 'LineString' ? [result.coordinates] : [];
  });
  return clipped;
}

const polygon = (rings: Position[][]): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: rings },
});

/**
 * The sea in view as path data: the clip box less every country. Drawn over a land-coloured
 * ground, each coast is drawn once (as the countries' own outlines would draw it twice or more).
 */
export function seaPath(frame: Frame, countries: readonly Geometry[], tolerance = COARSE): string {
  const [x0, y0, x1, y1] = clipBox(frame);
  const land = countries.flatMap((g): Feature<Polygon>[] => {
    const polygons =
      g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    return polygons.map((rings) => polygon(rings.map((r) => projectAll(frame, r))));
  });
  const box = polygon([
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ]);
  const sea: Feature<Polygon | MultiPolygon> | null = difference({
    type: 'FeatureCollection',
    features: [box, ...land],
  });
  if (!sea) return '';
  const rings =
    sea.geometry.type === 'Polygon' ? sea.geometry.coordinates : sea.geometry.coordinates.flat();
  return pathData(
    rings.map((ring) => simplify(ring, tolerance)),
    true,
  );
}

/** The point halfway along a line geometry (by length), in frame units. */
export function midpoint(frame: Frame, geometry: Geometry): [number, number] | undefined {
  const line = geometry.type === 'LineString' ? projectAll(frame, geometry.coordinates) : [];
  const seg = (i: number) => {
    const [ax = 0, ay = 0] = line[i - 1] ?? [];
    const [bx = 0, by = 0] = line[i] ?? [];
    return { ax, ay, bx, by, len: Math.hypot(bx - ax, by - ay) };
  };
  let rest = line.slice(1).reduce((sum, _p, i) => sum + seg(i + 1).len, 0) / 2;
  for (let i = 1; i < line.length; i++) {
    const { ax, ay, bx, by, len } = seg(i);
    if (rest <= len && len > 0)
      return [ax + ((bx - ax) * rest) / len, ay + ((by - ay) * rest) / len];
    rest -= len;
  }
  return undefined;
}

/**
 * The outline of an area as lines, leaving out every edge already in `drawn` (and adding its own):
 * neighbouring areas' common borders are drawn once. Edges match by exact coordinates, as the
 * published admin areas share their vertices.
 */
export function newEdges(geometry: Geometry, drawn: Set<string>): Geometry {
  const rings =
    geometry.type === 'Polygon'
      ? geometry.coordinates
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates.flat()
        : [];
  const lines: Position[][] = [];
  for (const ring of rings) {
    let line: Position[] = [];
    for (let i = 1; i < ring.length; i++) {
      const [a = [], b = []] = [ring[i - 1], ring[i]];
      const key = [String(a), String(b)].sort().join('|');
      if (drawn.has(key)) {
        if (line.length > 1) lines.push(line);
        line = [];
        continue;
      }
      drawn.add(key);
      if (!line.length) line.push(a);
      line.push(b);
    }
    if (line.length > 1) lines.push(line);
  }
  return { type: 'MultiLineString', coordinates: lines };
}
