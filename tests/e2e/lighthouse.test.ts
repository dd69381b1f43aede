import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { runLighthouse, type Preset, type Scores } from './lighthouse-audit.js';

const baseUrl = inject('baseUrl');

describe('Lighthouse 12 on the preview build', () => {
  it('scores 100 for accessibility, best practices and SEO on mobile and desktop; prints performance', async () => {
    const scores: Partial<Record<Preset, Scores>> = {};
    for (const preset of ['mobile', 'desktop'] as const) {
      const audit = await runLighthouse(baseUrl, preset);
      console.log(
        `lighthouse ${preset} ${JSON.stringify(audit.scores)}; failing binary audits: ${audit.failing.join(', ') || 'none'}; ${audit.metrics}; LCP element ${audit.lcpElement}`,
      );
      scores[preset] = audit.scores;
      expect(audit.scores.accessibility).toBe(100);
      expect(audit.scores['best-practices']).toBe(100);
      expect(audit.scores.seo).toBe(100);
    }
    mkdirSync('tests/e2e/.artifacts', { recursive: true });
    writeFileSync('tests/e2e/.artifacts/lighthouse.json', JSON.stringify(scores, null, 2));
  }, 240_000);
});
