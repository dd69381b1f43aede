/**
 * Segmentation and linking do work linear in the input: measured by counting, not timing (timings
 * belong to `npm run bench`). An article made of the same text repeated k times must cost at most
 * about k times the work of one copy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkArticle } from '../../../src/text/link-article.js';
import { segmentSentences } from '../../../src/text/segment.js';
import { fixtureLinker } from './corpus.js';

const linker = fixtureLinker();

/** Work counted while segmenting and linking `text`. */
interface Work {
  /**
   * Characters times segments, summed over every string handed to `Intl.Segmenter`: V8's
   * sentence iterator slows with both, so one long paragraph given whole would grow as n².
   */
  segmenter: number;
  /** Map lookups while linking: the linker's trie walk and everything around it. */
  lookups: number;
}

function measure(text: string): Work {
  const work: Work = { segmenter: 0, lookups: 0 };
  const segment = Intl.Segmenter.prototype.segment;
  const get = Map.prototype.get;
  Intl.Segmenter.prototype.segment = function (input: string) {
    work.segmenter += input.length * [...segment.call(this, input)].length;
    return segment.call(this, input);
  };
  let spans;
  try {
    spans = segmentSentences(text);
  } finally {
    Intl.Segmenter.prototype.segment = segment;
  }
  Map.prototype.get = function (key: unknown) {
    work.lookups++;
    return get.call(this, key) as unknown;
  };
  try {
    linkArticle(linker, text, spans);
  } finally {
    Map.prototype.get = get;
  }
  return work;
}

const words = fc.constantFrom(
  'Idlib',
  'Hama province',
  'the demilitarised zone',
  'Aleppo-Hama highway',
  'Turkish observation posts',
  'Morek',
  'fighters',
  'said',
  'on Monday',
  'Jisr al-Shughur',
  'Ḥamāh',
  'إدلب',
);
const sentence = fc
  .array(words, { minLength: 3, maxLength: 12 })
  .map((w) => `${w.join(' ')}.`.replace(/^./u, (c) => c.toUpperCase()));

/** Work per character of `text`. */
function perChar(text: string): Work {
  const work = measure(text);
  return { segmenter: work.segmenter / text.length, lookups: work.lookups / text.length };
}

/** What segmenting `text` in one piece would cost, by the same measure. */
const whole = (text: string) =>
  text.length * [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].length;

describe('work grows linearly with the input (property)', () => {
  it(
    'an article m times longer costs about the same work per character, as paragraphs or one long paragraph',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(
          fc.array(sentence, { minLength: 5, maxLength: 40 }),
          fc.integer({ min: 2, max: 6 }),
          fc.constantFrom('\n\n', ' '),
          (sentences, m, joiner) => {
            const base = sentences.join(' ');
            // At least 4,000 characters: past the segmenter's 2,000-character blocks.
            const copies = Math.ceil(4000 / base.length);
            const article = (n: number) => Array.from({ length: n }, () => base).join(joiner);
            const short = perChar(article(copies));
            const long = perChar(article(copies * m));
            expect(short.segmenter).toBeGreaterThan(0);
            expect(short.lookups).toBeGreaterThan(0);
            // Quadratic work would grow m-fold per character; linear stays level.
            expect(long.segmenter).toBeLessThanOrEqual(short.segmenter * 1.3);
            expect(long.lookups).toBeLessThanOrEqual(short.lookups * 1.3);
          },
        ),
        { numRuns: 40 },
      );
    },
  );

  it('would catch quadratic segmenting: one long paragraph segmented whole grows per character', () => {
    const base = 'Idlib is calm. The zone holds. '.repeat(150);
    expect(whole(base.repeat(4)) / (4 * base.length)).toBeGreaterThan(
      (3 * whole(base)) / base.length,
    );
    expect(perChar(base.repeat(4)).segmenter).toBeLessThanOrEqual(perChar(base).segmenter * 1.3);
  });
});
