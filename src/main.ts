import type { FeatureCollection } from 'geojson';
import type { AppFeatureCollection, QuoteIndex } from './types.js';
import { buildStyle } from './map/style.js';
import { loadAfterFirstView } from './ui/app/after-first-view.js';
import { NO_QUOTES } from './ui/app/quote-access.js';
import { linkNeedsQuotes, loadQuotes } from './ui/app/quotes-loader.js';
import { mountAttribution } from './ui/app/attribution.js';
import { createAppContext, type AppController } from './ui/app/controller.js';
import { byId } from './ui/app/dom.js';
import { mountFeatureList } from './ui/reader/feature-list.js';
import { mountLegend } from './ui/app/legend.js';
import { BUILD_ID, loadDataFile } from './ui/app/load-data.js';
import { showLayerFailure, showMapFailure, showStartFailure } from './ui/app/failure.js';
import { whenMapLoads } from './ui/app/map-watchdog.js';
import { startServiceWorker } from './ui/app/service-worker.js';
import { checkAppFeatures, checkCollection } from './ui/app/data-shape.js';
import { mountMapControls } from './ui/app/map-controls.js';
import { mountMapKeyboard } from './ui/app/map-keyboard.js';
import { showNotice } from './ui/app/notice.js';
import { mountPopup } from './ui/reader/popup.js';
import { mountReader } from './ui/reader/reader.js';
import { hashNeedsLocalArticles, mountArticleEntry } from './ui/reader/article-form/entry.js';
import { mountSideToggle, overlayInsets } from './ui/app/layout.js';
import { registerViewKey } from './ui/app/view-hash.js';
import { drawPostStatus, drawSeriesWhenDated, seriesLoader } from './ui/app/series.js';
import { hideStaticMap, mountStaticMap } from './ui/app/static-map.js';
import { afterFirstPaint, nextTask } from './ui/app/first-paint.js';
import { FIRST_VIEW_DATA, SETTLEMENTS_DATA } from './data-files.js';
import { IDLIB_BOUNDS } from './map/bounds.js';
import type { MapView } from './map/map-view.js';
import type { LayerGroupId } from './map/layer-groups.js';
import './ui/app/app.css';

type TeacherModule = typeof import('./ui/teacher/teacher-tools.js');

/** Everything the page loads before drawing. */
interface AppData {
  basemap: FeatureCollection;
  features: AppFeatureCollection;
  territory: FeatureCollection;
  /** The quote index, when a link needed it before the first view (else it loads later). */
  quotes: QuoteIndex | null;
  /** The villages, fetched on the first call only. */
  loadSettlements: () => Promise<FeatureCollection>;
}

async function loadData(): Promise<AppData> {
  const files = FIRST_VIEW_DATA;
  // Each file's shape is checked: valid JSON of the wrong shape is refused, naming the file.
  const [basemap, features, territory, quotes] = await Promise.all([
    loadDataFile(files.basemap, checkCollection),
    loadDataFile(files.features, checkAppFeatures),
    loadDataFile(files.territory, checkCollection),
    linkNeedsQuotes(location.hash) ? loadQuotes() : null,
  ]);
  let settlements: Promise<FeatureCollection> | undefined;
  const loadSettlements = () => {
    if (!settlements) {
      settlements = loadDataFile(SETTLEMENTS_DATA, checkCollection, { pinned: true });
      // A failed load is not kept: the next call tries again.
      settlements.catch(() => (settlements = undefined));
    }
    return settlements;
  };
  return { basemap, features, territory, quotes, loadSettlements };
}

/** Gives the map the villages the first time their layer is shown (and says so if they fail). */
function drawSettlementsWhenShown(
  ctx: AppController,
  view: MapView,
  data: AppData,
  notices: HTMLElement,
): void {
  let drawn = false;
  const draw = () => {
    if (drawn || !ctx.isLayerVisible('settlements')) return;
    drawn = true;
    data.loadSettlements().then(
      (settlements) => view.setSourceData('settlements', settlements),
      (error: unknown) => {
        drawn = false;
        showLayerFailure(notices, 'The villages', error);
      },
    );
  };
  draw();
  ctx.on('layer', draw);
}

function announcer(region: HTMLElement): (text: string) => void {
  return (text) => {
    region.textContent = '';
    window.setTimeout(() => (region.textContent = text), 50);
  };
}

/**
 * Builds the text-first interface: list, legend, popup, reader, credits, keyboard walk, in a few
 * tasks (`nextTask`), so that none holds the main thread for long.
 */
async function mountInterface(
  data: AppData,
  notices: HTMLElement,
  teacherModule: Promise<TeacherModule>,
): Promise<{ ctx: AppController; linked: Promise<void> }> {
  const ctx = createAppContext({
    features: data.features.features,
    quotes: data.quotes ?? NO_QUOTES,
    quotesReady: data.quotes !== null,
    win: window,
    announcer: announcer(byId('announcer')),
    notifier: (text, options) => showNotice(notices, text, options),
  });
  const mapHost = byId('map');
  mounted = true;
  byId('loading').remove();
  mountStaticMap(ctx);
  mountFeatureList(ctx, byId('places'));
  await nextTask();
  mountLegend(ctx, byId<HTMLDetailsElement>('legend'));
  await nextTask();
  mountPopup(ctx, { panel: byId('popup'), fallbackFocus: mapHost });
  mountReader(ctx, byId('reader'), mapHost);
  // Issue 13.3: "Add an article"; the form and the device's stored articles load as own chunks.
  const restored = mountArticleEntry(ctx, byId('local-articles')).then(() =>
    document.body.setAttribute('data-local-articles', 'ready'),
  );
  mountMapKeyboard(ctx, mapHost, byId('map-status'));
  mountMapControls(ctx, byId('map-controls'), () => ctx.map?.fitBounds(IDLIB_BOUNDS));
  mountAttribution(ctx, byId('credits'), byId('map-credits'));
  mountSideToggle(byId('side-toggle'), byId('side'));
  // Teacher tools (issue 6): presenter, timeline, zone-width explorer, rival reading, export.
  // For tests and tools: the day the map shows.
  ctx.on('state', ({ state }) => (document.body.dataset['mapDate'] = state.date));
  document.body.dataset['mapDate'] = ctx.mapState.date;
  const loadSeries = seriesLoader();
  drawSeriesWhenDated(ctx, loadSeries);
  drawPostStatus(ctx);
  registerViewKey(ctx);
  // The teacher tools are their own chunk, fetched with the data: the first view does not need
  // them, but their link keys (present, chapter, date, width, compare) must be known before the
  // address bar is read, so the link applies once they are mounted (or failed to load).
  const teacher = teacherModule.then(
    ({ mountTeacherTools }) => mountTeacherTools(ctx, byId('teacher'), { ...data, loadSeries }),
    (error: unknown) => {
      console.error(error);
      showNotice(notices, 'The teacher tools could not be loaded. Reload to try again.', {
        level: 'error',
      });
    },
  );
  // A link to an article added on this device waits until those are back from IndexedDB.
  const ready = hashNeedsLocalArticles(location.hash, data.quotes ?? NO_QUOTES)
    ? Promise.all([teacher, restored])
    : teacher;
  const linked = ready.then(() => {
    ctx.hash.start();
    document.body.setAttribute('data-content', 'ready');
    performance.mark('app:content');
  });
  return { ctx, linked };
}

/** Says the map cannot be drawn here, while the list, quotes and reader go on working. */
function showNoWebGl(notices: HTMLElement): void {
  document.body.setAttribute('data-map-state', 'error');
  byId('map').classList.add('no-map');
  showNotice(
    notices,
    'This browser cannot draw the map interactively (WebGL is off or unavailable), so the map is a static picture of the whole area: click a place on it or in the list to read its quotes and articles.',
    { level: 'error' },
  );
}

/**
 * Draws the map with MapLibre (its own chunk, already downloading), in the state the interface
 * is in; every layer drawn sets `data-map-state=idle`. WebGL is not probed beforehand: creating a
 * throwaway context costs as much as MapLibre's own (0.4–0.7 s with software GL), so a browser
 * without it is recognised by the error MapLibre throws.
 */
async function startMap(
  ctx: AppController,
  data: AppData,
  notices: HTMLElement,
  mapModule: Promise<typeof import('./map/create-map.js')>,
): Promise<void> {
  const { createMap, createMapView, isNoWebGlError } = await mapModule;
  performance.mark('app:map-module');
  const mapHost = byId('map');
  const initial = {
    isLayerVisible: (id: LayerGroupId) => ctx.isLayerVisible(id),
    selectedId: ctx.selectedId,
    highlighted: ctx.highlightedIds,
    date: ctx.mapState.date,
  };
  let map: ReturnType<typeof createMap>;
  try {
    map = createMap({ container: mapHost, style: buildStyle({ ...data, initial }) });
  } catch (error) {
    if (!isNoWebGlError(error)) throw error;
    showNoWebGl(notices);
    return;
  }
  performance.mark('app:map-created');
  // For tests and tools: present while the map shows a finished frame, removed when it moves.
  map.on('idle', () => document.body.setAttribute('data-map-idle', ''));
  map.on('movestart', () => document.body.removeAttribute('data-map-idle'));
  // Listening before 'load': the first 'idle' can come in the same frame as 'load'.
  const idle = new Promise<void>((resolve) => map.once('idle', () => resolve()));
  // A worker that failed, or never arrived, is an error here, not a blank map.
  await whenMapLoads(map);
  performance.mark('app:map-load');
  const view = createMapView(map, ctx.featureById, { insets: () => overlayInsets(mapHost) });
  view.onFeatureClick((id) => ctx.select(id, { source: 'map' }));
  ctx.attachMap(view);
  drawSettlementsWhenShown(ctx, view, data, notices);
  await idle;
  // MapLibre's first finished frame replaces the static picture, at the same place.
  hideStaticMap();
  performance.mark('app:map-idle');
  document.body.setAttribute('data-map-state', 'idle');
}

async function start(notices: HTMLElement): Promise<void> {
  // Nothing is fetched before the page's first paint (its text and the static map) is on screen:
  // neither MapLibre nor the data compete with it for the network, the main thread or the GPU
  // (issue 15; the page used to preload them, which Lighthouse counted into its first paint).
  await afterFirstPaint();
  // MapLibre (its own chunk) downloads and evaluates while the data loads, not after.
  const mapModule = import('./map/create-map.js');
  mapModule.catch(() => undefined);
  const teacherModule = import('./ui/teacher/teacher-tools.js');
  teacherModule.catch(() => undefined);
  const data = await loadData();
  performance.mark('app:data');
  const { ctx, linked } = await mountInterface(data, notices, teacherModule);
  // The map starts in the state the link asks for (MapLibre, far larger, is still arriving).
  await linked;
  await nextTask();
  try {
    await startMap(ctx, data, notices, mapModule);
    loadAfterFirstView(ctx, notices);
  } catch (error) {
    loadAfterFirstView(ctx, notices);
    console.error(error);
    showMapFailure(notices, error);
  }
}

/** Whether the interface was built: from then on, Retry reloads (see `failure.ts`). */
let mounted = false;

/** Whether the offline service worker was registered (once per page, however often Retry runs). */
let offline = false;

function run(): void {
  const notices = byId('notices');
  start(notices)
    .catch((error: unknown) => {
      console.error(error);
      showStartFailure(notices, error, { mounted, rerun: run });
    })
    .finally(() => {
      // Registered once the first view is drawn (or failed): installing it downloads every file,
      // which would otherwise compete with the first view's own.
      if (offline) return;
      offline = true;
      startServiceWorker(notices);
    });
}

// Which build this page is: its data is pinned to the same build (`load-data.ts`).
document.documentElement.dataset['build'] = BUILD_ID;
run();
