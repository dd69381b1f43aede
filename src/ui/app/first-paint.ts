/**
 * Waiting for the browser before starting heavy work: the page's first paint (the static map and
 * the text) is shown first, and the interface is then built in short tasks, so that the reader
 * sees the map while it is built and the main thread is never held for long.
 *
 * Why (issue 15, measured with Lighthouse on software WebGL): the first frame's raster runs in
 * the GPU process; building the interface and creating MapLibre's WebGL context while that
 * frame was being rastered held the main thread for 1.2 s (the context creation waits for the
 * GPU process), so the first paint and every task queued behind it came late.
 */

/** The paint entry that says the first text or image is on screen. */
const FIRST_PAINT = 'first-contentful-paint';

/**
 * Resolves once the browser reports the page's first contentful paint (a presentation time, so
 * the frame is on screen), or after `timeoutMs` where it never says so (a hidden tab, a browser
 * without paint timing).
 */
export function afterFirstPaint(win: Window = window, timeoutMs = 1500): Promise<void> {
  return new Promise((resolve) => {
    const Observer = (win as Window & { PerformanceObserver?: typeof PerformanceObserver })
      .PerformanceObserver;
    if (win.performance.getEntriesByName(FIRST_PAINT).length > 0) return resolve();
    if (!Observer?.supportedEntryTypes?.includes('paint')) {
      win.setTimeout(resolve, timeoutMs);
      return;
    }
    const observer = new Observer((list) => {
      if (list.getEntriesByName(FIRST_PAINT).length > 0) done();
    });
    const timer = win.setTimeout(() => done(), timeoutMs);
    function done(): void {
      observer.disconnect();
      win.clearTimeout(timer);
      resolve();
    }
    observer.observe({ type: 'paint', buffered: true });
  });
}

/** Ends the current task, so the browser can paint and handle input before the next step. */
export function nextTask(win: Window = window): Promise<void> {
  const scheduler = (win as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}
