// @vitest-environment happy-dom
/**
 * The side-by-side comparison (`#compare=swipe`): the divider is a keyboard-operable slider with
 * its ARIA values, and the mode draws each reading clipped on its side while hiding the zone
 * groups, restoring exactly the reader's state when it ends.
 */
import type { FeatureCollection, Position } from 'geojson';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ZONE } from '../../../../src/domain/zone.js';
import { mountCompare } from '../../../../src/ui/teacher/compare.js';
import { createAppContext } from '../../../../src/ui/app/controller.js';
import { clampPosition, createSwipe, swipeKey } from '../../../../src/ui/teacher/swipe.js';
import { features, quotes } from '../../content/published-data.js';
import { fakeApp, fakeMap, fakeWindow } from '../support/fake-app.js';

const WIDTH = 1000;

function details(): HTMLDetailsElement {
  const host = document.createElement('details');
  document.body.append(host);
  return host;
}

const key = (target: Element, k: string) => {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};

const pointer = (target: Element, type: string, clientX: number) =>
  target.dispatchEvent(
    new PointerEvent(type, {
      clientX,
      pointerId: 7,
      pointerType: 'touch',
      button: 0,
      bubbles: true,
    }),
  );

/** Every longitude of a collection's polygons. */
const lngs = (data: FeatureCollection | undefined): number[] =>
  (data?.features ?? []).flatMap((f) => {
    const g = f.geometry;
    const rings: Position[][] =
      g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
    return rings.flat().map((p) => p[0] ?? NaN);
  });

beforeEach(() => {
  document.body.replaceChildren();
  // happy-dom lays nothing out: every element is a 1000-px-wide box at the left edge.
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(
    new DOMRect(0, 0, WIDTH, 600),
  );
});
afterEach(() => vi.restoreAllMocks());

describe('the divider', () => {
  it('moves by 2 % with the arrow keys, 10 % with Page Up/Down, to the edges with Home/End', () => {
    expect(swipeKey(50, 'ArrowLeft')).toBe(48);
    expect(swipeKey(50, 'ArrowDown')).toBe(48);
    expect(swipeKey(50, 'ArrowRight')).toBe(52);
    expect(swipeKey(50, 'ArrowUp')).toBe(52);
    expect(swipeKey(50, 'PageUp')).toBe(60);
    expect(swipeKey(50, 'PageDown')).toBe(40);
    expect(swipeKey(50, 'Home')).toBe(0);
    expect(swipeKey(50, 'End')).toBe(100);
    expect(swipeKey(99, 'PageUp')).toBe(100);
    expect(swipeKey(1, 'ArrowLeft')).toBe(0);
    expect(swipeKey(50, 'a')).toBeUndefined();
    expect(clampPosition(33.333)).toBe(33.3);
  });

  it('is a slider with a name and its values, and says what each side shows', () => {
    const heard: number[] = [];
    const divider = createSwipe((p) => heard.push(p));
    document.body.append(divider.element);
    const handle = divider.handle;
    expect(handle.getAttribute('role')).toBe('slider');
    expect(handle.getAttribute('tabindex')).toBe('0');
    expect(handle.getAttribute('aria-label')).toMatch(/divider/i);
    expect(handle.getAttribute('aria-valuemin')).toBe('0');
    expect(handle.getAttribute('aria-valuemax')).toBe('100');
    expect(handle.getAttribute('aria-valuenow')).toBe('50');
    expect(handle.getAttribute('aria-valuetext')).toBe(
      '50% of the map as agreed on the left, 50% as Jaysh al-Izza demanded on the right',
    );
    expect(divider.element.textContent).toContain('As agreed');
    expect(divider.element.textContent).toContain('As Jaysh al-Izza demanded');
    const steps: [string, string][] = [
      ['ArrowRight', '52'],
      ['ArrowRight', '54'],
      ['ArrowLeft', '52'],
      ['PageDown', '42'],
      ['PageUp', '52'],
      ['End', '100'],
      ['ArrowRight', '100'],
      ['Home', '0'],
    ];
    for (const [k, now] of steps) {
      const event = key(handle, k);
      expect(event.defaultPrevented, k).toBe(true);
      expect(handle.getAttribute('aria-valuenow'), k).toBe(now);
    }
    expect(heard).toEqual([52, 54, 52, 42, 52, 100, 0]);
    expect(handle.getAttribute('aria-valuetext')).toMatch(/^0% .* 100% as Jaysh/);
    expect(key(handle, 'Tab').defaultPrevented).toBe(false);
    expect(divider.element.style.getPropertyValue('--swipe-x')).toBe('0%');
  });

  it('follows a finger or mouse dragging the handle, and stops when it lets go', () => {
    const heard: number[] = [];
    const divider = createSwipe((p) => heard.push(p));
    document.body.append(divider.element);
    pointer(divider.handle, 'pointerdown', 500);
    pointer(divider.handle, 'pointermove', 700);
    pointer(divider.handle, 'pointermove', 250);
    pointer(divider.handle, 'pointerup', 250);
    pointer(divider.handle, 'pointermove', 900);
    expect(heard).toEqual([70, 25]);
    expect(divider.handle.getAttribute('aria-valuenow')).toBe('25');
  });
});

describe('the side-by-side mode', () => {
  const waitForHalves = () =>
    vi.waitFor(
      () => {
        expect(document.body.querySelector('[data-swipe]')).not.toBeNull();
      },
      { timeout: 5000 },
    );

  it('hides both zone groups and draws each reading clipped at the divider, on its own side', async () => {
    const { ctx, map } = fakeApp();
    ctx.setLayerVisible('zone-split', true); // the reader's own choice, to be kept
    document.body.append(map.container);
    const compare = mountCompare(ctx, details());
    compare.setReading('swipe');
    await waitForHalves();
    await vi.waitFor(() => expect(ctx.mapState.overlays).toHaveLength(3), { timeout: 5000 });
    expect(ctx.mapState.overlays.map((o) => o.id)).toEqual([
      'swipe-agreed-margin',
      'swipe-agreed-core',
      'swipe-rival',
    ]);
    expect(ctx.isLayerVisible('zone')).toBe(false);
    expect(ctx.isLayerVisible('zone-split')).toBe(false);
    expect(map.visible.get('zone')).toBe(false);
    expect(ctx.layerSetBy('zone')).toBe('the side-by-side comparison');
    const meridian = () =>
      map.west + (WIDTH * (compare.divider?.position ?? NaN) * map.degreesPerPixel) / 100;
    const sides = () => {
      const byId = new Map(ctx.mapState.overlays.map((o) => [o.id, o.data] as const));
      return {
        agreed: [...lngs(byId.get('swipe-agreed-core')), ...lngs(byId.get('swipe-agreed-margin'))],
        rival: lngs(byId.get('swipe-rival')),
      };
    };
    const check = () => {
      const { agreed, rival } = sides();
      expect(agreed.length).toBeGreaterThan(0);
      expect(rival.length).toBeGreaterThan(0);
      expect(Math.max(...agreed)).toBeLessThanOrEqual(meridian() + 1e-9);
      expect(Math.min(...rival)).toBeGreaterThanOrEqual(meridian() - 1e-9);
    };
    check();
    // Moving the divider (keys) and the camera (a move event) both redraw the halves.
    const before = sides().agreed.length;
    for (let i = 0; i < 5; i++) key(compare.divider?.handle ?? document.body, 'ArrowRight');
    await vi.waitFor(() => expect(Math.max(...sides().agreed)).toBeGreaterThan(36.5), {
      timeout: 2000,
    });
    check();
    expect(sides().agreed.length).not.toBe(before);
    map.west = 35.9;
    map.move();
    await vi.waitFor(() => expect(Math.max(...sides().agreed)).toBeGreaterThan(36.9), {
      timeout: 2000,
    });
    check();
    // Leaving restores exactly the reader's state: the zone and their split outline.
    compare.setReading('agreed');
    expect(ctx.mapState.overlays).toEqual([]);
    expect(ctx.isLayerVisible('zone')).toBe(true);
    expect(ctx.isLayerVisible('zone-split')).toBe(true);
    expect(ctx.layerSetBy('zone')).toBeUndefined();
    expect(map.overlays.size).toBe(0);
    expect(document.body.querySelector('[data-swipe]')).toBeNull();
    const moves = map.moves.size;
    expect(moves).toBe(0);
  });

  it('says it needs the map until there is one, and starts from a link once the map is drawn', async () => {
    const win = fakeWindow('#compare=swipe');
    const ctx = createAppContext({
      features: features().features,
      quotes: quotes(),
      win,
      announcer: () => undefined,
      notifier: () => undefined,
    });
    const host = details();
    mountCompare(ctx, host);
    ctx.hash.start();
    const radio = host.querySelector<HTMLInputElement>('#reading-swipe');
    expect(radio?.disabled).toBe(true);
    expect(radio?.checked).toBe(true);
    expect(host.querySelector('#reading-swipe-note')?.textContent).toMatch(/needs the map/);
    expect(radio?.getAttribute('aria-describedby')).toBe('reading-swipe-note');
    expect(ctx.mapState.overlays).toEqual([]);
    expect(ctx.isLayerVisible('zone')).toBe(true);
    const map = fakeMap(document);
    document.body.append(map.container);
    ctx.attachMap(map);
    expect(radio?.disabled).toBe(false);
    expect(host.querySelector('#reading-swipe-note')?.textContent).toBe('');
    await waitForHalves();
    await vi.waitFor(() => expect(map.overlays.has('swipe-rival')).toBe(true), { timeout: 5000 });
    expect(map.overlays.get('swipe-agreed-margin')?.fillPattern).toBe('hatch');
    expect(map.overlays.get('swipe-agreed-core')?.beneath).toBe('zone-core-edge');
    expect(ctx.featureById.get(ZONE.split.id)).toBeDefined();
  });
});
