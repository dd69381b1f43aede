import { describe, expect, it } from 'vitest';
import type { DataError } from '../../../../src/pipeline/errors.js';
import { dataErrorOf } from '../data-error.js';
import { GOOD, useArticleFolder } from './article-files.js';

const load = useArticleFolder();

/** The DataError a load throws. */
const errorOf = (files: Record<string, string | Uint8Array>): DataError =>
  dataErrorOf(() => load(files));

describe('loadArticles', () => {
  it('reads a well-formed article, skipping README.md', () => {
    const [article, ...rest] = load({ '005.md': GOOD, 'README.md': '# not an article' });
    expect(rest).toEqual([]);
    expect(article?.meta).toMatchObject({ id: '005', date: '2018-09-17', dateInferred: false });
    expect(article?.body).toBe('Russia and Turkey agreed on a buffer zone in Idlib.');
    expect(article?.bodyLine).toBe(11);
  });

  it('ignores dotfiles and marks an inferred date as an inferred field', () => {
    const articles = load({
      '005.md': GOOD.replace('dateInferred: false', 'dateInferred: true'),
      '.#005.md': 'an editor lock file',
    });
    expect(articles.map((a) => a.meta.inferred)).toEqual([['date']]);
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    const [article] = load({ '005.md': `\uFEFF${GOOD.replace(/\n/gu, '\r\n')}` });
    expect(article?.body).toBe('Russia and Turkey agreed on a buffer zone in Idlib.');
  });

  const cases: [string, Record<string, string | Uint8Array>, string, RegExp][] = [
    [
      'a missing field',
      { '005.md': GOOD.replace('outlet: Reuters\n', '') },
      'geodata/articles/005.md:1',
      /"outlet" is missing/u,
    ],
    [
      'an unknown field',
      { '005.md': GOOD.replace('language: en', 'language: en\nauthor: X') },
      'geodata/articles/005.md:10',
      /unknown front-matter field "author"/u,
    ],
    [
      'a bad language tag',
      { '005.md': GOOD.replace('language: en', 'language: English') },
      'geodata/articles/005.md:9',
      /BCP 47/u,
    ],
    [
      'an unparsable date',
      { '005.md': GOOD.replace('date: 2018-09-17', 'date: 17 Sep 2018') },
      'geodata/articles/005.md:6',
      /ISO 8601/u,
    ],
    [
      'an impossible date',
      { '005.md': GOOD.replace('date: 2018-09-17', 'date: 2018-02-30') },
      'geodata/articles/005.md:6',
      /ISO 8601/u,
    ],
    [
      'a non-boolean dateInferred',
      { '005.md': GOOD.replace('dateInferred: false', 'dateInferred: maybe') },
      'geodata/articles/005.md:7',
      /true or false/u,
    ],
    [
      'a bad url',
      { '005.md': GOOD.replace('url: https://example.org/idlib', 'url: example.org') },
      'geodata/articles/005.md:8',
      /http/u,
    ],
    [
      'an empty body',
      { '005.md': GOOD.replace('Russia and Turkey agreed on a buffer zone in Idlib.', '  ') },
      'geodata/articles/005.md:11',
      /body is empty/u,
    ],
    ['no front matter', { '005.md': 'Just text.' }, 'geodata/articles/005.md:1', /front matter/u],
    [
      'an unclosed front matter',
      { '005.md': GOOD.replace('---\nRussia', 'Russia') },
      'geodata/articles/005.md',
      /not closed/u,
    ],
    [
      'a YAML syntax error',
      { '005.md': GOOD.replace('outlet: Reuters', 'outlet: [Reuters') },
      'geodata/articles/005.md:',
      /YAML/u,
    ],
    [
      'a duplicate id',
      { '005.md': GOOD, 'putin.md': GOOD },
      'geodata/articles/putin.md:2',
      /already used by geodata\/articles\/005\.md/u,
    ],
    [
      'bytes that are not UTF-8',
      {
        '005.md': Buffer.concat([
          Buffer.from(GOOD.replace('Idlib.\n', 'Idlib.\nAnd ')),
          Buffer.from([0xff, 0xfe]),
          Buffer.from(' more.\n'),
        ]),
      },
      'geodata/articles/005.md:12',
      /not UTF-8/u,
    ],
  ];
  for (const [name, files, where, problem] of cases) {
    it(`stops on ${name} with file:line and the fix`, () => {
      const error = errorOf(files);
      expect(error.message.startsWith(where), error.message).toBe(true);
      expect(error.message).toMatch(problem);
      expect(error.message).toMatch(/\. Fix: ./u);
    });
  }
});
