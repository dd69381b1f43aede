import type { Feature, LineString } from 'geojson';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GeoNamesPlace } from '../../../../src/pipeline/geodata/gazetteer.js';
import {
  ORONTES,
  buildRivers,
  joinPieces,
  orontesLines,
} from '../../../../src/pipeline/rivers/build-rivers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const line = (
  level: number,
  ...coordinates: number[][]
): Feature<LineString, { level?: number }> => ({
  type: 'Feature',
  properties: { level },
  geometry: { type: 'LineString', coordinates },
});

describe('joinPieces', () => {
  it('joins pieces of one level end to start, across a gap under 200 m', () => {
    const joined = joinPieces([line(3, [36, 35], [36, 35.5]), line(3, [36.0005, 35.5], [36, 36])]);
    expect(joined).toHaveLength(1);
    expect(joined[0]?.geometry.coordinates).toHaveLength(4);
  });

  it('drops the shared point where pieces touch', () => {
    const joined = joinPieces([line(3, [36, 35], [36, 35.5]), line(3, [36, 35.5], [36, 36])]);
    expect(joined[0]?.geometry.coordinates).toEqual([
      [36, 35],
      [36, 35.5],
      [36, 36],
    ]);
  });

  it('keeps a confluence and a change of level as breaks', () => {
    const main = line(3, [36, 35], [36, 35.5]);
    const tributary = line(3, [36.3, 35.3], [36, 35.5]);
    const below = line(3, [36, 35.5], [36, 36]);
    expect(joinPieces([main, tributary, below])).toHaveLength(3);
    expect(joinPieces([main, line(4, [36, 35.5], [36, 36])])).toHaveLength(2);
  });
});

describe('orontesLines', () => {
  const place = (id: number, lon: number, lat: number): [number, GeoNamesPlace] => [
    id,
    { id, name: String(id), adminCode: '', coordinates: [lon, lat] },
  ];
  const gazetteer = new Map([
    place(170017, 36.75783, 35.13179),
    place(169023, 36.31983, 35.81418),
    place(170865, 36.39361, 35.9918),
  ]);

  it('picks the line that passes near Hama, Jisr al-Shughur and Darkush', () => {
    const orontes = line(3, [36.76, 35.13], [36.32, 35.81], [36.39, 35.99]);
    const other = line(3, [36.76, 35.13], [36.32, 35.81]);
    expect(orontesLines([orontes, other], gazetteer)).toEqual([orontes]);
  });

  it('names one line of the committed extract, running north from Hama', () => {
    const { collection } = buildRivers(root, new Map(gazetteer));
    const named = collection.features.filter((f) => f.properties.name);
    expect(named).toHaveLength(1);
    expect(named[0]?.properties).toMatchObject({ name: ORONTES.name, nameAr: 'العاصي' });
    const lats = named[0]?.geometry.coordinates.map((p) => p[1] ?? 0) ?? [];
    expect(Math.min(...lats)).toBeLessThan(35.13);
    expect(Math.max(...lats)).toBeGreaterThan(36);
  });
});
