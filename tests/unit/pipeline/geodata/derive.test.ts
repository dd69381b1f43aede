/**
 * deriveZone on a synthetic front: government in the south, opposition in the middle, a
 * Turkish-held strip in the north, and one government town surrounded by opposition towns.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { polygon } from '@turf/helpers';
import { describe, expect, it } from 'vitest';
import type { Control } from '../../../../src/geo/control-cells.js';
import { deriveZone } from '../../../../src/pipeline/geodata/derive.js';
import type { ControlRow } from '../../../../src/pipeline/geodata/tables.js';

function row(id: string, control: Control, lon: number, lat: number): ControlRow {
  return {
    id,
    name: id,
    nameVariants: [],
    coordinates: [lon, lat],
    coordSource: 'test',
    line: 0,
    control,
    controlBasis: 'inferred',
    controlNote: 'test',
    controlSources: [],
    verify: false,
    role: 'line',
    notes: '',
  };
}

const rows: ControlRow[] = [];
for (let i = 0; i <= 10; i++) {
  const lon = 35.8 + i * 0.17;
  rows.push(row(`g${i}`, 'government', lon, 35.1));
  rows.push(row(`o${i}`, 'opposition', lon + 0.08, 35.55));
  rows.push(row(`p${i}`, 'opposition', lon, 35.95));
  rows.push(row(`t${i}`, 'turkish', lon + 0.05, 36.7));
}
rows.push(row('q1', 'opposition', 36.55, 36.3), row('q2', 'opposition', 36.85, 36.3));
rows.push(row('pocket', 'government', 36.7, 36.25));
const syria = polygon([
  [
    [35.6, 34.8],
    [37.7, 34.8],
    [37.7, 36.95],
    [35.6, 36.95],
    [35.6, 34.8],
  ],
]);

describe('deriveZone', () => {
  const d = deriveZone(rows, syria);

  it('draws the line between opposition and government only', () => {
    const lats = d.contactLine.geometry.coordinates.map((p) => p[1] ?? 0);
    expect(Math.min(...lats)).toBeGreaterThan(35.1);
    expect(Math.max(...lats)).toBeLessThan(35.55);
  });

  it('regression: a government pocket inside opposition land is not opposition territory or zone', () => {
    const pocket = [36.7, 36.25];
    expect(booleanPointInPolygon(pocket, d.territory.opposition ?? syria)).toBe(false);
    expect(booleanPointInPolygon(pocket, d.territory.government ?? syria)).toBe(true);
    expect(d.otherBoundaries.length).toBeGreaterThan(0);
  });

  it('puts every opposition town in opposition territory and no government town in a zone', () => {
    for (const r of rows) {
      if (r.control === 'opposition') {
        expect(booleanPointInPolygon(r.coordinates, d.territory.opposition ?? syria)).toBe(true);
      }
      if (r.control === 'government') {
        expect(booleanPointInPolygon(r.coordinates, d.zone20)).toBe(false);
      }
    }
  });
});
