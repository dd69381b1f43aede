/**
 * `npm run bench`: runs every benchmark and prints its figures. Benchmarks measure; they do
 * not assert (timings never go in tests). Add a module by appending it to BENCHMARKS.
 */
import { runLoadBench } from './load-time.js';
import { benchQuotes } from './quotes.bench.js';
import { runSoakBench } from './soak.js';

const BENCHMARKS: { name: string; run: () => void | Promise<void> }[] = [
  { name: 'quotes: 1,000 articles', run: benchQuotes },
  { name: 'load: app vs bare MapLibre, sizes, popup latency, heap', run: runLoadBench },
  {
    name: 'soak: heap and DOM after 300 popups, 300 presenter steps, 200 width moves',
    run: runSoakBench,
  },
];

/** `npm run bench -- load` runs only the benchmarks whose name contains "load". */
const only = process.argv[2];
for (const { name, run } of BENCHMARKS.filter((b) => !only || b.name.includes(only))) {
  console.log(`bench: ${name}`);
  await run();
}
