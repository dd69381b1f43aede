import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildQuoteIndex } from '../../../src/text/quote-index.js';
import {
  fixtureLinker,
  fixtureTargets,
  postsQuotedSpecifically,
  projectArticles,
  REQUIRED_QUOTED_IDS,
  root,
} from './corpus.js';

const articles = projectArticles();
const index = buildQuoteIndex(
  fixtureLinker(),
  articles,
  fixtureTargets().map((t) => t.id),
);

/** Raw text of an article, as received. */
function rawText(raw: string | undefined): string {
  expect(raw, 'front matter "raw"').toBeTypeOf('string');
  return readFileSync(join(root, 'geodata/articles', raw ?? ''), 'utf8');
}

describe('the article corpus', () => {
  it('holds the five seed articles and the 2018–21 corpus with their metadata', () => {
    const ids = articles.map((a) => a.meta.id);
    expect(ids.slice(0, 5)).toEqual(['000', '001', '002', '003', '004']);
    expect(ids.length).toBeGreaterThanOrEqual(25);
    expect(new Set(articles.map((a) => a.meta.outlet)).size).toBeGreaterThanOrEqual(10);
    for (const { meta } of articles) {
      expect(meta.inferred?.includes('date') ?? false).toBe(meta.dateInferred);
      expect(meta.url === '').toBe(meta.id === '001');
    }
  });

  it('keeps every body line verbatim from the raw text, where one is kept', () => {
    for (const article of articles.filter((a) => a.meta.raw !== undefined)) {
      const rawLines = new Set(rawText(article.meta.raw).split('\n'));
      for (const line of article.body.split('\n')) {
        expect(rawLines.has(line), `${article.file}: "${line.slice(0, 60)}"`).toBe(true);
      }
    }
  });

  it('leaves site chrome and the repeated headline out of the bodies', () => {
    const chromeMarkers = [
      'Help The Kashmir Monitor',
      'Bd24live/Hk',
      'You may also like',
      'Our Mission',
      'Newsletter',
      'Laest News',
      'All Right Reserved',
      'All news',
      'Like this story? Share it with a friend!',
      'Leave a Reply',
      'Share it:',
      'Consider helping us',
      'Related Articles',
      'Be Civil',
      'Click to see full-size map',
    ];
    for (const article of articles) {
      for (const marker of chromeMarkers) expect(article.body).not.toContain(marker);
      expect(article.body.split('\n')).not.toContain(article.meta.headline);
      if (article.meta.raw === undefined) continue;
      const bodyLines = new Set(article.body.split('\n'));
      const removed = rawText(article.meta.raw)
        .split('\n')
        .filter((line) => line.trim() !== '' && !bodyLines.has(line));
      expect(removed.length, `${article.file} removes something`).toBeGreaterThan(0);
      for (const line of removed) {
        for (const quotes of Object.values(index.byFeature)) {
          for (const quote of quotes) expect(line.includes(quote.text)).toBe(false);
        }
      }
      expect(article.body.split('\n')).not.toContain(article.meta.headline);
    }
  });

  it('quotes only verbatim sentences of the article bodies, with exact match spans', () => {
    let count = 0;
    for (const [featureId, quotes] of Object.entries(index.byFeature)) {
      for (const quote of quotes) {
        const article = index.articles[quote.articleId];
        const span = article?.sentences[quote.sentenceIndex];
        expect(article, featureId).toBeDefined();
        expect(article?.body.slice(span?.start, span?.end)).toBe(quote.text);
        expect(article?.body).toContain(quote.text);
        expect(quote.text.slice(quote.start, quote.end)).toBe(quote.match);
        expect(quote.match.trim()).toBe(quote.match);
        expect(quote.match.length).toBeGreaterThan(0);
        count++;
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('gives every feature the brief names at least one quote', () => {
    const required = REQUIRED_QUOTED_IDS;
    const ops = fixtureTargets().filter((t) => t.kind === 'observation-point');
    expect(ops).toHaveLength(12);
    for (const id of [...required, ...ops.map((t) => t.id)]) {
      expect(index.byFeature[id]?.length ?? 0, id).toBeGreaterThan(0);
    }
  });

  it('quotes at least 8 of the 12 posts by sentences about them, not only about the group', () => {
    const specific = postsQuotedSpecifically(
      index,
      fixtureTargets()
        .filter((t) => t.kind === 'observation-point')
        .map((t) => t.id),
    );
    console.log(`posts quoted specifically: ${specific.join(', ')}`);
    expect(specific.length).toBeGreaterThanOrEqual(8);
  });
});
