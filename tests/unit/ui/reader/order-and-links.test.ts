import { describe, expect, it } from 'vitest';
import type { AppFeature, FeatureKind } from '../../../../src/types.js';
import { positionAlong } from '../../../../src/geo/feature-extent.js';
import { keyboardOrder } from '../../../../src/ui/reader/feature-order.js';
import { formatLayers, parseLayers } from '../../../../src/ui/app/controller.js';
import { formatCamera, parseCamera } from '../../../../src/ui/app/view-hash.js';

function feature(id: string, kind: FeatureKind, coordinates: number[] | number[][]): AppFeature {
  const geometry = Array.isArray(coordinates[0])
    ? { type: 'LineString' as const, coordinates: coordinates as number[][] }
    : { type: 'Point' as const, coordinates: coordinates as number[] };
  return {
    type: 'Feature',
    geometry,
    properties: {
      id,
      name: id,
      kind,
      description: '',
      provenance: { method: '', sources: [], accuracyKm: 1 },
      quotes: [],
    },
  };
}

describe('keyboardOrder', () => {
  it('puts the contact line first, then cities and then posts, each along the line', () => {
    const line = feature('contact-line', 'contact-line', [
      [36, 35],
      [36.5, 35.5],
      [37, 36],
    ]);
    const order = keyboardOrder([
      feature('op-b', 'observation-point', [36.1, 35.1]),
      feature('city-far', 'city', [37, 36]),
      feature('op-a', 'observation-point', [36.9, 35.9]),
      feature('city-near', 'city', [36, 35]),
      feature('m5', 'highway', [
        [36, 35],
        [37, 36],
      ]),
      line,
    ]).map((f) => f.properties.id);
    expect(order).toEqual(['contact-line', 'm5', 'city-near', 'city-far', 'op-b', 'op-a']);
  });
  it('measures position along a line by the nearest vertex', () => {
    const line = [
      [0, 0],
      [1, 0],
      [2, 0],
    ];
    expect(positionAlong(line, [1.9, 0.1])).toBe(2);
    expect(positionAlong(line, [-5, 0])).toBe(0);
  });
});

describe('deep-link values', () => {
  it('round-trips a camera and rejects malformed or out-of-range ones', () => {
    const camera = parseCamera('36.6339,35.9306,9.50');
    expect(camera).toEqual({ lng: 36.6339, lat: 35.9306, zoom: 9.5 });
    expect(camera && formatCamera(camera)).toBe('36.6339,35.9306,9.50');
    for (const bad of ['999,0,3', '1,2', 'a,b,c', '1,2,30', '1,2,3,4', '']) {
      expect(parseCamera(bad), bad).toBeUndefined();
    }
  });
  it('writes layer visibility as changes from the defaults and reads it back', () => {
    const visible = parseLayers('-territory,+settlements');
    expect(visible).toEqual(
      new Map([
        ['territory', false],
        ['settlements', true],
      ]),
    );
    expect(formatLayers(visible ?? new Map())).toBe('-territory,+settlements');
    expect(formatLayers(new Map([['zone', true]]))).toBeNull();
    expect(parseLayers('-nonsense')).toBeUndefined();
    expect(parseLayers('zone')).toBeUndefined();
  });
});
