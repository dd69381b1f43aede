/** The highways, cities and observation posts of the main collection, from their tables. */
import type { Geometry } from 'geojson';
import { HIGHWAY_ACCURACY_KM } from '../../domain/accuracy.js';
import { highwayLine } from '../../geo/highway-line.js';
import type { FeatureProperties } from '../../types.js';
import type { SeriesBuild } from './build-series.js';
import { plainWording } from './provenance.js';
import { controlAt, positionWording } from './publish-layers.js';
import { TABLES, type CityRow, type ControlRow, type PostRow, type Waypoint } from './tables.js';

/** Adds one feature to the collection being built. */
export type AddFeature = (
  id: string,
  name: string,
  kind: FeatureProperties['kind'],
  geometry: Geometry,
  description: string,
  provenance: FeatureProperties['provenance'],
  extra?: Partial<FeatureProperties>,
) => void;

/** The M4 and M5, schematic: straight segments through the towns they pass. */
export function addHighways(add: AddFeature, routes: ReadonlyMap<string, Waypoint[]>): void {
  for (const [route, id, name, variants, description] of [
    [
      'M4',
      'm4',
      'M4 highway (schematic)',
      ['M4', 'M-4', 'Aleppo–Latakia highway', 'Latakia–Aleppo highway'],
      'M4 Aleppo–Latakia highway; transit to be restored by end of 2018 (memorandum item 8); drawn schematically through its towns',
    ],
    [
      'M5',
      'm5',
      'M5 highway (schematic)',
      ['M5', 'M-5', 'Aleppo–Hama highway', 'Damascus–Aleppo highway'],
      'M5 Aleppo–Hama highway; transit to be restored by end of 2018 (memorandum item 8); drawn schematically through its towns',
    ],
  ] as const) {
    const waypoints = routes.get(route);
    if (!waypoints) throw new Error(`${TABLES.highways} has no ${route}`);
    const line = highwayLine(
      waypoints.map((w) => w.coordinates),
      {},
    );
    add(
      id,
      name,
      'highway',
      line.geometry,
      description,
      {
        method: `Straight segments through the towns the road passes, in order (${waypoints.map((w) => w.name).join(' – ')}); the real road bends between them`,
        sources: [TABLES.highways, ...new Set(waypoints.map((w) => w.coordSource))],
        accuracyKm: HIGHWAY_ACCURACY_KM,
      },
      {
        schematic: true,
        nameVariants: [...variants],
        waypoints: waypoints.map((w) => ({ name: w.name, verify: w.verify })),
      },
    );
  }
}

/** What the cities and posts are built from. */
export interface PointInputs {
  cities: readonly CityRow[];
  posts: readonly PostRow[];
  rows: readonly ControlRow[];
  statusHistory: SeriesBuild['statusHistory'];
}

/** The cities (GeoNames points) and the observation posts, with their status through time. */
export function addPoints(add: AddFeature, p: PointInputs): void {
  for (const city of p.cities) {
    add(
      city.id,
      city.name,
      'city',
      { type: 'Point', coordinates: city.coordinates },
      city.description,
      {
        method: city.geonamesId
          ? `GeoNames point, id ${city.geonamesId}`
          : 'Position from the table',
        sources: [city.coordSource],
        accuracyKm: 1,
      },
      {
        nameVariants: city.nameVariants,
        nameAr: city.nameAr || undefined,
        geonamesId: city.geonamesId,
        control: controlAt(p.rows, city.coordinates),
      },
    );
  }
  const ordinal = (n: number): string =>
    `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
  for (const post of p.posts) {
    add(
      post.id,
      // The order is the list the table follows (Wikipedia's), not a number: the news number
      // the posts differently (Anadolu's "post 8" is Sarman, the list's 6th), so none is shown
      // as the post's number.
      `Turkish observation post: ${post.name}`,
      'observation-point',
      { type: 'Point', coordinates: post.coordinates },
      `Turkish observation post, ${ordinal(post.order)} of the twelve in the list the table follows (news reports number the posts differently), ${post.location}; ${positionWording(post)}`,
      {
        method: plainWording(`Position: ${post.coordSource}`),
        sources: [
          TABLES.posts,
          ...post.sources,
          ...new Set((p.statusHistory.get(post.id) ?? []).flatMap((r) => r.sources)),
        ],
        accuracyKm: post.accuracyKm,
      },
      {
        nameVariants: [post.name, ...post.nameVariants],
        established: post.established,
        coordQuality: post.coordQuality,
        coordBasis: post.coordBasis,
        verify: post.verify,
        order: post.order,
        statusHistory: (p.statusHistory.get(post.id) ?? []).map((r) => ({
          date: r.date,
          status: r.status,
          basis: r.basis,
        })),
      },
    );
  }
}
