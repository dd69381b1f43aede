import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { PALETTE } from './palette.js';
import { depthIs, kindIs } from './style-helpers.js';
import { labelLayers, pointLayers } from './style-points.js';

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
}

/** Ids of the images the style uses; `src/map/images.ts` draws them on demand. */
export const IMAGE_IDS = ['hatch', 'dots', 'stripes', 'vstripes', 'post', 'shield'] as const;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** Matches nothing; selection and highlight filters are set at run time. */
export const NO_FEATURE: ExpressionSpecification = ['==', ['get', 'id'], '\u0000'];

function basemapLayers(): LayerSpecification[] {
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
    {
      id: 'land',
      type: 'fill',
      source: 'basemap',
      filter: ['==', ['get', 'kind'], 'country'],
      paint: { 'fill-color': ['case', ['get', 'syria'], PALETTE.syria, PALETTE.land] },
    },
  ];
}

function territoryLayers(): LayerSpecification[] {
  const control = ['get', 'control'] as ExpressionSpecification;
  return [
    {
      id: 'territory-fill',
      type: 'fill',
      source: 'territory',
      paint: {
        'fill-color': [
          'match',
          control,
          'opposition',
          PALETTE.opposition,
          'government',
          PALETTE.government,
          'sdf',
          PALETTE.sdf,
          PALETTE.turkishHeld,
        ],
        'fill-opacity': ['match', control, 'opposition', 0.22, 'government', 0.16, 0.14],
      },
    },
    {
      id: 'territory-pattern',
      type: 'fill',
      source: 'territory',
      filter: ['!=', control, 'opposition'],
      paint: {
        'fill-pattern': ['match', control, 'government', 'dots', 'sdf', 'vstripes', 'stripes'],
        'fill-opacity': 0.5,
      },
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
      paint: { 'fill-pattern': 'hatch', 'fill-opacity': 0.85 },
    },
    {
      id: 'zone-core',
      type: 'fill',
      source: 'features',
      filter: ['all', kindIs('zone'), depthIs(15)],
      paint: { 'fill-color': PALETTE.zoneCore, 'fill-opacity': 1 },
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
    {
      id: 'province-outline',
      type: 'line',
      source: 'features',
      filter: kindIs('province', 'governorate'),
      paint: {
        'line-color': PALETTE.province,
        'line-width': ['match', ['get', 'kind'], 'province', 2, 1],
        'line-dasharray': [6, 2, 1, 2],
      },
    },
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

/** Selection (blue ring/line) and highlight (yellow halo) layers; filters set at run time. */
function markerLayers(source: 'features'): LayerSpecification[] {
  const notPoint: FilterSpecification = ['!=', ['geometry-type'], 'Point'];
  const point: FilterSpecification = ['==', ['geometry-type'], 'Point'];
  return [
    {
      id: 'highlight-line',
      type: 'line',
      source,
      filter: ['all', notPoint, NO_FEATURE],
      paint: { 'line-color': PALETTE.highlight, 'line-width': 9, 'line-opacity': 1 },
    },
    {
      id: 'selection-line',
      type: 'line',
      source,
      filter: ['all', notPoint, NO_FEATURE],
      paint: { 'line-color': PALETTE.selection, 'line-width': 3, 'line-dasharray': [2, 1] },
    },
    {
      id: 'highlight-circle',
      type: 'circle',
      source,
      filter: ['all', point, NO_FEATURE],
      paint: { 'circle-radius': 13, 'circle-color': PALETTE.highlight, 'circle-opacity': 1 },
    },
    {
      id: 'selection-circle',
      type: 'circle',
      source,
      filter: ['all', point, NO_FEATURE],
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
  return {
    version: 8,
    sources: {
      basemap: { type: 'geojson', data: data.basemap },
      features: { type: 'geojson', data: data.features ?? EMPTY },
      territory: { type: 'geojson', data: data.territory ?? EMPTY },
      settlements: { type: 'geojson', data: data.settlements ?? EMPTY },
    },
    layers: [
      ...basemapLayers(),
      ...territoryLayers(),
      ...zoneLayers(),
      ...lineLayers(),
      ...markerLayers('features'),
      ...pointLayers(),
      ...labelLayers(),
    ],
  };
}
