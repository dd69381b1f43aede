/**
 * Whether `npm run data --if-stale` must rebuild, judged by content: a hash of every input is
 * written next to the outputs, and the outputs are fresh only while the inputs hash the same. An
 * edited file copied with its old date (`cp -p`) still counts as changed. The inputs are every
 * module the pipeline imports (found by following relative imports from its entry, so a new
 * module is covered without listing it), everything in `geodata/`, and the lock file (which pins
 * the open-data packages).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The pipeline's entry module, relative to the project root. */
export const PIPELINE_ENTRY = 'src/pipeline/cli.ts';
/** Inputs that are not imported: the tables and articles, and the pinned packages. */
export const DATA_INPUTS = ['geodata', 'package-lock.json'];
/**
 * Where the inputs' hash is recorded, relative to the root: written in one atomic step with the
 * outputs, but outside `public/` so that it is not copied into the site.
 */
export const HASH_FILE = '.data-inputs.sha256';

const IMPORT = /\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/gu;

/** The relative specifiers a module imports or re-exports (`./x.js`, `../y.js`). */
export function relativeImports(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((match) => match[1] ?? '');
}

/** The file a relative specifier names: `./x.js` is `./x.ts` when that exists. */
function resolveModule(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.[cm]?js$/u, '');
  const candidates = [`${stem}.ts`, base, `${stem}.tsx`, join(base, 'index.ts')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** Every module reachable from `entry` through relative imports, `entry` included, sorted. */
export function importGraph(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
      const target = resolveModule(file, specifier);
      if (target && !seen.has(target)) queue.push(target);
    }
  }
  return [...seen].sort();
}

/** Every file at or below `path`, sorted; none when it does not exist. */
export function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** Every input of the pipeline in the project at `root`, as absolute paths, sorted. */
export function pipelineInputs(root: string): string[] {
  const files = [
    ...importGraph(join(root, PIPELINE_ENTRY)),
    ...DATA_INPUTS.flatMap((path) => filesUnder(join(root, path))),
  ];
  return [...new Set(files)].sort();
}

/** SHA-256 over each file's path (relative to `root`) and contents. */
export function inputsHash(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(root, file).split(sep).join('/'));
    hash.update('\0');
    hash.update(createHash('sha256').update(readFileSync(file)).digest('hex'));
    hash.update('\n');
  }
  return hash.digest('hex');
}

/**
 * True when `npm run data` must run: an output is missing, no hash was recorded, or the inputs
 * no longer hash to the recorded value.
 */
export function outputsAreStale(root: string, outputs: readonly string[], hash: string): boolean {
  const recorded = join(root, HASH_FILE);
  if (!existsSync(recorded) || outputs.some((output) => !existsSync(output))) return true;
  return readFileSync(recorded, 'utf8').trim() !== hash;
}
