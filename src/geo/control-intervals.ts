import type { Control } from './control-cells.js';

/** The reference date of the map: the Sochi memorandum, 17 Sep 2018. */
export const SERIES_START = '2018-09-17';

/** A place and the side that held it on {@link SERIES_START}. */
export interface StartingSide {
  id: string;
  control: Control;
}

/** One change of hands: from `date` (ISO `YYYY-MM-DD`) on, `place` is held by `control`. */
export interface SideChange {
  place: string;
  date: string;
  control: Control;
}

/** A stretch of time in which no place changed hands. */
export interface ControlInterval<C extends SideChange = SideChange> {
  /** First day, ISO `YYYY-MM-DD`. */
  validFrom: string;
  /** The day after the last day (exclusive), or null for the open end. */
  validTo: string | null;
  /** Side of every place on the diagram in this interval, in input order (base, then dated). */
  sides: StartingSide[];
  /** The changes that took effect on `validFrom` (empty for the first interval). */
  changes: C[];
}

/**
 * Cuts time from {@link SERIES_START} into intervals in which no place changes hands.
 *
 * The first interval, from 17 Sep 2018 to the first change, uses only the `base` places (the
 * 17 Sep 2018 table), so it is exactly the map of that day. From the first change of the whole
 * series on, the `dated` places join, each holding its 17 Sep 2018 side until its own first
 * change. Each later interval starts on a day with at least one change and applies every change
 * on or before that day. Changes must be on known places and after {@link SERIES_START}; the
 * caller checks the rest (one change per place per day, each change flips the side).
 */
export function controlIntervals<C extends SideChange>(
  base: readonly StartingSide[],
  dated: readonly StartingSide[],
  changes: readonly C[],
): ControlInterval<C>[] {
  const known = new Set([...base, ...dated].map((p) => p.id));
  for (const change of changes) {
    if (!known.has(change.place))
      throw new Error(`controlIntervals: unknown place ${change.place}`);
    if (change.date <= SERIES_START) {
      throw new Error(`controlIntervals: change of ${change.place} on ${change.date} is too early`);
    }
  }
  const dates = [...new Set(changes.map((c) => c.date))].sort();
  const first: ControlInterval<C> = {
    validFrom: SERIES_START,
    validTo: dates[0] ?? null,
    sides: base.map((p) => ({ id: p.id, control: p.control })),
    changes: [],
  };
  const current = new Map([...base, ...dated].map((p) => [p.id, p.control]));
  const intervals = [first];
  dates.forEach((date, index) => {
    const today = changes.filter((c) => c.date === date);
    for (const change of today) current.set(change.place, change.control);
    intervals.push({
      validFrom: date,
      validTo: dates[index + 1] ?? null,
      sides: [...current].map(([id, control]) => ({ id, control })),
      changes: today,
    });
  });
  return intervals;
}

/** The interval that holds `date`, or undefined before {@link SERIES_START}. */
export function intervalOn(
  intervals: readonly ControlInterval[],
  date: string,
): ControlInterval | undefined {
  return intervals.find((i) => i.validFrom <= date && (i.validTo === null || date < i.validTo));
}
