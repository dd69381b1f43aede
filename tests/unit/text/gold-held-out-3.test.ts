/**
 * The third held-out set (issue 13): articles 040–047, added after the second held-out set had
 * been scored and tuned on, their gold labels written by reading before the linker was run on them
 * (`tests/fixtures/quotes/gold-held-out-3.json`, `held-out-3.json`). Scored once untuned
 * (precision 0.943, recall 0.926), then rules were written from it for the classes it showed
 * (see `held-out-3.json`), so it is a tuned set now, with its one remaining error named.
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
  secondHeldOut,
  thirdHeldOut,
  type GoldSentence,
} from './corpus.js';

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(join(root, 'tests/fixtures/quotes', file), 'utf8')) as T;
const gold = read<{ sentences: GoldSentence[] }>('gold-held-out-3.json').sentences;
const heldOut3 = thirdHeldOut();
const earlier = new Set([
  ...read<{ articles: string[] }>('held-out.json').articles,
  ...secondHeldOut(),
]);
const articles = projectArticles().filter((a) => heldOut3.has(a.meta.id));

describe('linking the third held-out set against its gold labels (stand-in targets)', () => {
  it('holds 8 articles of the corpus, none of the earlier held-out sets, each with gold labels', () => {
    expect(heldOut3.size).toBe(8);
    expect(articles.map((a) => a.meta.id).sort()).toEqual([...heldOut3].sort());
    for (const id of heldOut3) {
      expect(earlier.has(id)).toBe(false);
      expect(gold.some((g) => g.article === id)).toBe(true);
    }
    for (const label of gold) expect(heldOut3.has(label.article)).toBe(true);
  });

  // "dismantling their observation point and took out all their gears in the town of Morek": the
  // town stands for the post a clause away; no rule reads that without misreading "troops in
  // the town of Morek" elsewhere.
  const knownErrors = ['city-morek ← 047#1'];

  it('reaches recall of at least 0.95 with no false positive but the named one (tuned since its first score)', () => {
    const index = buildQuoteIndex(
      fixtureLinker(),
      articles,
      fixtureTargets().map((t) => t.id),
    );
    const score = scoreAgainstGold(index, gold);
    console.log(
      `held-out-3: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
        `(${score.truePositives} correct, ${score.falsePositives.length} false, ` +
        `${score.falseNegatives.length} missed)\n` +
        `false positives:\n${score.falsePositives.map((fp) => `  ${fp}`).join('\n') || '  (none)'}\n` +
        `misses:\n${score.falseNegatives.map((fn) => `  ${fn}`).join('\n') || '  (none)'}`,
    );
    expect(score.unmatched).toEqual([]);
    expect(
      score.falsePositives.filter((fp) => !knownErrors.some((known) => fp.startsWith(known))),
    ).toEqual([]);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });
});
