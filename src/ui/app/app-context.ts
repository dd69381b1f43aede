/**
 * The app's small typed controller: the one object every UI module (feature list, popup, reader,
 * legend, presenter mode, timeline…) talks to. Modules never reach into each other; they call the
 * context and subscribe to its events. The map is optional: without WebGL `map` stays `null` and
 * everything else (list, quotes, reader) still works.
 */
import type { AppFeature, PublishedArticle, QuoteIndex } from '../../types.js';
import type { MapView } from '../../map/map-view.js';
import type { LayerGroupId } from '../../map/layer-groups.js';
import type {
  EffectiveMapState,
  HighlightChannel,
  ModeId,
  ModeOverrides,
} from '../../map/map-state.js';
import type { HashState } from './hash-state.js';

/** Where a selection came from; decides focus handling and whether the camera moves. */
export type SelectSource = 'map' | 'list' | 'reader' | 'hash' | 'keyboard' | 'presenter';

/** Options for {@link AppContext.select}. */
export interface SelectOptions {
  /**
   * Move the camera to the feature.
   * @defaultValue `true`
   */
  fly?: boolean;
  /**
   * Open the feature's popup (quote card).
   * @defaultValue `true`
   */
  open?: boolean;
  /**
   * Who asked, e.g. for focus return.
   * @defaultValue `'list'`
   */
  source?: SelectSource;
}

/** The article the reader shows, and the sentence it highlights. */
export interface OpenArticle {
  articleId: string;
  sentenceIndex: number;
}

/** Events the context emits; payloads are plain values. */
export interface AppEvents {
  /** A feature was selected (`id`) or the selection was cleared (`null`). */
  select: { id: string | null; source: SelectSource; open: boolean };
  /** Features to highlight changed (hover in the list, presenter chapter…). */
  highlight: { ids: readonly string[] };
  /** A layer group was shown or hidden (by the reader or a mode). */
  layer: { groupId: LayerGroupId; visible: boolean };
  /** The effective map state changed (layers, marks, overlays). */
  state: { state: EffectiveMapState };
  /** The reader opened an article (or closed: `null`). */
  article: { article: OpenArticle | null };
  /** Features were added after load (the GeoNames places). */
  features: { added: readonly AppFeature[] };
  /** The map became available (after MapLibre loaded and drew every layer). */
  map: { map: MapView };
  /** The quote index changed: articles added on this device (`added`) or taken out (`removed`). */
  quotes: { quotes: QuoteIndex; added: readonly string[]; removed: readonly string[] };
}

/** A listener for one {@link AppEvents} key. */
export type AppListener<K extends keyof AppEvents> = (payload: AppEvents[K]) => void;

/**
 * What the app knows and can do. Created once by `src/main.ts` (see `createAppContext` in
 * `src/ui/controller.ts`) before MapLibre loads.
 */
export interface AppContext {
  /** Every feature of `idlib-buffer-zone.geojson` (plus territory), in reading order. */
  readonly features: readonly AppFeature[];
  /** Feature by id. */
  readonly featureById: ReadonlyMap<string, AppFeature>;
  /** The quote index from `quotes.json`: empty until it has loaded (after the first view). */
  readonly quotes: QuoteIndex;
  /** Whether `quotes.json` has loaded. */
  readonly quotesReady: boolean;
  /**
   * Adds articles added on this device (or replaces those of the same id) to {@link quotes},
   * marked `addedOnDevice`, and emits `quotes`. An id of `quotes.json` is refused: the
   * published articles are not the reader's to replace. Returns the ids added.
   */
  addArticles(articles: readonly PublishedArticle[]): string[];
  /** Takes articles added on this device out of {@link quotes} (others stay); emits `quotes`. */
  removeArticles(ids: readonly string[]): void;
  /** The map, or `null` before it loaded or when WebGL is unavailable. */
  readonly map: MapView | null;
  /** The URL-hash state; other modules register their own keys on it. */
  readonly hash: HashState;
  /** The currently selected feature id, if any. */
  readonly selectedId: string | null;
  /** Features highlighted now. */
  readonly highlightedIds: readonly string[];
  /** The article open in the reader, if any. */
  readonly openArticleState: OpenArticle | null;
  /** Selects a feature: highlights it, optionally flies to it and opens its popup. */
  select(featureId: string, options?: SelectOptions): void;
  /** Clears the selection and closes the popup. */
  clearSelection(source?: SelectSource): void;
  /** The reader's own choice: shows or hides a layer group (modes may override it). */
  setLayerVisible(groupId: LayerGroupId, visible: boolean): void;
  /** Whether a layer group is drawn now (the reader's choice, or a mode's override). */
  isLayerVisible(groupId: LayerGroupId): boolean;
  /** The mode that decides a group's visibility now, in words, or `undefined` (the reader). */
  layerSetBy(groupId: LayerGroupId): string | undefined;
  /** Declares a mode's overrides on top of the reader's choices; `null` leaves the mode. */
  setMode(mode: ModeId, overrides: ModeOverrides | null): void;
  /** The effective map state (what the map draws now). */
  readonly mapState: EffectiveMapState;
  /** Opens the article reader at a sentence (highlighted and scrolled into view). */
  openArticle(articleId: string, sentenceIndex: number): void;
  /** Closes the reader. */
  closeArticle(): void;
  /** Highlights features on one channel (without selecting); `[]` clears that channel only. */
  highlight(channel: HighlightChannel, ids: readonly string[]): void;
  /** Announces text to screen readers through the page's live region. */
  announce(text: string): void;
  /** Shows a visible, dismissable notice (e.g. an ignored deep-link value). */
  notify(text: string): void;
  /** Adds features loaded after the first view (ids already known are skipped). */
  addFeatures(features: readonly AppFeature[]): void;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<K extends keyof AppEvents>(event: K, listener: AppListener<K>): () => void;
}
