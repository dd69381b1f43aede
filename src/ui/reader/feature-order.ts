/**
 * Reading order of the features: for the keyboard walk on the map (along the contact line, then
 * cities, then posts) and for the feature list's groups. Pure functions over GeoJSON.
 */
import type { Position } from 'geojson';
import { FEATURE_KINDS, type FeatureKind } from '../../domain/kinds.js';
import { anchorOf, positionAlong, positions } from '../../geo/feature-extent.js';
import { KIND_GROUPS } from '../../map/layers/registry.js';
import type { AppFeature } from '../../types.js';
import { foldForSearch } from '../app/text.js';

export { KIND_GROUPS };

/** A short noun for a kind, e.g. for "Khan Shaykhun, city or town". */
export const KIND_NOUN = Object.fromEntries(
  Object.entries(FEATURE_KINDS).map(([kind, info]) => [kind, info.noun]),
) as Record<FeatureKind, string>;

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
