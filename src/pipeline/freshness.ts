import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time (ms) of a file, or of any file below a folder. */
export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/**
 * True when any output is missing or older than the newest source, i.e. `npm run data` must run.
 */
export function outputsAreStale(sources: readonly string[], outputs: readonly string[]): boolean {
  if (outputs.some((output) => !existsSync(output))) return true;
  const newestSource = Math.max(...sources.map(newestMtime));
  const oldestOutput = Math.min(...outputs.map((output) => statSync(output).mtimeMs));
  return newestSource > oldestOutput;
}
