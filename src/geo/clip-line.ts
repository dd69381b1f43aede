import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featureCollection, lineString } from '@turf/helpers';
import type {
  Feature,
  GeoJsonProperties,
  FeatureCollection,
  LineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';

/**
 * The parts of a line that lie inside an area, each as its own line, in the line's order.
 * The line is cut exactly where it crosses the area's edge.
 */
export function clipLine<P extends GeoJsonProperties>(
  line: Feature<LineString, P>,
  area: Feature<Polygon | MultiPolygon>,
): FeatureCollection<LineString, P> {
  const rings =
    area.geometry.type === 'Polygon' ? area.geometry.coordinates : area.geometry.coordinates.flat();
  const coords = line.geometry.coordinates;
  // Every vertex plus every crossing with a ring, in order along the line.
  const cut: Position[] = [];
  for (let i = 0; i + 1 < coords.length; i++) {
    const a = coords[i] as Position;
    const b = coords[i + 1] as Position;
    cut.push(a);
    const crossings: { t: number; at: Position }[] = [];
    for (const ring of rings) {
      for (let j = 0; j + 1 < ring.length; j++) {
        const hit = segmentIntersection(a, b, ring[j] as Position, ring[j + 1] as Position);
        if (hit) crossings.push(hit);
      }
    }
    crossings.sort((x, y) => x.t - y.t);
    for (const crossing of crossings) cut.push(crossing.at);
  }
  cut.push(coords[coords.length - 1] as Position);
  const parts: Position[][] = [];
  let current: Position[] = [];
  for (let i = 0; i + 1 < cut.length; i++) {
    const a = cut[i] as Position;
    const b = cut[i + 1] as Position;
    const mid: Position = [((a[0] ?? 0) + (b[0] ?? 0)) / 2, ((a[1] ?? 0) + (b[1] ?? 0)) / 2];
    if (booleanPointInPolygon(mid, area)) {
      if (current.length === 0) current.push(a);
      current.push(b);
    } else if (current.length > 0) {
      parts.push(current);
      current = [];
    }
  }
  if (current.length > 0) parts.push(current);
  return featureCollection(
    parts.filter((part) => part.length > 1).map((part) => lineString(part, line.properties)),
  );
}

function segmentIntersection(
  a: Position,
  b: Position,
  c: Position,
  d: Position,
): { t: number; at: Position } | null {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const [cx = 0, cy = 0] = c;
  const [dx = 0, dy = 0] = d;
  const denominator = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
  if (denominator === 0) return null;
  const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / denominator;
  const u = ((cx - ax) * (by - ay) - (cy - ay) * (bx - ax)) / denominator;
  if (t <= 0 || t >= 1 || u < 0 || u > 1) return null;
  return { t, at: [ax + t * (bx - ax), ay + t * (by - ay)] };
}
