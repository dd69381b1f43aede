import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAlias, normaliseForMatch } from '../../../src/text/normalise.js';

describe('normaliseForMatch', () => {
  it('folds case, diacritics, whitespace, hyphens and apostrophes', () => {
    const same = [
      ['De-Militarised  Zone', 'demilitarised zone'],
      ['Ma‘arrat an-Nu‘man', "Maarrat an Nu'man"],
      ['Hay’at Tahrir', 'Hayat Tahrir'],
      ['Ḥamāh', 'hamah'],
      ['15–20 km-wide', '15-20km wide'],
      ['ＩＤＬＩＢ', 'idlib'],
    ];
    for (const [a, b] of same) expect(foldAlias(a ?? '')).toBe(foldAlias(b ?? ''));
    expect(foldAlias('Idlib')).not.toBe(foldAlias('Idlibs'));
  });

  it('marks a word boundary where whitespace, a hyphen or an apostrophe was removed', () => {
    const norm = normaliseForMatch("Idlib's Idlib-based");
    expect(norm.text).toBe('idlibsidlibbased');
    expect([...norm.boundaryBefore].flatMap((b, i) => (b ? [i] : []))).toEqual([5, 6, 11, 16]);
  });

  it(
    'folds an alias the way it folds text, on the ASCII fast path too (property)',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 })),
          (alias) => {
            expect(foldAlias(alias)).toBe(normaliseForMatch(alias).text);
          },
        ),
        { numRuns: 150 },
      );
    },
  );

  it(
    'maps every folded character back to the source character it came from (property)',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (source) => {
          const norm = normaliseForMatch(source);
          expect(norm.offsets.length).toBe(norm.text.length + 1);
          let previous = 0;
          for (let i = 0; i < norm.text.length; i++) {
            const offset = norm.offsets[i] ?? -1;
            expect(offset).toBeGreaterThanOrEqual(previous);
            expect(offset).toBeLessThan(source.length);
            previous = offset;
          }
        }),
        { numRuns: 150 },
      );
    },
  );
});
