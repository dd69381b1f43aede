import { inertText } from './text.js';

/** Options for {@link showNotice}. */
export interface NoticeOptions {
  /** Text of an action button, e.g. "Retry"; with {@link NoticeOptions.onAction}. */
  actionLabel?: string;
  /** Called when the action button is pressed; the notice is removed first. */
  onAction?: () => void;
  /**
   * `error` notices are announced assertively.
   * @defaultValue `'info'`
   */
  level?: 'info' | 'error';
  /** A notice of the same slot is replaced, not stacked (e.g. `link`, `update`). */
  slot?: string;
}

/** Notices kept on screen at once; older ones give way to newer ones. */
export const MAX_NOTICES = 3;

/**
 * Shows a message in the page's notice area (a live region), built from text nodes only and
 * passed through {@link inertText}. Its close button comes first, so it can be reached however
 * long the message (which scrolls inside the box). Returns a function that removes it.
 */
export function showNotice(host: HTMLElement, message: string, options: NoticeOptions = {}) {
  const notice = document.createElement('div');
  notice.className = `notice notice-${options.level ?? 'info'}`;
  notice.setAttribute('role', options.level === 'error' ? 'alert' : 'status');
  if (options.slot) {
    notice.dataset['slot'] = options.slot;
    for (const old of host.querySelectorAll<HTMLElement>('.notice'))
      if (old.dataset['slot'] === options.slot) old.remove();
  }
  const remove = () => notice.remove();
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'notice-close';
  close.setAttribute('aria-label', 'Dismiss message');
  close.textContent = '×';
  close.addEventListener('click', remove);
  const text = document.createElement('p');
  text.textContent = inertText(message);
  notice.append(close, text);
  if (options.actionLabel && options.onAction) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = options.actionLabel;
    const onAction = options.onAction;
    button.addEventListener('click', () => {
      remove();
      onAction();
    });
    notice.append(button);
  }
  host.append(notice);
  const all = host.querySelectorAll('.notice');
  for (let i = 0; i < all.length - MAX_NOTICES; i++) all[i]?.remove();
  return remove;
}
