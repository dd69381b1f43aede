import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQuotes } from '../../../../src/pipeline/articles/build-quotes.js';
import { buildFeatures } from '../../../../src/pipeline/geodata/build-features.js';
import type { AppFeatureCollection, QuoteIndex } from '../../../../src/types.js';
import {
  goldLabels,
  offensiveGold,
  REQUIRED_QUOTED_IDS,
  root,
  laterHeldOut,
  scoreAgainstGold,
} from '../../text/corpus.js';

describe('the articles step on the real features', () => {
  let features: AppFeatureCollection;
  let index: QuoteIndex;
  beforeAll(() => {
    const built = buildQuotes(root, buildFeatures(root).collection);
    features = built.features;
    index = built.index;
  }, 120_000);

  it('matches the gold labels with precision and recall of at least 0.95', () => {
    const seeds = new Set(['000', '001', '002', '003', '004']);
    const score = scoreAgainstGold(index, goldLabels(), seeds);
    console.log(
      `gold (real features): precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
        `(${score.truePositives} correct; false: ${JSON.stringify(score.falsePositives)}; missed: ${JSON.stringify(score.falseNegatives)})`,
    );
    expect(score.unmatched).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('matches the 2018–21 corpus gold labels with precision and recall of at least 0.95', () => {
    const later = laterHeldOut();
    const corpus = new Set(
      Object.keys(index.articles).filter((id) => Number(id) >= 5 && !later.has(id)),
    );
    const score = scoreAgainstGold(index, offensiveGold(), corpus);
    console.log(
      `2018–21 gold (real features): precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
        `(${score.truePositives} correct; false: ${JSON.stringify(score.falsePositives)}; missed: ${JSON.stringify(score.falseNegatives)})`,
    );
    expect(score.unmatched).toEqual([]);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('puts each feature its quotes, and quotes the features the brief names', () => {
    const counts: Record<string, number> = {};
    for (const feature of features.features) {
      const { id, quotes } = feature.properties;
      expect(quotes).toEqual(index.byFeature[id]);
      counts[id] = quotes.length;
    }
    console.log(`quotes per feature: ${JSON.stringify(counts)}`);
    const ops = features.features.filter((f) => f.properties.kind === 'observation-point');
    expect(ops.length).toBe(12);
    const required = REQUIRED_QUOTED_IDS;
    for (const id of [...required, ...ops.map((f) => f.properties.id)]) {
      expect(counts[id] ?? 0, id).toBeGreaterThan(0);
    }
  });

  it('reaches outlet, headline, date and URL from every quote', () => {
    for (const quotes of Object.values(index.byFeature)) {
      for (const quote of quotes) {
        const meta = index.articles[quote.articleId]?.meta;
        expect(meta?.outlet).toBeTruthy();
        expect(meta?.headline).toBeTruthy();
        expect(meta?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
        expect(typeof meta?.url).toBe('string');
      }
    }
  });
});

describe('npm run data with a malformed article', () => {
  let project: string;
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('stops with file:line and the fix, and leaves the previous outputs as they were', () => {
    project = mkdtempSync(join(tmpdir(), 'project-'));
    for (const path of ['src', 'geodata', 'package.json', 'package-lock.json', 'tsconfig.json']) {
      cpSync(join(root, path), join(project, path), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
    mkdirSync(join(project, 'public/data'), { recursive: true });
    const previous = join(project, 'public/data/quotes.json');
    writeFileSync(previous, '{"previous":true}');
    const article = readFileSync(join(root, 'geodata/articles/002.md'), 'utf8')
      .replace('id: "002"', 'id: "099"')
      .replace('date: 2018-09-17', 'date: 17/09/2018');
    writeFileSync(join(project, 'geodata/articles/099.md'), article);
    const run = spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'src/pipeline/cli.ts'],
      {
        cwd: project,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /geodata\/articles\/099\.md:6: date "17\/09\/2018" is not an ISO 8601 calendar date\. Fix: /u,
    );
    expect(readFileSync(previous, 'utf8')).toBe('{"previous":true}');
  }, 120_000);
});
