import kinks from '@turf/kinks';
import type { Feature, Geometry, Position } from 'geojson';
import { KIND_IDS, type FeatureKind } from '../../domain/kinds.js';
import type { AppFeatureCollection } from '../../types.js';
import { DataError } from '../errors.js';

/** Syria's bounding box, [west, south, east, north], with a small margin. */
export const SYRIA_BBOX: [number, number, number, number] = [35.7, 32.3, 42.4, 37.35];

const KINDS: readonly FeatureKind[] = KIND_IDS;

/**
 * Checks a published collection: RFC 7946 structure and winding (exterior rings
 * counter-clockwise, holes clockwise), closed rings, no self-intersections, every position
 * inside {@link SYRIA_BBOX}, kebab-case unique ids, known kinds, provenance, and that every id in
 * `requiredIds` is present. The first problem throws a {@link DataError} naming `file`.
 */
export function validateCollection(
  collection: AppFeatureCollection,
  file: string,
  requiredIds: readonly string[] = [],
): void {
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new DataError(file, 0, 'not a GeoJSON FeatureCollection', 'build a FeatureCollection');
  }
  const ids = new Set<string>();
  for (const feature of collection.features) {
    const id = String(feature.properties?.id ?? '');
    const bad = (problem: string, fix: string): never => {
      throw new DataError(file, 0, `feature "${id}": ${problem}`, fix);
    };
    if (feature.type !== 'Feature') bad('type is not "Feature"', 'wrap the geometry in a Feature');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
      bad('id is not kebab-case', 'give it a kebab-case id');
    if (ids.has(id)) bad('id is used twice', 'make every id unique');
    ids.add(id);
    const p = feature.properties;
    if (!p.name) bad('has no name', 'give it a name');
    if (!KINDS.includes(p.kind))
      bad(`kind "${String(p.kind)}" is unknown`, `use one of ${KINDS.join(', ')}`);
    if (
      !p.provenance?.method ||
      !Array.isArray(p.provenance.sources) ||
      p.provenance.sources.length === 0
    ) {
      bad('provenance needs a method and at least one source', 'fill in provenance');
    }
    if (!(p.provenance.accuracyKm >= 0))
      bad('provenance.accuracyKm is not a number ≥ 0', 'state the accuracy');
    if (!Array.isArray(p.quotes)) bad('quotes is not an array', 'set quotes: []');
    const problem = geometryProblem(feature);
    if (problem) bad(problem.text, problem.fix);
  }
  for (const id of requiredIds) {
    if (!ids.has(id))
      throw new DataError(file, 0, `required feature "${id}" is missing`, 'build it');
  }
}

/** The first RFC 7946 or topology problem of a feature's geometry, or null. */
export function geometryProblem(feature: Feature<Geometry>): { text: string; fix: string } | null {
  const g = feature.geometry;
  if (!g) return { text: 'has no geometry', fix: 'give it a geometry' };
  for (const position of positions(g)) {
    const [lon, lat] = position;
    if (position.length < 2 || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      return { text: 'has a position that is not [lon, lat]', fix: 'write [lon, lat] numbers' };
    }
    const [west, south, east, north] = SYRIA_BBOX;
    if (
      (lon as number) < west ||
      (lon as number) > east ||
      (lat as number) < south ||
      (lat as number) > north
    ) {
      return {
        text: `position [${lon}, ${lat}] lies outside Syria's bounding box`,
        fix: 'clip it to Syria or correct the coordinates',
      };
    }
  }
  const polygons =
    g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  for (const polygon of polygons) {
    for (const [index, ring] of polygon.entries()) {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (ring.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) {
        return {
          text: 'has a ring that is not closed or has fewer than 4 positions',
          fix: 'close every ring',
        };
      }
      const ccw = signedArea(ring) > 0;
      if (index === 0 && !ccw)
        return {
          text: 'has a clockwise exterior ring (RFC 7946 §3.1.6)',
          fix: 'rewind it with @turf/rewind',
        };
      if (index > 0 && ccw)
        return {
          text: 'has a counter-clockwise hole (RFC 7946 §3.1.6)',
          fix: 'rewind it with @turf/rewind',
        };
    }
  }
  if (g.type === 'LineString' && g.coordinates.length < 2) {
    return { text: 'is a line with fewer than 2 positions', fix: 'give it two or more positions' };
  }
  if (g.type !== 'Point' && g.type !== 'MultiPoint' && g.type !== 'GeometryCollection') {
    const crossings = kinks(
      feature as Feature<
        Exclude<Geometry, { type: 'Point' | 'MultiPoint' | 'GeometryCollection' }>
      >,
    );
    const at = crossings.features[0]?.geometry.coordinates;
    if (at)
      return {
        text: `intersects itself near [${at.join(', ')}]`,
        fix: 'simplify or repair the geometry',
      };
  }
  return null;
}

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}

function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}
