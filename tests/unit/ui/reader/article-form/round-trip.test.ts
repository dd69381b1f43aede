/**
 * Issue 13.3: an article added in the browser downloads as a `geodata/articles/<id>.md` file
 * that `npm run data` accepts unchanged and links exactly as the browser showed it, the
 * reviewer's removed and hand-made links included (front matter `links:`).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { buildQuotes } from '../../../../../src/pipeline/articles/build-quotes.js';
import { loadArticles, parseArticle } from '../../../../../src/pipeline/articles/load-articles.js';
import {
  articleMeta,
  normaliseBody,
  type StoredArticle,
} from '../../../../../src/ui/reader/article-form/model.js';
import { proposeLinks, reviewed } from '../../../../../src/ui/reader/article-form/propose.js';
import { addLink, removeLink } from '../../../../../src/ui/reader/article-form/review.js';
import { fileName, toMarkdown } from '../../../../../src/ui/reader/article-form/serialise.js';
import type { PublishedArticle } from '../../../../../src/types.js';
import { root } from '../../../text/corpus.js';
import { features } from '../../../content/published-data.js';
import { browserLinker, FIELDS } from './support.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The browser's article after a review that removes one proposed link and adds one by hand. */
function reviewedArticle(): { stored: StoredArticle; proposal: PublishedArticle } {
  const meta = articleMeta(FIELDS, '2018-09-18-russia-and-turkey', '2026-12-01');
  const body = normaliseBody(FIELDS.text);
  const proposal = proposeLinks(browserLinker(), meta, body);
  const text = (i: number) => {
    const s = proposal.sentences[i];
    return s ? body.slice(s.start, s.end) : '';
  };
  const first = proposal.links[0];
  if (!first) throw new Error('the linker proposed no link');
  let overrides = removeLink([], { ...first, add: false, sentenceText: text(first.sentenceIndex) });
  const last = proposal.sentences.length - 1;
  overrides = addLink(overrides, {
    sentenceIndex: last,
    featureId: 'city-idlib',
    add: true,
    sentenceText: text(last),
  });
  const article = reviewed(proposal, overrides);
  return { stored: { id: meta.id, article, overrides, addedAt: '' }, proposal };
}

describe('the downloaded article file', () => {
  it('goes through npm run data unchanged and links as the browser showed it', () => {
    const { stored, proposal } = reviewedArticle();
    // The review changed something: one proposed link gone, one sentence linked by hand.
    expect(stored.article.links).not.toEqual(proposal.links);
    expect(stored.article.links.at(-1)).toMatchObject({
      featureId: 'city-idlib',
      start: 0,
      end: 0,
    });
    const project = mkdtempSync(join(tmpdir(), 'article-round-trip-'));
    dirs.push(project);
    cpSync(join(root, 'geodata/articles'), join(project, 'geodata/articles'), { recursive: true });
    cpSync(
      join(root, 'geodata/feature-aliases.yaml'),
      join(project, 'geodata/feature-aliases.yaml'),
    );
    writeFileSync(join(project, 'geodata/articles', fileName(stored)), toMarkdown(stored));

    const loaded = loadArticles(join(project, 'geodata/articles'), 'geodata/articles');
    const file = loaded.find((a) => a.meta.id === stored.id);
    expect(file?.meta).toEqual(stored.article.meta);
    expect(file?.body).toBe(stored.article.body);

    const { index } = buildQuotes(project, features());
    const piped = index.articles[stored.id];
    expect(piped?.sentences).toEqual(stored.article.sentences);
    expect(piped?.links).toEqual(stored.article.links);
    // And the published articles link as before.
    const before = buildQuotes(root, features()).index;
    for (const id of Object.keys(before.articles))
      expect(index.articles[id]?.links).toEqual(before.articles[id]?.links);
  });

  it('documents the reviewer’s changes as links: entries naming the sentence', () => {
    const { stored } = reviewedArticle();
    const text = toMarkdown(stored);
    expect(text).toMatch(/^links:\n {2}- \{ sentence: \d+, text: ".+", remove: "[a-z0-9-]+" \}$/mu);
    expect(text).toMatch(
      /^ {2}- \{ sentence: 4, text: "Nothing here names a place\.", add: "city-idlib" \}$/mu,
    );
  });

  it('keeps any headline, outlet and body exactly (markup, quotes, bidi, line breaks)', () => {
    const line = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        line,
        line,
        fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
        (h, o, b) => {
          const headline = h.replace(/\s+/gu, ' ').trim() || 'x';
          const outlet = o.replace(/\s+/gu, ' ').trim() || 'y';
          fc.pre(!/^[\u201C\u2018\u201E\u00AB].*[\u201D\u2019\u201C\u00BB]$/su.test(headline));
          fc.pre(!/^[\u201C\u2018\u201E\u00AB].*[\u201D\u2019\u201C\u00BB]$/su.test(outlet));
          const body = normaliseBody(`${b}\nIdlib.`);
          const meta = articleMeta({ ...FIELDS, headline, outlet }, 'a-1', '2026-12-01');
          const stored: StoredArticle = {
            id: 'a-1',
            article: { meta, body, sentences: [], links: [] },
            overrides: [],
            addedAt: '',
          };
          const parsed = parseArticle(toMarkdown(stored), 'geodata/articles/a-1.md');
          expect(parsed.meta).toEqual(meta);
          expect(parsed.body).toBe(body);
        },
      ),
      { numRuns: 300 },
    );
  });
});
