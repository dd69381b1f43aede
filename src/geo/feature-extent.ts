/** Extents of GeoJSON geometries: every position, the bounding box, an anchor point. Pure. */
import type { Geometry, Position } from 'geojson';

/** Every position of a geometry, flattened. */
export function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positions);
  }
}

/** Bounding box [west, south, east, north] of a geometry. */
export function bboxOf(geometry: Geometry): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of positions(geometry)) {
    w = Math.min(w, x);
    s = Math.min(s, y);
    e = Math.max(e, x);
    n = Math.max(n, y);
  }
  return [w, s, e, n];
}

/** A representative point: the point itself, or the bbox centre. */
export function anchorOf(geometry: Geometry): [number, number] {
  const [w, s, e, n] = bboxOf(geometry);
  return [(w + e) / 2, (s + n) / 2];
}

/**
 * Position along a polyline of the vertex nearest to a point (vertex index), a cheap and
 * stable "how far along the contact line" measure at this scale.
 */
export function positionAlong(line: readonly Position[], point: readonly [number, number]): number {
  let best = 0;
  let bestDistance = Infinity;
  const cosLat = Math.cos((point[1] * Math.PI) / 180);
  line.forEach(([x = 0, y = 0], index) => {
    const d = ((x - point[0]) * cosLat) ** 2 + (y - point[1]) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = index;
    }
  });
  return best;
}
