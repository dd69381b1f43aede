import { describe, expect, it } from 'vitest';
import {
  formatCollection,
  parseGmtSegments,
  parseRegion,
  segmentsToGeoJson,
} from '../../../../src/pipeline/rivers/gmt-to-geojson.js';

/** What `gmt coast -Ia -M` writes: a header per segment, then "lon<TAB>lat" lines. */
const SAMPLE = [
  '> River Bin # 19115, Level 3',
  '35\t36.772091249',
  '35\t36.772091249',
  '> River Bin # 19116, Level 1',
  '36.1\t35.5',
  '36.2\t35.6',
  '36.3\t35.7',
  '> Border',
  '35.5\t35.5',
  '36.05\t35.5000049',
  '',
].join('\n');

describe('parseGmtSegments', () => {
  it('reads each segment with its level and points', () => {
    const segments = parseGmtSegments(SAMPLE);
    expect(segments).toHaveLength(3);
    expect(segments[0]).toMatchObject({ level: 3, line: 1 });
    expect(segments[1]?.points).toEqual([
      [36.1, 35.5],
      [36.2, 35.6],
      [36.3, 35.7],
    ]);
    expect(segments[2]?.level).toBeUndefined();
  });

  it('names the line of a bad point', () => {
    expect(() => parseGmtSegments('> x\n36.1 north\n', 'in.gmt')).toThrow('in.gmt:2');
  });
});

describe('segmentsToGeoJson', () => {
  const collection = segmentsToGeoJson(
    parseGmtSegments(SAMPLE),
    parseRegion('35.7/37.6/34.9/36.9'),
  );

  it('drops segments of one repeated point and clips to the region', () => {
    expect(collection.features).toHaveLength(2);
    const border = collection.features[1];
    expect(border?.properties).toEqual({});
    expect(border?.geometry.coordinates[0]).toEqual([35.7, 35.5]);
  });

  it('keeps the level and rounds to 5 decimals', () => {
    expect(collection.features[0]?.properties).toEqual({ level: 1 });
    expect(collection.features[1]?.geometry.coordinates[1]).toEqual([36.05, 35.5]);
  });

  it('writes one feature per line', () => {
    const text = formatCollection(collection);
    expect(text.split('\n')).toHaveLength(5);
    expect(JSON.parse(text)).toEqual(collection);
  });
});

describe('parseRegion', () => {
  it('reads GMT order west/east/south/north into [west, south, east, north]', () => {
    expect(parseRegion('35.7/37.6/34.9/36.9')).toEqual([35.7, 34.9, 37.6, 36.9]);
    expect(() => parseRegion('35.7/37.6')).toThrow('35.7/37.6');
  });
});
