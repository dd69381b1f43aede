/**
 * Reading order of the features: for the keyboard walk on the map (along the contact line, then
 * cities, then posts) and for the feature list's groups. Pure functions over GeoJSON.
 */
import type { Geometry, Position } from 'geojson';
import type { AppFeature, FeatureKind } from '../types.js';
import { foldForSearch } from './text.js';

/** List groups, in order, with their headings. */
export const KIND_GROUPS: readonly { kinds: readonly FeatureKind[]; heading: string }[] = [
  { kinds: ['contact-line'], heading: 'Contact line' },
  { kinds: ['zone'], heading: 'Demilitarised zone' },
  { kinds: ['province', 'governorate'], heading: 'Province' },
  { kinds: ['highway'], heading: 'Highways' },
  { kinds: ['city'], heading: 'Cities and towns' },
  { kinds: ['observation-point'], heading: 'Turkish observation posts' },
];

/** A short noun for a kind, e.g. for "Khan Shaykhun, city". */
export const KIND_NOUN: Record<FeatureKind, string> = {
  province: 'province',
  governorate: 'governorate',
  country: 'country',
  'contact-line': 'contact line',
  zone: 'zone',
  highway: 'highway',
  city: 'city or town',
  'observation-point': 'observation post',
};

/** Every position of a geometry, flattened. */
export function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positions);
  }
}

/** Bounding box [west, south, east, north] of a geometry. */
export function bboxOf(geometry: Geometry): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of positions(geometry)) {
    w = Math.min(w, x);
    s = Math.min(s, y);
    e = Math.max(e, x);
    n = Math.max(n, y);
  }
  return [w, s, e, n];
}

/** A representative point: the point itself, or the bbox centre. */
export function anchorOf(geometry: Geometry): [number, number] {
  const [w, s, e, n] = bboxOf(geometry);
  return [(w + e) / 2, (s + n) / 2];
}

/**
 * Position along a polyline of the vertex nearest to a point (vertex index), a cheap and
 * stable "how far along the contact line" measure at this scale.
 */
export function positionAlong(line: readonly Position[], point: readonly [number, number]): number {
  let best = 0;
  let bestDistance = Infinity;
  const cosLat = Math.cos((point[1] * Math.PI) / 180);
  line.forEach(([x = 0, y = 0], index) => {
    const d = ((x - point[0]) * cosLat) ** 2 + (y - point[1]) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = index;
    }
  });
  return best;
}

/** The contact line's vertices (all parts joined), or `[]` when there is none. */
function contactLine(features: readonly AppFeature[]): Position[] {
  const line = features.find((f) => f.properties.kind === 'contact-line');
  return line ? positions(line.geometry) : [];
}

/**
 * Keyboard order on the map: contact line, zone, province, highways, then cities and then
 * posts, each ordered along the contact line (ties by name).
 */
export function keyboardOrder(features: readonly AppFeature[]): AppFeature[] {
  const line = contactLine(features);
  const along = (f: AppFeature) => (line.length ? positionAlong(line, anchorOf(f.geometry)) : 0);
  const rank = (f: AppFeature) => KIND_GROUPS.findIndex((g) => g.kinds.includes(f.properties.kind));
  return features
    .filter((f) => rank(f) >= 0)
    .map((f) => ({ f, rank: rank(f), along: along(f) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.rank >= 4 ? a.along - b.along : 0) ||
        a.f.properties.name.localeCompare(b.f.properties.name),
    )
    .map(({ f }) => f);
}

/** Every name a feature may be searched by, folded. */
export function searchKeys(feature: AppFeature): string[] {
  const p = feature.properties;
  return [p.name, p.id, p.nameAr, ...(p.nameVariants ?? [])]
    .filter((n): n is string => typeof n === 'string' && n.length > 0)
    .map(foldForSearch);
}

/** Whether a feature matches a search query (any name variant contains the folded query). */
export function matchesQuery(feature: AppFeature, query: string): boolean {
  const folded = foldForSearch(query);
  if (!folded) return true;
  return searchKeys(feature).some((key) => key.includes(folded));
}
