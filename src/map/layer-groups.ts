/**
 * Layer groups: what the legend lists and toggles, which style layers each group owns, and how
 * its legend swatches look. The style (`style.ts`), the legend (`src/ui/legend.ts`) and the URL
 * hash (`layers=`) all read this one registry; later features (presenter chapters) show or hide
 * groups by id through `AppContext.setLayerVisible`.
 */
import { PALETTE } from './palette.js';
import { TERRITORY_LAYER_IDS } from './style-territory.js';

/** Ids of the groups this app defines; other modules may use them in chapters and links. */
export type LayerGroupId =
  | 'territory'
  | 'settlements'
  | 'province'
  | 'contact-line'
  | 'zone'
  | 'zone-split'
  | 'highways'
  | 'cities'
  | 'posts';

/** How a legend swatch is drawn (an SVG built in `src/ui/legend.ts`). */
export type Swatch =
  | {
      shape: 'fill';
      color: string;
      opacity: number;
      pattern?: 'hatch' | 'dots' | 'stripes' | 'vstripes';
    }
  | { shape: 'line'; color: string; width: number; dash?: readonly number[] }
  | { shape: 'circle'; color: string; hollow?: boolean }
  | { shape: 'triangle'; color: string; ink: string }
  | { shape: 'shield'; text: string };

/** One line of the legend. */
export interface LegendEntry {
  swatch: Swatch;
  /** What the symbol means, in plain words. */
  label: string;
}

/** A toggleable group of style layers. */
export interface LayerGroup {
  id: LayerGroupId;
  /** Name in the legend's toggle. */
  label: string;
  /** Style layer ids the group shows and hides. */
  layerIds: readonly string[];
  /** Shown when no link says otherwise. */
  defaultVisible: boolean;
  legend: readonly LegendEntry[];
}

/** Every group, in legend order (top of the map first). */
export const LAYER_GROUPS: readonly LayerGroup[] = [
  {
    id: 'posts',
    label: 'Turkish observation posts',
    layerIds: ['post-icon', 'post-label'],
    defaultVisible: true,
    legend: [
      {
        swatch: { shape: 'triangle', color: PALETTE.post, ink: PALETTE.postInk },
        label: 'Turkish observation post (position approximate, see each post)',
      },
    ],
  },
  {
    id: 'cities',
    label: 'Cities and towns',
    layerIds: ['city-dot', 'city-label'],
    defaultVisible: true,
    legend: [{ swatch: { shape: 'circle', color: PALETTE.city }, label: 'City or town' }],
  },
  {
    id: 'highways',
    label: 'M4 and M5 highways',
    layerIds: ['highway-casing', 'highway-line', 'highway-shield'],
    defaultVisible: true,
    legend: [
      { swatch: { shape: 'shield', text: 'M5' }, label: 'Highway number' },
      {
        swatch: { shape: 'line', color: PALETTE.highway, width: 3, dash: [4, 2] },
        label: 'Highway route, schematic: drawn through the towns it passes',
      },
    ],
  },
  {
    id: 'contact-line',
    label: 'Contact line',
    layerIds: ['contact-line-casing', 'contact-line'],
    defaultVisible: true,
    legend: [
      {
        swatch: { shape: 'line', color: PALETTE.contactLine, width: 4 },
        label: 'Contact line on 17 Sep 2018 (from who held each village)',
      },
    ],
  },
  {
    id: 'zone',
    label: 'Demilitarised zone',
    layerIds: ['zone-margin', 'zone-core', 'zone-core-edge'],
    defaultVisible: true,
    legend: [
      {
        swatch: { shape: 'fill', color: PALETTE.zoneCore, opacity: 1 },
        label: 'Zone, 0–15 km from the contact line (solid)',
      },
      {
        swatch: { shape: 'fill', color: PALETTE.zoneInk, opacity: 0.15, pattern: 'hatch' },
        label: '15–20 km (hatched): the exact lines were never published',
      },
    ],
  },
  {
    id: 'zone-split',
    label: 'Rejected reading: zone from both sides',
    layerIds: ['zone-split-outline'],
    defaultVisible: false,
    legend: [
      {
        swatch: { shape: 'line', color: PALETTE.zoneInk, width: 2, dash: [1, 1.5] },
        label: 'Zone carved 7.5–10 km from both sides, as Jaysh al-Izza demanded (not agreed)',
      },
    ],
  },
  {
    id: 'province',
    label: 'Idlib province',
    layerIds: ['province-outline', 'governorate-outline'],
    defaultVisible: true,
    legend: [
      {
        swatch: { shape: 'line', color: PALETTE.province, width: 2, dash: [6, 2, 1, 2] },
        label: 'Idlib province (governorate) boundary',
      },
    ],
  },
  {
    id: 'territory',
    label: 'Who held what, 17 Sep 2018',
    layerIds: TERRITORY_LAYER_IDS,
    defaultVisible: true,
    legend: [
      {
        swatch: { shape: 'fill', color: PALETTE.opposition, opacity: 0.25 },
        label: 'Opposition-held (plain tint)',
      },
      {
        swatch: { shape: 'fill', color: PALETTE.government, opacity: 0.3, pattern: 'dots' },
        label: 'Government-held (dotted)',
      },
      {
        swatch: { shape: 'fill', color: PALETTE.turkishHeld, opacity: 0.25, pattern: 'stripes' },
        label: 'Held by Turkey and Turkish-backed groups (striped)',
      },
      {
        swatch: { shape: 'fill', color: PALETTE.sdf, opacity: 0.14, pattern: 'vstripes' },
        label: 'Kurdish-led SDF, Tal Rifaat (upright stripes)',
      },
    ],
  },
  {
    id: 'settlements',
    label: 'Villages on the contact line',
    layerIds: ['settlement-dot', 'settlement-label'],
    defaultVisible: false,
    legend: [
      { swatch: { shape: 'circle', color: PALETTE.opposition }, label: 'Opposition-held village' },
      {
        swatch: { shape: 'circle', color: PALETTE.government, hollow: true },
        label: 'Government-held village (ring)',
      },
    ],
  },
];

/** Looks a group up by id (`undefined` for unknown ids, e.g. from a link). */
export function findLayerGroup(id: string): LayerGroup | undefined {
  return LAYER_GROUPS.find((group) => group.id === id);
}
