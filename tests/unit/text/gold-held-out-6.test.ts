/**
 * The sixth held-out set (issue 13): articles 064–071, added while the second to fifth held-out
 * sets were being tuned on, their gold labels written by reading, with the criteria of
 * `gold-offensives.json` unchanged, before the linker was run on them
 * (`tests/fixtures/quotes/gold-held-out-6.json`, `held-out-6.json`). No rule, alias or linker code
 * is written from these articles: the score printed here is the untuned one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildQuoteIndex } from '../../../src/text/quote-index.js';
import {
  fifthHeldOut,
  fixtureLinker,
  fixtureTargets,
  fourthHeldOut,
  projectArticles,
  root,
  scoreAgainstGold,
  secondHeldOut,
  sixthHeldOut,
  thirdHeldOut,
  type GoldSentence,
} from './corpus.js';

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(join(root, 'tests/fixtures/quotes', file), 'utf8')) as T;
const gold = read<{ sentences: GoldSentence[] }>('gold-held-out-6.json').sentences;
const heldOut6 = sixthHeldOut();
const earlier = new Set([
  ...read<{ articles: string[] }>('held-out.json').articles,
  ...secondHeldOut(),
  ...thirdHeldOut(),
  ...fourthHeldOut(),
  ...fifthHeldOut(),
]);
const articles = projectArticles().filter((a) => heldOut6.has(a.meta.id));

describe('linking the sixth held-out set against its gold labels (stand-in targets)', () => {
  it('holds 8 articles of the corpus, none of the earlier held-out sets, each with gold labels', () => {
    expect(heldOut6.size).toBe(8);
    expect(articles.map((a) => a.meta.id).sort()).toEqual([...heldOut6].sort());
    for (const id of heldOut6) {
      expect(earlier.has(id)).toBe(false);
      expect(gold.some((g) => g.article === id)).toBe(true);
    }
    for (const label of gold) expect(heldOut6.has(label.article)).toBe(true);
  });

  // Untuned, this set misses issue 13's target (no wrong link, recall at least 0.95): scored once
  // with the final rules, precision 0.958 and recall 0.942. The test keeps that measurement from
  // getting worse (any other wrong link, or recall under 0.94, fails it); the issue stays open.
  const untunedErrors = [
    'idlib-province ← 067#2',
    'city-hama ← 067#2',
    'city-hama ← 067#1',
    'city-aleppo ← 068#8',
    'city-latakia ← 068#8',
  ];

  it('misses the target untuned (5 wrong links, recall 0.942) and gets no worse', () => {
    const index = buildQuoteIndex(
      fixtureLinker(),
      articles,
      fixtureTargets().map((t) => t.id),
    );
    const score = scoreAgainstGold(index, gold);
    console.log(
      `held-out-6: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
        `(${score.truePositives} correct, ${score.falsePositives.length} false, ` +
        `${score.falseNegatives.length} missed)\n` +
        `false positives:\n${score.falsePositives.map((fp) => `  ${fp}`).join('\n') || '  (none)'}\n` +
        `misses:\n${score.falseNegatives.map((fn) => `  ${fn}`).join('\n') || '  (none)'}`,
    );
    expect(score.unmatched).toEqual([]);
    expect(
      score.falsePositives.filter((fp) => !untunedErrors.some((known) => fp.startsWith(known))),
    ).toEqual([]);
    expect(score.recall).toBeGreaterThanOrEqual(0.94);
  });
});
