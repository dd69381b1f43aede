/** Idlib province and the neighbouring governorates' outlines (Natural Earth admin-1). */
import { PALETTE } from '../../domain/palette.js';
import { kindIs } from './style-helpers.js';
import { defineLayer, place } from './layer.js';

const DASH = [6, 2, 1, 2];

export const province = defineLayer({
  group: 'province',
  label: 'Idlib province',
  kinds: ['province', 'governorate'],
  defaultVisible: true,
  layers: [
    place(31, {
      id: 'governorate-outline',
      type: 'line',
      source: 'features',
      filter: kindIs('governorate'),
      paint: { 'line-color': PALETTE.province, 'line-width': 1, 'line-dasharray': DASH },
    }),
    place(31, {
      id: 'province-outline',
      type: 'line',
      source: 'features',
      filter: kindIs('province'),
      paint: { 'line-color': PALETTE.province, 'line-width': 2, 'line-dasharray': DASH },
    }),
  ],
  legend: [
    {
      swatch: { shape: 'line', color: PALETTE.province, width: 2, dash: DASH },
      label: 'Idlib province (governorate) boundary',
    },
  ],
  pickable: ['province-outline', 'governorate-outline'],
  list: { heading: 'Province', order: 3 },
});
