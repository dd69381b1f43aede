/** The contact line of 17 Sep 2018, derived from who held each village. */
import { bandWidth, LINE_ACCURACY_KM } from '../../domain/accuracy.js';
import { PALETTE } from '../../domain/palette.js';
import { kindIs } from './style-helpers.js';
import { defineLayer, place } from './layer.js';

const CASING = 6.5;
const WIDTH = 3.5;

export const contactLine = defineLayer({
  group: 'contact-line',
  label: 'Contact line',
  kinds: ['contact-line'],
  defaultVisible: true,
  layers: [
    // The line's stated accuracy drawn: a soft band as wide as ±5 km, beneath the line.
    place(32, {
      id: 'contact-line-band',
      type: 'line',
      source: 'features',
      filter: kindIs('contact-line'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': PALETTE.contactLine,
        'line-opacity': 0.16,
        'line-width': bandWidth(LINE_ACCURACY_KM),
        'line-blur': bandWidth(LINE_ACCURACY_KM / 2),
      },
    }),
    place(32, {
      id: 'contact-line-casing',
      type: 'line',
      source: 'features',
      filter: kindIs('contact-line'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': PALETTE.labelHalo, 'line-width': CASING },
    }),
    place(32, {
      id: 'contact-line',
      type: 'line',
      source: 'features',
      filter: kindIs('contact-line'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': PALETTE.contactLine, 'line-width': WIDTH },
    }),
  ],
  legend: [
    {
      swatch: {
        shape: 'line',
        color: PALETTE.contactLine,
        width: WIDTH,
        casing: PALETTE.labelHalo,
      },
      label: 'Contact line on 17 Sep 2018 (from who held each village)',
    },
    {
      swatch: { shape: 'line', color: PALETTE.contactLine, width: 14, opacity: 0.16 },
      label: `Soft band: where the line may really be (±${LINE_ACCURACY_KM} km, an estimate)`,
    },
  ],
  pickable: ['contact-line'],
  list: { heading: 'Contact line', order: 1 },
});
