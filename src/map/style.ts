import type { Feature, FeatureCollection } from 'geojson';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { SourceId } from './layers/layer.js';
import { markerData, type MarkableFeature } from './layers/markers.js';
import { MAP_START, onDate } from './layers/dated.js';
import { LAYERS, STYLE_LAYERS, type LayerGroupId } from './layers/registry.js';

/** Data the style draws, already loaded by the app. */
export interface StyleData {
  /** Countries and borders, from `data/basemap.geojson`. */
  basemap: FeatureCollection;
  /** Province, contact line, zone, highways, cities, posts: `data/idlib-buffer-zone.geojson`. */
  features?: FeatureCollection;
  /** Who held what on 17 Sep 2018: `data/territory.geojson`. */
  territory?: FeatureCollection;
  /** Villages of the control table: `data/settlements.geojson`. */
  settlements?: FeatureCollection;
  /** The state the map starts in. @defaultValue every group at its default, nothing marked */
  initial?: InitialMapState;
}

/**
 * The app's map state when the map is created. The style starts in it, so attaching the app to
 * the map changes no layer: in MapLibre any visibility or filter change re-tiles the layer's
 * whole source, which on a first load doubled the time to a finished map.
 */
export interface InitialMapState {
  /** Whether a layer group is shown. @defaultValue each group's `defaultVisible` */
  isLayerVisible?: (groupId: LayerGroupId) => boolean;
  /** The selected feature. @defaultValue none */
  selectedId?: string | null;
  /** Highlighted features. @defaultValue none */
  highlighted?: readonly string[];
  /** The day dated layers show (ISO). @defaultValue {@link MAP_START} */
  date?: string;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The only feature properties the style reads; the panels read the rest from the app's data. */
const DRAWN_PROPERTIES = [
  'id',
  'kind',
  'name',
  'ref',
  'depthKm',
  'reading',
  'control',
  'rank',
  'validFrom',
  'validTo',
  'certainty',
  'syria',
  'turkish',
];

/**
 * `data` with only the {@link DRAWN_PROPERTIES}: descriptions, provenance and the rival
 * reading's inner ring would otherwise be copied to MapLibre's worker and into every tile.
 */
export function drawnData(data: FeatureCollection = EMPTY): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: data.features.map((feature) => ({
      ...feature,
      properties: Object.fromEntries(
        DRAWN_PROPERTIES.filter((key) => feature.properties?.[key] !== undefined).map((key) => [
          key,
          feature.properties?.[key],
        ]),
      ),
    })),
  };
}

/*
 * Every paint value is a constant, never a per-feature expression, and area fills other than the
 * land skip MapLibre's edge antialiasing: each data-driven property or antialiased pattern makes
 * another shader program, and with software WebGL each program costs 25–45 ms of compiling on
 * the first frame. The bare-basemap benchmark compiles 8; this style's first view 10 (a budget
 * test counts).
 */

/**
 * Builds the whole map style in code. It has no `glyphs` URL, so MapLibre draws label glyphs
 * with the browser's own fonts and the map needs nothing from outside its origin. Patterns and
 * icons (`IMAGE_IDS`, `./images.ts`) are drawn by `src/map/images.ts` when the map asks for them.
 */
export function buildStyle(data: StyleData): StyleSpecification {
  const { isLayerVisible, selectedId, highlighted = [] } = data.initial ?? {};
  const date = data.initial?.date ?? MAP_START;
  const layers: LayerSpecification[] = STYLE_LAYERS.map(({ spec, dated }) =>
    dated && 'filter' in spec ? { ...spec, filter: onDate(spec.filter, date) } : { ...spec },
  );
  for (const module of LAYERS) {
    const visible = isLayerVisible?.(module.group) ?? module.defaultVisible;
    const ids: readonly string[] = module.layers.map((l) => l.spec.id);
    for (const layer of layers.filter((l) => ids.includes(l.id))) {
      layer.layout = { ...layer.layout, visibility: visible ? 'visible' : 'none' };
    }
  }
  const byId = new Map(
    (data.features?.features ?? []).map((f) => [String(f.properties?.['id']), f]),
  );
  const marks = { selection: selectedId ? [selectedId] : [], highlight: highlighted };
  return {
    version: 8,
    sources: {
      basemap: { type: 'geojson', data: drawnData(data.basemap) },
      features: { type: 'geojson', data: drawnData(data.features) },
      territory: { type: 'geojson', data: drawnData(data.territory) },
      certainty: { type: 'geojson', data: EMPTY },
      'post-status': { type: 'geojson', data: EMPTY },
      settlements: { type: 'geojson', data: drawnData(data.settlements) },
      markers: { type: 'geojson', data: markerData(markable(byId), marks) },
      rivers: { type: 'geojson', data: EMPTY },
      relief: { type: 'geojson', data: EMPTY },
      places: { type: 'geojson', data: EMPTY },
    } satisfies Record<SourceId, SourceSpecification>,
    layers,
  };
}

/** The features the markers source can copy, by id. */
function markable(byId: ReadonlyMap<string, Feature>): Map<string, MarkableFeature> {
  const result = new Map<string, MarkableFeature>();
  for (const [id, f] of byId)
    if (f.geometry) result.set(id, { geometry: f.geometry, properties: { id } });
  return result;
}
