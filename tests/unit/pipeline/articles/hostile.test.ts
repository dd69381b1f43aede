import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src/pipeline/articles/load-articles.js';
import { DataError } from '../../../../src/pipeline/errors.js';
import { buildQuoteIndex } from '../../../../src/text/quote-index.js';
import { fixtureLinker, fixtureTargets } from '../../text/corpus.js';

/** An article file with the given body and the standard front matter. */
const file = (body: string) =>
  [
    '---',
    'id: "666"',
    'outlet: Example',
    'originalOutlet: Example',
    'headline: "Hostile"',
    'date: 2018-09-18',
    'dateInferred: false',
    'url: ""',
    'language: en',
    '---',
    body,
    '',
  ].join('\n');

/** Quotes every feature gets from one article body, checked to be verbatim sentences. */
function quotesOf(body: string) {
  const article = parseArticle(file(body), 'geodata/articles/666.md');
  const ids = fixtureTargets().map((t) => t.id);
  const index = buildQuoteIndex(fixtureLinker(), [article], ids);
  const quotes = Object.values(index.byFeature).flat();
  for (const quote of quotes) {
    expect(article.body).toContain(quote.text);
    expect(quote.text.slice(quote.start, quote.end)).toBe(quote.match);
  }
  return { article, quotes };
}

describe('hostile article input', () => {
  it('keeps markup and script as plain text in the quotes, verbatim', () => {
    const body =
      'The <img src=x onerror="alert(1)"> buffer zone in Idlib <script>alert(2)</script> holds.';
    const { quotes } = quotesOf(body);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => q.text === body)).toBe(true);
  });

  it('keeps right-to-left override characters in the text (the UI shows them as codes)', () => {
    const body = 'Turkey set up observation points \u202Eeno\u202C in Idlib.';
    const { quotes } = quotesOf(body);
    expect(quotes.some((q) => q.text.includes('\u202E'))).toBe(true);
  });

  it('links a 2 MB single sentence without throwing, quoting it verbatim', () => {
    const filler = 'and the road went on '.repeat(100_000);
    const body = `The demilitarized zone near Idlib ${filler}to Aleppo.`;
    expect(body.length).toBeGreaterThan(2_000_000);
    const { quotes } = quotesOf(body);
    expect(quotes.length).toBeGreaterThan(0);
  });

  it('rejects a body of only whitespace with file:line and the fix', () => {
    expect(() => parseArticle(file('   \n\t\n'), 'geodata/articles/666.md')).toThrow(DataError);
    try {
      parseArticle(file('   \n\t\n'), 'geodata/articles/666.md');
    } catch (error) {
      expect(String(error)).toMatch(/geodata\/articles\/666\.md:\d+: .*Fix: /);
    }
  });

  it('rejects a file without front matter with file:line and the fix', () => {
    expect(() => parseArticle('Idlib buffer zone agreed.\n', 'geodata/articles/666.md')).toThrow(
      /geodata\/articles\/666\.md:1: .*Fix: /,
    );
  });
});
