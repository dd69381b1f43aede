/** What a key does in presenter mode: arrows, Page Up/Down (presentation clickers), Space, Home/End, F, N, Esc. */

/** A presenter command. */
export type PresenterAction =
  'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'notes' | 'exit';

const KEYS: Record<string, PresenterAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  n: 'notes',
  N: 'notes',
  Escape: 'exit',
};

/** The key event's parts that decide the action. */
export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** The focused element's tag and, for inputs, type; `contentEditable` when editable. */
  target?: { tagName?: string; type?: string; isContentEditable?: boolean } | null;
}

/** Input types that take typed text (where keys must not drive the slides). */
const TEXT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'number',
  'password',
  'range',
  'date',
]);

/** Whether the focused element takes text or arrow keys itself. */
export function isTextTarget(target: KeyLike['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && TEXT_TYPES.has((target.type ?? 'text').toLowerCase());
}

/** The action for a key, or `null` when presenter mode should let the key through. */
export function presenterAction(event: KeyLike): PresenterAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (isTextTarget(event.target)) return null;
  const action = Object.hasOwn(KEYS, event.key) ? (KEYS[event.key] ?? null) : null;
  // Space on a focused button presses the button.
  if (event.key === ' ' && event.target?.tagName?.toUpperCase() === 'BUTTON') return null;
  return action;
}

/** The chapter index after an action, clamped to `[0, count - 1]`. */
export function stepChapter(index: number, action: PresenterAction, count: number): number {
  const last = Math.max(0, count - 1);
  if (action === 'next') return Math.min(last, index + 1);
  if (action === 'previous') return Math.max(0, index - 1);
  if (action === 'first') return 0;
  if (action === 'last') return last;
  return index;
}

/** Parses the `chapter` hash value (1-based) into an index, or `undefined` when out of range. */
export function parseChapter(raw: string, count: number): number | undefined {
  if (!/^\d{1,3}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 && n <= count ? n - 1 : undefined;
}
