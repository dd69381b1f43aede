/**
 * Benchmark of the articles step: 1,000 articles generated from the five in geodata/articles
 * (each a copy with a new id and its paragraphs rotated), written to a temporary folder, then
 * read, checked, segmented, linked and serialised at 100, 250, 500 and 1,000 articles.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticles } from '../../src/pipeline/articles/load-articles.js';
import { loadLinkRules } from '../../src/pipeline/articles/load-rules.js';
import type { LinkTarget } from '../../src/text/link-rules.js';
import { compileLinker } from '../../src/text/linker.js';
import { buildQuoteIndex } from '../../src/text/quote-index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SIZES = [100, 250, 500, 1000];

/** Writes `count` articles made from the seeds into `dir`. */
function generate(dir: string, count: number): void {
  const seeds = ['000', '001', '002', '003', '004'].map((id) =>
    readFileSync(join(root, 'geodata/articles', `${id}.md`), 'utf8'),
  );
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length] ?? '';
    const close = seed.indexOf('\n---\n', 4);
    const front = seed
      .slice(0, close + 5)
      .replace(/^id: .*$/mu, `id: "g${String(i).padStart(4, '0')}"`);
    const paragraphs = seed
      .slice(close + 5)
      .trimEnd()
      .split('\n');
    const shift = i % paragraphs.length;
    const body = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)].join('\n');
    writeFileSync(join(dir, `g${String(i).padStart(4, '0')}.md`), `${front}${body}\n`);
  }
}

/** One run of the whole articles step on `dir`. */
interface Run {
  /** Reading and compiling the rules: paid once per build, whatever the corpus size. */
  setupMs: number;
  /** Reading, checking, segmenting, linking and serialising the articles. */
  articlesMs: number;
  ms: number;
  quotes: number;
  bytes: number;
}

function runOnce(dir: string, targets: LinkTarget[]): Run {
  const start = performance.now();
  const rules = loadLinkRules(
    join(root, 'geodata/feature-aliases.yaml'),
    'feature-aliases.yaml',
    targets,
  );
  const linker = compileLinker(targets, rules);
  const setupMs = performance.now() - start;
  const articles = loadArticles(dir, 'articles');
  const index = buildQuoteIndex(
    linker,
    articles,
    targets.map((t) => t.id),
  );
  const bytes = JSON.stringify(index).length;
  const ms = performance.now() - start;
  const quotes = Object.values(index.byFeature).reduce((n, list) => n + list.length, 0);
  return { setupMs, articlesMs: ms - setupMs, ms, quotes, bytes };
}

/** Prints the timings and whether time grows linearly with the number of articles. */
export function benchQuotes(): void {
  const targets = (
    JSON.parse(readFileSync(join(root, 'tests/fixtures/quotes/targets.json'), 'utf8')) as {
      targets: LinkTarget[];
    }
  ).targets;
  const dirs = SIZES.map((size) => {
    const dir = mkdtempSync(join(tmpdir(), `bench-articles-${size}-`));
    generate(dir, size);
    return dir;
  });
  try {
    runOnce(dirs[dirs.length - 1] ?? '', targets); // warm-up (JIT), not reported
    const rows = SIZES.map((size, i) => {
      const runs = [0, 1, 2, 3, 4].map(() => runOnce(dirs[i] ?? '', targets));
      const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
      return { size, ...best };
    });
    console.log(
      'articles step (read, check, segment, link, serialise), best of 5 (the machine is shared: best-of filters out other load):',
    );
    for (const { size, ms, setupMs, articlesMs, quotes, bytes } of rows) {
      console.log(
        `  ${String(size).padStart(5)} articles: ${ms.toFixed(0).padStart(6)} ms in all ` +
          `(rules ${setupMs.toFixed(0)} ms + articles ${articlesMs.toFixed(0)} ms = ${(articlesMs / size).toFixed(2)} ms/article), ` +
          `${quotes} quotes, quotes.json ${(bytes / 1e6).toFixed(1)} MB`,
      );
    }
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (!first || !last) return;
    // Least squares through the points: time = a + b × articles; r² near 1 means linear.
    const n = rows.length;
    const mx = rows.reduce((s, r) => s + r.size, 0) / n;
    const my = rows.reduce((s, r) => s + r.ms, 0) / n;
    const sxy = rows.reduce((s, r) => s + (r.size - mx) * (r.ms - my), 0);
    const sxx = rows.reduce((s, r) => s + (r.size - mx) ** 2, 0);
    const syy = rows.reduce((s, r) => s + (r.ms - my) ** 2, 0);
    const slope = sxy / sxx;
    const r2 = (sxy * sxy) / (sxx * syy);
    const perArticleRatio = last.articlesMs / last.size / (first.articlesMs / first.size);
    console.log(
      `  fit of the total: ${(my - slope * mx).toFixed(0)} ms + ${slope.toFixed(2)} ms/article, r² = ${r2.toFixed(4)}; ` +
        `articles ms/article at ${last.size} vs ${first.size}: ×${perArticleRatio.toFixed(2)} → ` +
        `${perArticleRatio < 1.5 ? 'linear (the cost per article does not grow with the corpus)' : 'NOT linear: the cost per article grows'}; ` +
        `${last.size} articles ${last.ms < 5000 ? 'under' : 'OVER'} the 5 s budget`,
    );
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}
