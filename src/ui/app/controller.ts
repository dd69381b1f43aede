/**
 * The implementation of {@link AppContext}: state, events, and the hash keys it owns
 * (`f` selected feature, `article` open article and sentence, `layers` the reader's visibility).
 * The map state is layered (`src/map/map-state.ts`): the reader's choices are the base, modes
 * declare overrides, and every change is applied to the map as the difference it makes.
 * The map view (`view`) key is registered by `src/main.ts` once the map exists.
 */
import type { AppFeature, PublishedArticle, QuoteIndex } from '../../types.js';
import { withArticles, withoutArticles } from './quote-merge.js';
import type { MapView } from '../../map/map-view.js';
import { LAYER_GROUPS, findLayerGroup, type LayerGroupId } from '../../map/layer-groups.js';
import { OVERLAYS, type OverlayStyle } from '../../map/layers/overlays.js';
import {
  diffStates,
  effectiveState,
  type EffectiveMapState,
  type HighlightChannel,
  type ModeId,
  type ModeOverrides,
  type StateChange,
} from '../../map/map-state.js';
import type {
  AppContext,
  AppEvents,
  AppListener,
  OpenArticle,
  SelectOptions,
  SelectSource,
} from './app-context.js';
import { HashState, type HashKeyHandle, type HashWindow } from './hash-state.js';
import { formatLayers, parseArticleRef, parseLayers } from './hash-values.js';

export { formatLayers, parseArticleRef, parseLayers };

/** Inputs of {@link createAppContext}. */
export interface AppContextInit {
  features: readonly AppFeature[];
  quotes: QuoteIndex;
  /** Whether `quotes` is the loaded index (false: an empty stand-in until it loads). @defaultValue true */
  quotesReady?: boolean;
  /** Window for the hash (the real one in the app). */
  win: HashWindow;
  /** Live region for announcements. */
  announcer: (text: string) => void;
  /**
   * Visible notices; `slot` names a notice that replaces the previous one of the same slot
   * (`link`: what a link asked that was ignored).
   */
  notifier: (text: string, options?: { slot?: string }) => void;
}

/** The mutable part of the context that `main.ts` fills in later. */
export interface AppController extends AppContext {
  /** Gives the context the quote index once loaded; announces it with the `quotes` event. */
  setQuotes(quotes: QuoteIndex): void;
  /** Attaches the map once MapLibre has drawn every layer (built in {@link mapState}). */
  attachMap(map: MapView): void;
}

type ListenerSet = { [K in keyof AppEvents]: Set<AppListener<K>> };

/** Applies a state change to a map view. */
function applyChange(map: MapView, change: StateChange): void {
  for (const [group, visible] of change.layers) map.setGroupVisible(group, visible);
  if (change.selected !== undefined) map.setSelected(change.selected);
  if (change.date !== undefined) map.setDate(change.date);
  if (change.highlighted) map.setHighlighted(change.highlighted);
  // Before the overlays, so a new overlay's lines are drawn at the scale at once.
  if (change.scale !== undefined) map.setDisplayScale?.(change.scale);
  for (const id of change.overlaysRemoved) map.removeOverlay?.(id);
  for (const { id, data } of change.overlaysSet) {
    const style: OverlayStyle = OVERLAYS[id];
    map.setOverlay?.({
      id,
      data,
      fill: style.fill,
      fillOpacity: style.fillOpacity,
      fillPattern: style.fillPattern,
      stroke: style.stroke,
      strokeWidth: style.strokeWidth,
      strokeDash: style.strokeDash,
      beneath: style.beneath,
    });
  }
}

/** Creates the app context; see {@link AppContext}. */
export function createAppContext(init: AppContextInit): AppController {
  const features = [...init.features];
  const featureById = new Map(features.map((f) => [f.properties.id, f] as const));
  const listeners = Object.fromEntries(
    (
      ['select', 'highlight', 'layer', 'state', 'article', 'quotes', 'features', 'map'] as const
    ).map((k) => [k, new Set()]),
  ) as unknown as ListenerSet;
  const baseLayers = new Map<LayerGroupId, boolean>(
    LAYER_GROUPS.map((g) => [g.id, g.defaultVisible]),
  );
  const modes = new Map<ModeId, ModeOverrides>();
  const highlights = new Map<HighlightChannel, readonly string[]>();
  let selectedId: string | null = null;
  let map: MapView | null = null;
  let article: OpenArticle | null = null;
  let quotes: QuoteIndex = init.quotes;
  let quotesReady = init.quotesReady ?? true;
  /** The published index (`quotes.json`), without the articles added on this device. */
  let published: QuoteIndex = init.quotes;
  const compute = () =>
    effectiveState({ base: { layers: baseLayers, selected: selectedId }, modes, highlights });
  /** What the map (or, before it exists, the style it will be built with) shows. */
  let drawn: EffectiveMapState = compute();

  function emit<K extends keyof AppEvents>(event: K, payload: AppEvents[K]): void {
    for (const listener of listeners[event]) listener(payload);
  }

  /** Recomputes the effective state and applies the difference to the map; emits events. */
  function sync(): void {
    const next = compute();
    const change = diffStates(drawn, next);
    drawn = next;
    if (map) applyChange(map, change);
    for (const [groupId, visible] of change.layers) emit('layer', { groupId, visible });
    if (change.highlighted) emit('highlight', { ids: change.highlighted });
    emit('state', { state: next });
  }

  const hash = new HashState(init.win, (text) => init.notifier(text, { slot: 'link' }));
  const layersKey: HashKeyHandle<Map<LayerGroupId, boolean>> = hash.register({
    key: 'layers',
    label: 'layers',
    parse: parseLayers,
    format: (value) => formatLayers(value) ?? '',
    apply: (value) => {
      for (const group of LAYER_GROUPS)
        baseLayers.set(group.id, value?.get(group.id) ?? group.defaultVisible);
      sync();
    },
  });
  const featureKey: HashKeyHandle<string> = hash.register({
    key: 'f',
    label: 'selected place',
    parse: (raw) => (featureById.has(raw) ? raw : undefined),
    format: (id) => id,
    apply: (id) =>
      id ? ctx.select(id, { source: 'hash', fly: false }) : ctx.clearSelection('hash'),
  });
  const articleKey: HashKeyHandle<OpenArticle> = hash.register({
    key: 'article',
    label: 'article',
    parse: (raw) => parseArticleRef(raw, quotes),
    format: (ref) => `${ref.articleId}:${ref.sentenceIndex}`,
    apply: (ref) => (ref ? ctx.openArticle(ref.articleId, ref.sentenceIndex) : ctx.closeArticle()),
  });

  const ctx: AppController = {
    features,
    featureById,
    get quotes() {
      return quotes;
    },
    get quotesReady() {
      return quotesReady;
    },
    setQuotes(index) {
      // Articles added on this device may have arrived first (from IndexedDB): keep them.
      const local = Object.values(quotes.articles).filter((a) => a.addedOnDevice);
      published = index;
      quotes = local.length ? withArticles(index, local) : index;
      quotesReady = true;
      emit('quotes', { quotes, added: [], removed: [] });
    },

    addArticles(articles: readonly PublishedArticle[]) {
      const own = articles.filter((a) => !Object.hasOwn(published.articles, a.meta.id));
      if (own.length === 0) return [];
      quotes = withArticles(quotes, own);
      const added = own.map((a) => a.meta.id);
      emit('quotes', { quotes, added, removed: [] });
      return added;
    },
    removeArticles(ids) {
      const removed = ids.filter(
        (id) => Object.hasOwn(quotes.articles, id) && quotes.articles[id]?.addedOnDevice,
      );
      if (removed.length === 0) return;
      quotes = withoutArticles(quotes, new Set(removed));
      if (article && removed.includes(article.articleId)) ctx.closeArticle();
      emit('quotes', { quotes, added: [], removed });
    },
    hash,
    get map() {
      return map;
    },
    get selectedId() {
      return selectedId;
    },
    get highlightedIds() {
      return drawn.highlighted;
    },
    get mapState() {
      return drawn;
    },
    get openArticleState() {
      return article;
    },
    select(featureId: string, options: SelectOptions = {}) {
      if (!featureById.has(featureId)) return;
      const source: SelectSource = options.source ?? 'list';
      selectedId = featureId;
      sync();
      featureKey.set(featureId);
      emit('select', { id: featureId, source, open: options.open ?? true });
      // After the popup opened, so the camera can keep the feature clear of the bottom sheet.
      if (options.fly ?? true) map?.showFeature(featureId);
    },
    clearSelection(source: SelectSource = 'list') {
      if (selectedId === null) return;
      selectedId = null;
      sync();
      featureKey.set(null);
      emit('select', { id: null, source, open: false });
    },
    setLayerVisible(groupId, visible) {
      if (!findLayerGroup(groupId)) return;
      baseLayers.set(groupId, visible);
      layersKey.set(formatLayers(baseLayers) === null ? null : new Map(baseLayers));
      sync();
    },
    isLayerVisible: (groupId) => drawn.layers.get(groupId) ?? false,
    layerSetBy: (groupId) => drawn.setBy.get(groupId),
    setMode(mode, overrides) {
      if (overrides) modes.set(mode, overrides);
      else if (!modes.delete(mode)) return;
      sync();
    },
    openArticle(articleId, sentenceIndex) {
      if (!Object.hasOwn(quotes.articles, articleId)) return;
      article = { articleId, sentenceIndex };
      articleKey.set(article);
      emit('article', { article });
    },
    closeArticle() {
      if (article === null) return;
      article = null;
      articleKey.set(null);
      emit('article', { article: null });
    },
    highlight(channel, ids) {
      const known = ids.filter((id) => featureById.has(id));
      if (known.length) highlights.set(channel, known);
      else if (!highlights.delete(channel)) return;
      sync();
    },
    addFeatures(more) {
      const added = more.filter((f) => !featureById.has(f.properties.id));
      for (const feature of added) {
        features.push(feature);
        featureById.set(feature.properties.id, feature);
      }
      if (added.length) emit('features', { added });
    },
    announce: init.announcer,
    notify: (text) => init.notifier(text),
    on(event, listener) {
      listeners[event].add(listener);
      return () => listeners[event].delete(listener);
    },
    attachMap(view) {
      map = view;
      // The style was built in `drawn` except for overlays, which need the map to exist; the
      // scale is set again (a no-op where the style has it) so the view knows it.
      applyChange(view, {
        layers: [],
        overlaysSet: [...drawn.overlays],
        overlaysRemoved: [],
        scale: drawn.scale,
      });
      emit('map', { map: view });
    },
  };
  return ctx;
}
