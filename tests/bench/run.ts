/**
 * `npm run bench`: runs every benchmark and prints its figures. Benchmarks measure; they do
 * not assert (timings never go in tests). Add a module by appending it to BENCHMARKS.
 */
import { benchHighlight } from './highlight.bench.js';
import { runLoadBench } from './load-time.js';
import { runMemoryBench } from './memory.js';
import { benchQuotes } from './quotes.bench.js';
import { benchTerritorySeries } from './territory-series.bench.js';

const BENCHMARKS: { name: string; run: () => void | Promise<void> }[] = [
  { name: 'quotes: 1,000 articles', run: benchQuotes },
  { name: 'territory-series: the dated series', run: benchTerritorySeries },
  { name: 'load: app vs bare MapLibre, sizes, popup latency, heap', run: runLoadBench },
  { name: 'highlight: one step, setFilter before vs setData after', run: () => benchHighlight() },
  { name: 'memory: heap and DOM nodes over a lesson', run: runMemoryBench },
];

/** `npm run bench -- load` runs only the benchmarks whose name contains "load". */
const only = process.argv[2];
for (const { name, run } of BENCHMARKS.filter((b) => !only || b.name.includes(only))) {
  console.log(`bench: ${name}`);
  await run();
}
