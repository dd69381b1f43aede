import bearing from '@turf/bearing';
import buffer from '@turf/buffer';
import destination from '@turf/destination';
import difference from '@turf/difference';
import { featureCollection, polygon } from '@turf/helpers';
import length from '@turf/length';
import lineSliceAlong from '@turf/line-slice-along';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';

/** Options for {@link highwayCorridor}. */
export interface HighwayCorridorOptions {
  /**
   * Vertices per quarter circle where the band bends.
   * @defaultValue 16
   */
  steps?: number;
}

/**
 * A corridor `halfWidthKm` deep on each side of the stretch of `road` from `fromKm` to `toKm`
 * (distances along the road from its first point). The ends are cut square, across the road,
 * so the corridor ends where the stretch ends rather than in half circles. `fromKm` must be less
 * than `toKm`, and both within the road's length.
 */
export function highwayCorridor(
  road: Feature<LineString>,
  fromKm: number,
  toKm: number,
  halfWidthKm: number,
  options: HighwayCorridorOptions = {},
): Feature<Polygon | MultiPolygon> {
  const total = length(road, { units: 'kilometers' });
  if (!(fromKm >= 0 && fromKm < toKm && toKm <= total + 1e-9)) {
    throw new Error(`highwayCorridor: stretch ${fromKm}–${toKm} km is not within 0–${total} km`);
  }
  const stretch = lineSliceAlong(road, fromKm, toKm, { units: 'kilometers' });
  const band = buffer(stretch, halfWidthKm, { units: 'kilometers', steps: options.steps ?? 16 });
  if (!band) throw new Error('highwayCorridor: buffer failed');
  const coords = stretch.geometry.coordinates;
  const caps = [
    capBeyond(coords[0] as Position, coords[1] as Position, halfWidthKm),
    capBeyond(
      coords[coords.length - 1] as Position,
      coords[coords.length - 2] as Position,
      halfWidthKm,
    ),
  ];
  const cut = difference(featureCollection([band, ...caps]));
  if (!cut) throw new Error('highwayCorridor: nothing left after cutting the ends');
  return cut;
}

/** The box beyond `end`, away from `inside`: what a round buffer cap adds past the end. */
function capBeyond(end: Position, inside: Position, halfWidthKm: number): Feature<Polygon> {
  const out = bearing(inside, end);
  const reach = halfWidthKm * 1.5;
  const at = (from: Position, angle: number, km: number) =>
    destination(from, km, angle, { units: 'kilometers' }).geometry.coordinates;
  const left = at(end, out - 90, reach);
  const right = at(end, out + 90, reach);
  const ring = [left, at(left, out, reach), at(right, out, reach), right, left];
  return polygon([ring]);
}
