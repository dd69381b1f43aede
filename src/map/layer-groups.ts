/**
 * The legend groups as the UI reads them (toggle, label, style layers, legend entries), derived
 * from the layer registry (`./layers/registry.ts`): a group is one thematic layer module.
 */
import { LAYERS, findLayer, type LayerGroupId, type StyleLayerId } from './layers/registry.js';
import type { LegendEntry } from './layers/layer.js';
import { OVERLAYS } from './layers/overlays.js';
import type { EffectiveMapState } from './map-state.js';

export type { LayerGroupId, StyleLayerId } from './layers/registry.js';
export type { LegendEntry, Swatch } from './layers/layer.js';

/** A toggleable group of style layers. */
export interface LayerGroup {
  id: LayerGroupId;
  /** Name in the legend's toggle. */
  label: string;
  /** Style layer ids the group shows and hides. */
  layerIds: readonly StyleLayerId[];
  /** Shown when no link says otherwise. */
  defaultVisible: boolean;
  legend: readonly LegendEntry[];
}

const toGroup = (m: (typeof LAYERS)[number]): LayerGroup => ({
  id: m.group,
  label: m.label,
  layerIds: m.layers.map((l) => l.spec.id),
  defaultVisible: m.defaultVisible,
  legend: m.legend,
});

/** Every group, in legend order (top of the map first). */
export const LAYER_GROUPS: readonly LayerGroup[] = LAYERS.map(toGroup);

/** Looks a group up by id (`undefined` for unknown ids, e.g. from a link). */
export function findLayerGroup(id: string): LayerGroup | undefined {
  const module = findLayer(id);
  return module ? toGroup(module) : undefined;
}

/** The legend of what is drawn now: the visible groups' entries, then the overlays shown. */
export function drawnLegend(state: EffectiveMapState): LegendEntry[] {
  return [
    ...LAYER_GROUPS.filter((g) => state.layers.get(g.id)).flatMap((g) => [...g.legend]),
    ...state.overlays.map((o) => OVERLAYS[o.id].legend),
  ];
}
