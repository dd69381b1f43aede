/**
 * The demilitarised zone as agreed: the certain core (0–15 km, solid) and the uncertain margin
 * (15–20 km, hatched, no outer line), selected by role from `src/domain/zone.ts`.
 */
import { PALETTE } from '../../domain/palette.js';
import { ZONE } from '../../domain/zone.js';
import { idIs } from './style-helpers.js';
import { defineLayer, place } from './layer.js';

const MARGIN_OPACITY = 0.85;

export const zone = defineLayer({
  group: 'zone',
  label: 'Demilitarised zone',
  kinds: ['zone'],
  defaultVisible: true,
  layers: [
    place(20, {
      id: 'zone-margin',
      type: 'fill',
      source: 'features',
      filter: idIs(ZONE.margin.id),
      paint: { 'fill-pattern': 'hatch', 'fill-opacity': MARGIN_OPACITY, 'fill-antialias': false },
    }),
    place(20, {
      id: 'zone-core',
      type: 'fill',
      source: 'features',
      filter: idIs(ZONE.core.id),
      paint: { 'fill-color': PALETTE.zoneCore, 'fill-opacity': 1, 'fill-antialias': false },
    }),
    place(22, {
      id: 'zone-core-edge',
      type: 'line',
      source: 'features',
      filter: idIs(ZONE.core.id),
      paint: { 'line-color': PALETTE.zoneInk, 'line-width': 1, 'line-opacity': 0.6 },
    }),
  ],
  legend: [
    {
      swatch: { shape: 'fill', color: PALETTE.zoneCore, opacity: 1, edge: PALETTE.zoneInk },
      label: `Zone, 0–${ZONE.core.depthKm} km from the contact line (solid)`,
    },
    {
      swatch: {
        shape: 'fill',
        color: PALETTE.syria,
        opacity: 0,
        pattern: 'hatch',
        patternOpacity: MARGIN_OPACITY,
      },
      label: `${ZONE.core.depthKm}–${ZONE.margin.depthKm} km (hatched): the exact lines were never published`,
    },
  ],
  pickable: ['zone-core', 'zone-margin'],
  list: { heading: 'Demilitarised zone', order: 2 },
});

/** The rival reading's outline (its fill is the rival reading's overlay while it is shown). */
export const zoneSplit = defineLayer({
  group: 'zone-split',
  label: 'Rejected reading: zone from both sides',
  kinds: [],
  defaultVisible: false,
  layers: [
    place(21, {
      id: 'zone-split-outline',
      type: 'line',
      source: 'features',
      filter: idIs(ZONE.split.id),
      paint: { 'line-color': PALETTE.zoneInk, 'line-width': 2, 'line-dasharray': [1, 1.5] },
    }),
  ],
  legend: [
    {
      swatch: { shape: 'line', color: PALETTE.zoneInk, width: 2, dash: [1, 1.5] },
      label: `Zone carved ${ZONE.core.depthKm / 2}–${ZONE.split.depthKm} km from both sides, as Jaysh al-Izza demanded (not agreed)`,
    },
  ],
  pickable: [],
});
