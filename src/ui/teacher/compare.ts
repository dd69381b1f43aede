/**
 * The rival reading side by side: "as agreed (opposition side only)" against "as Jaysh al-Izza
 * demanded (split equally)", as a keyboard-operable toggle (radio buttons) that swaps which zone
 * the map draws (`#compare=split`) or draws both in one view, each on its side of a draggable
 * divider (`#compare=swipe`), with both readings described next to each other.
 */
import type { ZoneReading } from '../../content/story-types.js';
import { AGREED_DEPTH_LABEL, SPLIT_INNER_KM, ZONE } from '../../domain/zone.js';
import type { ModeOverrides } from '../../map/map-state.js';
import type { MapView } from '../../map/map-view.js';
import type { AppContext } from '../app/app-context.js';
import { el } from '../app/dom.js';
import type { SwipeDivider } from './swipe.js';
import { quoteList } from './teacher-quotes.js';

/** What the toggle shows: one reading, or both side by side. */
export type CompareView = ZoneReading | 'swipe';

/** The side-by-side choice, as the toggle labels it. */
export const SWIPE_CHOICE = {
  label: 'Side by side (swipe)',
  needsMap: ' (needs the map, which is not drawn)',
};

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
  setReading(reading: CompareView): void;
  readonly reading: CompareView;
  /** The side-by-side divider, while it is shown. */
  readonly divider: SwipeDivider | null;
}

type SwipeTools = typeof import('./swipe-tools.js');

/** Mounts the toggle into `host` (a `<details>`). */
export function mountCompare(ctx: AppContext, host: HTMLDetailsElement): Compare {
  let reading: CompareView = 'agreed';
  const radios = new Map<CompareView, HTMLInputElement>();
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
  const swipeRadio = el('input', {
    type: 'radio',
    name: 'zone-reading',
    id: 'reading-swipe',
    value: 'swipe',
    disabled: true,
    'aria-describedby': 'reading-swipe-note',
  });
  swipeRadio.addEventListener('change', () => swipeRadio.checked && set('swipe', true));
  radios.set('swipe', swipeRadio);
  const swipeNote = el(
    'span',
    { id: 'reading-swipe-note', class: 'compare-note' },
    SWIPE_CHOICE.needsMap,
  );
  fieldset.append(
    el('div', {}, swipeRadio, el('label', { for: 'reading-swipe' }, SWIPE_CHOICE.label), swipeNote),
  );
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

  const key = ctx.hash.register<CompareView>({
    key: 'compare',
    label: 'zone reading',
    parse: (raw) => (raw === 'split' || raw === 'agreed' || raw === 'swipe' ? raw : undefined),
    format: (r) => r,
    apply: (r) => set(r ?? 'agreed', false),
  });

  // The side by side: the divider over the map, the clipping module once loaded, the position.
  let divider: SwipeDivider | null = null;
  let tools: SwipeTools | null = null;
  let position = 50;
  let stopMoves: (() => void) | null = null;
  let frame = 0;
  const canSwipe = (map: MapView | null): map is MapView & Required<Pick<MapView, 'lngAtX'>> =>
    Boolean(map?.lngAtX && map.onMove && map.setOverlay);

  /** Redraws the halves once per frame however often the divider or the camera moves. */
  function schedule(): void {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      declare();
    });
  }

  /** Both readings clipped at the divider's meridian: agreed to the west, the rival to the east. */
  function swipeOverrides(): ModeOverrides | null {
    const map = ctx.map;
    if (!canSwipe(map) || !tools || !divider) return null;
    const clip = tools;
    const box = divider.element.getBoundingClientRect();
    const origin = map.container.getBoundingClientRect();
    const lng = map.lngAtX(box.left - origin.left + (box.width * position) / 100);
    const feature = (id: string) => [ctx.featureById.get(id)].filter((f) => f !== undefined);
    return {
      label: 'the side-by-side comparison',
      layers: { zone: false, 'zone-split': false },
      overlays: [
        {
          id: 'swipe-agreed-margin',
          data: clip.clipAtMeridian(feature(ZONE.margin.id), lng, 'west'),
        },
        { id: 'swipe-agreed-core', data: clip.clipAtMeridian(feature(ZONE.core.id), lng, 'west') },
        { id: 'swipe-rival', data: clip.clipAtMeridian(feature(ZONE.split.id), lng, 'east') },
      ],
    };
  }

  /** Shows the divider (its module and Turf's clipping load the first time) and follows moves. */
  function startSwipe(): void {
    const map = ctx.map;
    if (divider || !canSwipe(map)) return;
    if (!tools) {
      void import('./swipe-tools.js').then((module) => {
        tools = module;
        if (reading === 'swipe') startSwipe();
      });
      return;
    }
    divider = tools.createSwipe((p) => {
      position = p;
      schedule();
    }, position);
    map.container.after(divider.element);
    stopMoves = map.onMove?.(schedule) ?? null;
    declare();
  }

  function stopSwipe(): void {
    divider?.remove();
    divider = null;
    stopMoves?.();
    stopMoves = null;
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  }

  /**
   * The comparison as a mode: the rival reading hides the agreed zone and draws the split one in
   * its place; side by side hides both and draws each on its side of the divider.
   */
  function declare(): void {
    const split = ctx.featureById.get(ZONE.split.id);
    if (reading === 'swipe') return ctx.setMode('compare', swipeOverrides());
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

  function set(next: CompareView, fromUser: boolean): void {
    if (next === reading) return;
    reading = next;
    const radio = radios.get(next);
    if (radio) radio.checked = true;
    if (next === 'swipe') startSwipe();
    else stopSwipe();
    declare();
    document.body.dataset['reading'] = next;
    if (next !== 'agreed') host.open = true;
    key.set(next === 'agreed' ? null : next);
    if (!fromUser) return;
    ctx.announce(
      next === 'swipe'
        ? `The map now draws both readings: ${READINGS.agreed.label.toLowerCase()} left of the divider, ${READINGS.split.label.toLowerCase()} right of it.`
        : `The map now draws the zone ${READINGS[next].label.toLowerCase()}.`,
    );
  }

  /** Side by side needs the map: offered once it is drawn (never without WebGL). */
  function offerSwipe(): void {
    if (!canSwipe(ctx.map)) return;
    swipeRadio.disabled = false;
    swipeNote.textContent = '';
    swipeRadio.removeAttribute('aria-describedby');
    if (reading === 'swipe') {
      startSwipe();
      declare();
    }
  }
  offerSwipe();
  ctx.on('map', offerSwipe);

  return {
    setReading: (r) => set(r, false),
    get reading() {
      return reading;
    },
    get divider() {
      return divider;
    },
  };
}
