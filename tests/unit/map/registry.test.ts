import { describe, expect, it } from 'vitest';
import { KIND_IDS } from '../../../src/domain/kinds.js';
import {
  KIND_GROUPS,
  LAYERS,
  PICKABLE,
  STYLE_LAYERS,
  layerOfKind,
} from '../../../src/map/layers/registry.js';
import { OVERLAYS, type OverlayStyle } from '../../../src/map/layers/overlays.js';
import { PALETTE } from '../../../src/domain/palette.js';

describe('the layer registry', () => {
  it('gives every drawn kind exactly one owner (the basemap draws the countries)', () => {
    for (const kind of KIND_IDS) {
      const owners = LAYERS.filter((m) => (m.kinds as readonly string[]).includes(kind));
      expect(owners.length, kind).toBe(kind === 'country' ? 0 : 1);
      if (kind !== 'country') expect(layerOfKind(kind)).toBe(owners[0]);
    }
  });
  it('picks only from layers the style has', () => {
    const ids = STYLE_LAYERS.map((l) => l.spec.id);
    expect(PICKABLE.length).toBeGreaterThan(5);
    for (const id of PICKABLE) expect(ids, id).toContain(id);
  });
  it('lists every drawn kind under one heading of the list of places', () => {
    const listed = KIND_GROUPS.flatMap((g) => [...g.kinds]);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(KIND_IDS.filter((k) => k !== 'country').sort());
  });
  it('gives overlays colours no layer of the map uses, except copies of a group, in its colours', () => {
    const coloursOf = (layers: readonly { spec: object }[]) =>
      new Set(
        layers
          .flatMap((l) =>
            Object.values((l.spec as { paint?: Record<string, unknown> }).paint ?? {}),
          )
          .filter((v): v is string => typeof v === 'string' && v.startsWith('#')),
      );
    const mapColours = coloursOf(STYLE_LAYERS);
    const copies = Object.entries(OVERLAYS).filter(([, o]) => 'copyOf' in o);
    expect(copies.length).toBeGreaterThan(0);
    for (const [id, overlay] of Object.entries(OVERLAYS)) {
      const style: OverlayStyle = overlay;
      expect(overlay.legend.label.length, id).toBeGreaterThan(10);
      if (!style.copyOf) {
        expect(mapColours.has(style.stroke), `${id} stroke`).toBe(false);
        continue;
      }
      // A copy (one half of the side-by-side comparison) keeps its group's own colours.
      const group = coloursOf(LAYERS.find((m) => m.group === style.copyOf)?.layers ?? []);
      expect(group.has(style.stroke), `${id} stroke`).toBe(true);
      if (!style.fillPattern) expect(group.has(style.fill), `${id} fill`).toBe(true);
    }
    expect(OVERLAYS['m4-corridor'].fill).not.toBe(PALETTE.turkishHeld);
    expect(OVERLAYS['rival-reading'].fill).not.toBe(PALETTE.post);
  });
});
