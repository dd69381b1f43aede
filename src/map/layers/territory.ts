/** Who held what on 17 Sep 2018: a tint per side and a pattern for all but the opposition. */
import type { FilterSpecification } from 'maplibre-gl';
import { PALETTE } from '../../domain/palette.js';
import type { ImageId } from '../images.js';
import { defineLayer, place, type LegendEntry, type PlacedLayer } from './layer.js';

type Control = 'opposition' | 'government' | 'sdf' | 'turkish';

/** How each side's territory is drawn, and what the legend says of it. */
const SIDES: readonly {
  control: Control;
  color: string;
  opacity: number;
  pattern?: ImageId;
  label: string;
}[] = [
  {
    control: 'opposition',
    color: PALETTE.opposition,
    opacity: 0.22,
    label: 'Opposition-held (plain tint)',
  },
  {
    control: 'government',
    color: PALETTE.government,
    opacity: 0.16,
    pattern: 'dots',
    label: 'Government-held (dotted)',
  },
  {
    control: 'sdf',
    color: PALETTE.sdf,
    opacity: 0.14,
    pattern: 'vstripes',
    label: 'Kurdish-led SDF, Tal Rifaat (upright stripes)',
  },
  {
    control: 'turkish',
    color: PALETTE.turkishHeld,
    opacity: 0.14,
    pattern: 'stripes',
    label: 'Held by Turkey and Turkish-backed groups (striped)',
  },
];

const PATTERN_OPACITY = 0.5;
const DATED = { dated: true } as const;

const filter = (control: Control): FilterSpecification => ['==', ['get', 'control'], control];

const tints = SIDES.map((t): PlacedLayer<`territory-${Control}`> =>
  place(
    10,
    {
      id: `territory-${t.control}`,
      type: 'fill',
      source: 'territory',
      filter: filter(t.control),
      paint: { 'fill-color': t.color, 'fill-opacity': t.opacity, 'fill-antialias': false },
    },
    DATED,
  ),
);
const patterns = SIDES.flatMap((t): PlacedLayer<`territory-${Control}-pattern`>[] =>
  t.pattern
    ? [
        place(
          11,
          {
            id: `territory-${t.control}-pattern`,
            type: 'fill',
            source: 'territory',
            filter: filter(t.control),
            paint: {
              'fill-pattern': t.pattern,
              'fill-opacity': PATTERN_OPACITY,
              'fill-antialias': false,
            },
          },
          DATED,
        ),
      ]
    : [],
);

/** The legend shows the opposition first, then the patterned sides. */
const LEGEND_ORDER: readonly Control[] = ['opposition', 'government', 'turkish', 'sdf'];

/** Less certain ground: a white cross-hatch over areas decided by unsourced or inferred claims. */
const UNCERTAIN = [
  { certainty: 'unsourced', opacity: 0.7 },
  { certainty: 'inferred', opacity: 0.35 },
] as const;
const uncertain = UNCERTAIN.map((u) =>
  place(
    12,
    {
      id: `certainty-${u.certainty}`,
      type: 'fill',
      source: 'certainty',
      filter: ['==', ['get', 'certainty'], u.certainty],
      paint: { 'fill-pattern': 'veil', 'fill-opacity': u.opacity, 'fill-antialias': false },
    },
    DATED,
  ),
);

export const territory = defineLayer({
  group: 'territory',
  label: 'Who held what (on the map’s date)',
  kinds: [],
  defaultVisible: true,
  layers: [...tints, ...patterns, ...uncertain],
  legend: [
    ...LEGEND_ORDER.map((control): LegendEntry => {
      const side = SIDES.find((s) => s.control === control);
      if (!side) throw new Error(`territory: no style for ${control}`);
      return {
        swatch: {
          shape: 'fill',
          color: side.color,
          opacity: side.opacity,
          ...(side.pattern ? { pattern: side.pattern, patternOpacity: PATTERN_OPACITY } : {}),
        },
        label: side.label,
      };
    }),
    {
      swatch: {
        shape: 'fill',
        color: PALETTE.opposition,
        opacity: 0.22,
        pattern: 'veil',
        patternOpacity: 0.7,
      },
      label: 'White cross-hatch: who held it rests on unsourced claims (fainter: inferred)',
    },
  ],
  pickable: [],
});
