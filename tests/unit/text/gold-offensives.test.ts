/**
 * Gold labels of the 2018–21 corpus (articles 005–031), scored in two parts: the articles the
 * linker's rules were tuned on, and the held-out articles, chosen before tuning and never tuned
 * on (`tests/fixtures/quotes/held-out.json`). The second held-out set (032–039) is scored in
 * `gold-held-out-2.test.ts`, the third (040–047) in `gold-held-out-3.test.ts`, the fourth (048–055)
 * in `gold-held-out-4.test.ts`, the fifth (056–063) in `gold-held-out-5.test.ts`.
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
  laterHeldOut,
  type GoldSentence,
  type Score,
} from './corpus.js';

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(join(root, 'tests/fixtures/quotes', file), 'utf8')) as T;
const gold = read<{ sentences: GoldSentence[] }>('gold-offensives.json').sentences;
const heldOut = new Set(read<{ articles: string[] }>('held-out.json').articles);
// The second to sixth held-out sets (032–039, 040–047, 048–055, 056–063, 064–071) have their own
// gold labels and tests (gold-held-out-2.test.ts … gold-held-out-6.test.ts).
const later = laterHeldOut();
const articles = projectArticles().filter((a) => Number(a.meta.id) >= 5 && !later.has(a.meta.id));

/** Scores the articles of one part against their gold labels. */
function scorePart(part: (id: string) => boolean): Score {
  const index = buildQuoteIndex(
    fixtureLinker(),
    articles.filter((a) => part(a.meta.id)),
    fixtureTargets().map((t) => t.id),
  );
  return scoreAgainstGold(
    index,
    gold.filter((g) => part(g.article)),
  );
}

function report(name: string, score: Score): void {
  console.log(
    `${name}: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
      `(${score.truePositives} correct; false: ${JSON.stringify(score.falsePositives)}; missed: ${JSON.stringify(score.falseNegatives)})`,
  );
}

describe('linking the 2018–21 corpus against its gold labels (stand-in targets)', () => {
  it('holds at least 6 held-out articles, all of the corpus', () => {
    expect(heldOut.size).toBeGreaterThanOrEqual(6);
    for (const id of heldOut) expect(articles.map((a) => a.meta.id)).toContain(id);
  });

  it('reaches precision and recall of at least 0.95 on the tuned articles', () => {
    const score = scorePart((id) => !heldOut.has(id));
    report('tuned', score);
    expect(score.unmatched).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  // The held-out articles were scored once the rules were done; their one error is kept here, not
  // tuned away: "the adjacent area in Aleppo" means the governorate, but a bare "Aleppo" is the city.
  const knownHeldOutErrors = ['city-aleppo ← 016#6'];

  it('reaches precision 1 (but for the known error) and recall of at least 0.95 on the held-out articles', () => {
    const score = scorePart((id) => heldOut.has(id));
    report('held-out', score);
    expect(score.unmatched).toEqual([]);
    const unexpected = score.falsePositives.filter(
      (fp) => !knownHeldOutErrors.some((known) => fp.startsWith(known)),
    );
    expect(unexpected).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.99);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });
});
