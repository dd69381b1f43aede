import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { LAYER_GROUPS, type LayerGroupId } from './layer-groups.js';
import { PALETTE } from './palette.js';
import { depthIs, kindIs } from './style-helpers.js';
import { labelLayers, pointLayers } from './style-points.js';
import { territoryLayers } from './style-territory.js';

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
}

/** Ids of the images the style uses; `src/map/images.ts` draws them on demand. */
export const IMAGE_IDS = [
  'hatch',
  'dots',
  'stripes',
  'vstripes',
  'post',
  'city',
  'shield',
] as const;

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

/** Matches nothing. */
const NO_FEATURE: ExpressionSpecification = ['==', ['get', 'id'], '\u0000'];

/** The filter of a selection or highlight layer (`line` for lines and areas) marking `ids`. */
export function markerFilter(
  geometry: 'line' | 'circle',
  ids: readonly string[],
): FilterSpecification {
  return [
    'all',
    [geometry === 'circle' ? '==' : '!=', ['geometry-type'], 'Point'],
    ids.length ? ['in', ['get', 'id'], ['literal', [...ids]]] : NO_FEATURE,
  ];
}

/*
 * Every paint value below is a constant, never a per-feature expression, and area fills other
 * than the land skip MapLibre's edge antialiasing: each data-driven property or antialiased
 * pattern makes another shader program, and with software WebGL each program costs 25–45 ms of
 * compiling on the first frame. The bare-basemap benchmark compiles 8; this style's first view 10 (a budget test counts).
 */

function basemapLayers(): LayerSpecification[] {
  const country: FilterSpecification = ['==', ['get', 'kind'], 'country'];
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
    {
      id: 'land',
      type: 'fill',
      source: 'basemap',
      filter: ['all', country, ['!', ['get', 'syria']]],
      paint: { 'fill-color': PALETTE.land },
    },
    {
      id: 'land-syria',
      type: 'fill',
      source: 'basemap',
      filter: ['all', country, ['get', 'syria']],
      paint: { 'fill-color': PALETTE.syria },
    },
  ];
}

function zoneLayers(): LayerSpecification[] {
  return [
    {
      id: 'zone-margin',
      type: 'fill',
      source: 'features',
      filter: ['all', kindIs('zone'), depthIs(20)],
      paint: { 'fill-pattern': 'hatch', 'fill-opacity': 0.85, 'fill-antialias': false },
    },
    {
      id: 'zone-core',
      type: 'fill',
      source: 'features',
      filter: ['all', kindIs('zone'), depthIs(15)],
      paint: { 'fill-color': PALETTE.zoneCore, 'fill-opacity': 1, 'fill-antialias': false },
    },
    {
      id: 'zone-split-outline',
      type: 'line',
      source: 'features',
      filter: ['all', kindIs('zone'), ['==', ['get', 'reading'], 'split']],
      layout: { visibility: 'none' },
      paint: { 'line-color': PALETTE.zoneInk, 'line-width': 2, 'line-dasharray': [1, 1.5] },
    },
    {
      id: 'zone-core-edge',
      type: 'line',
      source: 'features',
      filter: ['all', kindIs('zone'), depthIs(15)],
      paint: { 'line-color': PALETTE.zoneInk, 'line-width': 1, 'line-opacity': 0.6 },
    },
  ];
}

function lineLayers(): LayerSpecification[] {
  return [
    {
      id: 'borders',
      type: 'line',
      source: 'basemap',
      filter: ['all', ['==', ['get', 'kind'], 'border'], ['!', ['get', 'turkish']]],
      paint: { 'line-color': PALETTE.border, 'line-width': 1, 'line-dasharray': [3, 2] },
    },
    {
      id: 'border-turkey',
      type: 'line',
      source: 'basemap',
      filter: ['all', ['==', ['get', 'kind'], 'border'], ['get', 'turkish']],
      paint: { 'line-color': PALETTE.turkishBorder, 'line-width': 2.5 },
    },
    ...(['governorate', 'province'] as const).map((kind): LayerSpecification => ({
      id: `${kind}-outline`,
      type: 'line',
      source: 'features',
      filter: kindIs(kind),
      paint: {
        'line-color': PALETTE.province,
        'line-width': kind === 'province' ? 2 : 1,
        'line-dasharray': [6, 2, 1, 2],
      },
    })),
    {
      id: 'contact-line-casing',
      type: 'line',
      source: 'features',
      filter: kindIs('contact-line'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': PALETTE.labelHalo, 'line-width': 6.5 },
    },
    {
      id: 'contact-line',
      type: 'line',
      source: 'features',
      filter: kindIs('contact-line'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': PALETTE.contactLine, 'line-width': 3.5 },
    },
    {
      id: 'highway-casing',
      type: 'line',
      source: 'features',
      filter: kindIs('highway'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PALETTE.labelHalo, 'line-width': 5 },
    },
    {
      id: 'highway-line',
      type: 'line',
      source: 'features',
      filter: kindIs('highway'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PALETTE.highway, 'line-width': 2.5, 'line-dasharray': [4, 2] },
    },
  ];
}

/** Selection (blue ring/line) and highlight (yellow halo) layers, marking the given features. */
function markerLayers(
  selected: readonly string[],
  highlighted: readonly string[],
): LayerSpecification[] {
  const source = 'features';
  return [
    {
      id: 'highlight-line',
      type: 'line',
      source,
      filter: markerFilter('line', highlighted),
      paint: { 'line-color': PALETTE.highlight, 'line-width': 9, 'line-opacity': 1 },
    },
    {
      id: 'selection-line',
      type: 'line',
      source,
      filter: markerFilter('line', selected),
      paint: { 'line-color': PALETTE.selection, 'line-width': 3, 'line-dasharray': [2, 1] },
    },
    {
      id: 'highlight-circle',
      type: 'circle',
      source,
      filter: markerFilter('circle', highlighted),
      paint: { 'circle-radius': 13, 'circle-color': PALETTE.highlight, 'circle-opacity': 1 },
    },
    {
      id: 'selection-circle',
      type: 'circle',
      source,
      filter: markerFilter('circle', selected),
      paint: {
        'circle-radius': 14,
        'circle-opacity': 0,
        'circle-stroke-width': 3,
        'circle-stroke-color': PALETTE.selection,
      },
    },
  ];
}

/**
 * Builds the whole map style in code. It has no `glyphs` URL, so MapLibre draws label glyphs
 * with the browser's own fonts and the map needs nothing from outside its origin. Patterns and
 * icons (`IMAGE_IDS`) are drawn by `src/map/images.ts` when the map asks for them.
 */
export function buildStyle(data: StyleData): StyleSpecification {
  const { isLayerVisible, selectedId, highlighted = [] } = data.initial ?? {};
  const layers = [
    ...basemapLayers(),
    ...territoryLayers(),
    ...zoneLayers(),
    ...lineLayers(),
    ...markerLayers(selectedId ? [selectedId] : [], highlighted),
    ...pointLayers(),
    ...labelLayers(),
  ];
  for (const group of LAYER_GROUPS) {
    const visible = isLayerVisible?.(group.id) ?? group.defaultVisible;
    for (const layer of layers.filter((l) => group.layerIds.includes(l.id))) {
      layer.layout = { ...layer.layout, visibility: visible ? 'visible' : 'none' };
    }
  }
  return {
    version: 8,
    sources: {
      basemap: { type: 'geojson', data: drawnData(data.basemap) },
      features: { type: 'geojson', data: drawnData(data.features) },
      territory: { type: 'geojson', data: drawnData(data.territory) },
      settlements: { type: 'geojson', data: drawnData(data.settlements) },
    },
    layers,
  };
}
