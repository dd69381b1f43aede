/**
 * Shape checks of the data files: valid JSON of the wrong shape (`{}`, an empty collection, an
 * article without sentences) is refused with a message naming the file, not drawn as an empty
 * map or "0 of 0 settlements". The quote index's records are rebuilt without a prototype, so no
 * key from a link or a file (`constructor`, `__proto__`, `toString`) can find a built-in. Pure.
 */
import type { FeatureCollection } from 'geojson';
import type { AppFeatureCollection, PublishedArticle, Quote, QuoteIndex } from '../../types.js';

/** A data file parsed but is not what the app expects; its message names the file. */
export class DataShapeError extends Error {
  readonly file: string;
  constructor(file: string, reason: string) {
    super(`The data file ${file} is not in the expected form (${reason}).`);
    this.name = 'DataShapeError';
    this.file = file;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of `record` with no prototype, so only its own keys are found. */
export function ownRecord<T>(record: Record<string, T>): Record<string, T> {
  const copy = Object.fromEntries(Object.entries(record)) as Record<string, T>;
  Object.setPrototypeOf(copy, null);
  return copy;
}

/** A non-empty GeoJSON FeatureCollection whose features have a geometry and properties. */
export function checkCollection(value: unknown, file: string): FeatureCollection {
  if (!isObject(value) || value['type'] !== 'FeatureCollection')
    throw new DataShapeError(file, 'not a GeoJSON FeatureCollection');
  const features = value['features'];
  if (!Array.isArray(features) || features.length === 0)
    throw new DataShapeError(file, 'it holds no features');
  features.forEach((feature: unknown, i) => {
    if (!isObject(feature) || feature['type'] !== 'Feature' || !isObject(feature['geometry']))
      throw new DataShapeError(file, `feature ${i} is not a GeoJSON Feature with a geometry`);
    if (feature['properties'] !== null && !isObject(feature['properties']))
      throw new DataShapeError(file, `feature ${i} has properties that are not an object`);
  });
  return value as unknown as FeatureCollection;
}

/** The app's features: a collection whose features carry an id, name, kind and quotes. */
export function checkAppFeatures(value: unknown, file: string): AppFeatureCollection {
  const collection = checkCollection(value, file);
  const seen = new Set<string>();
  collection.features.forEach((feature, i) => {
    const p = feature.properties ?? {};
    if (
      typeof p['id'] !== 'string' ||
      typeof p['name'] !== 'string' ||
      typeof p['kind'] !== 'string'
    )
      throw new DataShapeError(file, `feature ${i} lacks an id, name or kind`);
    if (seen.has(p['id'])) throw new DataShapeError(file, `feature id ${p['id']} appears twice`);
    seen.add(p['id']);
    if (!Array.isArray(p['quotes'])) p['quotes'] = [];
  });
  return collection as AppFeatureCollection;
}

function checkArticle(value: unknown, id: string, file: string): PublishedArticle {
  if (
    !isObject(value) ||
    !isObject(value['meta']) ||
    typeof value['body'] !== 'string' ||
    !Array.isArray(value['sentences']) ||
    !Array.isArray(value['links'])
  )
    throw new DataShapeError(file, `article ${id} lacks its text, sentences or links`);
  return value as unknown as PublishedArticle;
}

/** The quote index: articles and quotes per feature, rebuilt as prototype-free records. */
export function checkQuotes(value: unknown, file: string): QuoteIndex {
  if (!isObject(value) || !isObject(value['articles']) || !isObject(value['byFeature']))
    throw new DataShapeError(file, 'no articles or quotes');
  const articles = ownRecord(value['articles']);
  if (Object.keys(articles).length === 0) throw new DataShapeError(file, 'it holds no articles');
  for (const [id, article] of Object.entries(articles)) checkArticle(article, id, file);
  const byFeature = ownRecord(value['byFeature']);
  for (const [id, quotes] of Object.entries(byFeature))
    if (!Array.isArray(quotes))
      throw new DataShapeError(file, `the quotes of ${id} are not a list`);
  return {
    articles: articles as Record<string, PublishedArticle>,
    byFeature: byFeature as Record<string, Quote[]>,
  };
}
