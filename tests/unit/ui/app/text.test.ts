import { describe, expect, it } from 'vitest';
import { foldForSearch, formatDate, inertText } from '../../../../src/ui/app/text.js';
import { matchesQuery } from '../../../../src/ui/reader/feature-order.js';
import type { AppFeature } from '../../../../src/types.js';

describe('formatDate', () => {
  it('writes ISO dates as "17 Sep 2018" and leaves anything else alone', () => {
    expect(formatDate('2018-09-17')).toBe('17 Sep 2018');
    expect(formatDate('2019-01-05')).toBe('5 Jan 2019');
    expect(formatDate('2018-13-01')).toBe('2018-13-01');
    expect(formatDate('Sept 2018')).toBe('Sept 2018');
  });
});

describe('inertText', () => {
  it('shows bidi controls as visible codes and leaves markup as it is', () => {
    expect(inertText('a\u202eb\u2066c')).toBe('a[U+202E]b[U+2066]c');
    expect(inertText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});

describe('search folding', () => {
  const feature = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [36.63, 35.93] },
    properties: {
      id: 'city-idlib',
      name: 'Idlib',
      kind: 'city',
      description: '',
      provenance: { method: '', sources: [], accuracyKm: 1 },
      quotes: [],
      nameVariants: ['Idleb', 'Ḩamāh'],
      nameAr: 'إدلب',
    },
  } as AppFeature;
  it('matches any variant, ignoring case, diacritics and hamza forms', () => {
    for (const query of ['idlib', 'IDLEB', 'إدلب', 'ادلب', 'hamah', 'Ḩamā', '  idl ']) {
      expect(matchesQuery(feature, query), query).toBe(true);
    }
    expect(matchesQuery(feature, 'aleppo')).toBe(false);
    expect(foldForSearch("Ma'arrat al-Nu‘man")).toBe('maarrat alnu‘man'.replace('‘', ''));
  });
});
