import { describe, expect, it } from 'vitest';
import { DataError } from '../../../../src/pipeline/errors.js';
import { parseCsv } from '../../../../src/pipeline/geodata/csv.js';
import { nameKey, namesMatch } from '../../../../src/pipeline/geodata/gazetteer.js';

describe('parseCsv', () => {
  it('keys rows by header and records the line each row starts on', () => {
    const rows = parseCsv('a,b\n1,"x, y"\n\n2,"multi\nline"\n3,"say ""hi"""\n', 't.csv');
    expect(rows).toEqual([
      { line: 2, values: { a: '1', b: 'x, y' } },
      { line: 4, values: { a: '2', b: 'multi\nline' } },
      { line: 6, values: { a: '3', b: 'say "hi"' } },
    ]);
  });
  it('stops at a row with the wrong number of fields, naming file and line', () => {
    expect(() => parseCsv('a,b\n1,2\n3,4,5\n', 't.csv')).toThrow(/^t\.csv:3: expected 2 fields/);
  });
  it('stops at an unclosed quote', () => {
    expect(() => parseCsv('a,b\n1,"2\n', 't.csv')).toThrow(DataError);
  });
});

describe('nameKey', () => {
  it('matches transliterations of one name', () => {
    expect(nameKey('Ma‘arrat an Nu‘mān')).toBe(nameKey("Ma'arrat an-Nu'man"));
    expect(nameKey('Khān Shaykhūn')).toBe(nameKey('Khan Shaykhun'));
    expect(namesMatch('Kinnsibbā', ['Kinsabba'])).toBe(true);
  });
  it('tells different places apart', () => {
    expect(namesMatch('Ḩalfāyā', ['Zalaqiyat', 'Zilaqiat'])).toBe(false);
    expect(namesMatch('Idlib', ['Ariha'])).toBe(false);
  });
});
