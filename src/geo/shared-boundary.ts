import { featureCollection, lineString } from '@turf/helpers';
import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  LineString,
  Polygon,
  Position,
} from 'geojson';

/**
 * The edges shared by a cell in group `a` and a cell in group `b`, chained into lines.
 * Cells must share vertices exactly (as Voronoi cells from {@link controlCells} do). Each line runs
 * with group `a` on its left. Lines are returned longest first.
 */
export function sharedBoundary<P extends GeoJsonProperties>(
  cells: FeatureCollection<Polygon, P>,
  inA: (properties: P) => boolean,
  inB: (properties: P) => boolean,
): FeatureCollection<LineString> {
  const key = (p: Position) => `${p[0]},${p[1]}`;
  const bEdges = new Set<string>();
  for (const cell of cells.features) {
    if (!inB(cell.properties)) continue;
    forEachEdge(cell, (from, to) => bEdges.add(`${key(from)}|${key(to)}`));
  }
  // Directed edges of `a` cells, oriented so `a` lies on the left (cells are counter-clockwise).
  const next = new Map<string, Position[]>();
  const points = new Map<string, Position>();
  const incoming = new Map<string, number>();
  for (const cell of cells.features) {
    if (!inA(cell.properties)) continue;
    forEachEdge(cell, (from, to) => {
      if (!bEdges.has(`${key(to)}|${key(from)}`) && !bEdges.has(`${key(from)}|${key(to)}`)) return;
      points.set(key(from), from);
      points.set(key(to), to);
      next.set(key(from), [...(next.get(key(from)) ?? []), to]);
      incoming.set(key(to), (incoming.get(key(to)) ?? 0) + 1);
    });
  }
  const used = new Set<string>();
  const lines: Position[][] = [];
  const walk = (start: string) => {
    const coords: Position[] = [points.get(start) as Position];
    let at = start;
    for (;;) {
      const candidates = (next.get(at) ?? []).filter((to) => !used.has(`${at}|${key(to)}`));
      const to = candidates[0];
      if (!to) break;
      used.add(`${at}|${key(to)}`);
      coords.push(to);
      at = key(to);
    }
    if (coords.length > 1) lines.push(coords);
  };
  for (const start of points.keys()) if (!incoming.get(start)) walk(start);
  for (const start of points.keys()) walk(start);
  lines.sort((x, y) => y.length - x.length);
  return featureCollection(lines.map((coords) => lineString(coords)));
}

function forEachEdge(cell: Feature<Polygon>, visit: (from: Position, to: Position) => void) {
  const ring = counterClockwise(cell.geometry.coordinates[0] ?? []);
  for (let i = 0; i + 1 < ring.length; i++) visit(ring[i] as Position, ring[i + 1] as Position);
}

function counterClockwise(ring: Position[]): Position[] {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += (x2 - x1) * (y2 + y1);
  }
  return sum > 0 ? [...ring].reverse() : ring;
}
