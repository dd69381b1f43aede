/**
 * The implementation of {@link AppContext}: state, events, and the hash keys it owns
 * (`f` selected feature, `article` open article and sentence, `layers` visibility).
 * The map view (`view`) key is registered by `src/main.ts` once the map exists.
 */
import type { AppFeature, QuoteIndex } from '../types.js';
import type { MapView } from '../map/map-view.js';
import { LAYER_GROUPS, findLayerGroup, type LayerGroupId } from '../map/layer-groups.js';
import type {
  AppContext,
  AppEvents,
  AppListener,
  OpenArticle,
  SelectOptions,
  SelectSource,
} from './app-context.js';
import { HashState, type HashKeyHandle, type HashWindow } from './hash-state.js';

/** Inputs of {@link createAppContext}. */
export interface AppContextInit {
  features: readonly AppFeature[];
  quotes: QuoteIndex;
  /** Window for the hash (the real one in the app). */
  win: HashWindow;
  /** Live region for announcements. */
  announcer: (text: string) => void;
  /** Visible notices. */
  notifier: (text: string) => void;
}

/** The mutable part of the context that `main.ts` fills in later. */
export interface AppController extends AppContext {
  /** Attaches the map once MapLibre has drawn every layer. */
  attachMap(map: MapView): void;
}

type ListenerSet = { [K in keyof AppEvents]: Set<AppListener<K>> };

/** Parses `000:12` into an article reference. */
export function parseArticleRef(raw: string, quotes: QuoteIndex): OpenArticle | undefined {
  const match = /^([^:]+):(\d{1,5})$/.exec(raw);
  if (!match?.[1] || !match[2]) return undefined;
  const article = quotes.articles[match[1]];
  const sentenceIndex = Number(match[2]);
  if (!article || sentenceIndex >= article.sentences.length) return undefined;
  return { articleId: match[1], sentenceIndex };
}

/** Parses `-territory,+settlements` (changes from the defaults) into visibility per group. */
export function parseLayers(raw: string): Map<LayerGroupId, boolean> | undefined {
  const result = new Map<LayerGroupId, boolean>();
  for (const part of raw.split(',')) {
    const sign = part[0];
    const group = findLayerGroup(part.slice(1));
    if ((sign !== '-' && sign !== '+' && sign !== ' ') || !group) return undefined;
    result.set(group.id, sign !== '-');
  }
  return result;
}

/** Formats visibility as changes from the defaults; `null` when nothing differs. */
export function formatLayers(visible: ReadonlyMap<LayerGroupId, boolean>): string | null {
  const parts = LAYER_GROUPS.filter(
    (g) => (visible.get(g.id) ?? g.defaultVisible) !== g.defaultVisible,
  ).map((g) => `${visible.get(g.id) ? '+' : '-'}${g.id}`);
  return parts.length ? parts.join(',') : null;
}

/** Creates the app context; see {@link AppContext}. */
export function createAppContext(init: AppContextInit): AppController {
  const featureById = new Map(init.features.map((f) => [f.properties.id, f] as const));
  const listeners = Object.fromEntries(
    (['select', 'highlight', 'layer', 'article', 'map'] as const).map((k) => [k, new Set()]),
  ) as unknown as ListenerSet;
  const visibility = new Map<LayerGroupId, boolean>(
    LAYER_GROUPS.map((g) => [g.id, g.defaultVisible]),
  );
  let map: MapView | null = null;
  let selectedId: string | null = null;
  let article: OpenArticle | null = null;
  let highlighted: readonly string[] = [];

  function emit<K extends keyof AppEvents>(event: K, payload: AppEvents[K]): void {
    for (const listener of listeners[event]) listener(payload);
  }

  const hash = new HashState(init.win, init.notifier);
  const layersKey: HashKeyHandle<Map<LayerGroupId, boolean>> = hash.register({
    key: 'layers',
    label: 'layers',
    parse: parseLayers,
    format: (value) => formatLayers(value) ?? '',
    apply: (value) => {
      for (const group of LAYER_GROUPS) {
        ctx.setLayerVisible(group.id, value?.get(group.id) ?? group.defaultVisible);
      }
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
    parse: (raw) => parseArticleRef(raw, init.quotes),
    format: (ref) => `${ref.articleId}:${ref.sentenceIndex}`,
    apply: (ref) => (ref ? ctx.openArticle(ref.articleId, ref.sentenceIndex) : ctx.closeArticle()),
  });

  const ctx: AppController = {
    features: init.features,
    featureById,
    quotes: init.quotes,
    hash,
    get map() {
      return map;
    },
    get selectedId() {
      return selectedId;
    },
    get highlightedIds() {
      return highlighted;
    },
    get openArticleState() {
      return article;
    },
    select(featureId: string, options: SelectOptions = {}) {
      const feature = featureById.get(featureId);
      if (!feature) return;
      const source: SelectSource = options.source ?? 'list';
      selectedId = featureId;
      map?.setSelected(featureId);
      featureKey.set(featureId);
      emit('select', { id: featureId, source, open: options.open ?? true });
      // After the popup opened, so the camera can keep the feature clear of the bottom sheet.
      if (options.fly ?? true) map?.showFeature(featureId);
    },
    clearSelection(source: SelectSource = 'list') {
      if (selectedId === null) return;
      selectedId = null;
      map?.setSelected(null);
      featureKey.set(null);
      emit('select', { id: null, source, open: false });
    },
    setLayerVisible(groupId, visible) {
      if (!findLayerGroup(groupId)) return;
      visibility.set(groupId, visible);
      map?.setGroupVisible(groupId, visible);
      layersKey.set(formatLayers(visibility) === null ? null : new Map(visibility));
      emit('layer', { groupId, visible });
    },
    isLayerVisible: (groupId) => visibility.get(groupId) ?? false,
    openArticle(articleId, sentenceIndex) {
      if (!init.quotes.articles[articleId]) return;
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
    highlight(ids) {
      highlighted = ids.filter((id) => featureById.has(id));
      map?.setHighlighted(highlighted);
      emit('highlight', { ids: highlighted });
    },
    announce: init.announcer,
    notify: init.notifier,
    on(event, listener) {
      listeners[event].add(listener);
      return () => listeners[event].delete(listener);
    },
    attachMap(view) {
      map = view;
      for (const [groupId, visible] of visibility) view.setGroupVisible(groupId, visible);
      view.setSelected(selectedId);
      view.setHighlighted(highlighted);
      emit('map', { map: view });
    },
  };
  return ctx;
}
