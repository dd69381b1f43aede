import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../../src/ui/reader/article-segments.js';
import type { PublishedArticle } from '../../../../src/types.js';

function article(body: string, links: PublishedArticle['links']): PublishedArticle {
  const sentences = [...body.matchAll(/[^.\n]+\./g)].map((m) => {
    const lead = m[0].length - m[0].trimStart().length;
    return { start: m.index + lead, end: m.index + m[0].length };
  });
  return {
    meta: {
      id: 'a',
      outlet: 'o',
      originalOutlet: 'o',
      headline: 'h',
      date: '2018-09-17',
      dateInferred: false,
      url: '',
      language: 'en',
    },
    body,
    sentences,
    links,
  };
}

describe('segmentArticle', () => {
  it('keeps every character, splits paragraphs at blank lines and marks links and sentences', () => {
    const a = article('Troops left Idlib. Hama stayed.\n\nThe M5 reopened.', [
      { sentenceIndex: 0, featureId: 'city-idlib', start: 12, end: 17 },
      { sentenceIndex: 2, featureId: 'm5', start: 4, end: 6 },
    ]);
    const paragraphs = segmentArticle(a);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs.map((p) => p.map((r) => r.text).join(''))).toEqual([
      'Troops left Idlib. Hama stayed.',
      'The M5 reopened.',
    ]);
    const idlib = paragraphs[0]?.find((r) => r.text === 'Idlib');
    expect(idlib).toEqual({ text: 'Idlib', sentenceIndex: 0, featureIds: ['city-idlib'] });
    expect(paragraphs[0]?.find((r) => r.text === 'Hama stayed.')?.sentenceIndex).toBe(1);
    expect(paragraphs[1]?.find((r) => r.text === 'M5')?.featureIds).toEqual(['m5']);
  });
  it('merges links to the same words and drops overlapping or out-of-sentence ones', () => {
    const a = article('The zone is wide.', [
      { sentenceIndex: 0, featureId: 'dmz-15km', start: 4, end: 8 },
      { sentenceIndex: 0, featureId: 'dmz-20km', start: 4, end: 8 },
      { sentenceIndex: 0, featureId: 'x', start: 6, end: 11 },
      { sentenceIndex: 0, featureId: 'y', start: 10, end: 99 },
      { sentenceIndex: 7, featureId: 'z', start: 0, end: 1 },
    ]);
    const runs = segmentArticle(a)[0] ?? [];
    expect(runs.map((r) => r.text).join('')).toBe('The zone is wide.');
    expect(runs.filter((r) => r.featureIds.length).map((r) => [r.text, r.featureIds])).toEqual([
      ['zone', ['dmz-15km', 'dmz-20km']],
    ]);
  });
});
