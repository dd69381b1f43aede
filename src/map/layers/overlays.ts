/**
 * The overlays modes draw over the map (the rival reading, the presenter's M4 corridor, the
 * explorer's what-if band): each with its colours from the palette and its legend entry, shown
 * in the legend while the overlay is drawn.
 */
import { PALETTE } from '../../domain/palette.js';
import type { LegendEntry } from './layer.js';

/** How an overlay is drawn and explained. */
export interface OverlayStyle {
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  strokeDash?: readonly number[];
  legend: LegendEntry;
}

const swatch = (s: Omit<OverlayStyle, 'legend'>) =>
  ({ shape: 'fill', color: s.fill, opacity: s.fillOpacity, edge: s.stroke }) as const;

const rival = {
  fill: PALETTE.rivalFill,
  fillOpacity: 0.3,
  stroke: PALETTE.rivalEdge,
  strokeWidth: 2,
  strokeDash: [2, 1],
};
const corridor = {
  fill: PALETTE.corridorFill,
  fillOpacity: 0.35,
  stroke: PALETTE.corridorEdge,
  strokeWidth: 2,
  strokeDash: [3, 1.5],
};
const explorer = {
  fill: PALETTE.explorerFill,
  fillOpacity: 0.4,
  stroke: PALETTE.explorerEdge,
  strokeWidth: 2.5,
  strokeDash: [2, 1],
};

/** Every overlay, by id. */
export const OVERLAYS = {
  'rival-reading': {
    ...rival,
    legend: {
      swatch: swatch(rival),
      label: 'Zone as Jaysh al-Izza demanded: the same width from both sides (not agreed)',
    },
  },
  'm4-corridor': {
    ...corridor,
    legend: {
      swatch: swatch(corridor),
      label:
        'Security corridor along the M4 (5 Mar 2020 protocol), derived from the schematic highway',
    },
  },
  'explorer-band': {
    ...explorer,
    legend: {
      swatch: swatch(explorer),
      label: 'Zone-width explorer: the band at the width you chose (not a real line)',
    },
  },
} as const satisfies Record<string, OverlayStyle>;

/** An overlay's id. */
export type OverlayId = keyof typeof OVERLAYS;
