/**
 * The map's layered state. The reader's own choices (which layers are shown, what is selected)
 * are the base; each mode (presenter chapter, timeline date, rival reading, zone-width explorer…)
 * declares overrides on top, and the effective state is computed from the stack, so leaving a
 * mode restores exactly what was there. No module writes another's part: a mode sets or clears
 * only its own overrides, and highlights are named channels that merge.
 */
import type { FeatureCollection } from 'geojson';
import type { DisplayScale } from './projector-scale.js';
import type { LayerGroupId } from './layers/registry.js';
import { MAP_START } from './layers/dated.js';
import type { OverlayId } from './layers/overlays.js';

/** The modes, each with its place in the stack: a higher rank has the last word. */
export const MODE_RANK = {
  compare: 10,
  timeline: 20,
  explorer: 30,
  presenter: 40,
} as const;

/** A mode's id. */
export type ModeId = keyof typeof MODE_RANK;

/** An overlay a mode draws: its id (style and legend in `layers/overlays.ts`) and its data. */
export interface OverlayState {
  id: OverlayId;
  data: FeatureCollection;
}

/** What a mode declares on top of the reader's choices. */
export interface ModeOverrides {
  /** Name in words, for the legend ("set by the presenter"). */
  label: string;
  /** Layer groups the mode shows (`true`) or hides (`false`); the rest stay the reader's. */
  layers?: Partial<Record<LayerGroupId, boolean>>;
  /** Overlays the mode draws while it is on. */
  overlays?: readonly OverlayState[];
  /** The day the map shows (ISO): the territory and contact line of that day. */
  date?: string;
  /** Draws the map's text, icons and lines larger (presenter mode on a projector). */
  scale?: DisplayScale;
}

/** Named highlight channels; the effective highlight is their union. */
export type HighlightChannel = 'hover' | 'keyboard' | 'timeline' | 'presenter' | 'reader';

/** The state the map draws. */
export interface EffectiveMapState {
  /** Every group's visibility. */
  layers: ReadonlyMap<LayerGroupId, boolean>;
  /** Which mode set a group's visibility, where one did. */
  setBy: ReadonlyMap<LayerGroupId, string>;
  selected: string | null;
  highlighted: readonly string[];
  overlays: readonly OverlayState[];
  /** The day the map shows (ISO). */
  date: string;
  /** The mode that set the day, if any. */
  dateSetBy: string | undefined;
  /** The display scale, the highest mode's that sets one; `null`: the registry's own sizes. */
  scale: DisplayScale | null;
}

/** The reader's choices. */
export interface BaseState {
  layers: ReadonlyMap<LayerGroupId, boolean>;
  selected: string | null;
}

/** The stack: the base, the modes' overrides, the highlight channels. */
export interface MapStateStack {
  base: BaseState;
  modes: ReadonlyMap<ModeId, ModeOverrides>;
  highlights: ReadonlyMap<HighlightChannel, readonly string[]>;
}

/** The effective state of a stack. Pure. */
export function effectiveState(stack: MapStateStack): EffectiveMapState {
  const layers = new Map(stack.base.layers);
  const setBy = new Map<LayerGroupId, string>();
  const overlays: OverlayState[] = [];
  let date = MAP_START;
  let dateSetBy: string | undefined;
  let scale: DisplayScale | null = null;
  const modes = [...stack.modes].sort(([a], [b]) => MODE_RANK[a] - MODE_RANK[b]);
  for (const [, mode] of modes) {
    for (const [group, visible] of Object.entries(mode.layers ?? {}) as [LayerGroupId, boolean][]) {
      layers.set(group, visible);
      setBy.set(group, mode.label);
    }
    if (mode.date) {
      date = mode.date;
      dateSetBy = mode.label;
    }
    for (const overlay of mode.overlays ?? []) {
      const at = overlays.findIndex((o) => o.id === overlay.id);
      if (at >= 0) overlays.splice(at, 1);
      overlays.push(overlay);
    }
    if (mode.scale) scale = mode.scale;
  }
  const highlighted = [...new Set([...stack.highlights.values()].flat())];
  const selected = stack.base.selected;
  return { layers, setBy, selected, highlighted, overlays, date, dateSetBy, scale };
}

/** What changed between two effective states, for a map view to apply. */
export interface StateChange {
  layers: [LayerGroupId, boolean][];
  selected?: string | null;
  highlighted?: readonly string[];
  overlaysSet: OverlayState[];
  overlaysRemoved: OverlayId[];
  date?: string;
  /** The new display scale, when it changed. */
  scale?: DisplayScale | null;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The changes that turn `from` into `to`. Pure. */
export function diffStates(from: EffectiveMapState, to: EffectiveMapState): StateChange {
  const change: StateChange = { layers: [], overlaysSet: [], overlaysRemoved: [] };
  for (const [group, visible] of to.layers)
    if ((from.layers.get(group) ?? !visible) !== visible) change.layers.push([group, visible]);
  if (from.selected !== to.selected) change.selected = to.selected;
  if (from.date !== to.date) change.date = to.date;
  if (!sameList(from.highlighted, to.highlighted)) change.highlighted = to.highlighted;
  if (from.scale !== to.scale) change.scale = to.scale;
  for (const overlay of to.overlays)
    if (from.overlays.find((o) => o.id === overlay.id)?.data !== overlay.data)
      change.overlaysSet.push(overlay);
  for (const overlay of from.overlays)
    if (!to.overlays.some((o) => o.id === overlay.id)) change.overlaysRemoved.push(overlay.id);
  return change;
}
