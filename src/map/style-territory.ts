/** Territory layers of the map style: who held what on 17 Sep 2018, tinted and patterned. */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { PALETTE } from './palette.js';

/** How each side's territory is drawn: a tint, and a pattern for all but the opposition. */
const TERRITORY: readonly { control: string; color: string; opacity: number; pattern?: string }[] =
  [
    { control: 'opposition', color: PALETTE.opposition, opacity: 0.22 },
    { control: 'government', color: PALETTE.government, opacity: 0.16, pattern: 'dots' },
    { control: 'sdf', color: PALETTE.sdf, opacity: 0.14, pattern: 'vstripes' },
    { control: 'turkish', color: PALETTE.turkishHeld, opacity: 0.14, pattern: 'stripes' },
  ];

/** Ids of the territory layers, tints first, for the legend's territory group. */
export const TERRITORY_LAYER_IDS = [
  ...TERRITORY.map((t) => `territory-${t.control}`),
  ...TERRITORY.filter((t) => t.pattern).map((t) => `territory-${t.control}-pattern`),
];

/** The day the map shows: `territory.geojson` holds one set of areas per interval of the series. */
export const MAP_DATE = '2018-09-17';

/** Features valid on `date` (ISO): `validFrom` ≤ date < `validTo` (an absent `validTo` is open). */
export function validOn(date: string): ExpressionSpecification {
  return [
    'all',
    ['<=', ['to-string', ['get', 'validFrom']], date],
    [
      'any',
      ['!', ['has', 'validTo']],
      ['==', ['get', 'validTo'], null],
      ['>', ['to-string', ['get', 'validTo']], date],
    ],
  ];
}

/** Tints, then patterns, of who held what on `date`. */
export function territoryLayers(date: string = MAP_DATE): LayerSpecification[] {
  const filter = (control: string): FilterSpecification => [
    'all',
    ['==', ['get', 'control'], control],
    validOn(date),
  ];
  const tints: LayerSpecification[] = TERRITORY.map((t) => ({
    id: `territory-${t.control}`,
    type: 'fill',
    source: 'territory',
    filter: filter(t.control),
    paint: { 'fill-color': t.color, 'fill-opacity': t.opacity, 'fill-antialias': false },
  }));
  const patterns: LayerSpecification[] = TERRITORY.flatMap((t) =>
    t.pattern
      ? [
          {
            id: `territory-${t.control}-pattern`,
            type: 'fill',
            source: 'territory',
            filter: filter(t.control),
            paint: { 'fill-pattern': t.pattern, 'fill-opacity': 0.5, 'fill-antialias': false },
          } satisfies LayerSpecification,
        ]
      : [],
  );
  return [...tints, ...patterns];
}
