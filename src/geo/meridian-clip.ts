/**
 * Clipping at a meridian, for the side-by-side comparison: on the north-up Mercator map a
 * vertical line of the screen is a meridian, so the part of an area left of the divider is the
 * part west of its longitude. Loaded with the comparison (Turf's `bbox-clip`), not the first view.
 */
import { bboxClip } from '@turf/bbox-clip';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** Which side of the meridian to keep. */
export type MeridianSide = 'west' | 'east';

const isArea = (f: Feature): f is Feature<Polygon | MultiPolygon> =>
  f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

/** The clipped geometry's polygons that kept an outer ring, as one geometry (`null`: none). */
function kept(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const left = polygons.filter((rings) => (rings[0]?.length ?? 0) >= 4);
  if (left.length === 0) return null;
  return left.length === 1 && left[0]
    ? { type: 'Polygon', coordinates: left[0] }
    : { type: 'MultiPolygon', coordinates: left };
}

/**
 * The parts of the area features of `features` on one side of the meridian `lng` (other
 * geometries are left out); properties are kept.
 */
export function clipAtMeridian(
  features: readonly Feature[],
  lng: number,
  side: MeridianSide,
): FeatureCollection {
  const bbox: [number, number, number, number] =
    side === 'west' ? [-180, -90, Math.max(-180, lng), 90] : [Math.min(180, lng), -90, 180, 90];
  const clipped: Feature[] = [];
  for (const feature of features.filter(isArea)) {
    if (bbox[0] >= bbox[2]) break;
    const geometry = kept((bboxClip(feature, bbox) as Feature<Polygon | MultiPolygon>).geometry);
    if (geometry) clipped.push({ type: 'Feature', properties: feature.properties, geometry });
  }
  return { type: 'FeatureCollection', features: clipped };
}
