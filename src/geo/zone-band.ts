import buffer from '@turf/buffer';
import { featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';

/** Options for {@link zoneBand}. */
export interface ZoneBandOptions {
  /**
   * Vertices per quarter circle at the line's ends and bends.
   * @defaultValue 16
   */
  steps?: number;
}

/**
 * Everything within `depthKm` of a line that lies inside `within`: with `within` the territory
 * on one side of the line, this is the one-sided zone that reaches `depthKm` into it; with
 * `within` covering both sides, it is the band carved equally from both.
 * Returns null when nothing of `within` is that close.
 */
export function zoneBand(
  line: Feature<LineString>,
  depthKm: number,
  within: Feature<Polygon | MultiPolygon>,
  options: ZoneBandOptions = {},
): Feature<Polygon | MultiPolygon> | null {
  const band = buffer(line, depthKm, { units: 'kilometers', steps: options.steps ?? 16 });
  if (!band) return null;
  return intersect(featureCollection([band, within]));
}
