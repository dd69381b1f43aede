/**
 * The layer registry: every thematic layer module, in legend order (top of the map first).
 * Everything else derives from it: the style (`../style.ts`), the legend and export
 * (`../symbols.ts`), the `layers=` key of links, picking, and the list's kind groups.
 */
import type { FeatureKind } from '../../domain/kinds.js';
import { BASEMAP_LAYERS } from './basemap.js';
import type { PlacedLayer } from './layer.js';
import { cities } from './cities.js';
import { contactLine } from './contact-line.js';
import { places, relief, rivers } from './ground.js';
import { highways } from './highways.js';
import { MARKER_LAYERS } from './markers.js';
import { postStatus } from './post-status.js';
import { posts } from './posts.js';
import { province } from './province.js';
import { settlements } from './settlements.js';
import { territory } from './territory.js';
import { zone, zoneSplit } from './zone.js';

/** The thematic layers, in legend order. */
export const LAYERS = [
  posts,
  postStatus,
  cities,
  highways,
  contactLine,
  zone,
  zoneSplit,
  province,
  places,
  relief,
  rivers,
  territory,
  settlements,
] as const;

type Module = (typeof LAYERS)[number];

/** A legend group's id (a thematic layer). */
export type LayerGroupId = Module['group'];

/** Every style layer's id: a misspelt or removed id is a type error where it is used. */
export type StyleLayerId =
  | Module['layers'][number]['spec']['id']
  | (typeof BASEMAP_LAYERS)[number]['spec']['id']
  | (typeof MARKER_LAYERS)[number]['spec']['id'];

/** Every style layer, in drawing order (by `z`, ties in registry order). */
export const STYLE_LAYERS: readonly PlacedLayer<StyleLayerId>[] = [
  ...BASEMAP_LAYERS,
  ...LAYERS.flatMap((m): readonly PlacedLayer<StyleLayerId>[] => m.layers),
  ...MARKER_LAYERS,
]
  .map((layer, index) => ({ layer, index }))
  .sort((a, b) => a.layer.z - b.layer.z || a.index - b.index)
  .map(({ layer }) => layer);

/** Layers a click or tap can pick, most specific first (legend order). */
export const PICKABLE: readonly StyleLayerId[] = LAYERS.flatMap(
  (m): readonly StyleLayerId[] => m.pickable,
);

/** The layer module with this group id (`undefined` for unknown ids, e.g. from a link). */
export function findLayer(id: string): Module | undefined {
  return LAYERS.find((m) => m.group === id);
}

/** The layer module that draws features of `kind` (`undefined` for the basemap's countries). */
export function layerOfKind(kind: FeatureKind): Module | undefined {
  return LAYERS.find((m) => (m.kinds as readonly FeatureKind[]).includes(kind));
}

/** The list of places' groups, in order: a heading and the kinds under it. */
export const KIND_GROUPS: readonly { kinds: readonly FeatureKind[]; heading: string }[] =
  LAYERS.flatMap((m) =>
    m.list ? [{ kinds: m.kinds, heading: m.list.heading, order: m.list.order }] : [],
  )
    .sort((a, b) => a.order - b.order)
    .map(({ kinds, heading }) => ({ kinds, heading }));
