import { describe, expect, it } from 'vitest';
import { arabicName, romanize } from '../../../../src/pipeline/places/arabic-name.js';
import {
  arabicNames,
  countryRecords,
  parseGeoNamesLine,
} from '../../../../src/pipeline/places/cities500.js';
import { withArabicNames } from '../../../../src/pipeline/layers-14.js';
import {
  placeRank,
  placesCollection,
  placesInArea,
} from '../../../../src/pipeline/places/places.js';

/** A GeoNames dump line: id, name, ascii, alternates, lat, lon, class, code, country, …, population. */
const row = (
  id: number,
  name: string,
  alternates: string,
  lat: number,
  lon: number,
  code: string,
  country: string,
  population: number,
) =>
  [
    id,
    name,
    name,
    alternates,
    lat,
    lon,
    'P',
    code,
    country,
    '',
    '12',
    '',
    '',
    '',
    population,
    '',
    '300',
    'Asia/Damascus',
    '2020-01-01',
  ].join('\t');

const DUMP = [
  row(
    166742,
    'Muhradah',
    'Al Karmah,Mahardah,alkrmt,mhrdt,الكرمة,محردة',
    35.2479,
    36.5725,
    'PPLA3',
    'SY',
    0,
  ),
  row(
    168620,
    'Kafr Zayta',
    'Az Zaytiyah,Kafr Zita,الزيتية,كفر زيتا,كفر زيتة',
    35.37425,
    36.6033,
    'PPLA3',
    'SY',
    21845,
  ),
  row(169389, 'Idlib', 'Idleb,إدلب,ادلب,محافظة إدلب', 35.93062, 36.63393, 'PPLA', 'SY', 128840),
  row(
    173576,
    'Latakia',
    'Laodicea,اللاذقية,لاذقية,لاذقیه',
    35.53168,
    35.79011,
    'PPLA',
    'SY',
    340181,
  ),
  row(1, 'Antakya', 'Antioch,أنطاكية', 36.20655, 36.15722, 'PPLA', 'TR', 250000),
  row(2, 'Homs', 'حمص', 34.72682, 36.72339, 'PPLA', 'SY', 775404),
  row(3, 'Nowhere', 'Nowhere', 35.5, 36.5, 'PPL', 'SY', 600),
].join('\n');

describe('the cities500 dump', () => {
  it('parses a line and keeps only the country asked for', () => {
    expect(parseGeoNamesLine('too\tshort')).toBeUndefined();
    const records = countryRecords(DUMP, 'SY');
    expect(records.map((r) => r.geonameId)).toEqual([166742, 168620, 169389, 173576, 2, 3]);
    expect(records[1]).toMatchObject({
      lat: 35.37425,
      lon: 36.6033,
      population: 21845,
      featureCode: 'PPLA3',
    });
  });
});

describe('placesInArea', () => {
  it('keeps Syrian places inside the box, largest first', () => {
    const records = countryRecords(DUMP, 'SY').concat(countryRecords(DUMP, 'TR'));
    const ids = placesInArea(records).map((r) => r.geonameId);
    expect(ids).toEqual([173576, 169389, 168620, 3, 166742]);
    expect(ids).not.toContain(1); // Antakya: in the box, but Turkey
    expect(ids).not.toContain(2); // Homs: Syria, but south of 34.9°N
  });
});

describe('arabicName', () => {
  it.each([
    ['Muhradah', 'محردة'], // not the former name الكرمة, which sorts first
    ['Kafr Zayta', 'كفر زيتا'], // not الزيتية
    ['Idlib', 'إدلب'], // not the governorate, محافظة إدلب
    ['Latakia', 'اللاذقية'], // the form with the article, not the Persian لاذقیه
  ])('%s → %s', (name, expected) => {
    const record = countryRecords(DUMP, 'SY').find((r) => r.name === name);
    expect(arabicName(record?.alternateNames ?? [], name)).toBe(expected);
  });

  it('prefers ة for a name in -ah and the construct t (Darat Izzah)', () => {
    expect(arabicName(['الدالي', 'الدالية'], 'Ad Daliyah')).toBe('الدالية');
    expect(arabicName(['دار تعزة', 'دارة عزة'], 'Darat `Izzah')).toBe('دارة عزة');
  });

  it('gives nothing when there is no Arabic-script name, and skips Persian spellings', () => {
    expect(arabicName(['Nowhere', 'Nowhere Town'], 'Nowhere')).toBe('');
    expect(arabicName(['لاذقیه'], 'Latakia')).toBe('');
  });

  it('romanizes roughly: article split off, ayn as c, final ta marbuta silent', () => {
    expect(romanize('الكرمة')).toBe('al krm');
    expect(romanize('دارة عزة')).toBe('dart cz');
  });

  it('maps GeoNames ids to Arabic names', () => {
    const names = arabicNames(countryRecords(DUMP, 'SY'));
    expect(names.get(166742)).toBe('محردة');
    expect(names.has(3)).toBe(false);
  });
});

describe('placesCollection', () => {
  it('publishes id, names, population, rank and source', () => {
    const [latakia, , , nowhere] = placesCollection(
      placesInArea(countryRecords(DUMP, 'SY')),
    ).features;
    expect(latakia?.properties).toEqual({
      id: 'gn-173576',
      name: 'Latakia',
      nameAr: 'اللاذقية',
      population: 340181,
      rank: 1,
      source: 'GeoNames cities500',
    });
    expect(latakia?.geometry.coordinates).toEqual([35.79011, 35.53168]);
    expect(nowhere?.properties).not.toHaveProperty('nameAr');
  });

  it('ranks by population or seat', () => {
    expect(placeRank({ population: 0, featureCode: 'PPLA' })).toBe(1);
    expect(placeRank({ population: 0, featureCode: 'PPLA2' })).toBe(2);
    expect(placeRank({ population: 21845, featureCode: 'PPLA3' })).toBe(2);
    expect(placeRank({ population: 6927, featureCode: 'PPL' })).toBe(3);
    expect(placeRank({ population: 0, featureCode: 'PPLA3' })).toBe(4);
  });
});

describe('withArabicNames', () => {
  it('gives settlements with a GeoNames id their Arabic name, after the name', () => {
    const point = { type: 'Point' as const, coordinates: [36.5725, 35.2479] };
    const settlements = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: { id: 's-1', name: 'Mhardeh', geonamesId: 166742 },
          geometry: point,
        },
        { type: 'Feature' as const, properties: { id: 's-2', name: 'Salma' }, geometry: point },
      ],
    };
    const [mhardeh, salma] = withArabicNames(
      settlements,
      arabicNames(countryRecords(DUMP, 'SY')),
    ).features;
    expect(Object.keys(mhardeh?.properties ?? {})).toEqual(['id', 'name', 'nameAr', 'geonamesId']);
    expect(mhardeh?.properties?.['nameAr']).toBe('محردة');
    expect(salma?.properties).toEqual({ id: 's-2', name: 'Salma' });
  });
});
