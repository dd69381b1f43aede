/**
 * The projector scale: every style layer's text, icons, lines and circles scaled from the layer
 * registry's own values (widths on the ground left alone), applied by the map view and put back
 * exactly when presenter mode ends; the state stack carries it as the presenter's override.
 */
import { latest } from '@maplibre/maplibre-gl-style-spec';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import {
  PROJECTOR_SCALE,
  SPEC_DEFAULTS,
  isGroundWidth,
  scaleValue,
  scaledValues,
} from '../../../src/map/display-scale.js';
import { STYLE_LAYERS } from '../../../src/map/layers/registry.js';
import { createMapView } from '../../../src/map/map-controller.js';
import { diffStates, effectiveState } from '../../../src/map/map-state.js';

const specs = STYLE_LAYERS.map((l) => l.spec);
type Props = Record<string, unknown>;
const own = (id: string, kind: 'layout' | 'paint', property: string): unknown =>
  ((specs.find((s) => s.id === id) as Partial<Record<'layout' | 'paint', Props>>)?.[kind] ?? {})[
    property
  ];

/** A MapLibre map reduced to the layer properties it holds, starting from the registry's. */
function fakeMapLibre() {
  const layout = new Map<string, Props>(
    specs.map((s) => [s.id, { ...(s as { layout?: Props }).layout }]),
  );
  const paint = new Map<string, Props>(
    specs.map((s) => [s.id, { ...(s as { paint?: Props }).paint }]),
  );
  const set = (store: Map<string, Props>) => (id: string, name: string, value: unknown) => {
    const props = store.get(id);
    if (!props) throw new Error(`no layer ${id}`);
    if (value === undefined) Reflect.deleteProperty(props, name);
    else props[name] = value;
  };
  const map = {
    getContainer: () => ({}),
    getLayer: (id: string) => (layout.has(id) ? { id } : undefined),
    setLayoutProperty: set(layout),
    setPaintProperty: set(paint),
  };
  return { map: map as unknown as MapLibreMap, layout, paint };
}

describe('the projector scale', () => {
  it('uses the style specification’s own defaults for unset properties', () => {
    const reference = latest as unknown as Record<string, Record<string, { default?: unknown }>>;
    const where: Record<keyof typeof SPEC_DEFAULTS, string> = {
      'text-size': 'layout_symbol',
      'text-halo-width': 'paint_symbol',
      'icon-size': 'layout_symbol',
      'icon-text-fit-padding': 'layout_symbol',
      'line-width': 'paint_line',
      'circle-radius': 'paint_circle',
      'circle-stroke-width': 'paint_circle',
    };
    for (const [property, group] of Object.entries(where))
      expect(reference[group]?.[property]?.default, property).toEqual(
        SPEC_DEFAULTS[property as keyof typeof SPEC_DEFAULTS],
      );
  });

  it('scales every layer’s text, icons, lines and circles from the registry’s values', () => {
    const values = scaledValues(specs, PROJECTOR_SCALE);
    const at = (layer: string, property: string) =>
      values.find((v) => v.layer === layer && v.property === property)?.value;
    const textLayers = specs.filter(
      (s) => s.type === 'symbol' && (s as { layout?: Props }).layout?.['text-field'],
    );
    expect(textLayers.length).toBeGreaterThan(5);
    for (const s of textLayers) {
      const base = (own(s.id, 'layout', 'text-size') as number | undefined) ?? 16;
      expect(at(s.id, 'text-size'), s.id).toBe(base * PROJECTOR_SCALE.text);
    }
    expect(at('city-label', 'text-size')).toBe(39);
    expect(at('city-label', 'text-halo-width')).toBeCloseTo(1.6 * 3);
    const lines = specs.filter((s) => s.type === 'line');
    for (const s of lines) {
      const base = own(s.id, 'paint', 'line-width') ?? 1;
      if (isGroundWidth(base)) {
        expect(at(s.id, 'line-width'), s.id).toBeUndefined();
        continue;
      }
      expect(at(s.id, 'line-width'), s.id).toBe(Math.max(4, (base as number) * 2));
    }
    // The accuracy bands are widths on the ground: never scaled.
    expect(lines.some((s) => isGroundWidth(own(s.id, 'paint', 'line-width')))).toBe(true);
    expect(at('contact-line', 'line-width')).toBe(7);
    expect(at('city-dot', 'icon-size')).toBe(2.5);
    // An icon stretched around its text follows the text, with its padding scaled.
    const shield = specs.find(
      (s) => (s as { layout?: Props }).layout?.['icon-text-fit'] === 'both',
    );
    if (!shield) throw new Error('no shield layer');
    expect(at(shield.id, 'icon-size')).toBeUndefined();
    expect(at(shield.id, 'icon-text-fit-padding')).toEqual(
      (own(shield.id, 'layout', 'icon-text-fit-padding') as number[]).map((v) => v * 3),
    );
    const circles = specs.filter((s) => s.type === 'circle');
    for (const s of circles)
      expect(at(s.id, 'circle-radius'), s.id).toBe(
        ((own(s.id, 'paint', 'circle-radius') as number | undefined) ?? 5) * 2.5,
      );
  });

  it('scales zoom expressions by their outputs and other expressions by a product', () => {
    const by = (v: number) => v * 2;
    expect(scaleValue(['interpolate', ['linear'], ['zoom'], 6, 10, 12, 20], by)).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      6,
      20,
      12,
      40,
    ]);
    expect(scaleValue(['step', ['zoom'], 10, 8, 14], by)).toEqual(['step', ['zoom'], 20, 8, 28]);
    expect(scaleValue(['get', 'size'], by)).toEqual(['*', 2, ['get', 'size']]);
  });

  it('is applied by the map view and restored exactly when it ends', async () => {
    const { map, layout, paint } = fakeMapLibre();
    const before = JSON.stringify([[...layout], [...paint]]);
    const view = createMapView(map, new Map());
    view.setDisplayScale?.(PROJECTOR_SCALE);
    // The scaling module loads with the first scale.
    await vi.waitFor(() => expect(layout.get('city-label')?.['text-size']).toBe(39));
    expect(paint.get('contact-line')?.['line-width']).toBe(7);
    // Unset in the registry: scaled from the spec's default, then unset again.
    expect(layout.get('city-dot')?.['icon-size']).toBe(2.5);
    expect(JSON.stringify([[...layout], [...paint]])).not.toBe(before);
    view.setDisplayScale?.(null);
    await vi.waitFor(() => expect(JSON.stringify([[...layout], [...paint]])).toBe(before));
  });

  it('is the presenter’s override in the state stack, gone when the mode ends', () => {
    const base = { layers: new Map(), selected: null };
    const off = effectiveState({ base, modes: new Map(), highlights: new Map() });
    const on = effectiveState({
      base,
      modes: new Map([['presenter', { label: 'the presenter', scale: PROJECTOR_SCALE }]]),
      highlights: new Map(),
    });
    expect(off.scale).toBeNull();
    expect(on.scale).toBe(PROJECTOR_SCALE);
    expect(diffStates(off, on).scale).toBe(PROJECTOR_SCALE);
    expect(diffStates(on, off).scale).toBeNull();
    expect(diffStates(on, on).scale).toBeUndefined();
  });
});
