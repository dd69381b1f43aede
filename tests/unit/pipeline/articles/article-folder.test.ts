/** Issue 16.11: stray files in the articles folder and curly-quoted front-matter values stop the build. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadArticles } from '../../../../src/pipeline/articles/load-articles.js';
import { DataError } from '../../../../src/pipeline/errors.js';

const GOOD = [
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

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function load(files: Record<string, string>, folders: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'articles-'));
  dirs.push(dir);
  for (const folder of folders) mkdirSync(join(dir, folder));
  for (const [name, contents] of Object.entries(files)) writeFileSync(join(dir, name), contents);
  return loadArticles(dir, 'geodata/articles');
}

function errorOf(files: Record<string, string>): DataError {
  try {
    load(files);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('no DataError thrown');
}

describe('the articles folder', () => {
  it('keeps README.md, dotfiles and raw/ without a word', () => {
    const articles = load({ '005.md': GOOD, 'README.md': '#', '.005.md.swp': 'x' }, ['raw']);
    expect(articles.map((a) => a.meta.id)).toEqual(['005']);
  });

  it('stops at 005.md.txt and says to rename it 005.md', () => {
    const error = errorOf({ '004.md': GOOD.replace('"005"', '"004"'), '005.md.txt': GOOD });
    expect(error.message).toBe(
      'geodata/articles/005.md.txt: not an article: only *.md files, README.md and raw/ belong here. Fix: rename it to 005.md',
    );
  });

  it('stops at any other stray file', () => {
    expect(errorOf({ 'notes.docx': 'x' }).message).toMatch(
      /^geodata\/articles\/notes\.docx: not an article.*Fix: rename it to <id>\.md/u,
    );
  });
});

describe('curly quotes round a front-matter value', () => {
  it.each([
    ['headline', 5, 'headline: “Russia, Turkey agree Idlib buffer zone”'],
    ['outlet', 3, 'outlet: ‘Reuters’'],
  ])('stop at the %s line with the straight-quoted fix', (key, line, text) => {
    const original = GOOD.split('\n')[line - 1] ?? '';
    const error = errorOf({ '005.md': GOOD.replace(original, text) });
    expect(error.file).toBe('geodata/articles/005.md');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`"${key}" is wrapped in curly quotes`, 'u'));
    expect(error.fix).toMatch(new RegExp(`^use straight quotes: ${key}: "[^“”‘’]+"$`, 'u'));
  });

  it('leave a headline that only starts with a quotation alone', () => {
    const [article] = load({
      '005.md': GOOD.replace(
        'headline: "Russia, Turkey agree Idlib buffer zone"',
        'headline: "“We stay”, rebels say"',
      ),
    });
    expect(article?.meta.headline).toBe('“We stay”, rebels say');
  });
});
