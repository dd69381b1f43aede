import { describe, expect, it } from 'vitest';
import { STORY } from '../../../../src/content/story.js';
import type { ArticleMeta } from '../../../../src/types.js';
import {
  isCalendarDate,
  snapToStep,
  timelineState,
  timelineSteps,
} from '../../../../src/ui/teacher/timeline-state.js';
import { quotes } from '../../content/published-data.js';

const articles: ArticleMeta[] = Object.values(quotes().articles).map((a) => a.meta);
const steps = timelineSteps(STORY.events);

describe('timeline state', () => {
  it('steps over the story dates, 7 Sep 2018 to 5 Mar 2020, and snaps any date to a step', () => {
    expect(steps[0]).toBe('2018-09-07');
    expect(steps[steps.length - 1]).toBe('2020-03-05');
    expect(snapToStep('2018-10-12', steps)).toBe('2018-10-10');
    expect(snapToStep('next week', steps)).toBeUndefined();
  });

  it('rejects dates that are not real calendar days, or outside the timeline', () => {
    for (const bad of ['2099-13-45', '2018-02-30', '0000-00-00', '2018-00-10', '2018-10-32'])
      expect(snapToStep(bad, steps), bad).toBeUndefined();
    expect(snapToStep('2001-01-01', steps)).toBeUndefined();
    expect(snapToStep('2099-01-01', steps)).toBeUndefined();
    expect(isCalendarDate('2016-02-29')).toBe(true);
    expect(isCalendarDate('2018-02-29')).toBe(false);
    expect(isCalendarDate('2018-02-28')).toBe(true);
    expect(snapToStep(steps[0] ?? '', steps)).toBe(steps[0]);
  });

  it('before Sochi: nothing agreed, every deadline ahead, only the Tehran article', () => {
    const state = timelineState('2018-09-07', STORY.events, articles, steps);
    expect(state.agreed).toEqual([]);
    expect(state.due.every((d) => d.status === 'ahead')).toBe(true);
    expect(state.articles.map((a) => a.meta.id)).toEqual(['004']);
    expect(state.articles[0]?.fromThisStep).toBe(true);
  });

  it('on 10 Oct 2018: the zone agreed, heavy weapons due that day, radical groups still ahead', () => {
    const state = timelineState('2018-10-10', STORY.events, articles, steps);
    expect(state.agreed.length).toBeGreaterThan(0);
    const status = Object.fromEntries(state.due.map((d) => [d.event.date, d.status]));
    expect(status).toEqual({ '2018-10-10': 'today', '2018-10-15': 'ahead', '2018-12-31': 'ahead' });
    expect(state.featureIds).toContain('dmz-15km');
    // New since the previous stop (3 Oct): the articles dated after it up to this day, among
    // them 000 (about 4 Oct 2018), 006 (8 Oct) and 005 (10 Oct); the corpus grows, so the rest
    // are read from the published data.
    const fresh = state.articles
      .filter((a) => a.fromThisStep)
      .map((a) => a.meta.id)
      .sort();
    expect(fresh).toEqual(
      articles
        .filter((a) => a.date > '2018-10-03' && a.date <= '2018-10-10')
        .map((a) => a.id)
        .sort(),
    );
    expect(fresh).toEqual(expect.arrayContaining(['000', '005', '006']));
  });

  it('on 5 Mar 2020: every deadline passed, every article up to that day, the protocol agreed', () => {
    const state = timelineState('2020-03-05', STORY.events, articles, steps);
    expect(state.due.every((d) => d.status === 'past')).toBe(true);
    expect(state.articles).toHaveLength(articles.filter((a) => a.date <= '2020-03-05').length);
    expect(state.agreed.some((e) => /6 km/.test(e.event.text))).toBe(true);
    expect(state.featureIds).toEqual(['m4']);
  });
});
