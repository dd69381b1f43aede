/**
 * `npm run data`: rebuilds everything in `public/data/` from `geodata/` and the open-data
 * packages. `--if-stale` skips the run while the inputs hash as they did when the outputs were
 * written (see `freshness.ts`).
 * A bad input stops the run with `file:line`, what is wrong and the fix; the previous outputs
 * are left as they were.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBasemap, loadCountriesTopology } from './basemap.js';
import { DataError } from './errors.js';
import { HASH_FILE, inputsHash, outputsAreStale, pipelineInputs } from './freshness.js';
import { writeOutputsAtomically, type Output } from './outputs.js';
// --- geodata (issue 3) ---
import { buildFeatures } from './geodata/build-features.js';
import { formatReport } from './geodata/report.js';
// --- end geodata ---
// --- relief, rivers and places (issue 14) ---
import { buildLayers14, withArabicNames } from './layers-14.js';
// --- end relief, rivers and places ---
import { mapFeatures, territoryOn } from './app-files.js';
import { SERIES_START } from '../geo/control-intervals.js';
// --- articles (issue 4) ---
import { buildQuotes } from './articles/build-quotes.js';
import { LINK_RULES_DATA } from '../data-files.js';
// --- end articles ---

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'public/data');

/** Every file the pipeline writes. */
export const OUTPUTS = [
  join(outDir, 'basemap.geojson'),
  // --- geodata (issue 3) ---
  join(outDir, 'idlib-buffer-zone.geojson'),
  join(outDir, 'territory.geojson'),
  join(outDir, 'settlements.geojson'),
  join(outDir, 'territory-certainty.geojson'), // dated series (issue 12)
  join(outDir, 'zone-share.json'), // dated series (issue 12)
  // --- end geodata ---
  join(outDir, 'quotes.json'), // articles (issue 4)
  join(outDir, 'map-features.geojson'), // the app's first view
  join(outDir, 'territory-first.geojson'), // the app's first view
  join(outDir, LINK_RULES_DATA), // the browser's "Add an article" (issue 13)
  // --- relief, rivers and places (issue 14) ---
  join(outDir, 'rivers.geojson'),
  join(outDir, 'relief.geojson'),
  join(outDir, 'places.geojson'),
  // --- end relief, rivers and places ---
];

/** Runs the whole pipeline and returns the outputs without writing them. */
export function buildAll(): Output[] {
  const basemap = buildBasemap(loadCountriesTopology());
  // --- geodata (issue 3): features, territory and settlements from geodata/ ---
  const geodata = buildFeatures(root);
  const features = geodata.collection;
  console.log(formatReport(geodata.report));
  console.log(geodata.series.report.join('\n'));
  // --- end geodata ---
  // --- articles (issue 4): link geodata/articles/*.md to the features; quotes[] on each ---
  const quoted = buildQuotes(root, features);
  console.log(quoted.summary);
  // --- end articles ---
  // --- relief, rivers and places (issue 14); the settlements take nameAr from cities500 ---
  const layers14 = buildLayers14(root);
  console.log(layers14.summary);
  const settlements = withArabicNames(geodata.settlements, layers14.arabicNames);
  // --- end relief, rivers and places ---
  return [
    { path: join(outDir, 'basemap.geojson'), contents: JSON.stringify(basemap) },
    // --- geodata (issue 3) ---
    { path: join(outDir, 'idlib-buffer-zone.geojson'), contents: JSON.stringify(quoted.features) },
    { path: join(outDir, 'territory.geojson'), contents: JSON.stringify(geodata.territory) },
    { path: join(outDir, 'settlements.geojson'), contents: JSON.stringify(settlements) },
    {
      path: join(outDir, 'territory-certainty.geojson'),
      contents: JSON.stringify(geodata.series.certainty),
    },
    { path: join(outDir, 'zone-share.json'), contents: JSON.stringify(geodata.series.zoneShare) },
    // --- end geodata ---
    { path: join(outDir, 'quotes.json'), contents: JSON.stringify(quoted.index) }, // articles (issue 4)
    // The app's first view: features without quote texts, the first interval's territory.
    {
      path: join(outDir, 'map-features.geojson'),
      contents: JSON.stringify(mapFeatures(quoted.features)),
    },
    {
      path: join(outDir, 'territory-first.geojson'),
      contents: JSON.stringify(territoryOn(geodata.territory, SERIES_START)),
    },
    { path: join(outDir, LINK_RULES_DATA), contents: JSON.stringify(quoted.rules) },
    // --- relief, rivers and places (issue 14) ---
    ...layers14.outputs.map(({ file, data }) => ({
      path: join(outDir, file),
      contents: JSON.stringify(data),
    })),
    // --- end relief, rivers and places ---
  ];
}

function main(argv: readonly string[]): number {
  const hash = inputsHash(root, pipelineInputs(root));
  // `npm run data --if-stale` hands the flag to npm, which passes it on as npm_config_if_stale.
  const ifStale = argv.includes('--if-stale') || process.env['npm_config_if_stale'] === 'true';
  if (ifStale && !outputsAreStale(root, OUTPUTS, hash)) {
    console.log('data: outputs are up to date');
    return 0;
  }
  try {
    const outputs = buildAll();
    // Recorded with the outputs, in the same atomic write: a failed run leaves both as they were.
    writeOutputsAtomically([...outputs, { path: join(root, HASH_FILE), contents: `${hash}\n` }]);
    for (const output of outputs) {
      console.log(
        `data: wrote ${output.path.slice(root.length + 1)} (${output.contents.length} bytes)`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`data: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
