/**
 * Imports run one way: ui → map → geo / text → domain / types. The pipeline (Node) may use
 * geo, text and domain, never the browser UI. A static scan of every relative import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Top folder under src of a file (`ui`, `map`, …; `.` for files at the top). */
const area = (path: string) => {
  const parts = relative(src, path).split('/');
  return parts.length > 1 ? (parts[0] ?? '.') : '.';
};

/** Where each area may import from (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  ui: ['map', 'geo', 'text', 'domain', 'content', '.'],
  content: ['domain', 'map', '.'],
  map: ['geo', 'text', 'domain', '.'],
  geo: ['domain', '.'],
  text: ['domain', '.'],
  domain: ['.'],
  pipeline: ['geo', 'text', 'domain', 'map', 'build', '.'],
  build: ['pipeline', 'geo', 'text', 'domain', 'map', '.'],
  '.': ['domain', 'map', 'ui', 'geo', 'text', 'content', '.'],
};

function imports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map(
    (m) => m[1] ?? '',
  );
  return specs.map((spec) => resolve(dirname(path), spec));
}

describe('imports run one way', () => {
  const all = files(src);
  it('scans the source tree', () => expect(all.length).toBeGreaterThan(50));
  it('no module imports from an area above its own', () => {
    const wrong: string[] = [];
    for (const file of all) {
      const from = area(file);
      for (const target of imports(file)) {
        const to = area(target);
        if (to !== from && !(ALLOWED[from] ?? []).includes(to))
          wrong.push(`${relative(root, file)} → ${relative(root, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
  it('keeps every source file under 300 lines', () => {
    const long = all
      .map((f) => [relative(root, f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });
});
