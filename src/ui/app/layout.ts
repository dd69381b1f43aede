/** Layout helpers: the phone drawer toggle and the space overlays take from the map. */

/** Wires the "Places and legend" button that opens the side drawer on phones. */
export function mountSideToggle(toggle: HTMLElement, side: HTMLElement): void {
  const set = (open: boolean) => {
    side.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => set(!side.classList.contains('open')));
  side.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !side.classList.contains('open')) return;
    set(false);
    toggle.focus();
  });
  // Picking a place in the drawer closes it so the map and the sheet show.
  side.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('.feature-entry')) set(false);
  });
}

/** Pixels of the map covered by the popup sheet or the reader, per side. */
export function overlayInsets(mapHost: HTMLElement): {
  top: number;
  right: number;
  bottom: number;
  left: number;
} {
  const map = mapHost.getBoundingClientRect();
  const inset = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const id of ['popup', 'reader']) {
    const node = document.getElementById(id);
    if (!node || node.hidden) continue;
    const r = node.getBoundingClientRect();
    const overlapsX = r.left < map.right && r.right > map.left;
    const overlapsY = r.top < map.bottom && r.bottom > map.top;
    if (!overlapsX || !overlapsY) continue;
    if (r.width >= map.width * 0.9) inset.bottom = Math.max(inset.bottom, map.bottom - r.top);
    else inset.left = Math.max(inset.left, r.right - map.left);
  }
  inset.bottom = Math.min(inset.bottom, map.height * 0.6);
  inset.left = Math.min(inset.left, map.width * 0.6);
  return inset;
}
