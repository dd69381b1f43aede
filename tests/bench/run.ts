/**
 * `npm run bench`: runs every benchmark and prints its figures. Benchmarks measure; they do
 * not assert (timings never go in tests). Add a module by appending it to BENCHMARKS.
 */
import { benchQuotes } from './quotes.bench.js';

const BENCHMARKS: { name: string; run: () => void | Promise<void> }[] = [
  { name: 'quotes: 1,000 articles', run: benchQuotes },
];

for (const { name, run } of BENCHMARKS) {
  console.log(`bench: ${name}`);
  await run();
}
