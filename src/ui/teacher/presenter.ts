/**
 * Presenter mode: the story's chapters as slides over the map, driven by keys or a clicker
 * (see `presenter-keys.ts`), in a high-contrast projector theme. `#present&chapter=3` opens
 * chapter 3; each chapter sets the camera, the visible layer groups, the highlighted features,
 * the zone reading, and shows its caption, memorandum items, quotes, sources and speaker notes.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';

const collection = (features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});
import { STORY } from '../../content/story.js';
import type { Chapter } from '../../content/story-types.js';
import { ZONE } from '../../domain/zone.js';
import { MAP_START } from '../../map/layers/dated.js';
import { PROJECTOR_SCALE } from '../../map/projector-scale.js';
import { LAYER_GROUPS } from '../../map/layer-groups.js';
import type { OverlayState } from '../../map/map-state.js';
import type { AppContext } from '../app/app-context.js';
import { button, el } from '../app/dom.js';
import { parseChapter, presenterAction, stepChapter } from './presenter-keys.js';
import { quoteList } from './teacher-quotes.js';
import { formatDate } from '../app/text.js';

/** Options for {@link mountPresenter}. */
export interface PresenterOptions {
  /** The button that enters presenter mode; focus returns to it on leaving. */
  trigger: HTMLButtonElement;
  /** Told the chapter shown, or `null` on leaving (for the print handout). */
  onChapter?: (chapter: Chapter | null) => void;
}

/** What other modules may ask of the presenter. */
export interface Presenter {
  /** Enters presenter mode at a chapter index (0-based). */
  enter(index?: number): void;
  /** Leaves presenter mode. */
  leave(): void;
  readonly active: boolean;
}

/** Mounts presenter mode; its panel is appended to `document.body`. */
export function mountPresenter(ctx: AppContext, options: PresenterOptions): Presenter {
  const chapters: readonly Chapter[] = STORY.chapters;
  const counter = el('p', { class: 'presenter-counter' });
  const title = el('h2', { id: 'presenter-title', tabindex: -1 });
  const date = el('p', { class: 'presenter-date' });
  const body = el('div', { class: 'presenter-body' });
  const notes = el('aside', {
    id: 'presenter-notes',
    class: 'presenter-notes',
    'aria-label': 'Speaker notes',
    hidden: true,
  });
  const notesButton = button('Notes (N)', () => toggleNotes(), {
    'aria-expanded': 'false',
    'aria-controls': 'presenter-notes',
  });
  const previous = button('← Previous', () => go(index - 1), {
    'aria-keyshortcuts': 'ArrowLeft PageUp',
  });
  const next = button('Next →', () => go(index + 1), {
    'aria-keyshortcuts': 'ArrowRight PageDown Space',
  });
  const panel = el(
    'section',
    { id: 'presenter', class: 'presenter', 'aria-labelledby': 'presenter-title', hidden: true },
    el('div', { class: 'presenter-head' }, counter, date),
    title,
    body,
    notes,
    el(
      'div',
      { class: 'presenter-nav' },
      previous,
      next,
      notesButton,
      button('Full screen (F)', () => toggleFullscreen(), { 'aria-keyshortcuts': 'F' }),
      button('Leave (Esc)', () => leave(), { 'aria-keyshortcuts': 'Escape' }),
    ),
  );
  document.body.append(panel);

  let active = false;
  let index = 0;
  let wanted = false;

  const presentKey = ctx.hash.register<true>({
    key: 'present',
    label: 'presenter mode',
    parse: (raw) => (raw === '' || raw === '1' ? true : undefined),
    format: () => '',
    apply: (value) => (wanted = value !== null),
  });
  const chapterKey = ctx.hash.register<number>({
    key: 'chapter',
    label: 'chapter',
    parse: (raw) => parseChapter(raw, chapters.length),
    format: (i) => String(i + 1),
    apply: (value) => {
      if (wanted) show(value ?? 0, false);
      else if (active) leave(false);
    },
  });

  function show(i: number, moveFocus: boolean): void {
    if (!active) start();
    index = Math.max(0, Math.min(chapters.length - 1, i));
    const chapter = chapters[index];
    if (!chapter) return;
    render(chapter);
    declare(chapter);
    ctx.highlight('presenter', chapter.highlight);
    void drawCorridor(chapter);
    ctx.map?.fitBounds(chapter.camera);
    presentKey.set(true);
    chapterKey.set(index);
    document.body.dataset['chapter'] = String(index + 1);
    options.onChapter?.(chapter);
    ctx.announce(`Chapter ${index + 1} of ${chapters.length}: ${chapter.title}`);
    if (moveFocus) title.focus();
  }

  /**
   * The chapter as the presenter mode's overrides: every group as the chapter lists it, the
   * rival reading drawn where the chapter uses it, its corridor once computed, and the map's
   * symbols at the projector scale.
   */
  function declare(chapter: Chapter, corridor?: Feature): void {
    const split = ctx.featureById.get(ZONE.split.id);
    const overlays: OverlayState[] = [];
    if ((chapter.reading ?? 'agreed') === 'split' && split)
      overlays.push({ id: 'rival-reading', data: collection([split]) });
    if (corridor) overlays.push({ id: 'm4-corridor', data: collection([corridor]) });
    ctx.setMode('presenter', {
      label: 'the presenter',
      layers: Object.fromEntries(LAYER_GROUPS.map((g) => [g.id, chapter.layers.includes(g.id)])),
      overlays,
      // Each chapter shows its day's territory (before the series began: 17 Sep 2018's).
      date: chapter.date < MAP_START ? MAP_START : chapter.date,
      scale: PROJECTOR_SCALE,
    });
    document.body.dataset['reading'] = chapter.reading ?? 'agreed';
  }

  /** Draws the chapter's road corridor (Turf loads with the explorer's chunk). */
  async function drawCorridor(chapter: Chapter): Promise<void> {
    const spec = chapter.corridor;
    if (!spec) return;
    // The pipeline's corridor (the protocol's ends and width) when published; else drawn here.
    const published = ctx.featureById.get('m4-corridor');
    const road = ctx.featureById.get(spec.roadId);
    const from = ctx.featureById.get(spec.fromId)?.geometry;
    const within = ctx.featureById.get(spec.withinId);
    if (road?.geometry.type !== 'LineString' || from?.type !== 'Point' || !within) return;
    const isArea = within.geometry.type === 'Polygon' || within.geometry.type === 'MultiPolygon';
    if (!isArea) return;
    const geo = await import('../../geo/explorer-geo.js');
    const band =
      published ??
      geo.roadCorridor(
        road as Feature<LineString>,
        from.coordinates,
        within as Feature<Polygon | MultiPolygon>,
        spec.km,
      );
    if (!band || chapters[index] !== chapter || !active) return;
    declare(chapter, band);
    document.body.dataset['corridor'] = String(Math.round(geo.areaKm2(band)));
  }

  function render(chapter: Chapter): void {
    counter.textContent = `${index + 1} / ${chapters.length}`;
    date.textContent = chapter.dateLabel ?? formatDate(chapter.date);
    title.textContent = chapter.title;
    const items = el('ul', { class: 'presenter-items' });
    for (const item of chapter.items ?? []) {
      const show = button(
        item.label,
        () => {
          ctx.highlight('presenter', item.featureIds);
          for (const other of items.querySelectorAll('button'))
            other.setAttribute('aria-pressed', String(other === show));
        },
        { 'aria-pressed': 'false', class: 'presenter-item' },
      );
      items.append(el('li', {}, show, el('span', {}, ` “${item.text}”`)));
    }
    const sources = el('ul', { class: 'presenter-sources' });
    for (const source of chapter.sources)
      sources.append(el('li', {}, el('a', { href: source.url }, source.title)));
    const parts: Node[] = [el('p', { class: 'presenter-caption' }, chapter.caption)];
    if (chapter.items?.length) parts.push(items);
    parts.push(
      quoteList(ctx.quotes, chapter.quotes),
      el('details', { class: 'presenter-sources-box' }, el('summary', {}, 'Sources'), sources),
    );
    body.replaceChildren(...parts);
    notes.replaceChildren(el('h3', {}, 'Speaker notes'), el('p', {}, chapter.notes));
    previous.disabled = index === 0;
    next.disabled = index === chapters.length - 1;
  }

  function start(): void {
    active = true;
    panel.hidden = false;
    document.body.classList.add('projector');
    options.trigger.setAttribute('aria-pressed', 'true');
  }

  function leave(moveFocus = true): void {
    if (!active) return;
    active = false;
    wanted = false;
    panel.hidden = true;
    document.body.classList.remove('projector');
    delete document.body.dataset['chapter'];
    options.trigger.setAttribute('aria-pressed', 'false');
    // Leaving the mode restores exactly the reader's own layers, reading and highlights.
    ctx.setMode('presenter', null);
    ctx.highlight('presenter', []);
    document.body.dataset['reading'] = 'agreed';
    delete document.body.dataset['corridor'];
    presentKey.set(null);
    chapterKey.set(null);
    options.onChapter?.(null);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    ctx.announce('Left presenter mode');
    if (moveFocus) options.trigger.focus();
  }

  function go(i: number): void {
    show(i, false);
  }

  function toggleNotes(): void {
    notes.hidden = !notes.hidden;
    notesButton.setAttribute('aria-expanded', String(!notes.hidden));
  }

  function toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  }

  document.addEventListener('keydown', (event) => {
    if (!active || event.defaultPrevented) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const action = presenterAction({
      key: event.key,
      ctrlKey: event.ctrlKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
      target: target && {
        tagName: target.tagName,
        type: target instanceof HTMLInputElement ? target.type : undefined,
        isContentEditable: target.isContentEditable,
      },
    });
    if (!action) return;
    event.preventDefault();
    if (action === 'exit') leave();
    else if (action === 'notes') toggleNotes();
    else if (action === 'fullscreen') toggleFullscreen();
    else go(stepChapter(index, action, chapters.length));
  });
  // The chapter's quotes arrive with the quote index, after the first view.
  ctx.on('quotes', () => {
    const chapter = chapters[index];
    if (active && chapter) render(chapter);
  });
  ctx.on('map', ({ map }) => {
    const chapter = chapters[index];
    // After the map's own hash keys (view) have been applied.
    if (!active || !chapter) return;
    requestAnimationFrame(() => map.fitBounds(chapter.camera, { animate: false }));
  });
  options.trigger.addEventListener('click', () => (active ? leave() : show(0, true)));

  return {
    enter: (i = 0) => show(i, true),
    leave: () => leave(),
    get active() {
      return active;
    },
  };
}
