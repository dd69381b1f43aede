/**
 * The overlays modes draw over the map (the rival reading, the presenter's M4 corridor, the
 * explorer's what-if band, the two halves of the side-by-side comparison): each with its colours
 * from the palette and its legend entry, shown in the legend while the overlay is drawn.
 */
import { PALETTE } from '../../domain/palette.js';
import { ZONE } from '../../domain/zone.js';
import type { ImageId } from '../images.js';
import type { LegendEntry } from './layer.js';
import type { LayerGroupId, StyleLayerId } from './registry.js';

/** How an overlay is drawn and explained. */
export interface OverlayStyle {
  fill: string;
  fillOpacity: number;
  /** A pattern drawn instead of the plain fill (without edge antialiasing, as the map's own). */
  fillPattern?: ImageId;
  stroke: string;
  strokeWidth: number;
  strokeDash?: readonly number[];
  /** Drawn just beneath this style layer (in the place of what it stands for); else on top. */
  beneath?: StyleLayerId;
  /**
   * The overlay is a clipped copy of this group's own symbols, so it keeps the group's colours;
   * every other overlay has colours no layer of the map uses.
   */
  copyOf?: LayerGroupId;
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

/** The side-by-side comparison (`#compare=swipe`): each reading on its side of the divider. */
const swipe = {
  'swipe-agreed-margin': {
    fill: PALETTE.syria,
    fillOpacity: 0.85,
    fillPattern: 'hatch',
    stroke: PALETTE.zoneInk,
    strokeWidth: 0,
    beneath: 'zone-core-edge',
    copyOf: 'zone',
    legend: {
      swatch: {
        shape: 'fill',
        color: PALETTE.syria,
        opacity: 0,
        pattern: 'hatch',
        patternOpacity: 0.85,
      },
      label: `Left of the divider, as agreed: ${ZONE.core.depthKm}–${ZONE.margin.depthKm} km (hatched)`,
    },
  },
  'swipe-agreed-core': {
    fill: PALETTE.zoneCore,
    fillOpacity: 1,
    stroke: PALETTE.zoneInk,
    strokeWidth: 1,
    beneath: 'zone-core-edge',
    copyOf: 'zone',
    legend: {
      swatch: { shape: 'fill', color: PALETTE.zoneCore, opacity: 1, edge: PALETTE.zoneInk },
      label: `Left of the divider, as agreed: the zone 0–${ZONE.core.depthKm} km from the contact line, opposition side only (solid)`,
    },
  },
  'swipe-rival': {
    ...rival,
    beneath: 'zone-core-edge',
    legend: {
      swatch: swatch(rival),
      label: 'Right of the divider, as Jaysh al-Izza demanded: the same width from both sides',
    },
  },
} as const satisfies Record<string, OverlayStyle>;

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
  ...swipe,
} as const satisfies Record<string, OverlayStyle>;

/** An overlay's id. */
export type OverlayId = keyof typeof OVERLAYS;
