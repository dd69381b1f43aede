import { lineString } from '@turf/helpers';
import type { Feature, GeoJsonProperties, LineString, Position } from 'geojson';

/** Options for {@link smoothLine}. */
export interface SmoothLineOptions {
  /**
   * Rounds of Chaikin corner cutting; each doubles the vertices and rounds every corner.
   * @defaultValue 3
   */
  iterations?: number;
}

/**
 * Smooths a line by Chaikin's corner cutting: every segment is replaced by the points at 1/4 and
 * 3/4 of its length, so corners become curves. The two end points stay where they are, and the
 * result never leaves the original line's convex hull (it moves at most half a segment).
 */
export function smoothLine<P extends GeoJsonProperties>(
  line: Feature<LineString, P>,
  options: SmoothLineOptions = {},
): Feature<LineString, P> {
  let coords = line.geometry.coordinates;
  for (let round = 0; round < (options.iterations ?? 3); round++) coords = chaikin(coords);
  return lineString(coords, line.properties);
}

function chaikin(coords: Position[]): Position[] {
  if (coords.length < 3) return coords;
  const first = coords[0] as Position;
  const last = coords[coords.length - 1] as Position;
  const out: Position[] = [first];
  for (let i = 0; i + 1 < coords.length; i++) {
    const [x1 = 0, y1 = 0] = coords[i] as Position;
    const [x2 = 0, y2 = 0] = coords[i + 1] as Position;
    if (i > 0) out.push([0.75 * x1 + 0.25 * x2, 0.75 * y1 + 0.25 * y2]);
    if (i + 2 < coords.length) out.push([0.25 * x1 + 0.75 * x2, 0.25 * y1 + 0.75 * y2]);
  }
  out.push(last);
  return out;
}
