import { lineString } from '@turf/helpers';
import type { Feature, GeoJsonProperties, LineString, Position } from 'geojson';

/**
 * A schematic road: straight segments through its waypoints in order. Needs two or more
 * distinct waypoints; repeated consecutive waypoints are dropped.
 */
export function highwayLine<P extends GeoJsonProperties>(
  waypoints: Position[],
  properties: P,
): Feature<LineString, P> {
  const coords = waypoints.filter(
    (p, i) => i === 0 || p[0] !== waypoints[i - 1]?.[0] || p[1] !== waypoints[i - 1]?.[1],
  );
  if (coords.length < 2) throw new Error('highwayLine: needs two or more distinct waypoints');
  return lineString(coords, properties);
}
