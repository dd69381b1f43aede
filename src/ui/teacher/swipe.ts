/**
 * The side-by-side divider over the map (`#compare=swipe`): a vertical line with a handle that is
 * a keyboard-operable slider (`role="slider"`: arrow keys move it by 2 %, Page Up / Page Down by
 * 10 %, Home / End to the edges), dragged with a mouse, pen or finger (pointer events), with each
 * half labelled on the map. It only places the line and reports its position; `compare.ts`
 * draws the two readings on either side.
 */
import { el } from '../app/dom.js';
import './swipe.css';

/** The halves' names, as the map labels them. */
export const SWIPE_LABELS = {
  left: 'As agreed',
  right: 'As Jaysh al-Izza demanded',
} as const;

/** Key steps of the divider, in percent of the map's width. */
const STEP = 2;
const PAGE = 10;

/** The divider's position (0–100 % of the map's width from its left edge) after a key. */
export function swipeKey(position: number, key: string): number | undefined {
  const moves: Record<string, number> = {
    ArrowLeft: position - STEP,
    ArrowDown: position - STEP,
    ArrowRight: position + STEP,
    ArrowUp: position + STEP,
    PageDown: position - PAGE,
    PageUp: position + PAGE,
    Home: 0,
    End: 100,
  };
  const next = moves[key];
  return next === undefined ? undefined : clampPosition(next);
}

/** Keeps a position within 0–100, to 0.1 %. */
export const clampPosition = (p: number): number =>
  Math.round(Math.max(0, Math.min(100, p)) * 10) / 10;

/** The divider as `compare.ts` drives it. */
export interface SwipeDivider {
  readonly element: HTMLElement;
  readonly handle: HTMLElement;
  /** Position, % of the map's width from its left edge. */
  readonly position: number;
  setPosition(position: number): void;
  remove(): void;
}

/**
 * Creates the divider (append `element` over the map, covering it exactly); `onMove` hears every
 * position the reader moves it to.
 */
export function createSwipe(onMove: (position: number) => void, start = 50): SwipeDivider {
  let position = clampPosition(start);
  const handle = el('div', {
    class: 'swipe-handle',
    role: 'slider',
    tabindex: 0,
    'aria-label': 'Divider between the two readings',
    'aria-orientation': 'horizontal',
    'aria-valuemin': 0,
    'aria-valuemax': 100,
    'aria-controls': 'map',
  });
  const element = el(
    'div',
    { class: 'swipe', 'data-swipe': '' },
    el('span', { class: 'swipe-label swipe-label-left' }, SWIPE_LABELS.left),
    el('span', { class: 'swipe-label swipe-label-right' }, SWIPE_LABELS.right),
    el('div', { class: 'swipe-line', 'aria-hidden': 'true' }),
    handle,
  );

  function show(): void {
    // CSSOM, not a style attribute: allowed by the page's style-src 'self'.
    element.style.setProperty('--swipe-x', `${position}%`);
    handle.setAttribute('aria-valuenow', String(position));
    handle.setAttribute(
      'aria-valuetext',
      `${Math.round(position)}% of the map as agreed on the left, ${Math.round(100 - position)}% as Jaysh al-Izza demanded on the right`,
    );
  }

  function move(next: number): void {
    const clamped = clampPosition(next);
    if (clamped === position) return;
    position = clamped;
    show();
    onMove(position);
  }

  handle.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = swipeKey(position, event.key);
    if (next === undefined) return;
    // Handled here: neither the page nor the presenter's keys move on.
    event.preventDefault();
    event.stopPropagation();
    move(next);
  });

  let dragging: number | null = null;
  const at = (event: PointerEvent) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 ? ((event.clientX - box.left) / box.width) * 100 : position;
  };
  handle.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    dragging = event.pointerId;
    handle.setPointerCapture?.(event.pointerId);
    handle.classList.add('swipe-dragging');
    handle.focus();
    event.preventDefault();
  });
  handle.addEventListener('pointermove', (event) => {
    if (dragging === event.pointerId) move(at(event));
  });
  const stop = (event: PointerEvent) => {
    if (dragging !== event.pointerId) return;
    dragging = null;
    handle.releasePointerCapture?.(event.pointerId);
    handle.classList.remove('swipe-dragging');
  };
  handle.addEventListener('pointerup', stop);
  handle.addEventListener('pointercancel', stop);
  show();

  return {
    element,
    handle,
    get position() {
      return position;
    },
    setPosition(next) {
      position = clampPosition(next);
      show();
    },
    remove: () => element.remove(),
  };
}
