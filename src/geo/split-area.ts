import buffer from '@turf/buffer';
import difference from '@turf/difference';
import flatten from '@turf/flatten';
import { featureCollection } from '@turf/helpers';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';

/** Options for {@link splitArea}. */
export interface SplitAreaOptions {
  /**
   * Width in kilometres of the cut: the pieces lie this far from the line on each side.
   * @defaultValue 0.005
   */
  cutKm?: number;
}

/**
 * Cuts an area along a line into the pieces on either side. The line must cross the area
 * from edge to edge (or end on its edge) for the cut to separate the two sides. Pieces are
 * returned largest first; every piece edge along the cut lies within `cutKm` of the line.
 */
export function splitArea(
  area: Feature<Polygon | MultiPolygon>,
  line: Feature<LineString>,
  options: SplitAreaOptions = {},
): FeatureCollection<Polygon> {
  const cut = buffer(line, options.cutKm ?? 0.005, { units: 'kilometers', steps: 4 });
  if (!cut) return flatten(area);
  const rest = difference(featureCollection([area, cut]));
  if (!rest) return featureCollection([]);
  const pieces = flatten(rest).features;
  pieces.sort((a, b) => roughArea(b.geometry) - roughArea(a.geometry));
  return featureCollection(pieces);
}

function roughArea(polygon: Polygon): number {
  const ring = polygon.coordinates[0] ?? [];
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum / 2);
}
