/**
 * Whether a table's position lies in Syria (Natural Earth 1:10m land, world-atlas), so a
 * position with latitude and longitude swapped, which still falls inside Syria's bounding box
 * (lat 36.6, lon 35.9 is in Turkey), is caught with a fix that says so.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { lineString, point } from '@turf/helpers';
import pointToLineDistance from '@turf/point-to-line-distance';
import polygonToLine from '@turf/polygon-to-line';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { loadSyria, type Area } from './admin.js';

/** How far (km) outside Natural Earth's generalised border a position may lie. */
export const LAND_MARGIN_KM = 3;

let syria: { area: Area; border: Feature<LineString>[] } | undefined;

function lines(feature: Feature<LineString | MultiLineString>): Position[][] {
  const g = feature.geometry;
  return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}

function loaded() {
  if (!syria) {
    const area = loadSyria();
    const outline = polygonToLine(area);
    const features = 'features' in outline ? outline.features : [outline];
    syria = { area, border: features.flatMap(lines).map((coords) => lineString(coords)) };
  }
  return syria;
}

/** True when [lon, lat] is in Syria or within {@link LAND_MARGIN_KM} of its border. */
export function inSyria(lon: number, lat: number): boolean {
  const { area, border } = loaded();
  const at = point([lon, lat]);
  if (booleanPointInPolygon(at, area)) return true;
  return border.some(
    (line) => pointToLineDistance(at, line, { units: 'kilometers' }) <= LAND_MARGIN_KM,
  );
}

/** What is wrong with a position outside Syria, and the fix; null when it is in Syria. */
export function landProblem(lat: number, lon: number): { problem: string; fix: string } | null {
  if (inSyria(lon, lat)) return null;
  if (inSyria(lat, lon)) {
    return {
      problem: `latitude and longitude look swapped: lat ${lat}, lon ${lon} lies outside Syria, but lat ${lon}, lon ${lat} lies inside`,
      fix: `swap them: lat ${lon}, lon ${lat}`,
    };
  }
  return {
    problem: `lat ${lat}, lon ${lon} lies outside Syria`,
    fix: 'check the numbers are WGS84 decimal degrees (lat about 32–37, lon about 35.7–42.4)',
  };
}
