/**
 * The later rounds of held-out articles (issue 13; `geodata/articles/README.md`, "The held-out
 * sets"): each round's eight articles had their gold labels written by reading, with the
 * criteria of `gold-offensives.json` unchanged, before the linker was run on them, and were scored
 * once untuned (the score is in each `held-out-N.json`). Rounds 2–31, 33 and 35 were tuned on after that
 * score; none was written from rounds 32 and 34. What each round must still reach is its `check`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildQuoteIndex } from '../../../src/text/quote-index.js';
import {
  fixtureLinker,
  fixtureTargets,
  heldOutRound,
  LATER_ROUNDS,
  projectArticles,
  root,
  scoreAgainstGold,
} from './corpus.js';

const firstHeldOut = new Set(
  (
    JSON.parse(readFileSync(join(root, 'tests/fixtures/quotes/held-out.json'), 'utf8')) as {
      articles: string[];
    }
  ).articles,
);
const corpus = projectArticles();
const rounds = LATER_ROUNDS.map(heldOutRound);
// One linker for every round: compiling it takes most of a second.
const linker = fixtureLinker();
const targetIds = fixtureTargets().map((t) => t.id);

describe.each(rounds)(
  'held-out round $round (stand-in targets)',
  ({ round, articles, gold, check, unlabelled }) => {
    const mine = corpus.filter((a) => articles.has(a.meta.id));

    it('holds 8 articles of the corpus, in no other held-out set, each with gold labels or said to have none', () => {
      expect(articles.size).toBe(8);
      expect(mine.map((a) => a.meta.id).sort()).toEqual([...articles].sort());
      const others = rounds.filter((r) => r.round !== round).flatMap((r) => [...r.articles]);
      for (const id of articles) {
        expect(firstHeldOut.has(id) || others.includes(id), id).toBe(false);
        // An article may have no gold label only if its round says so (it tests for wrong links).
        expect(
          gold.some((g) => g.article === id),
          id,
        ).toBe(!unlabelled.has(id));
      }
      for (const label of gold) expect(articles.has(label.article)).toBe(true);
    });

    it(`reaches recall ${check.minRecall} with no wrong link but the ${check.knownErrors.length} named (${check.tuned ? 'tuned' : 'untuned'})`, () => {
      const index = buildQuoteIndex(linker, mine, targetIds);
      const score = scoreAgainstGold(index, gold);
      console.log(
        `held-out-${round}: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
          `(${score.truePositives} correct, ${score.falsePositives.length} false, ` +
          `${score.falseNegatives.length} missed)\n` +
          `false positives:\n${score.falsePositives.map((fp) => `  ${fp}`).join('\n') || '  (none)'}\n` +
          `misses:\n${score.falseNegatives.map((fn) => `  ${fn}`).join('\n') || '  (none)'}`,
      );
      expect(score.unmatched).toEqual([]);
      const known = (fp: string) => check.knownErrors.some((error) => fp.startsWith(error));
      expect(score.falsePositives.filter((fp) => !known(fp))).toEqual([]);
      expect(score.recall).toBeGreaterThanOrEqual(check.minRecall);
    });
  },
);
