/**
 * Tiny DOM helpers: every text goes in as a text node, never as HTML, and through
 * {@link inertText} (bidi controls shown as codes), the one text-safety function every output
 * uses: the screen, the print handout (built with these helpers), the PNG export's canvas text
 * (`export-image.ts`) and notices.
 */
import { inertText } from './text.js';

/** Attributes for {@link el}; `false`/`undefined` values are left out. */
export type Attrs = Record<string, string | number | boolean | undefined>;

/** A child for {@link el}: a node, a string (becomes a text node), or nothing. */
export type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

/** Appends children; strings become (inert) text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' ? document.createTextNode(inertText(child)) : child,
    );
  }
}

/** Sets the page's title, inert like every other output. */
export function setDocumentTitle(title: string): void {
  document.title = inertText(title);
}

/** A `<button type="button">` with a click handler. */
export function button(
  label: Child,
  onClick: (event: MouseEvent) => void,
  attrs: Attrs = {},
): HTMLButtonElement {
  const node = el('button', { type: 'button', ...attrs }, label);
  node.addEventListener('click', onClick);
  return node;
}

/** Finds a required element by id; throws naming it when index.html lacks it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html lacks #${id}`);
  return node as T;
}
