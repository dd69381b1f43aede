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
}

/**
 * Shows a message in the page's notice area (a live region), built from text nodes only.
 * Returns a function that removes it.
 */
export function showNotice(host: HTMLElement, message: string, options: NoticeOptions = {}) {
  const notice = document.createElement('div');
  notice.className = `notice notice-${options.level ?? 'info'}`;
  notice.setAttribute('role', options.level === 'error' ? 'alert' : 'status');
  const text = document.createElement('p');
  text.textContent = message;
  notice.append(text);
  const remove = () => notice.remove();
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
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'notice-close';
  close.setAttribute('aria-label', 'Dismiss message');
  close.textContent = '×';
  close.addEventListener('click', remove);
  notice.append(close);
  host.append(notice);
  return remove;
}
