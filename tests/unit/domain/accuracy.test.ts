import { describe, expect, it } from 'vitest';
import { bandWidth, HIGHWAY_ACCURACY_KM, LINE_ACCURACY_KM } from '../../../src/domain/accuracy.js';
import { STYLE_LAYERS } from '../../../src/map/layers/registry.js';

/** Metres a pixel covers at zoom `z` and latitude 35.8° on MapLibre's 512-pixel tiles. */
const metresPerPixel = (z: number) =>
  ((40_075_016.686 / 512) * Math.cos((35.8 * Math.PI) / 180)) / 2 ** z;

describe('uncertainty drawn as bands', () => {
  it('makes a band exactly as wide as the stated accuracy on each side, at every zoom', () => {
    const [, , , z0 = 0, w0 = 0, z1 = 0, w1 = 0] = bandWidth(LINE_ACCURACY_KM);
    expect((w0 * metresPerPixel(z0)) / 1000).toBeCloseTo(2 * LINE_ACCURACY_KM, 1);
    expect((w1 * metresPerPixel(z1)) / 1000).toBeCloseTo(2 * LINE_ACCURACY_KM, 1);
  });
  it('draws the contact line (both sets) and the highways with their bands', () => {
    const width = (id: string) =>
      (STYLE_LAYERS.find((l) => l.spec.id === id)?.spec as { paint?: Record<string, unknown> })
        ?.paint?.['line-width'];
    expect(width('contact-line-band')).toEqual(bandWidth(LINE_ACCURACY_KM));
    expect(width('contact-line-band-dated')).toEqual(bandWidth(LINE_ACCURACY_KM));
    expect(width('highway-band')).toEqual(bandWidth(HIGHWAY_ACCURACY_KM));
  });
});
