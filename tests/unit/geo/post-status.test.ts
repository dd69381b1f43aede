import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusOn, type PostStatusEntry } from '../../../src/geo/post-status.js';
import { postStatusData } from '../../../src/map/layers/post-status.js';
import { features } from '../content/published-data.js';

const MOREK: PostStatusEntry[] = [
  { date: '2018-04-01', status: 'established', basis: 'inferred' },
  { date: '2019-08-23', status: 'surrounded', basis: 'direct' },
  { date: '2020-10-20', status: 'evacuated', basis: 'direct' },
];

describe('a post’s status on a day', () => {
  it('is the last entry on or before the day, in any input order', () => {
    expect(statusOn(MOREK, '2018-03-31')).toBeUndefined();
    expect(statusOn(MOREK, '2019-08-22')?.status).toBe('established');
    expect(statusOn(MOREK, '2019-08-23')?.status).toBe('surrounded');
    expect(statusOn([...MOREK].reverse(), '2021-01-01')?.status).toBe('evacuated');
  });
  it('agrees with a linear scan for random histories and days (property)', () => {
    const day = fc
      .date({ min: new Date('2017-01-01'), max: new Date('2021-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const entry = fc.record({
      date: day,
      status: fc.constantFrom('established', 'surrounded', 'evacuated' as const),
      basis: fc.constant('direct'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.date }), day, (history, d) => {
        const expected = history
          .filter((e) => e.date <= d)
          .sort((a, b) => a.date.localeCompare(b.date))
          .at(-1);
        expect(statusOn(history, d)).toEqual(expected);
      }),
    );
  });
  it('marks the published posts surrounded or evacuated on the day, and none on 17 Sep 2018', () => {
    const all = features().features;
    expect(postStatusData(all, '2018-09-17').features).toEqual([]);
    const late = postStatusData(all, '2020-02-15').features.map((f) => f.properties?.['status']);
    expect(late).toContain('surrounded');
    const after = postStatusData(all, '2021-02-01').features.map((f) => f.properties?.['status']);
    expect(after.every((s) => s === 'evacuated' || s === 'surrounded')).toBe(true);
    expect(after).toContain('evacuated');
  });
});
