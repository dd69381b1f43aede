/**
 * The interval logic of the dated series: golden fixtures (`tests/fixtures/control-intervals/in`
 * → `out`, `UPDATE=1` rewrites) and a property test: on any date, a place's side is its last
 * change on or before that date, or its starting side.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Control } from '../../../src/geo/control-cells.js';
import {
  SERIES_START,
  controlIntervals,
  intervalOn,
  type SideChange,
  type StartingSide,
} from '../../../src/geo/control-intervals.js';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/control-intervals');
interface Input {
  base: StartingSide[];
  dated: StartingSide[];
  changes: SideChange[];
}

describe('controlIntervals fixtures', () => {
  const cases = readdirSync(join(dir, 'in')).filter((f) => f.endsWith('.json'));
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('%s', (file) => {
    const input = JSON.parse(readFileSync(join(dir, 'in', file), 'utf8')) as Input;
    const output = controlIntervals(input.base, input.dated, input.changes);
    const outPath = join(dir, 'out', file);
    if (process.env['UPDATE'] === '1') {
      mkdirSync(dirname(outPath), { recursive: true });
      writeFileSync(outPath, `${JSON.stringify(output, null, 2)}\n`);
    }
    expect(existsSync(outPath), `${outPath} is missing: run UPDATE=1`).toBe(true);
    expect(output).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
  });
});

const SIDES: Control[] = ['government', 'opposition', 'turkish', 'sdf'];
const day = (offset: number) => new Date(Date.UTC(2018, 8, 18 + offset)).toISOString().slice(0, 10);

/** Random places, and flipping changes on distinct days per place, in shuffled order. */
const scenario = fc
  .record({
    base: fc.array(fc.constantFrom(...SIDES), { minLength: 1, maxLength: 6 }),
    dated: fc.array(fc.constantFrom(...SIDES), { maxLength: 4 }),
    steps: fc.array(
      fc.record({ place: fc.nat(), days: fc.integer({ min: 0, max: 535 }), side: fc.nat(2) }),
      { maxLength: 25 },
    ),
    probe: fc.integer({ min: -1, max: 560 }),
  })
  .map(({ base, dated, steps, probe }) => {
    const b = base.map((control, i) => ({ id: `test-b${i}`, control }));
    const d = dated.map((control, i) => ({ id: `test-d${i}`, control }));
    const all = [...b, ...d];
    const held = new Map(all.map((p) => [p.id, p.control]));
    const used = new Set<string>();
    const changes: SideChange[] = [];
    for (const step of [...steps].sort((x, y) => x.days - y.days)) {
      const place = all[step.place % all.length] as StartingSide;
      const date = day(step.days);
      if (used.has(`${place.id}@${date}`)) continue;
      used.add(`${place.id}@${date}`);
      const others = SIDES.filter((s) => s !== held.get(place.id));
      const control = others[step.side % others.length] as Control;
      held.set(place.id, control);
      changes.push({ place: place.id, date, control });
    }
    return { base: b, dated: d, changes: changes.reverse(), probe: day(probe) };
  });

describe('controlIntervals', () => {
  it('property: a side on any date is the last change on or before it, else the starting side', () => {
    fc.assert(
      fc.property(scenario, ({ base, dated, changes, probe }) => {
        const intervals = controlIntervals(base, dated, changes);
        const at = intervalOn(intervals, probe);
        if (probe < SERIES_START) return expect(at).toBeUndefined();
        expect(at).toBeDefined();
        const firstChange = [...changes].map((c) => c.date).sort()[0];
        const joined = firstChange !== undefined && probe >= firstChange;
        const onMap = joined ? [...base, ...dated] : base;
        expect(at?.sides.map((s) => s.id)).toEqual(onMap.map((p) => p.id));
        for (const place of onMap) {
          const last = changes
            .filter((c) => c.place === place.id && c.date <= probe)
            .sort((x, y) => x.date.localeCompare(y.date))
            .pop();
          const side = at?.sides.find((s) => s.id === place.id)?.control;
          expect(side).toBe(last?.control ?? place.control);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: intervals are contiguous, start on 17 Sep 2018 and end open', () => {
    fc.assert(
      fc.property(scenario, ({ base, dated, changes }) => {
        const intervals = controlIntervals(base, dated, changes);
        expect(intervals[0]?.validFrom).toBe(SERIES_START);
        expect(intervals[intervals.length - 1]?.validTo).toBeNull();
        for (let i = 0; i + 1 < intervals.length; i++) {
          expect(intervals[i]?.validTo).toBe(intervals[i + 1]?.validFrom);
        }
        expect(intervals.length).toBe(new Set(changes.map((c) => c.date)).size + 1);
      }),
    );
  });

  it('the first interval is the 17 Sep 2018 table alone', () => {
    const intervals = controlIntervals(
      [{ id: 'test-a', control: 'opposition' }],
      [{ id: 'test-b', control: 'opposition' }],
      [{ place: 'test-b', date: '2019-05-09', control: 'government' }],
    );
    expect(intervals[0]?.sides).toEqual([{ id: 'test-a', control: 'opposition' }]);
    expect(intervals[1]?.sides.map((s) => s.id)).toEqual(['test-a', 'test-b']);
  });

  it('refuses unknown places and changes on or before 17 Sep 2018', () => {
    const base = [{ id: 'test-a', control: 'opposition' as const }];
    expect(() =>
      controlIntervals(base, [], [{ place: 'test-x', date: '2019-01-01', control: 'government' }]),
    ).toThrow(/unknown place/);
    expect(() =>
      controlIntervals(base, [], [{ place: 'test-a', date: SERIES_START, control: 'government' }]),
    ).toThrow(/too early/);
  });
});
