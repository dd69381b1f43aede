/**
 * `npm run data`: rebuilds everything in `public/data/` from `geodata/` and the open-data
 * packages. `--if-stale` skips the run when every output is newer than every source.
 * A bad input stops the run with `file:line`, what is wrong and the fix; the previous outputs
 * are left as they were.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBasemap, loadCountriesTopology } from './basemap.js';
import { DataError } from './errors.js';
import { outputsAreStale } from './freshness.js';
import { writeOutputsAtomically, type Output } from './outputs.js';
// --- geodata (issue 3) ---
import { buildFeatures } from './geodata/build-features.js';
import { formatReport } from './geodata/report.js';
// --- end geodata ---
// --- articles (issue 4) ---
import { buildQuotes } from './articles/build-quotes.js';
// --- end articles ---

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'public/data');

/** Every source the outputs depend on: edit one and `--if-stale` rebuilds. */
export const SOURCES = [
  join(root, 'geodata'),
  join(root, 'src/pipeline'),
  join(root, 'src/geo'),
  join(root, 'src/text'), // articles (issue 4)
  join(root, 'package-lock.json'),
];
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
  return [
    { path: join(outDir, 'basemap.geojson'), contents: JSON.stringify(basemap) },
    // --- geodata (issue 3) ---
    { path: join(outDir, 'idlib-buffer-zone.geojson'), contents: JSON.stringify(quoted.features) },
    { path: join(outDir, 'territory.geojson'), contents: JSON.stringify(geodata.territory) },
    { path: join(outDir, 'settlements.geojson'), contents: JSON.stringify(geodata.settlements) },
    {
      path: join(outDir, 'territory-certainty.geojson'),
      contents: JSON.stringify(geodata.series.certainty),
    },
    { path: join(outDir, 'zone-share.json'), contents: JSON.stringify(geodata.series.zoneShare) },
    // --- end geodata ---
    { path: join(outDir, 'quotes.json'), contents: JSON.stringify(quoted.index) }, // articles (issue 4)
  ];
}

function main(argv: readonly string[]): number {
  if (argv.includes('--if-stale') && !outputsAreStale(SOURCES, OUTPUTS)) {
    console.log('data: outputs are up to date');
    return 0;
  }
  try {
    const outputs = buildAll();
    writeOutputsAtomically(outputs);
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
