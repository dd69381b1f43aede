/**
 * Territory and contact line for every interval of the dated series, by the 17 Sep 2018 method
 * ({@link deriveTerritory}), with the zone readings' government-held share and how well each
 * side's area is sourced.
 */
import area from '@turf/area';
import bbox from '@turf/bbox';
import bboxClip from '@turf/bbox-clip';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import difference from '@turf/difference';
import { featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import union from '@turf/union';
import type { BBox, Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Control } from '../../geo/control-cells.js';
import { controlIntervals, type ControlInterval } from '../../geo/control-intervals.js';
import { publishOutline, type Area } from './admin.js';
import type { Basis, ChangeRow } from './dated-tables.js';
import { deriveTerritory, type ControlPoint, type TerritoryDerivation } from './derive.js';

/** A place of the series: its position, its side on 17 Sep 2018 and how that side is known. */
export interface SeriesPlace extends ControlPoint {
  basis: Basis;
}

/** One interval's derivation. */
export interface IntervalDerivation {
  interval: ControlInterval<ChangeRow>;
  territory: Record<Control, Area | null>;
  contactLine: Feature<LineString>;
  /** Basis of each place's side in this interval: its last change's, else its starting one's. */
  basisOf: Map<string, Basis>;
  /** The latest change of each place that changed hands by this interval. */
  lastChange: Map<string, ChangeRow>;
  /** Places whose whole cell was given back to their side (left across the smoothed line). */
  corrected: string[];
  /** Each place's Voronoi cell (over the whole study box). */
  cells: Feature<Polygon, { id: string; control: Control }>[];
}

/** Zone readings as published, by id. */
export type ZoneAreas = Record<'dmz-15km' | 'dmz-20km' | 'dmz-split', Area>;

/**
 * Derives every interval. The first (17 Sep 2018 until the first change) is `first`, the
 * 2018 derivation itself, so it is today's map exactly. Each later interval runs
 * {@link deriveTerritory} on the base and dated places with their sides on that day; a place
 * the smoothed line leaves on the other side's ground gets its whole cell back (see
 * {@link giveCellsBack}).
 */
export function deriveSeries(
  base: readonly SeriesPlace[],
  dated: readonly SeriesPlace[],
  changes: readonly ChangeRow[],
  syria: Area,
  first: TerritoryDerivation,
): IntervalDerivation[] {
  const intervals = controlIntervals(base, dated, changes);
  const places = new Map([...base, ...dated].map((p) => [p.id, p]));
  const lastChange = new Map<string, ChangeRow>();
  return intervals.map((interval, index) => {
    for (const change of interval.changes) lastChange.set(change.place, change);
    const rows = interval.sides.map((side) => {
      const place = places.get(side.id);
      if (!place) throw new Error(`deriveSeries: no place ${side.id}`);
      return { id: side.id, coordinates: place.coordinates, control: side.control };
    });
    const basisOf = new Map(
      interval.sides.map((s) => [
        s.id,
        lastChange.get(s.id)?.basis ?? places.get(s.id)?.basis ?? 'unsourced',
      ]),
    );
    const derived = index === 0 ? first : deriveTerritory(rows, syria, first.domain);
    const given =
      index === 0 ? { territory: first.territory, corrected: [] } : giveCellsBack(derived, rows);
    return {
      interval,
      territory: given.territory,
      contactLine: derived.contactLine,
      basisOf,
      lastChange: new Map([...lastChange].filter(([id]) => basisOf.has(id))),
      corrected: given.corrected,
      cells: derived.cells.features,
    };
  });
}

/**
 * Gives every government or opposition place that the smoothed line left on the other side's
 * ground its whole cell (within the area neither Turkey nor the SDF holds), taking it from the
 * other side, so that every place lies in its own side's territory. Returns the new territory
 * and the ids of the places moved.
 */
export function giveCellsBack(
  derived: TerritoryDerivation,
  rows: readonly ControlPoint[],
): { territory: Record<Control, Area | null>; corrected: string[] } {
  const territory = { ...derived.territory };
  const corrected: string[] = [];
  for (const row of rows) {
    if (row.control !== 'government' && row.control !== 'opposition') continue;
    const mine = territory[row.control];
    if (mine && booleanPointInPolygon(row.coordinates, mine)) continue;
    const cell = derived.cells.features.find((c) => c.properties.id === row.id);
    const other = row.control === 'government' ? 'opposition' : 'government';
    const theirs = territory[other];
    const piece = cell && theirs ? intersect(featureCollection([cell, theirs])) : null;
    if (!piece || !theirs) continue;
    territory[row.control] = mine ? union(featureCollection([mine, piece])) : piece;
    territory[other] = difference(featureCollection([theirs, piece]));
    corrected.push(row.id);
  }
  return { territory, corrected };
}

/** Tolerance (degrees, about 0.2 km) of the published territory outlines. */
export const TERRITORY_TOLERANCE_DEG = 0.002;

/**
 * A side's territory as published: simplified at {@link TERRITORY_TOLERANCE_DEG}, rounded and
 * rewound ({@link publishOutline}); computed once per interval and side. Shares and certainty
 * pieces are measured on it (the simplification moves areas by well under 0.5%).
 */
export function outlineOf(s: IntervalDerivation, control: Control): Area | null {
  const cache = outlineCache.get(s) ?? new Map<Control, Area | null>();
  outlineCache.set(s, cache);
  if (!cache.has(control)) {
    const region = s.territory[control];
    cache.set(control, region ? publishOutline(region, TERRITORY_TOLERANCE_DEG) : null);
  }
  return cache.get(control) ?? null;
}
const outlineCache = new WeakMap<IntervalDerivation, Map<Control, Area | null>>();

/** Share of each zone reading held by the government in each interval (0–1, 4 decimals). */
export function zoneShares(series: readonly IntervalDerivation[], zones: ZoneAreas) {
  const simple = Object.entries(zones).map(
    ([id, z]) => [id, publishOutline(z, TERRITORY_TOLERANCE_DEG)] as const,
  );
  const zoneArea = Object.fromEntries(simple.map(([id, z]) => [id, area(z)]));
  const box = bbox(featureCollection(simple.map(([, z]) => z)));
  return series.map((s) => {
    const government = clipToBox(outlineOf(s, 'government'), box);
    const shares = Object.fromEntries(
      simple.map(([id, zone]) => {
        const held = government ? intersect(featureCollection([zone, government])) : null;
        const share = held ? area(held) / (zoneArea[id] ?? 1) : 0;
        return [id, Math.round(share * 1e4) / 1e4];
      }),
    ) as Record<keyof ZoneAreas, number>;
    return { validFrom: s.interval.validFrom, validTo: s.interval.validTo, shares };
  });
}

/** How a side's area is known, from the weakest basis of the places that decide it. */
export type Certainty = 'sourced' | 'inferred' | 'unsourced';
const CERTAINTY: Record<Basis, Certainty> = {
  direct: 'sourced',
  inferred: 'inferred',
  unsourced: 'unsourced',
};

/** The weakest certainty of a side's places in an interval. */
export function sideCertainty(s: IntervalDerivation, control: Control): Certainty {
  const bases = s.interval.sides
    .filter((p) => p.control === control)
    .map((p) => s.basisOf.get(p.id));
  if (bases.includes('unsourced') || bases.includes(undefined)) return 'unsourced';
  return bases.includes('inferred') ? 'inferred' : 'sourced';
}

/**
 * A side's area cut by certainty: the part nearest to places whose current side is sourced,
 * inferred or unsourced (their Voronoi cells within the side's territory).
 */
export function certaintyPieces(
  s: IntervalDerivation,
  control: Control,
): { certainty: Certainty; area: Area }[] {
  const cache = piecesCache.get(s) ?? new Map<Control, { certainty: Certainty; area: Area }[]>();
  piecesCache.set(s, cache);
  const known = cache.get(control);
  if (known) return known;
  const pieces = computePieces(s, control);
  cache.set(control, pieces);
  return pieces;
}

const piecesCache = new WeakMap<
  IntervalDerivation,
  Map<Control, { certainty: Certainty; area: Area }[]>
>();

function computePieces(s: IntervalDerivation, control: Control) {
  const region = outlineOf(s, control);
  if (!region) return [];
  const side = new Map(s.interval.sides.map((p) => [p.id, p.control]));
  const classes = (['direct', 'inferred', 'unsourced'] as const)
    .map((basis) => ({
      basis,
      cells: s.cells.filter(
        (c) => side.get(c.properties.id) === control && s.basisOf.get(c.properties.id) === basis,
      ),
    }))
    .filter((c) => c.cells.length > 0);
  if (classes.length === 1 && classes[0]) {
    return [{ certainty: CERTAINTY[classes[0].basis], area: region }];
  }
  const pieces: { certainty: Certainty; area: Area }[] = [];
  // Cells depend only on the set of places, so their unions are shared between intervals.
  const pointSet = s.interval.sides.map((p) => p.id).join(' ');
  for (const { basis, cells } of classes) {
    const key = `${pointSet}|${cells.map((c) => c.properties.id).join(' ')}`;
    if (!unionCache.has(key)) {
      unionCache.set(
        key,
        cells.length === 1 ? (cells[0] ?? null) : union(featureCollection(cells)),
      );
    }
    const merged = unionCache.get(key);
    const near = merged ? clipToBox(region, bbox(merged)) : null;
    const piece = merged && near ? intersect(featureCollection([merged, near])) : null;
    if (piece && area(piece) > 1e5) pieces.push({ certainty: CERTAINTY[basis], area: piece });
  }
  return pieces;
}

const unionCache = new Map<string, Area | null>();

/**
 * The part of `region` inside `box` (Sutherland–Hodgman, linear), without the degenerate rings
 * a box clip can leave, so the overlay that follows works on a small polygon. Null if empty.
 */
function clipToBox(region: Area | null, box: BBox): Area | null {
  if (!region) return null;
  const clipped = bboxClip(region, box).geometry as Polygon | MultiPolygon;
  const all: Position[][][] =
    clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
  const polygons = all
    .map((rings) => rings.filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0);
  if (polygons.length === 0) return null;
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  };
}
