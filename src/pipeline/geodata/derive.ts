import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import difference from '@turf/difference';
import { SPLIT_INNER_KM, ZONE } from '../../domain/zone.js';
import { featureCollection, point, polygon } from '@turf/helpers';
import intersect from '@turf/intersect';
import length from '@turf/length';
import pointOnFeature from '@turf/point-on-feature';
import union from '@turf/union';
import type { BBox, Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import { clipLine } from '../../geo/clip-line.js';
import { controlCells, type Control } from '../../geo/control-cells.js';
import { sharedBoundary } from '../../geo/shared-boundary.js';
import { smoothLine } from '../../geo/smooth-line.js';
import { splitArea } from '../../geo/split-area.js';
import { zoneBand } from '../../geo/zone-band.js';
import type { Area } from './admin.js';
import type { ControlRow } from './tables.js';

/** What the derivation needs of a place: its id, position and side. */
export type ControlPoint = Pick<ControlRow, 'id' | 'coordinates' | 'control'>;

/** The study area the control cells cover, [west, south, east, north]: north-west Syria. */
export const STUDY_BBOX: BBox = [35.7, 34.95, 37.6, 36.85];
/** Rounds of Chaikin smoothing applied to the raw contact line. */
export const SMOOTHING_ITERATIONS = 3;
/** Zone depths, km. */
export const DEPTHS = {
  near: ZONE.core.depthKm,
  far: ZONE.margin.depthKm,
  splitInner: SPLIT_INNER_KM,
  splitOuter: ZONE.split.depthKm,
} as const;

/** Everything derived from the control table: the territory steps and the zones. */
export interface Derivation extends TerritoryDerivation {
  zone15: Area;
  zone20: Area;
  split10: Area;
  split75: Area;
}

/** Who held what, and the line between opposition and government, from the control points. */
export interface TerritoryDerivation {
  /** Areas held by each side inside the study area (smoothed along the line). */
  territory: Record<Control, Area | null>;
  /** The smoothed opposition–government line, clipped to Syria. */
  contactLine: Feature<LineString>;
  /** Other, shorter opposition–government boundaries the cells produced (pockets), if any. */
  otherBoundaries: Feature<LineString>[];
  /** The Voronoi cell of each control point (before clipping to Syria). */
  cells: FeatureCollection<Polygon, { id: string; control: Control }>;
  /** Syria inside the study area: what the territory covers. */
  domain: Area;
}

/**
 * Control points → Voronoi cells → regions per side → the shared opposition–government edge,
 * smoothed (Chaikin) and clipped to Syria → opposition territory re-cut along that same smoothed
 * line → zones as bands of 15 and 20 km inside it, and the split reading of 10 (7.5) km on both
 * sides clipped to Syria minus the Turkish-held area.
 */
export function deriveZone(rows: readonly ControlPoint[], syria: Area): Derivation {
  const derived = deriveTerritory(rows, syria);
  const { contactLine } = derived;
  const { opposition: oppositionArea, turkish } = derived.territory;
  if (!oppositionArea) throw new Error('deriveZone: no opposition territory');
  const notTurkish = turkish
    ? must(difference(featureCollection([syria, turkish])), 'Syria')
    : syria;
  return {
    ...derived,
    zone15: must(zoneBand(contactLine, DEPTHS.near, oppositionArea), 'dmz-15km'),
    zone20: must(zoneBand(contactLine, DEPTHS.far, oppositionArea), 'dmz-20km'),
    split10: must(zoneBand(contactLine, DEPTHS.splitOuter, notTurkish), 'dmz-split'),
    split75: must(zoneBand(contactLine, DEPTHS.splitInner, notTurkish), 'dmz-split inner'),
  };
}

/**
 * The territory steps of {@link deriveZone} without the zones: control points → Voronoi cells →
 * regions per side → the smoothed opposition–government line → opposition territory re-cut
 * along it, with government pockets inside opposition land carved out. `domain` may be passed
 * when it is already known (Syria ∩ the study area), to save recomputing it.
 */
export function deriveTerritory(
  rows: readonly ControlPoint[],
  syria: Area,
  knownDomain?: Area,
): TerritoryDerivation {
  const points = featureCollection(
    rows.map((row) => point(row.coordinates, { id: row.id, control: row.control })),
  );
  const cells = controlCells(points, STUDY_BBOX);
  const domain =
    knownDomain ?? must(intersect(featureCollection([syria, boxPolygon(STUDY_BBOX)])), 'domain');
  const region = (control: Control): Area | null => {
    const mine = cells.features.filter((cell) => cell.properties.control === control);
    if (mine.length === 0) return null;
    const merged = mine.length === 1 ? mine[0] : union(featureCollection(mine));
    return merged ? intersect(featureCollection([merged, domain])) : null;
  };
  const turkish = region('turkish');
  const sdf = region('sdf');
  const boundaries = sharedBoundary(
    cells,
    (p) => p.control === 'opposition',
    (p) => p.control === 'government',
  ).features;
  const raw = must(boundaries[0], 'opposition–government boundary');
  const smooth = smoothLine(raw, { iterations: SMOOTHING_ITERATIONS });
  const parts = clipLine(smooth, domain).features.sort((a, b) => length(b) - length(a));
  const contactLine = must(parts[0], 'contact line inside Syria');
  const others = [turkish, sdf].filter((area): area is Area => area !== null);
  const notOthers =
    others.length > 0 ? must(difference(featureCollection([domain, ...others])), 'domain') : domain;
  const pieces = splitArea(notOthers, smooth).features;
  const opposition = pieces.filter((piece) => sideOf(piece, rows, cells.features) === 'opposition');
  const government = pieces.filter((piece) => sideOf(piece, rows, cells.features) !== 'opposition');
  // Government pockets the line does not reach (a pocket's own edge is left unsmoothed).
  const pocketCells = cells.features.filter(
    (cell) =>
      cell.properties.control === 'government' &&
      opposition.some((piece) => booleanPointInPolygon(cellPoint(cell, rows), piece)),
  );
  const oppositionWhole = merge(opposition, 'opposition territory');
  const oppositionArea =
    pocketCells.length > 0
      ? must(
          difference(featureCollection([oppositionWhole, ...pocketCells])),
          'opposition territory',
        )
      : oppositionWhole;
  for (const cell of pocketCells) {
    const pocket = intersect(featureCollection([cell, domain]));
    if (pocket) government.push(...flattenPolygons(pocket));
  }
  const governmentArea = government.length > 0 ? merge(government, 'government territory') : null;
  return {
    territory: { opposition: oppositionArea, government: governmentArea, turkish, sdf },
    contactLine,
    otherBoundaries: [...boundaries.slice(1), ...parts.slice(1)],
    cells,
    domain,
  };
}

/** Which side a piece is on: the majority of the control points inside it, else its cell's. */
function sideOf(
  piece: Feature<Polygon>,
  rows: readonly ControlPoint[],
  cells: readonly Feature<Polygon, { control: Control }>[],
): Control {
  let opposition = 0;
  let other = 0;
  for (const row of rows) {
    if (!booleanPointInPolygon(row.coordinates, piece)) continue;
    if (row.control === 'opposition') opposition++;
    else other++;
  }
  if (opposition !== other) return opposition > other ? 'opposition' : 'government';
  const inside = pointOnFeature(piece);
  const cell = cells.find((c) => booleanPointInPolygon(inside, c));
  return cell?.properties.control ?? 'government';
}

function cellPoint(cell: Feature<Polygon, { id: string }>, rows: readonly ControlPoint[]) {
  const row = rows.find((r) => r.id === cell.properties.id);
  if (!row) throw new Error(`deriveZone: no row for cell ${cell.properties.id}`);
  return row.coordinates;
}

function flattenPolygons(area: Area): Feature<Polygon>[] {
  if (area.geometry.type === 'Polygon') return [area as Feature<Polygon>];
  return area.geometry.coordinates.map((coordinates) => polygon(coordinates));
}

function merge(pieces: Feature<Polygon>[], what: string): Area {
  if (pieces.length === 1) return must(pieces[0], what);
  return must(union(featureCollection(pieces)), what);
}

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`deriveZone: no ${what}`);
  return value;
}

function boxPolygon([west, south, east, north]: BBox): Feature<Polygon> {
  return polygon([
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ]);
}
