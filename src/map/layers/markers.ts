/**
 * Selection (blue ring or dashed line) and highlight (yellow halo) marks, drawn from their own
 * small `markers` source. Marking a feature replaces that source's data (`setData`) and never
 * changes a filter: in MapLibre a filter change re-tiles the layer's whole source, which for the
 * features source meant reloading the zone and province polygons on every hover.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { FilterSpecification } from 'maplibre-gl';
import { PALETTE } from '../../domain/palette.js';
import { place } from './layer.js';

/** What a mark means. */
export type MarkerRole = 'selection' | 'highlight';

const marker = (role: MarkerRole, points: boolean): FilterSpecification => [
  'all',
  ['==', ['get', 'marker'], role],
  [points ? '==' : '!=', ['geometry-type'], 'Point'],
];

/** The marker layers, above the lines and beneath the points. */
export const MARKER_LAYERS = [
  place(40, {
    id: 'highlight-line',
    type: 'line',
    source: 'markers',
    filter: marker('highlight', false),
    paint: { 'line-color': PALETTE.highlight, 'line-width': 9, 'line-opacity': 1 },
  }),
  place(40, {
    id: 'selection-line',
    type: 'line',
    source: 'markers',
    filter: marker('selection', false),
    paint: { 'line-color': PALETTE.selection, 'line-width': 3, 'line-dasharray': [2, 1] },
  }),
  place(40, {
    id: 'highlight-circle',
    type: 'circle',
    source: 'markers',
    filter: marker('highlight', true),
    paint: { 'circle-radius': 13, 'circle-color': PALETTE.highlight, 'circle-opacity': 1 },
  }),
  place(40, {
    id: 'selection-circle',
    type: 'circle',
    source: 'markers',
    filter: marker('selection', true),
    paint: {
      'circle-radius': 14,
      'circle-opacity': 0,
      'circle-stroke-width': 3,
      'circle-stroke-color': PALETTE.selection,
    },
  }),
] as const;

/** A feature the markers source can copy: its geometry and id. */
export interface MarkableFeature {
  geometry: Geometry;
  properties: { id: string };
}

/**
 * The markers source's data: a copy of each marked feature's geometry with its id and role.
 * Unknown ids are skipped. Pure; the inputs are not changed.
 */
export function markerData(
  byId: ReadonlyMap<string, MarkableFeature>,
  marks: Readonly<Record<MarkerRole, readonly string[]>>,
): FeatureCollection {
  const features: Feature[] = [];
  for (const role of ['highlight', 'selection'] as const) {
    for (const id of new Set(marks[role])) {
      const feature = byId.get(id);
      if (feature)
        features.push({
          type: 'Feature',
          geometry: feature.geometry,
          properties: { id, marker: role },
        });
    }
  }
  return { type: 'FeatureCollection', features };
}
