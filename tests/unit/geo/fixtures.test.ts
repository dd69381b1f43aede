/**
 * Golden fixtures for the derivation functions in `src/geo/`: each
 * `tests/fixtures/<function>/in/<case>.geojson` runs through the function and must equal
 * `out/<case>.geojson`. `UPDATE=1 npx vitest run` rewrites the outputs; they are styled
 * (simplestyle) to be read in geojson.io.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { featureCollection, point } from '@turf/helpers';
import truncate from '@turf/truncate';
import type { BBox, Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { clipLine } from '../../../src/geo/clip-line.js';
import { controlCells, type ControlPointProperties } from '../../../src/geo/control-cells.js';
import { highwayLine } from '../../../src/geo/highway-line.js';
import { sharedBoundary } from '../../../src/geo/shared-boundary.js';
import { smoothLine } from '../../../src/geo/smooth-line.js';
import { splitArea } from '../../../src/geo/split-area.js';
import { zoneBand } from '../../../src/geo/zone-band.js';
import { zoneDepths } from '../../../src/geo/zone-depth.js';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

type Input = FeatureCollection & { bbox?: BBox; samples?: number };
const COLORS: Record<string, string> = {
  government: '#c0392b',
  opposition: '#27ae60',
  turkish: '#2c3e91',
  sdf: '#b7950b',
};

const line = (input: Input) =>
  input.features.find((f) => f.geometry.type === 'LineString') as Feature<LineString>;
const area = (input: Input) =>
  input.features.find((f) => f.geometry.type === 'Polygon') as Feature<Polygon>;
const styled = (features: Feature[], style: Record<string, unknown>) =>
  features.map((f) => ({ ...f, properties: { ...f.properties, ...style } }));

/** Each function under test, as GeoJSON in → GeoJSON out. */
const RUN: Record<string, (input: Input) => FeatureCollection> = {
  'control-cells': (input) => {
    const cells = controlCells(
      input as FeatureCollection<Point, ControlPointProperties>,
      input.bbox as BBox,
    );
    return featureCollection(
      cells.features.map((cell) => ({
        ...cell,
        properties: {
          ...cell.properties,
          fill: COLORS[cell.properties.control],
          'fill-opacity': 0.4,
        },
      })),
    );
  },
  'shared-boundary': (input) => {
    const cells = controlCells(
      input as FeatureCollection<Point, ControlPointProperties>,
      input.bbox as BBox,
    );
    const lines = sharedBoundary(
      cells,
      (p) => p.control === 'opposition',
      (p) => p.control === 'government',
    );
    return featureCollection(styled(lines.features, { stroke: '#000000', 'stroke-width': 3 }));
  },
  'smooth-line': (input) => {
    const raw = line(input);
    const iterations = Number(raw.properties?.['iterations'] ?? 3);
    return featureCollection([
      ...styled([raw], { stroke: '#999999' }),
      ...styled([smoothLine(raw, { iterations })], { stroke: '#d35400', 'stroke-width': 3 }),
    ]);
  },
  'clip-line': (input) =>
    featureCollection([
      ...styled([area(input)], { fill: '#cccccc', 'fill-opacity': 0.3 }),
      ...styled(clipLine(line(input), area(input)).features, {
        stroke: '#d35400',
        'stroke-width': 3,
      }),
    ]),
  'split-area': (input) =>
    featureCollection(
      splitArea(area(input), line(input)).features.map((piece, index) => ({
        ...piece,
        properties: {
          piece: index,
          fill: index === 0 ? '#27ae60' : '#c0392b',
          'fill-opacity': 0.4,
        },
      })),
    ),
  'zone-band': (input) => {
    const raw = line(input);
    const zone = zoneBand(raw, Number(raw.properties?.['depthKm']), area(input));
    return featureCollection([
      ...styled([raw], { stroke: '#000000', 'stroke-width': 3 }),
      ...(zone ? styled([zone], { fill: '#e67e22', 'fill-opacity': 0.5 }) : []),
    ]);
  },
  'highway-line': (input) =>
    featureCollection(
      styled(
        [
          highwayLine(
            input.features.map((f) => (f.geometry as Point).coordinates),
            { schematic: true },
          ),
        ],
        { stroke: '#7f8c8d', 'stroke-width': 2 },
      ),
    ),
  'zone-depths': (input) =>
    featureCollection(
      zoneDepths(line(input), area(input), { samples: input.samples ?? 50 }).map((sample) =>
        point(sample.at, { depthKm: sample.depthKm, 'marker-color': '#8e44ad' }),
      ),
    ),
};

describe.each(Object.keys(RUN))('%s', (fn) => {
  const inDir = join(fixtures, fn, 'in');
  const cases = existsSync(inDir) ? readdirSync(inDir).filter((f) => f.endsWith('.geojson')) : [];
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('%s', (file) => {
    const input = JSON.parse(readFileSync(join(inDir, file), 'utf8')) as Input;
    const output = truncate(RUN[fn]?.(input) as FeatureCollection, { precision: 6 });
    const outPath = join(fixtures, fn, 'out', file);
    if (process.env['UPDATE'] === '1') {
      mkdirSync(dirname(outPath), { recursive: true });
      writeFileSync(outPath, `${JSON.stringify(output, null, 2)}\n`);
    }
    expect(existsSync(outPath), `${outPath} is missing: run UPDATE=1`).toBe(true);
    expect(output).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
  });
});
