/**
 * Issues 16.6 and 11.6: `--if-stale` judges freshness by a hash of the inputs, which are every
 * module the pipeline imports, `geodata/**` and the lock file. Runs on a temporary copy of the
 * inputs, so the project's own files are never touched.
 */
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HASH_FILE,
  importGraph,
  inputsHash,
  outputsAreStale,
  pipelineInputs,
  relativeImports,
} from '../../../src/pipeline/freshness.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
let copy = '';
let outputs: string[] = [];
const stale = () => outputsAreStale(copy, outputs, inputsHash(copy, pipelineInputs(copy)));
const rel = (files: string[], base: string) => files.map((f) => relative(base, f));

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'freshness-'));
  for (const file of pipelineInputs(root)) {
    const target = join(copy, relative(root, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  outputs = [join(copy, 'public/data/quotes.json')];
  mkdirSync(join(copy, 'public/data'), { recursive: true });
  writeFileSync(outputs[0] ?? '', '{}');
  writeFileSync(join(copy, HASH_FILE), inputsHash(copy, pipelineInputs(copy)));
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Runs `edit` on a file of the copy, checks the outputs are stale, then restores it. */
function staleAfter(file: string, edit: (path: string) => void): boolean {
  const path = join(copy, file);
  const before = readFileSync(path);
  edit(path);
  const result = stale();
  writeFileSync(path, before);
  return result;
}

describe('the inputs', () => {
  it('follow the imports from src/pipeline/cli.ts, and add geodata/** and the lock file', () => {
    const inputs = rel(pipelineInputs(root), root);
    for (const file of [
      'src/pipeline/cli.ts',
      'src/pipeline/geodata/tables.ts',
      'src/domain/feature-ids.ts',
      'src/geo/control-cells.ts',
      'src/text/linker.ts',
      'geodata/control-2018-09-17.csv',
      'geodata/articles/001.md',
      'package-lock.json',
    ]) {
      expect(inputs).toContain(file);
    }
    expect(inputs.some((f) => f.startsWith('src/ui/') || f.startsWith('tests/'))).toBe(false);
  });
  it('reads static imports, re-exports and dynamic imports, but only relative ones', () => {
    const source = [
      "import a from './a.js';",
      "import type { B } from '../b.js';",
      "export { c } from './c/index.js';",
      "import './side-effect.js';",
      "const d = await import('./d.js');",
      "import fs from 'node:fs';",
    ].join('\n');
    expect(relativeImports(source)).toEqual([
      './a.js',
      '../b.js',
      './c/index.js',
      './side-effect.js',
      './d.js',
    ]);
  });
  it('cover a module added later without listing it', () => {
    const step = join(copy, 'src/pipeline/new-step.ts');
    writeFileSync(step, 'export const step = 1;\n');
    const edited = staleAfter('src/pipeline/round.ts', (path) => {
      appendFileSync(path, "\nexport { step } from './new-step.js';\n");
      expect(rel(importGraph(join(copy, 'src/pipeline/cli.ts')), copy)).toContain(
        'src/pipeline/new-step.ts',
      );
    });
    rmSync(step);
    expect(edited).toBe(true);
  });
});

describe('freshness by content', () => {
  it('untouched inputs are fresh, even with newer dates', () => {
    const future = new Date(Date.now() + 3600_000);
    utimesSync(join(copy, 'geodata/cities.csv'), future, future);
    expect(stale()).toBe(false);
  });
  it('an edited table with an old date (cp -p) is stale', () => {
    const old = new Date('2001-01-01T00:00:00Z');
    expect(
      staleAfter('geodata/cities.csv', (path) => {
        appendFileSync(path, '\n');
        utimesSync(path, old, old);
      }),
    ).toBe(true);
    expect(stale()).toBe(false);
  });
  it('an edit to src/domain/feature-ids.ts is stale', () => {
    expect(
      staleAfter('src/domain/feature-ids.ts', (path) => appendFileSync(path, '// edit\n')),
    ).toBe(true);
  });
  it('a missing output or hash is stale', () => {
    expect(outputsAreStale(copy, [join(copy, 'public/data/none.json')], 'x')).toBe(true);
    rmSync(join(copy, HASH_FILE));
    expect(stale()).toBe(true);
  });
});
