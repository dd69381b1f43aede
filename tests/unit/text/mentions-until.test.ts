/**
 * `mentionsUntil` (feature-aliases.yaml): the contact line on the map is the line of 17 Sep 2018;
 * an article dated after the first change of hands means another line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishArticle } from '../../../src/text/quote-index.js';
import type { ArticleMeta } from '../../../src/types.js';
import { fixtureLinker, fixtureTargets, projectRules, root } from './corpus.js';

const meta = (date: string): ArticleMeta => ({
  id: 't',
  outlet: 'Test',
  originalOutlet: 'Test',
  headline: 'Test',
  date,
  dateInferred: false,
  url: '',
  language: 'en',
});
const linked = (date: string, body: string): string[] =>
  publishArticle(fixtureLinker(), { meta: meta(date), body }).links.map((l) => l.featureId);

describe('mentionsUntil', () => {
  const body = 'Fighting went on along the front line near Morek.';

  it('links the 2018 contact line from articles up to its last day, not after', () => {
    expect(linked('2018-10-10', body)).toContain('contact-line');
    expect(linked('2019-05-06', body)).toContain('contact-line');
    expect(linked('2019-05-07', body)).not.toContain('contact-line');
    expect(linked('2020-03-06', body)).not.toContain('contact-line');
    // The other links of the sentence stay.
    expect(linked('2020-03-06', body)).toContain('city-morek');
  });

  it('ends the line on the day before the first change of hands in control-changes.csv', () => {
    const rules = projectRules(fixtureTargets());
    const csv = readFileSync(join(root, 'geodata/control-changes.csv'), 'utf8');
    const first = csv
      .split('\n')
      .slice(1)
      .map((row) => row.split(',')[1] ?? '')
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d))
      .sort()[0];
    const dayBefore = new Date(`${first}T00:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    expect(rules.mentionsUntil?.['contact-line']).toBe(dayBefore.toISOString().slice(0, 10));
  });
});
