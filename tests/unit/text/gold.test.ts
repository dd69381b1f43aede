import { describe, expect, it } from 'vitest';
import { buildQuoteIndex } from '../../../src/text/quote-index.js';
import {
  fixtureLinker,
  fixtureTargets,
  goldLabels,
  projectArticles,
  scoreAgainstGold,
} from './corpus.js';

describe('linking the five articles against the gold labels (stand-in targets)', () => {
  const targets = fixtureTargets();
  const index = buildQuoteIndex(
    fixtureLinker(),
    projectArticles().filter((a) => Number(a.meta.id) < 5),
    targets.map((t) => t.id),
  );
  const score = scoreAgainstGold(index, goldLabels());

  it('finds every gold sentence exactly once', () => {
    expect(score.unmatched).toEqual([]);
  });

  it('reaches precision and recall of at least 0.95', () => {
    console.log(
      `quotes vs gold: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
        `(${score.truePositives} correct; false: ${JSON.stringify(score.falsePositives)}; missed: ${JSON.stringify(score.falseNegatives)})`,
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });
});
