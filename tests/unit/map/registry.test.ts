import { describe, expect, it } from 'vitest';
import { KIND_IDS } from '../../../src/domain/kinds.js';
import {
  KIND_GROUPS,
  LAYERS,
  PICKABLE,
  STYLE_LAYERS,
  layerOfKind,
} from '../../../src/map/layers/registry.js';
import { OVERLAYS } from '../../../src/map/layers/overlays.js';
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
  it('gives overlays colours no layer of the map uses', () => {
    const mapColours = new Set(
      STYLE_LAYERS.flatMap((l) =>
        Object.values((l.spec as { paint?: Record<string, unknown> }).paint ?? {}),
      ).filter((v): v is string => typeof v === 'string' && v.startsWith('#')),
    );
    for (const [id, overlay] of Object.entries(OVERLAYS)) {
      expect(mapColours.has(overlay.stroke), `${id} stroke`).toBe(false);
      expect(overlay.legend.label.length, id).toBeGreaterThan(10);
    }
    expect(OVERLAYS['m4-corridor'].fill).not.toBe(PALETTE.turkishHeld);
    expect(OVERLAYS['rival-reading'].fill).not.toBe(PALETTE.post);
  });
});
