/**
 * The published data as `npm run data` last wrote it (`npm test` runs it before the unit tests),
 * so the content is checked against the real quote index and features, not fixtures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import type { AppFeatureCollection, QuoteIndex } from '../../../src/types.js';

const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/data');

/** Reads one published file; throws naming the fix when `npm run data` has not run. */
export function published<T>(file: string): T {
  const path = join(dataDir, file);
  if (!existsSync(path))
    throw new Error(`public/data/${file} is missing: run \`npm run data\` first`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export const quotes = () => published<QuoteIndex>('quotes.json');
export const features = () => published<AppFeatureCollection>('idlib-buffer-zone.geojson');
export const territory = () => published<FeatureCollection>('territory.geojson');
export const settlements = () => published<FeatureCollection>('settlements.geojson');
