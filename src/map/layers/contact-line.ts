/** The contact line on the map's date, derived from who held each village. */
import { bandWidth, LINE_ACCURACY_KM } from '../../domain/accuracy.js';
import { PALETTE } from '../../domain/palette.js';
import { kindIs } from './style-helpers.js';
import { defineLayer, place } from './layer.js';

const CASING = 6.5;
const WIDTH = 3.5;

/**
 * The line's three layers on `source`: the soft band as wide as its stated accuracy (±5 km),
 * the white casing and the line. The 17 Sep 2018 line is in the features source; the later
 * intervals' lines in the territory series; both show the map's date only.
 */
function lineLayers<const S extends '' | '-dated'>(source: 'features' | 'territory', suffix: S) {
  const filter = kindIs('contact-line');
  const layout = { 'line-join': 'round', 'line-cap': 'round' } as const;
  const dated = { dated: true };
  return [
    place(
      32,
      {
        id: `contact-line-band${suffix}`,
        type: 'line',
        source,
        filter,
        layout,
        paint: {
          'line-color': PALETTE.contactLine,
          'line-opacity': 0.16,
          'line-width': bandWidth(LINE_ACCURACY_KM),
          'line-blur': bandWidth(LINE_ACCURACY_KM / 2),
        },
      },
      dated,
    ),
    place(
      32,
      {
        id: `contact-line-casing${suffix}`,
        type: 'line',
        source,
        filter,
        layout,
        paint: { 'line-color': PALETTE.labelHalo, 'line-width': CASING },
      },
      dated,
    ),
    place(
      32,
      {
        id: `contact-line${suffix}`,
        type: 'line',
        source,
        filter,
        layout,
        paint: { 'line-color': PALETTE.contactLine, 'line-width': WIDTH },
      },
      dated,
    ),
  ];
}

export const contactLine = defineLayer({
  group: 'contact-line',
  label: 'Contact line',
  kinds: ['contact-line'],
  defaultVisible: true,
  layers: [...lineLayers('features', ''), ...lineLayers('territory', '-dated')],
  legend: [
    {
      swatch: {
        shape: 'line',
        color: PALETTE.contactLine,
        width: WIDTH,
        casing: PALETTE.labelHalo,
      },
      label: 'Contact line on the map’s date (from who held each village)',
    },
    {
      swatch: { shape: 'line', color: PALETTE.contactLine, width: 14, opacity: 0.16 },
      label: `Soft band: where the line may really be (±${LINE_ACCURACY_KM} km, an estimate)`,
    },
  ],
  pickable: ['contact-line'],
  list: { heading: 'Contact line', order: 1 },
});
