/**
 * The fifth held-out set (issue 13): articles 056–063, added while the second, third and fourth
 * held-out sets were being tuned on, their gold labels written by reading, with the criteria of
 * `gold-offensives.json` unchanged, before the linker was run on them
 * (`tests/fixtures/quotes/gold-held-out-5.json`, `held-out-5.json`). Scored once untuned
 * (precision 0.949, recall 0.979), then rules were written from it for the classes it showed
 * (see `held-out-5.json`), so it is a tuned set now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildQuoteIndex } from '../../../src/text/quote-index.js';
import {
  fixtureLinker,
  fixtureTargets,
  projectArticles,
  root,
  scoreAgainstGold,
  fifthHeldOut,
  fourthHeldOut,
  secondHeldOut,
  thirdHeldOut,
  type GoldSentence,
} from './corpus.js';

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(join(root, 'tests/fixtures/quotes', file), 'utf8')) as T;
const gold = read<{ sentences: GoldSentence[] }>('gold-held-out-5.json').sentences;
const heldOut5 = fifthHeldOut();
const earlier = new Set([
  ...read<{ articles: string[] }>('held-out.json').articles,
  ...secondHeldOut(),
  ...thirdHeldOut(),
  ...fourthHeldOut(),
]);
const articles = projectArticles().filter((a) => heldOut5.has(a.meta.id));

describe('linking the fifth held-out set against its gold labels (stand-in targets)', () => {
  it('holds 8 articles of the corpus, none of the earlier held-out sets, each with gold labels', () => {
    expect(heldOut5.size).toBe(8);
    expect(articles.map((a) => a.meta.id).sort()).toEqual([...heldOut5].sort());
    for (const id of heldOut5) {
      expect(earlier.has(id)).toBe(false);
      expect(gold.some((g) => g.article === id)).toBe(true);
    }
    for (const label of gold) expect(heldOut5.has(label.article)).toBe(true);
  });

  it('reaches recall of at least 0.95 with no false positive (tuned since its first score: P 0.949, R 0.979)', () => {
    const index = buildQuoteIndex(
      fixtureLinker(),
      articles,
      fixtureTargets().map((t) => t.id),
    );
    const score = scoreAgainstGold(index, gold);
    console.log(
      `held-out-5: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
        `(${score.truePositives} correct, ${score.falsePositives.length} false, ` +
        `${score.falseNegatives.length} missed)\n` +
        `false positives:\n${score.falsePositives.map((fp) => `  ${fp}`).join('\n') || '  (none)'}\n` +
        `misses:\n${score.falseNegatives.map((fn) => `  ${fn}`).join('\n') || '  (none)'}`,
    );
    expect(score.unmatched).toEqual([]);
    expect(score.falsePositives).toEqual([]);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });
});
