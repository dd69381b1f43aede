import { describe, expect, it } from 'vitest';
import { validateFields } from '../../../../../src/ui/reader/article-form/validate.js';
import { quotes } from '../../../content/published-data.js';
import { hashNeedsLocalArticles } from '../../../../../src/ui/reader/article-form/entry.js';
import { FIELDS } from './support.js';

const today = '2026-12-01';
const check = (changes: Partial<typeof FIELDS>) =>
  validateFields({ ...FIELDS, ...changes }, quotes(), today);

describe('the form’s checks', () => {
  it('accepts a complete, new article', () => expect(check({})).toEqual({}));

  it('names each problem at its field', () => {
    expect(check({ text: ' \n\r\n ' }).text).toBe('Paste the article’s text.');
    expect(check({ date: '' }).date).toMatch(/^Enter the date/u);
    expect(check({ date: '2026-12-02' }).date).toMatch(/in the future/u);
    expect(check({ date: '2018-02-30' }).date).toMatch(/calendar date/u);
    expect(check({ outlet: '  ' }).outlet).toMatch(/^Enter the outlet/u);
    expect(check({ headline: '“Quoted”' }).headline).toMatch(/curly quotes/u);
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://x.org/a',
      'example.org',
      'https://',
      'https://a b.org',
    ])
      expect(check({ url }).url, url).toMatch(/http:\/\/ or https:\/\//u);
  });

  it('refuses an article already on the map: same address, or same headline and date', () => {
    const published = Object.values(quotes().articles).find((a) => a.meta.url !== '');
    if (!published) throw new Error('no published article with an address');
    expect(check({ url: `${published.meta.url}/` }).url).toMatch(/already on the map/u);
    expect(
      check({ headline: published.meta.headline, date: published.meta.date }).headline,
    ).toMatch(/already on the map/u);
    expect(
      check({ headline: published.meta.headline, date: '2018-01-01' }).headline,
    ).toBeUndefined();
  });
});

describe('a link to an article added on this device', () => {
  it('makes the hash wait for the stored articles only when quotes.json lacks the article', () => {
    const [published] = Object.keys(quotes().articles);
    expect(hashNeedsLocalArticles('#article=2018-09-18-zone:3&f=city-idlib', quotes())).toBe(true);
    expect(hashNeedsLocalArticles(`#article=${published ?? ''}:0`, quotes())).toBe(false);
    expect(hashNeedsLocalArticles('#f=city-idlib', quotes())).toBe(false);
    expect(hashNeedsLocalArticles('#article=constructor:0', quotes())).toBe(true);
  });
});
