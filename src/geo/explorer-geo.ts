/**
 * The zone-width explorer's geometry, loaded lazily with its Turf modules: the one-sided band at
 * any width (the same `zoneBand` the pipeline uses for the published 15 and 20 km zones), its
 * area, the settlements inside it, and what a clicked point's distance to the contact line means.
 */
import area from '@turf/area';
import buffer from '@turf/buffer';
import lineSlice from '@turf/line-slice';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToLineDistance from '@turf/point-to-line-distance';
import simplify from '@turf/simplify';
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { clipLine } from './clip-line.js';
import { zoneBand } from './zone-band.js';

/** A settlement with its distance to the contact line. */
export interface MeasuredSettlement {
  id: string;
  name: string;
  /** Who held it on 17 Sep 2018. */
  control: string;
  distanceKm: number;
}

/** The band at one width. */
export interface BandStats {
  widthKm: number;
  band: Feature<Polygon | MultiPolygon> | null;
  areaKm2: number;
  /** Opposition-held settlements within `widthKm` of the line, nearest first. */
  inside: MeasuredSettlement[];
}

/** What a point's distance means for the 15 and 20 km zones. */
export interface PointReport {
  distanceKm: number;
  /** Whether the point lies in opposition-held territory (the side the zone was agreed on). */
  oppositionSide: boolean;
  in15: boolean;
  in20: boolean;
  text: string;
}

/**
 * Tolerance (degrees, about 0.5 km) to which the contact line is simplified for the live band:
 * buffering the full line takes about a second, the simplified one tens of milliseconds, and the
 * band's area stays within 1 % of the published zones' (a unit test checks it).
 */
export const PREVIEW_TOLERANCE_DEG = 0.005;

/** The contact line simplified for the live band (settlement distances use the full line). */
export function previewLine(line: Feature<LineString>): Feature<LineString> {
  return simplify(line, { tolerance: PREVIEW_TOLERANCE_DEG, highQuality: true });
}

/** Measures every settlement's distance to the line (once; the slider then only filters). */
export function measureSettlements(
  line: Feature<LineString>,
  settlements: FeatureCollection,
): MeasuredSettlement[] {
  return settlements.features
    .filter((f): f is Feature<Point> => f.geometry?.type === 'Point')
    .map((f) => ({
      id: String(f.properties?.['id'] ?? ''),
      name: String(f.properties?.['name'] ?? f.properties?.['id'] ?? ''),
      control: String(f.properties?.['control'] ?? ''),
      distanceKm: pointToLineDistance(f, line, { units: 'kilometers' }),
    }))
    .sort((a, b) => a.distanceKm - b.distanceKm);
}

/** Opposition-held settlements within `widthKm` of the line. */
export function settlementsInside(
  measured: readonly MeasuredSettlement[],
  widthKm: number,
): MeasuredSettlement[] {
  return measured.filter((s) => s.control === 'opposition' && s.distanceKm <= widthKm);
}

/**
 * The band `widthKm` deep inside `opposition` around `line` (pass {@link previewLine} for live
 * redraws), its area, and the settlements within `widthKm` of the full line.
 */
export function bandStats(
  line: Feature<LineString>,
  opposition: Feature<Polygon | MultiPolygon>,
  measured: readonly MeasuredSettlement[],
  widthKm: number,
): BandStats {
  const band = widthKm > 0 ? zoneBand(line, widthKm, opposition, { steps: 8 }) : null;
  return {
    widthKm,
    band,
    areaKm2: band ? area(band) / 1e6 : 0,
    inside: settlementsInside(measured, widthKm),
  };
}

/** "8.2 km from the contact line: inside the 15 km zone and inside the 20 km zone". */
export function pointReport(
  at: [number, number],
  line: Feature<LineString>,
  opposition: Feature<Polygon | MultiPolygon>,
): PointReport {
  const distanceKm = pointToLineDistance(at, line, { units: 'kilometers' });
  const oppositionSide = booleanPointInPolygon(at, opposition);
  const in15 = oppositionSide && distanceKm <= 15;
  const in20 = oppositionSide && distanceKm <= 20;
  const km = distanceKm.toFixed(1);
  const side = oppositionSide ? 'opposition-held side' : 'not on the opposition-held side';
  const verdict = (inside: boolean, depth: number) =>
    `${inside ? 'inside' : 'outside'} the ${depth} km zone`;
  const why = oppositionSide ? '' : ' (the agreed zone lies on the opposition-held side only)';
  return {
    distanceKm,
    oppositionSide,
    in15,
    in20,
    text: `${km} km from the contact line, ${side}: ${verdict(in15, 15)}, ${verdict(in20, 20)}${why}.`,
  };
}

/** Area of a polygon feature, km². */
export function areaKm2(feature: Feature): number {
  return area(feature) / 1e6;
}

/**
 * A security corridor `km` deep either side of a road, from `start` westwards to where the road
 * leaves `within` (the 5 Mar 2020 protocol's M4 corridor: from near Saraqib to the Latakia
 * border). Returns null when the road does not pass `start` inside `within`.
 */
export function roadCorridor(
  road: Feature<LineString>,
  start: Position,
  within: Feature<Polygon | MultiPolygon>,
  km: number,
): Feature<Polygon | MultiPolygon> | null {
  const part = clipLine(road, within).features.find(
    (p) => pointToLineDistance(start, p, { units: 'kilometers' }) < 0.5,
  );
  const coords = part?.geometry.coordinates;
  const first = coords?.[0];
  const last = coords?.[coords.length - 1];
  if (!part || !first || !last) return null;
  const west = (first[0] ?? 0) < (last[0] ?? 0) ? first : last;
  const stretch = lineSlice(west, start, part);
  return buffer(stretch, km, { units: 'kilometers', steps: 8 }) ?? null;
}
