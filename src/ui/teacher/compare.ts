/**
 * The rival reading side by side: "as agreed (opposition side only)" against "as Jaysh al-Izza
 * demanded (split equally)", as a keyboard-operable toggle (two radio buttons) that swaps which
 * zone the map draws, with both readings described next to each other. `#compare=split`.
 */
import type { ZoneReading } from '../../content/story-types.js';
import { AGREED_DEPTH_LABEL, SPLIT_INNER_KM, ZONE } from '../../domain/zone.js';
import type { AppContext } from '../app/app-context.js';
import { el } from '../app/dom.js';
import { quoteList } from './teacher-quotes.js';

/** The two readings, as the toggle labels them. */
export const READINGS: Record<ZoneReading, { label: string; detail: string }> = {
  agreed: {
    label: 'As agreed (opposition side only)',
    detail: `The memorandum: a zone ${AGREED_DEPTH_LABEL} deep inside the opposition-held area, measured from the contact line (derived; no official map).`,
  },
  split: {
    label: 'As Jaysh al-Izza demanded (split equally)',
    detail: `Jaysh al-Izza: the same width carved equally from both sides, ${SPLIT_INNER_KM}–${ZONE.split.depthKm} km into each (drawn by the same method).`,
  },
};

/** The comparison as other modules (the presenter) drive it. */
export interface Compare {
  setReading(reading: ZoneReading): void;
  readonly reading: ZoneReading;
}

/** Mounts the toggle into `host` (a `<details>`). */
export function mountCompare(ctx: AppContext, host: HTMLDetailsElement): Compare {
  let reading: ZoneReading = 'agreed';
  const radios = new Map<ZoneReading, HTMLInputElement>();
  const fieldset = el(
    'fieldset',
    { class: 'compare-toggle' },
    el('legend', {}, 'Which reading does the map draw?'),
  );
  const columns = el('div', { class: 'compare-columns' });
  const quotes = el('div', { class: 'compare-quotes' });
  for (const id of ['agreed', 'split'] as const) {
    const radio = el('input', {
      type: 'radio',
      name: 'zone-reading',
      id: `reading-${id}`,
      value: id,
      checked: id === 'agreed',
    });
    radio.addEventListener('change', () => radio.checked && set(id, true));
    radios.set(id, radio);
    fieldset.append(
      el('div', {}, radio, el('label', { for: `reading-${id}` }, READINGS[id].label)),
    );
    columns.append(
      el(
        'section',
        { class: `compare-column compare-${id}` },
        el('h4', {}, READINGS[id].label),
        el('p', {}, READINGS[id].detail),
      ),
    );
  }
  host.append(el('summary', {}, 'The rival reading'), fieldset, columns, quotes);
  const showQuotes = () =>
    quotes.replaceChildren(
      quoteList(ctx.quotes, [
        { articleId: '000', sentenceIndex: 8, expect: 'Jaysh al-Izza faction rejected the deal' },
        { articleId: '000', sentenceIndex: 9, expect: 'carved out equally' },
      ]),
    );
  showQuotes();
  ctx.on('quotes', showQuotes);

  const key = ctx.hash.register<ZoneReading>({
    key: 'compare',
    label: 'zone reading',
    parse: (raw) => (raw === 'split' || raw === 'agreed' ? raw : undefined),
    format: (r) => r,
    apply: (r) => set(r ?? 'agreed', false),
  });

  /** The rival reading as a mode: the agreed zone hidden, the split zone drawn in its place. */
  function declare(): void {
    const split = ctx.featureById.get(ZONE.split.id);
    ctx.setMode(
      'compare',
      reading === 'split'
        ? {
            label: 'the rival reading',
            layers: { zone: false, 'zone-split': true },
            overlays: split
              ? [{ id: 'rival-reading', data: { type: 'FeatureCollection', features: [split] } }]
              : [],
          }
        : null,
    );
  }

  function set(next: ZoneReading, fromUser: boolean): void {
    if (next === reading) return;
    reading = next;
    const radio = radios.get(next);
    if (radio) radio.checked = true;
    declare();
    document.body.dataset['reading'] = next;
    if (next === 'split') host.open = true;
    key.set(next === 'split' ? 'split' : null);
    if (fromUser) ctx.announce(`The map now draws the zone ${READINGS[next].label.toLowerCase()}.`);
  }

  return {
    setReading: (r) => set(r, false),
    get reading() {
      return reading;
    },
  };
}
