import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentSentences, sentenceBlocks } from '../../../src/text/segment.js';

/** The sentences of `text`, as strings. */
function sentences(text: string): string[] {
  return segmentSentences(text).map(({ start, end }) => text.slice(start, end));
}

describe('segmentSentences', () => {
  it('splits plain sentences and trims the whitespace around them', () => {
    expect(sentences('  Putin spoke. Erdogan agreed!  Was it true?\n')).toEqual([
      'Putin spoke.',
      'Erdogan agreed!',
      'Was it true?',
    ]);
  });

  it('keeps a quote that closes after the full stop with its sentence', () => {
    expect(sentences('He said: “The zone works.” Then he left.')).toEqual([
      'He said: “The zone works.”',
      'Then he left.',
    ]);
    expect(sentences('“Military action is unnecessary.” Putin said. The talks ended.')).toEqual([
      '“Military action is unnecessary.” Putin said.',
      'The talks ended.',
    ]);
    expect(sentences('“Why?” he asked. “Because.”')).toEqual(['“Why?” he asked.', '“Because.”']);
  });

  it('does not split after "Oct."-style abbreviations before a number, or after titles', () => {
    expect(sentences('They met on Oct. 10. Then they left.')).toEqual([
      'They met on Oct. 10.',
      'Then they left.',
    ]);
    expect(sentences('Post No. 9 is east of Morek. Mr. Shoigu and Gen. Gerasimov came.')).toEqual([
      'Post No. 9 is east of Morek.',
      'Mr. Shoigu and Gen. Gerasimov came.',
    ]);
  });

  it('does not split inside "U.S."-style initialisms unless a new sentence starts', () => {
    expect(
      sentences('Troops from the U.S. Army came. It was backed by the U.S. The group left.'),
    ).toEqual(['Troops from the U.S. Army came.', 'It was backed by the U.S.', 'The group left.']);
    expect(sentences('The U.N. envoy spoke.')).toEqual(['The U.N. envoy spoke.']);
  });

  it('does not split after initials', () => {
    expect(sentences('John F. Kennedy spoke. J. R. R. Tolkien wrote.')).toEqual([
      'John F. Kennedy spoke.',
      'J. R. R. Tolkien wrote.',
    ]);
  });

  it('keeps "15-20km"-style ranges and decimals inside their sentence', () => {
    expect(
      sentences(
        'A 15-20km-wide zone. A 15-20 kilometers (9.3-12.4 miles) zone. It is 15–20 km. deep.',
      ),
    ).toEqual([
      'A 15-20km-wide zone.',
      'A 15-20 kilometers (9.3-12.4 miles) zone.',
      'It is 15–20 km. deep.',
    ]);
  });

  it('does not split inside bracketed insertions', () => {
    expect(
      sentences('He said "Yes [it is true]." The presence [of militants. Etc.] poses a threat.'),
    ).toEqual(['He said "Yes [it is true]."', 'The presence [of militants. Etc.] poses a threat.']);
    expect(sentences('He said (in Sochi. Russia agreed) that. Next.')).toEqual([
      'He said (in Sochi. Russia agreed) that.',
      'Next.',
    ]);
  });

  it('joins a news-agency dateline to its first sentence', () => {
    expect(sentences('SOCHI, September 17. /TASS/. Shoigu spoke on Monday. Next.')).toEqual([
      'SOCHI, September 17. /TASS/. Shoigu spoke on Monday.',
      'Next.',
    ]);
  });

  it('ends a sentence at a line that ends a paragraph, and joins soft-wrapped lines', () => {
    expect(sentences('Situation in Idlib\n\nIdlib is a province.\nIt borders Turkey.')).toEqual([
      'Situation in Idlib',
      'Idlib is a province.',
      'It borders Turkey.',
    ]);
    const wrapped =
      'A long line of an article that the teacher wrapped by hand at\nabout seventy columns. Next.';
    expect(sentences(wrapped)).toEqual([
      'A long line of an article that the teacher wrapped by hand at\nabout seventy columns.',
      'Next.',
    ]);
  });

  it(
    'cuts long paragraphs only where Intl.Segmenter breaks anyway (regression: its iterator is quadratic in one string)',
    { timeout: 30_000 },
    () => {
      const sentence = fc.constantFrom(
        'Idlib is calm.',
        'The zone, agreed at Sochi, holds!',
        '“Why?” he asked.',
        'Mr. Smith came.',
        'They met on Oct. 10.',
        'A U.S. Army unit left.',
        '“It works.” Putin said.',
        'Is it (really. truly) over?',
        'J. R. R. Tolkien wrote.',
      );
      fc.assert(
        fc.property(fc.array(sentence, { minLength: 100, maxLength: 400 }), (list) => {
          const text = list.join(' ');
          const segments = new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text);
          const intlBreaks = new Set([...segments].map((s) => s.index));
          const blocks = sentenceBlocks(text);
          expect(blocks.length).toBeGreaterThan(text.length > 4000 ? 1 : 0);
          for (const [start] of blocks) expect(intlBreaks.has(start), `cut at ${start}`).toBe(true);
          expect(blocks[blocks.length - 1]?.[1]).toBe(text.length);
        }),
        { numRuns: 30 },
      );
    },
  );

  it(
    'returns ordered, disjoint, trimmed spans for any text (property)',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
          const spans = segmentSentences(text);
          let previousEnd = 0;
          for (const { start, end } of spans) {
            expect(start).toBeGreaterThanOrEqual(previousEnd);
            expect(end).toBeGreaterThan(start);
            expect(end).toBeLessThanOrEqual(text.length);
            const sentence = text.slice(start, end);
            expect(sentence.trim()).toBe(sentence);
            previousEnd = end;
          }
          const covered = spans.map(({ start, end }) => text.slice(start, end)).join('');
          expect(covered.replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
        }),
        { numRuns: 150 },
      );
    },
  );
});
