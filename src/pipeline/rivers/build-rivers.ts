/**
 * `/data/rivers.geojson` from the committed GSHHG extract (`geodata/rivers/`, made by
 * `regenerate.sh`; `npm run data` needs no GMT): GMT's bin-sized pieces are joined end to end,
 * lightly simplified, and the Orontes is named where the geometry shows it (see
 * {@link nameOrontes}).
 */
import simplify from '@turf/simplify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { DataError } from '../errors.js';
import { distanceKm, type GeoNamesPlace } from '../geodata/gazetteer.js';

export const RIVERS_EXTRACT = 'geodata/rivers/wdbii-rivers.geojson';
/** Credit line for the river lines. */
export const RIVERS_SOURCE =
  'GSHHG 2.3.7 WDBII rivers, P. Wessel and W. H. F. Smith (LGPL-3+), via GMT 6.4.0';
/** Pieces whose ends lie closer than this (km) are one line (the extract has gaps of ~60 m). */
export const JOIN_KM = 0.2;
/** Douglas–Peucker tolerance in degrees (about 30 m): the extract's detail is ~1:250 000. */
export const SIMPLIFY_DEG = 0.0003;

/** GMT's river levels (`gmt coast -I`), as its usage text names them. */
export const LEVEL_NAMES: Record<number, string> = {
  0: 'double-lined river (river-lake)',
  1: 'permanent major river',
  2: 'additional major river',
  3: 'additional river',
  4: 'minor river',
  5: 'intermittent river, major',
  6: 'intermittent river, additional',
  7: 'intermittent river, minor',
  8: 'major canal',
  9: 'minor canal',
  10: 'irrigation canal',
};

/**
 * The Orontes passes through Hama and Jisr al-Shughur, and its banks are parks at Jisr
 * al-Shughur and Darkush ("City and Village Historical Briefs", syrianjihadism.com, translating
 * local Syrian sources: "It originates in Lebanon and passes through Homs and Hama, continuing to
 * Jisr al-Shughur in Idlib and continues into Turkey"). A line passing within
 * {@link ORONTES_MAX_KM} of the GeoNames points of all three towns is the Orontes.
 */
export const ORONTES_TOWNS = [
  { geonamesId: 170017, name: 'Hama' },
  { geonamesId: 169023, name: 'Jisr al-Shughur' },
  { geonamesId: 170865, name: 'Darkush' },
] as const;
export const ORONTES_MAX_KM = 2;
export const ORONTES = {
  name: 'Orontes (al-Asi)',
  nameAr: 'العاصي',
  identifiedBy: `passes within ${ORONTES_MAX_KM} km of Hama, Jisr al-Shughur and Darkush (GeoNames points), towns the Orontes flows through; named only from where the extract's pieces join up to the first confluence`,
};

type River = Feature<LineString, { level?: number }>;

/** Reads the committed extract. */
export function readExtract(root: string): River[] {
  const text = readFileSync(join(root, RIVERS_EXTRACT), 'utf8');
  const collection = JSON.parse(text) as FeatureCollection;
  return collection.features.map((f, i) => {
    if (f.geometry.type !== 'LineString') {
      throw new DataError(
        RIVERS_EXTRACT,
        i + 2,
        `feature ${i} is a ${f.geometry.type}`,
        'regenerate the extract with geodata/rivers/regenerate.sh',
      );
    }
    const level = f.properties?.['level'];
    return {
      type: 'Feature',
      properties: typeof level === 'number' ? { level } : {},
      geometry: f.geometry,
    };
  });
}

const first = (l: River): Position => l.geometry.coordinates[0] ?? [];
const last = (l: River): Position => l.geometry.coordinates.at(-1) ?? [];

/**
 * Joins pieces of one level end to start where the join is unambiguous: A's end meets only B's
 * start and B's start meets only A's end (so a confluence stays a break).
 */
export function joinPieces(pieces: readonly River[], joinKm = JOIN_KM): River[] {
  const near = (a: Position, b: Position) => distanceKm(a, b) <= joinKm;
  const next = pieces.map((a) => pieces.filter((b) => b !== a && near(last(a), first(b))));
  const prev = pieces.map((b) => pieces.filter((a) => a !== b && near(last(a), first(b))));
  const follows = pieces.map((a, i) => {
    const [b, more] = next[i] ?? [];
    if (!b || more || a.properties.level !== b.properties.level) return undefined;
    return prev[pieces.indexOf(b)]?.length === 1 ? b : undefined;
  });
  const hasPredecessor = new Set(follows.filter((b): b is River => b !== undefined));
  const joined: River[] = [];
  pieces.forEach((start) => {
    if (hasPredecessor.has(start)) return;
    const coordinates = [...start.geometry.coordinates];
    const seen = new Set([start]);
    for (let b = follows[pieces.indexOf(start)]; b && !seen.has(b);) {
      seen.add(b);
      const end = coordinates.at(-1) ?? [];
      const touching = end[0] === first(b)[0] && end[1] === first(b)[1];
      coordinates.push(...b.geometry.coordinates.slice(touching ? 1 : 0));
      b = follows[pieces.indexOf(b)];
    }
    joined.push({ ...start, geometry: { type: 'LineString', coordinates } });
  });
  return joined;
}

/** True when the line passes within `km` of `at`. */
function passesNear(line: River, at: readonly number[], km: number): boolean {
  return line.geometry.coordinates.some((p) => distanceKm(p, at) <= km);
}

/** The lines that pass near every Orontes town; throws if a town is not in the gazetteer. */
export function orontesLines(lines: readonly River[], gazetteer: Map<number, GeoNamesPlace>) {
  const towns = ORONTES_TOWNS.map((town) => {
    const place = gazetteer.get(town.geonamesId);
    if (!place)
      throw new Error(`GeoNames ${town.geonamesId} (${town.name}) is not in the gazetteer`);
    return place.coordinates;
  });
  return lines.filter((line) => towns.every((t) => passesNear(line, t, ORONTES_MAX_KM)));
}

/** Everything `rivers.geojson` holds, plus a line for the build log. */
export function buildRivers(root: string, gazetteer: Map<number, GeoNamesPlace>) {
  const lines = joinPieces(readExtract(root)).map(
    (line) => simplify(line, { tolerance: SIMPLIFY_DEG, highQuality: true }) as River,
  );
  const orontes = new Set(orontesLines(lines, gazetteer));
  const features = lines.map((line, i) => ({
    type: 'Feature' as const,
    properties: {
      id: `river-${i + 1}`,
      level: line.properties.level,
      kind: line.properties.level === undefined ? 'river' : LEVEL_NAMES[line.properties.level],
      ...(orontes.has(line) ? { name: ORONTES.name, nameAr: ORONTES.nameAr } : {}),
      source: RIVERS_SOURCE,
    },
    geometry: {
      type: 'LineString' as const,
      coordinates: line.geometry.coordinates.map((p) => [
        Math.round((p[0] ?? 0) * 1e4) / 1e4,
        Math.round((p[1] ?? 0) * 1e4) / 1e4,
      ]),
    },
  }));
  const summary = `rivers: ${features.length} lines from ${RIVERS_EXTRACT}; Orontes named on ${orontes.size} (${ORONTES.identifiedBy})`;
  return { collection: { type: 'FeatureCollection' as const, features }, summary };
}
