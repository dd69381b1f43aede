/** The article loader's tests: a good article, and folders of files written for one test. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { loadArticles } from '../../../../src/pipeline/articles/load-articles.js';

export const GOOD = [
  '---',
  'id: "005"',
  'outlet: Reuters',
  'originalOutlet: Reuters',
  'headline: "Russia, Turkey agree Idlib buffer zone"',
  'date: 2018-09-17',
  'dateInferred: false',
  'url: https://example.org/idlib',
  'language: en',
  '---',
  'Russia and Turkey agreed on a buffer zone in Idlib.',
  '',
].join('\n');

/** Writes `files` (and empty `folders`) to a fresh folder, removed after the test, and loads it. */
export function useArticleFolder(): (
  files: Record<string, string | Uint8Array>,
  folders?: string[],
) => ReturnType<typeof loadArticles> {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (files, folders = []) => {
    const dir = mkdtempSync(join(tmpdir(), 'articles-'));
    dirs.push(dir);
    for (const folder of folders) mkdirSync(join(dir, folder));
    for (const [name, contents] of Object.entries(files)) writeFileSync(join(dir, name), contents);
    return loadArticles(dir, 'geodata/articles');
  };
}
