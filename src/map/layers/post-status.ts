/**
 * The observation posts' status on the map's day: a dark ring round a post surrounded by
 * government-held ground, a white veil over one evacuated. Drawn from a small source the app
 * fills for the day (`postStatusData`), so the day adds no filter on the features source.
 */
import type { FeatureCollection } from 'geojson';
import { PALETTE } from '../../domain/palette.js';
import { historyOf, statusOn } from '../../geo/post-status.js';
import type { AppFeature } from '../../types.js';
import { defineLayer, place } from './layer.js';

/** Points for the posts that are surrounded or evacuated on `day`, with their status. */
export function postStatusData(features: readonly AppFeature[], day: string): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.flatMap((f) => {
      const status = statusOn(historyOf(f.properties), day)?.status;
      if (f.geometry.type !== 'Point' || (status !== 'surrounded' && status !== 'evacuated'))
        return [];
      return [
        { type: 'Feature', geometry: f.geometry, properties: { id: f.properties.id, status } },
      ];
    }),
  };
}

export const postStatus = defineLayer({
  group: 'post-status',
  label: 'Posts surrounded or evacuated (on the map’s day)',
  kinds: [],
  defaultVisible: true,
  layers: [
    place(53, {
      id: 'post-surrounded',
      type: 'circle',
      source: 'post-status',
      filter: ['==', ['get', 'status'], 'surrounded'],
      paint: {
        'circle-radius': 15,
        'circle-opacity': 0,
        'circle-stroke-width': 3,
        'circle-stroke-color': PALETTE.postSurrounded,
      },
    }),
    place(53, {
      id: 'post-evacuated',
      type: 'circle',
      source: 'post-status',
      filter: ['==', ['get', 'status'], 'evacuated'],
      paint: { 'circle-radius': 12, 'circle-color': PALETTE.labelHalo, 'circle-opacity': 0.75 },
    }),
  ],
  legend: [
    {
      swatch: { shape: 'circle', color: PALETTE.labelHalo, ring: PALETTE.postSurrounded },
      label: 'Ring: post surrounded by government-held ground that day (sourced dates)',
    },
    {
      swatch: { shape: 'circle', color: '#e8e8e8', ring: '#ffffff' },
      label: 'Veiled: post evacuated by then (Oct 2020 – Jan 2021)',
    },
  ],
  pickable: [],
});
