/** What the timeline shows at a date: pure, so unit tests can check it. */
import type { IsoDate, TimelineEvent } from '../../content/story-types.js';
import type { ArticleMeta } from '../../types.js';

/** An event as seen from a date. */
export interface EventAtDate {
  event: TimelineEvent;
  /** For deadlines: whether the date had passed by then. */
  status: 'past' | 'today' | 'ahead';
}

/** The timeline's content at one date. */
export interface TimelineState {
  date: IsoDate;
  /** Agreements made by then. */
  agreed: EventAtDate[];
  /** Every deadline, marked passed, today or still ahead. */
  due: EventAtDate[];
  /** Statements made by then. */
  said: EventAtDate[];
  /** Events on the ground by then. */
  happened: EventAtDate[];
  /** Articles published by then; `fromThisStep` when dated after the previous step. */
  articles: { meta: ArticleMeta; fromThisStep: boolean }[];
  /** Features of the events on this very date. */
  featureIds: string[];
}

/** The slider's stops: every event date, ascending and unique. */
export function timelineSteps(
  events: readonly TimelineEvent[],
  extra: readonly IsoDate[] = [],
): IsoDate[] {
  return [...new Set([...events.map((e) => e.date), ...extra])].sort();
}

/** Whether `date` is a real calendar day written `YYYY-MM-DD` (no 2018-02-30, no month 13, no year 0). */
export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Snaps a date within the timeline (first to last stop) to the last stop on or before it;
 * `undefined` for anything else: not a calendar date, or outside the timeline's range.
 */
export function snapToStep(date: string, steps: readonly IsoDate[]): IsoDate | undefined {
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (!first || !last || !isCalendarDate(date) || date < first || date > last) return undefined;
  const before = steps.filter((s) => s <= date);
  return before[before.length - 1] ?? first;
}

/** What had been agreed, was due, or was said by `date`, and which articles date from it. */
export function timelineState(
  date: IsoDate,
  events: readonly TimelineEvent[],
  articles: readonly ArticleMeta[],
  steps: readonly IsoDate[] = timelineSteps(events),
): TimelineState {
  const previous = steps.filter((s) => s < date).pop() ?? '0000-00-00';
  const seen = (kind: TimelineEvent['kind']) =>
    events
      .filter((e) => e.kind === kind && e.date <= date)
      .map((event) => ({
        event,
        status: event.date === date ? ('today' as const) : ('past' as const),
      }));
  return {
    date,
    agreed: seen('agreed'),
    due: events
      .filter((e) => e.kind === 'due')
      .map((event) => ({
        event,
        status: event.date < date ? 'past' : event.date === date ? 'today' : 'ahead',
      })),
    said: seen('said'),
    happened: seen('happened'),
    articles: articles
      .filter((meta) => meta.date <= date)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((meta) => ({ meta, fromThisStep: meta.date > previous })),
    featureIds: [...new Set(events.filter((e) => e.date === date).flatMap((e) => e.featureIds))],
  };
}
