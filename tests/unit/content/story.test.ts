import { describe, expect, it } from 'vitest';
import { STORY } from '../../../src/content/story.js';
import type { QuoteRef } from '../../../src/content/story-types.js';
import { LAYER_GROUPS } from '../../../src/map/layer-groups.js';
import { resolveQuote } from '../../../src/ui/teacher/teacher-quotes.js';
import { features, quotes } from './published-data.js';

const index = quotes();
const featureIds = new Set(features().features.map((f) => f.properties.id));
const groupIds = new Set<string>(LAYER_GROUPS.map((g) => g.id));
const allRefs: { where: string; ref: QuoteRef }[] = STORY.chapters.flatMap((c) =>
  c.quotes.map((ref) => ({ where: c.id, ref })),
);

describe('story chapters', () => {
  it('have unique kebab-case ids and dates within the story (7 Sep 2018 – 5 Mar 2020)', () => {
    const ids = STORY.chapters.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const chapter of STORY.chapters) {
      expect(chapter.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(chapter.date >= '2018-09-07' && chapter.date <= '2020-03-05', chapter.id).toBe(true);
    }
  });

  it.each(
    allRefs.map(
      ({ where, ref }) => [`${where} ${ref.articleId}:${ref.sentenceIndex}`, ref] as const,
    ),
  )(
    'quote %s resolves to a sentence of the quote index that contains its expected words',
    (_name, ref) => {
      const quote = resolveQuote(index, ref);
      expect(quote, 'sentence missing from quotes.json').not.toBeNull();
      expect(quote?.text).toContain(ref.expect);
    },
  );

  it('highlight and show only features and layer groups that exist', () => {
    for (const chapter of STORY.chapters) {
      for (const id of chapter.highlight) expect(featureIds, `${chapter.id}: ${id}`).toContain(id);
      for (const item of chapter.items ?? [])
        for (const id of item.featureIds) expect(featureIds, `${chapter.id}: ${id}`).toContain(id);
      for (const group of chapter.layers)
        expect(groupIds, `${chapter.id}: ${group}`).toContain(group);
    }
  });

  it('frame the Idlib area and cite their sources by address', () => {
    for (const chapter of STORY.chapters) {
      const [west, south, east, north] = chapter.camera;
      expect(west < east && south < north, chapter.id).toBe(true);
      expect(west >= 35 && east <= 38 && south >= 34.5 && north <= 37, chapter.id).toBe(true);
      expect(chapter.sources.length, chapter.id).toBeGreaterThan(0);
      for (const source of chapter.sources) expect(source.url).toMatch(/^https:\/\//);
    }
  });

  it('say the lines are derived where they show the zone, and keep the memorandum deadlines', () => {
    const depth = STORY.chapters.find((c) => c.id === 'zone-depth');
    expect(depth?.caption).toMatch(/derived/);
    expect(depth?.caption).toMatch(/no map was ever published/);
    const due = STORY.events.filter((e) => e.kind === 'due').map((e) => e.date);
    expect(due).toEqual(['2018-10-10', '2018-10-15', '2018-12-31']);
  });
});

describe('timeline events', () => {
  it('run from 7 Sep 2018 to 5 Mar 2020 in date order, naming existing features', () => {
    const dates = STORY.events.map((e) => e.date);
    expect(dates[0]).toBe('2018-09-07');
    expect(dates[dates.length - 1]).toBe('2020-03-05');
    expect([...dates].sort()).toEqual(dates);
    for (const event of STORY.events)
      for (const id of event.featureIds) expect(featureIds, event.text).toContain(id);
  });
});
