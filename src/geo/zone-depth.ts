import along from '@turf/along';
import length from '@turf/length';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';

/** One depth measurement of a zone. */
export interface DepthSample {
  /** Distance along the line, km. */
  atKm: number;
  /** Where on the line the sample was taken, [lon, lat]. */
  at: Position;
  /** Shortest way out of the zone from this point other than back over the line, km. */
  depthKm: number;
}

/** Options for {@link zoneDepths}. */
export interface ZoneDepthsOptions {
  /** @defaultValue 50 */
  samples?: number;
  /**
   * Zone edges within this distance (km) of the line count as the line itself.
   * @defaultValue 0.5
   */
  onLineKm?: number;
}

/**
 * Measures a zone's depth at evenly spaced points along its line: the distance from each point
 * to the nearest part of the zone's edge that is not the line itself. Where nothing cuts the zone
 * short this is the buffer distance (every point of a buffer's far edge is that far from the
 * line); territory edges, borders and narrow salients make it less.
 */
export function zoneDepths(
  line: Feature<LineString>,
  zone: Feature<Polygon | MultiPolygon>,
  options: ZoneDepthsOptions = {},
): DepthSample[] {
  const samples = options.samples ?? 50;
  const onLine = options.onLineKm ?? 0.5;
  const total = length(line, { units: 'kilometers' });
  const rings =
    zone.geometry.type === 'Polygon' ? zone.geometry.coordinates : zone.geometry.coordinates.flat();
  const toKm = planarKm(line.geometry.coordinates[0]?.[1] ?? 0);
  const lineKm = line.geometry.coordinates.map(toKm);
  const farEdge: [Position, Position][] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = toKm(ring[i] as Position);
      const b = toKm(ring[i + 1] as Position);
      const mid: Position = [((a[0] ?? 0) + (b[0] ?? 0)) / 2, ((a[1] ?? 0) + (b[1] ?? 0)) / 2];
      if (distanceToPolyline(mid, lineKm) > onLine) farEdge.push([a, b]);
    }
  }
  const result: DepthSample[] = [];
  for (let i = 0; i < samples; i++) {
    const atKm = ((i + 0.5) / samples) * total;
    const here = along(line, atKm, { units: 'kilometers' });
    const p = toKm(here.geometry.coordinates);
    let depthKm = Infinity;
    for (const [a, b] of farEdge) depthKm = Math.min(depthKm, distanceToSegment(p, a, b));
    result.push({ atKm, at: here.geometry.coordinates, depthKm: Math.round(depthKm * 10) / 10 });
  }
  return result;
}

/** Local equirectangular projection to kilometres around `latitude` (good to ~0.5% over 200 km). */
function planarKm(latitude: number): (p: Position) => Position {
  const kx = 111.32 * Math.cos((latitude * Math.PI) / 180);
  return (p) => [(p[0] ?? 0) * kx, (p[1] ?? 0) * 110.57];
}

function distanceToPolyline(p: Position, line: Position[]): number {
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    best = Math.min(best, distanceToSegment(p, line[i] as Position, line[i + 1] as Position));
  }
  return best;
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const t =
    dx === 0 && dy === 0
      ? 0
      : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}
