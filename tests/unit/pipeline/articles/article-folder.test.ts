/** Issue 16.11: stray files in the articles folder and curly-quoted front-matter values stop the build. */
import { describe, expect, it } from 'vitest';
import type { DataError } from '../../../../src/pipeline/errors.js';
import { dataErrorOf } from '../data-error.js';
import { GOOD, useArticleFolder } from './article-files.js';

const load = useArticleFolder();

/** The DataError a load throws. */
const errorOf = (files: Record<string, string | Uint8Array>): DataError =>
  dataErrorOf(() => load(files));

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
