import type { FeatureCollection } from 'geojson';
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { PALETTE } from './palette.js';

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
const kindIs = (...kinds: string[]): ExpressionSpecification => [
  'in',
  ['get', 'kind'],
  ['literal', kinds],
];
const depthIs = (km: number): ExpressionSpecification => [
  '==',
  ['to-number', ['get', 'depthKm'], 0],
  km,
];
/** Matches nothing; selection and highlight filters are set at run time. */
export const NO_FEATURE: ExpressionSpecification = ['==', ['get', 'id'], '\u0000'];
const halo = { 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': 1.6 } as const;

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

function pointLayers(): LayerSpecification[] {
  return [
    {
      id: 'settlement-dot',
      type: 'circle',
      source: 'settlements',
      paint: {
        'circle-radius': 3.5,
        'circle-color': [
          'match',
          ['get', 'control'],
          'opposition',
          PALETTE.opposition,
          PALETTE.labelHalo,
        ],
        'circle-stroke-color': [
          'match',
          ['get', 'control'],
          'opposition',
          '#1f5f86',
          PALETTE.government,
        ],
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'city-dot',
      type: 'circle',
      source: 'features',
      filter: kindIs('city'),
      paint: {
        'circle-radius': 4.5,
        'circle-color': PALETTE.city,
        'circle-stroke-color': PALETTE.labelHalo,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'post-icon',
      type: 'symbol',
      source: 'features',
      filter: kindIs('observation-point'),
      layout: { 'icon-image': 'post', 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    },
  ];
}

function labelLayers(): LayerSpecification[] {
  return [
    {
      id: 'settlement-label',
      type: 'symbol',
      source: 'settlements',
      minzoom: 10,
      layout: {
        'text-field': ['get', 'name'],
        'text-size': 11,
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
      },
      paint: { 'text-color': PALETTE.countryLabel, ...halo },
    },
    {
      id: 'highway-shield',
      type: 'symbol',
      source: 'features',
      filter: kindIs('highway'),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 220,
        'text-field': ['coalesce', ['get', 'ref'], ['upcase', ['slice', ['get', 'id'], 0, 2]]],
        'text-size': 11,
        'text-rotation-alignment': 'viewport',
        'icon-image': 'shield',
        'icon-text-fit': 'both',
        'icon-text-fit-padding': [2, 4, 2, 4],
        'icon-rotation-alignment': 'viewport',
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: 'post-label',
      type: 'symbol',
      source: 'features',
      filter: kindIs('observation-point'),
      minzoom: 8.5,
      layout: {
        'text-field': ['get', 'name'],
        'text-size': 11,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': PALETTE.postInk, ...halo },
    },
    {
      id: 'city-label',
      type: 'symbol',
      source: 'features',
      filter: kindIs('city'),
      layout: {
        'text-field': ['get', 'name'],
        'text-size': 13,
        'text-offset': [0, -0.8],
        'text-anchor': 'bottom',
      },
      paint: { 'text-color': PALETTE.city, ...halo },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'basemap',
      filter: ['==', ['get', 'kind'], 'country-label'],
      layout: {
        'text-field': ['upcase', ['get', 'name']],
        'text-size': 13,
        'text-letter-spacing': 0.2,
      },
      paint: { 'text-color': PALETTE.countryLabel, ...halo },
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
