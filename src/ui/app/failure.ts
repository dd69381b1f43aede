/**
 * What the reader sees when the page cannot start or the map cannot be drawn (issue 16): always
 * a message, always a Retry that works. Before the interface is built, Retry simply runs the
 * start again; after, the page is half built and a module that failed to load stays failed in
 * this document, so Retry reloads the page, without the link's settings when they may be at
 * fault (the reader is told so first).
 */
import { LoadError, VersionMismatchError } from './load-data.js';
import { showNotice } from './notice.js';

/** The parts of `window` a reload uses (a fake in unit tests). */
export interface ReloadWindow {
  location: { hash: string; pathname: string; search: string; reload(): void };
  history: { replaceState(data: unknown, unused: string, url?: string | URL | null): void };
}

/** Reloads the page; with `dropHash`, the address loses its `#…` first. */
export function reloadPage(win: ReloadWindow, dropHash: boolean): void {
  if (dropHash && win.location.hash)
    win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}`);
  win.location.reload();
}

/** The reader-facing text for a failure to start, and what Retry will do. */
export function startFailureMessage(error: unknown, mounted: boolean, hash: string): string {
  const what =
    error instanceof VersionMismatchError
      ? 'This map was updated on the server while the page was open.'
      : error instanceof LoadError
        ? error.message
        : 'The map could not be shown.';
  if (!mounted) return what;
  return hash
    ? `${what} Retry reloads the page without the link's settings (${hash.length > 41 ? `${hash.slice(0, 40)}…` : hash}).`
    : `${what} Retry reloads the page.`;
}

/** Shows a failure to start, with a Retry: `rerun` before the interface was built, else a reload. */
export function showStartFailure(
  notices: HTMLElement,
  error: unknown,
  options: { mounted: boolean; rerun: () => void; win?: ReloadWindow },
): void {
  const win = options.win ?? window;
  document.body.setAttribute('data-map-state', 'error');
  const retry = options.mounted ? () => reloadPage(win, true) : options.rerun;
  const message = startFailureMessage(error, options.mounted, win.location.hash);
  showNotice(notices, message, {
    level: 'error',
    actionLabel: 'Retry',
    onAction: retry,
    slot: 'start',
  });
}

/** Shows that the map (its code, worker or first frame) failed while the rest works; Retry reloads. */
export function showMapFailure(
  notices: HTMLElement,
  error: unknown,
  win: ReloadWindow = window,
): void {
  document.body.setAttribute('data-map-state', 'error');
  const stale = error instanceof VersionMismatchError;
  showNotice(
    notices,
    stale
      ? 'This map was updated on the server while the page was open. Reload to see the new version.'
      : 'The map could not be drawn. The list of places and the quotes still work; Retry reloads the page.',
    {
      level: 'error',
      actionLabel: stale ? 'Reload' : 'Retry',
      onAction: () => reloadPage(win, false),
      slot: 'map',
    },
  );
}

/**
 * Says a layer fetched late (the villages) could not be drawn; when it came from a newer build,
 * offers the Reload instead of drawing it.
 */
export function showLayerFailure(
  notices: HTMLElement,
  what: string,
  error: unknown,
  win: ReloadWindow = window,
): void {
  const reason = error instanceof LoadError ? error.message : String(error);
  const options =
    error instanceof VersionMismatchError
      ? { actionLabel: 'Reload', onAction: () => reloadPage(win, false) }
      : {};
  showNotice(notices, `${what} could not be drawn. ${reason}`, { level: 'error', ...options });
}
