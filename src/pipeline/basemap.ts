import { createRequire } from 'node:module';
import bboxClip from '@turf/bbox-clip';
import simplify from '@turf/simplify';
import { feature as topoFeature, mesh } from 'topojson-client';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { roundCoordinates } from './round.js';

/** Area the basemap covers: Syria and its neighbours' nearby parts, [west, south, east, north]. */
export const BASEMAP_BBOX: [number, number, number, number] = [31.5, 30.5, 44.5, 39.5];

/**
 * Countries the basemap names, by ISO 3166-1 numeric code, with a hand-placed label point
 * ([lon, lat]) so each name is drawn once, near the area the map shows.
 */
const COUNTRY_LABELS: Record<string, { name: string; at: [number, number] }> = {
  '760': { name: 'Syria', at: [37.9, 35.25] },
  '792': { name: 'Turkey', at: [36.9, 37.35] },
  '422': { name: 'Lebanon', at: [35.95, 33.95] },
  '376': { name: 'Israel', at: [35.0, 31.6] },
  '400': { name: 'Jordan', at: [36.9, 31.2] },
  '368': { name: 'Iraq', at: [42.6, 34.6] },
  '196': { name: 'Cyprus', at: [33.2, 35.05] },
};

/**
 * Douglas–Peucker tolerance in degrees (about 200 m): below what Natural Earth 1:10m resolves
 * at the zooms the map is read at, and it halves the file.
 */
export const BASEMAP_SIMPLIFY_DEG = 0.002;

/** Where the basemap comes from, for the README and the app's attribution. */
export const BASEMAP_SOURCE =
  'Natural Earth 1:10m admin-0 countries (public domain), via world-atlas 2.0.2 (ISC)';

type CountryProps = { name: string };

/**
 * Converts Natural Earth 1:10m countries (world-atlas TopoJSON) into the basemap: land polygons
 * per country, every land border as a line, and the Syria–Turkey border as its own feature so it
 * can be drawn boldly. Clipped to {@link BASEMAP_BBOX} and rounded to 4 decimals (about 10 m).
 */
export function buildBasemap(topology: Topology): FeatureCollection {
  const countries = topology.objects['countries'] as GeometryCollection<CountryProps>;
  const features: Feature[] = [];
  for (const geometry of countries.geometries) {
    const id = String(geometry.id ?? '');
    const name = (geometry.properties as CountryProps | undefined)?.name ?? '';
    const land = topoFeature(topology, geometry) as Feature<Polygon | MultiPolygon>;
    const clipped = bboxClip(land, BASEMAP_BBOX).geometry as Polygon | MultiPolygon;
    if (isEmpty(clipped)) continue;
    features.push({
      type: 'Feature',
      properties: {
        id: `country-${id || slug(name)}`,
        name,
        kind: 'country',
        syria: id === '760',
      },
      geometry: roundCoordinates(simplified(clipped)),
    });
  }
  for (const [id, label] of Object.entries(COUNTRY_LABELS)) {
    features.push({
      type: 'Feature',
      properties: { id: `label-${id}`, name: label.name, kind: 'country-label' },
      geometry: { type: 'Point', coordinates: label.at },
    });
  }
  const borders = mesh(topology, countries, (a, b) => a !== b);
  const turkeySyria = mesh(
    topology,
    countries,
    (a, b) => a !== b && [a.id, b.id].includes('760') && [a.id, b.id].includes('792'),
  );
  features.push(lineFeature('borders', 'International borders', borders, false));
  features.push(lineFeature('border-syria-turkey', 'Syria–Turkey border', turkeySyria, true));
  return { type: 'FeatureCollection', features };
}

/** Loads world-atlas's 1:10m countries from node_modules. */
export function loadCountriesTopology(): Topology {
  const require = createRequire(import.meta.url);
  return require('world-atlas/countries-10m.json') as Topology;
}

function lineFeature(id: string, name: string, geometry: MultiLineString, turkish: boolean) {
  const clipped = bboxClip(geometry, BASEMAP_BBOX);
  return {
    type: 'Feature' as const,
    properties: { id, name, kind: 'border', turkish },
    geometry: roundCoordinates(simplified(clipped.geometry)),
  };
}

function simplified<G extends Geometry>(geometry: G): G {
  return simplify(geometry, { tolerance: BASEMAP_SIMPLIFY_DEG, highQuality: true });
}

function isEmpty(geometry: Polygon | MultiPolygon): boolean {
  return geometry.coordinates.every((part) => part.length === 0);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
