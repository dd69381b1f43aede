/**
 * Converts `gmt coast -I… -M` output (GMT multisegment text: a `>` header line per segment, then
 * one `lon lat` per line) into GeoJSON LineStrings, clipped to a bounding box and rounded.
 * Used by `geodata/rivers/regenerate.sh`; `npm run data` reads only the committed extract.
 *
 *   tsx src/pipeline/rivers/gmt-to-geojson.ts 35.7/37.6/34.9/36.9 < rivers.gmt > rivers.geojson
 */
import bboxClip from '@turf/bbox-clip';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Bbox = [number, number, number, number];

/** A segment as GMT wrote it: its header's river level (if any) and its points. */
export interface GmtSegment {
  level?: number;
  points: Position[];
  /** 1-based line of the segment's header (or first point) in the input. */
  line: number;
}

/** Splits GMT multisegment text into segments; a bad point line throws naming its line. */
export function parseGmtSegments(text: string, file = 'stdin'): GmtSegment[] {
  const segments: GmtSegment[] = [];
  let current: GmtSegment | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('>')) {
      const level = /Level\s+(\d+)/i.exec(line)?.[1];
      current = { points: [], line: index + 1, ...(level ? { level: Number(level) } : {}) };
      segments.push(current);
      return;
    }
    const [lon, lat] = line.split(/[\s,]+/).map(Number);
    if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      throw new Error(`${file}:${index + 1}: "${line}" is not "lon lat"`);
    }
    if (!current) {
      current = { points: [], line: index + 1 };
      segments.push(current);
    }
    current.points.push([lon, lat]);
  });
  return segments;
}

const roundTo = (decimals: number) => {
  const factor = 10 ** decimals;
  return (p: Position): Position => [
    Math.round((p[0] ?? 0) * factor) / factor,
    Math.round((p[1] ?? 0) * factor) / factor,
  ];
};

/** Drops consecutive repeated points. */
function dedupe(points: Position[]): Position[] {
  return points.filter(
    (p, i) => i === 0 || p[0] !== points[i - 1]?.[0] || p[1] !== points[i - 1]?.[1],
  );
}

/** The segments as LineStrings clipped to `bbox`, rounded to `decimals`; empty pieces dropped. */
export function segmentsToGeoJson(
  segments: readonly GmtSegment[],
  bbox: Bbox,
  decimals = 5,
): FeatureCollection<LineString> {
  const round = roundTo(decimals);
  const features: Feature<LineString>[] = [];
  for (const segment of segments) {
    const points = dedupe(segment.points);
    if (points.length < 2) continue;
    const clipped = (
      bboxClip({ type: 'LineString', coordinates: points }, bbox) as Feature<
        LineString | MultiLineString
      >
    ).geometry;
    const pieces: Position[][] =
      clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
    for (const piece of pieces) {
      const coordinates = dedupe(piece.map((p) => round(p)));
      if (coordinates.length < 2) continue;
      features.push({
        type: 'Feature',
        properties: segment.level === undefined ? {} : { level: segment.level },
        geometry: { type: 'LineString', coordinates },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** Parses "west/east/south/north" (GMT's -R order) into a {@link Bbox}. */
export function parseRegion(region: string): Bbox {
  const [west, east, south, north] = region.split('/').map(Number);
  if ([west, east, south, north].some((v) => v === undefined || !Number.isFinite(v))) {
    throw new Error(`region "${region}" is not west/east/south/north`);
  }
  return [west ?? 0, south ?? 0, east ?? 0, north ?? 0];
}

/** One feature per line, so the committed extract diffs line by line. */
export function formatCollection(collection: FeatureCollection): string {
  const lines = collection.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const region = process.argv[2];
  if (!region) throw new Error('usage: gmt-to-geojson.ts west/east/south/north < in.gmt');
  const text = readFileSync(0, 'utf8');
  process.stdout.write(
    formatCollection(segmentsToGeoJson(parseGmtSegments(text), parseRegion(region))),
  );
}
