/**
 * The timeline: a slider over the story's dates (7 Sep 2018 – 5 Mar 2020) showing what had been
 * agreed, was due or was said by then, and which articles (and so which quotes) date from it.
 * Moving it highlights that date's features and shows the zone only once it had been agreed.
 * `#date=2018-10-10` opens it at that date.
 */
import { STORY } from '../../content/story.js';
import type { IsoDate, TimelineEvent } from '../../content/story-types.js';
import type { AppContext } from '../app/app-context.js';
import { el } from '../app/dom.js';
import { formatDate } from '../app/text.js';
import type { Series } from '../app/series.js';
import { mountTimelineGround } from './timeline-ground.js';
import { MAP_START as SERIES_START } from '../../map/layers/dated.js';
import { snapToStep, timelineState, timelineSteps, type EventAtDate } from './timeline-state.js';

/** The zone exists on the map from the memorandum's date. */
const ZONE_AGREED: IsoDate = '2018-09-17';

/** The 5 Mar 2020 protocol's M4 corridor (published by the pipeline). */
const CORRIDOR_ID = 'm4-corridor';

/**
 * Stops besides the story's dates: the first of each month from Oct 2018 to Mar 2020 and the
 * series' last day, so the territory can be followed month by month.
 */
const SERIES_STEPS: readonly IsoDate[] = [
  ...Array.from({ length: 18 }, (_, i) => {
    const month = 9 + i; // 0-based months from Jan 2018: 9 = Oct 2018
    return `${2018 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01` as IsoDate;
  }),
  '2020-03-06',
];

const STATUS: Record<EventAtDate['status'], string> = {
  past: 'passed',
  today: 'due this day',
  ahead: 'still ahead',
};

const label = (e: TimelineEvent) => e.dateLabel ?? formatDate(e.date);

/** Mounts the timeline into `host` (a `<details>`); `onDate` hears every date shown. */
export function mountTimeline(
  ctx: AppContext,
  host: HTMLDetailsElement,
  loadSeries: () => Promise<Series>,
  onDate?: (date: IsoDate | null) => void,
): void {
  const events: readonly TimelineEvent[] = STORY.events;
  const steps = timelineSteps(events, SERIES_STEPS);
  const articles = () => Object.values(ctx.quotes.articles).map((a) => a.meta);
  const quoteCount = (articleId: string) =>
    Object.values(ctx.quotes.byFeature)
      .flat()
      .filter((q) => q.articleId === articleId).length;
  const slider = el('input', {
    type: 'range',
    id: 'timeline-date',
    min: 0,
    max: steps.length - 1,
    step: 1,
    value: 0,
  });
  const output = el('output', { for: 'timeline-date', class: 'timeline-value' });
  const lists = el('div', { class: 'timeline-lists', 'aria-live': 'polite' });
  host.append(
    el('summary', {}, 'Timeline'),
    el('label', { for: 'timeline-date' }, 'Date: ', output),
    slider,
    el(
      'div',
      { class: 'timeline-ends', 'aria-hidden': 'true' },
      el('span', {}, formatDate(steps[0] ?? '')),
      el('span', {}, formatDate(steps[steps.length - 1] ?? '')),
    ),
    lists,
  );
  const showGround = mountTimelineGround(host, loadSeries);
  let touched = false;
  const key = ctx.hash.register<IsoDate>({
    key: 'date',
    label: 'timeline date',
    parse: (raw) => snapToStep(raw, steps),
    format: (d) => d,
    apply: (d) => {
      if (d === null) return;
      host.open = true;
      slider.value = String(steps.indexOf(d));
      show(false);
    },
  });

  function section(title: string, items: EventAtDate[], withStatus = false): HTMLElement | null {
    if (items.length === 0) return null;
    const list = el('ul', {});
    for (const { event, status } of items) {
      list.append(
        el(
          'li',
          { class: `timeline-${event.kind} timeline-${status}` },
          el('strong', {}, `${label(event)}: `),
          event.text,
          withStatus ? el('em', {}, ` (${STATUS[status]})`) : null,
          ' ',
          el('a', { href: event.source.url, class: 'timeline-source' }, 'source'),
        ),
      );
    }
    return el('section', {}, el('h4', {}, title), list);
  }

  function show(writeHash: boolean): void {
    const date = steps[Number(slider.value)] ?? steps[0];
    if (!date) return;
    const state = timelineState(date, events, articles(), steps);
    output.textContent = formatDate(date);
    slider.setAttribute('aria-valuetext', formatDate(date));
    host.dataset['date'] = date;
    const articleList = el('ul', {});
    for (const { meta, fromThisStep } of state.articles) {
      articleList.append(
        el(
          'li',
          { class: fromThisStep ? 'timeline-new' : undefined },
          `${meta.outlet}, ${formatDate(meta.date)}: “${meta.headline}” (${quoteCount(meta.id)} quotes)`,
          fromThisStep ? el('strong', {}, ' new at this date') : null,
        ),
      );
    }
    const parts = [
      section('Agreed by then', state.agreed),
      section('Deadlines', state.due, true),
      section('Said by then', state.said),
      section('What happened', state.happened),
      el(
        'section',
        {},
        el('h4', {}, 'Articles (and their quotes) by then'),
        state.articles.length ? articleList : el('p', {}, 'None of the five articles yet.'),
      ),
    ].filter((part): part is HTMLElement => part !== null);
    lists.replaceChildren(...parts);
    // Before the memorandum there was no zone: the mode hides it; from that day it is the reader's.
    // The day's territory and line (the agreed zone stays drawn for reference, from the day it
    // was agreed), and the 5 Mar 2020 corridor from that day on.
    const corridor = ctx.featureById.get(CORRIDOR_ID);
    const from = corridor?.properties['validFrom'];
    ctx.setMode('timeline', {
      label: 'the timeline',
      layers: date < ZONE_AGREED ? { zone: false } : {},
      date: date < SERIES_START ? SERIES_START : date,
      overlays:
        corridor && typeof from === 'string' && date >= from
          ? [{ id: 'm4-corridor', data: { type: 'FeatureCollection', features: [corridor] } }]
          : [],
    });
    showGround(date);
    ctx.highlight('timeline', state.featureIds);
    touched = true;
    if (writeHash) key.set(date);
    onDate?.(date);
  }

  slider.addEventListener('input', () => show(true));
  host.addEventListener('toggle', () => {
    if (host.open && !touched) show(true);
    if (host.open || !touched) return;
    touched = false;
    key.set(null);
    ctx.setMode('timeline', null);
    ctx.highlight('timeline', []);
    onDate?.(null);
  });
}
