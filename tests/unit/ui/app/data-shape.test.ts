import { describe, expect, it } from 'vitest';
import {
  checkAppFeatures,
  checkCollection,
  checkQuotes,
  DataShapeError,
} from '../../../../src/ui/app/data-shape.js';
import { features, quotes } from '../../content/published-data.js';

describe('data shape checks', () => {
  it('accept the published data', () => {
    expect(checkAppFeatures(features(), 'f').features.length).toBe(features().features.length);
    expect(Object.keys(checkQuotes(quotes(), 'q').articles)).toEqual(
      Object.keys(quotes().articles),
    );
  });
  it('refuse valid JSON of the wrong shape, naming the file', () => {
    for (const bad of [
      {},
      [],
      null,
      3,
      { type: 'FeatureCollection' },
      { type: 'FeatureCollection', features: [] },
    ])
      expect(() => checkCollection(bad, 'territory.geojson')).toThrow(/territory\.geojson/);
    expect(() =>
      checkCollection({ type: 'FeatureCollection', features: [{ type: 'Feature' }] }, 's'),
    ).toThrow(DataShapeError);
    expect(() => checkQuotes({}, 'quotes.json')).toThrow(/quotes\.json/);
    expect(() => checkQuotes({ articles: {}, byFeature: {} }, 'quotes.json')).toThrow(
      /no articles/,
    );
    expect(() =>
      checkAppFeatures(
        {
          type: 'FeatureCollection',
          features: [{ type: 'Feature', geometry: {}, properties: {} }],
        },
        'f',
      ),
    ).toThrow(/id, name or kind/);
  });
  it('rebuild the quote index without a prototype: built-in names find nothing', () => {
    const index = checkQuotes(quotes(), 'q');
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(index.articles[key], key).toBeUndefined();
      expect(index.byFeature[key], key).toBeUndefined();
    }
    // A file's own "__proto__" key stays a plain entry, never a prototype.
    const hostile = JSON.parse(
      `{"articles": {"__proto__": {"meta": {}, "body": "", "sentences": [], "links": []}}, "byFeature": {}}`,
    ) as unknown;
    const checked = checkQuotes(hostile, 'q');
    expect(Object.keys(checked.articles)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(checked.articles)).toBeNull();
  });
});
