// @vitest-environment happy-dom
/**
 * The layered map state in the real UI modules: modes declare overrides over the reader's
 * choices and never clobber each other. Each of the four cases found in use is a regression test
 * named after it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { mountCompare } from '../../../../src/ui/teacher/compare.js';
import { mountFeatureList } from '../../../../src/ui/reader/feature-list.js';
import { mountMapKeyboard } from '../../../../src/ui/app/map-keyboard.js';
import { mountTimeline } from '../../../../src/ui/teacher/timeline.js';
import { fakeApp } from '../support/fake-app.js';

function details(id: string): HTMLDetailsElement {
  const host = document.createElement('details');
  host.id = id;
  document.body.append(host);
  return host;
}

function moveTimeline(host: HTMLElement, index: number): void {
  const slider = host.querySelector<HTMLInputElement>('#timeline-date');
  if (!slider) throw new Error('no timeline slider');
  slider.value = String(index);
  slider.dispatchEvent(new Event('input'));
}

beforeEach(() => document.body.replaceChildren());

/** The series as the timeline loads it: empty here (the map state is what these tests check). */
const noSeries = () =>
  Promise.resolve({
    territory: { type: 'FeatureCollection' as const, features: [] },
    zoneShare: [],
  });

describe('modes over the reader’s choices', () => {
  it('regression: moving the timeline while the rival reading is on does not redraw the agreed zone', () => {
    const { ctx, map } = fakeApp();
    const compare = mountCompare(ctx, details('compare'));
    const timeline = details('timeline');
    mountTimeline(ctx, timeline, noSeries);
    compare.setReading('split');
    expect(map.visible.get('zone')).toBe(false);
    timeline.open = true;
    timeline.dispatchEvent(new Event('toggle'));
    for (const step of [0, 3, 6]) {
      moveTimeline(timeline, step);
      expect(ctx.isLayerVisible('zone'), `step ${step}`).toBe(false);
      expect(map.visible.get('zone'), `step ${step}`).toBe(false);
      expect(map.visible.get('zone-split')).toBe(true);
      expect(map.overlays.has('rival-reading')).toBe(true);
    }
  });

  it('regression: closing the timeline does not force the zone visible', () => {
    const { ctx, map } = fakeApp();
    const timeline = details('timeline');
    mountTimeline(ctx, timeline, noSeries);
    ctx.setLayerVisible('zone', false);
    timeline.open = true;
    timeline.dispatchEvent(new Event('toggle'));
    moveTimeline(timeline, 0); // before 17 Sep 2018: the timeline hides the zone itself
    expect(ctx.layerSetBy('zone')).toBe('the timeline');
    timeline.open = false;
    timeline.dispatchEvent(new Event('toggle'));
    expect(ctx.isLayerVisible('zone')).toBe(false);
    expect(map.visible.get('zone')).toBe(false);
    expect(ctx.layerSetBy('zone')).toBeUndefined();
  });

  it('the timeline sets the map’s day and draws the 5 Mar 2020 corridor from that day on; leaving restores 17 Sep 2018', () => {
    const { ctx, map } = fakeApp();
    const timeline = details('timeline');
    mountTimeline(ctx, timeline, noSeries);
    timeline.open = true;
    timeline.dispatchEvent(new Event('toggle'));
    const slider = timeline.querySelector<HTMLInputElement>('#timeline-date');
    const last = Number(slider?.max);
    moveTimeline(timeline, last);
    expect(map.date).toBe('2020-03-06');
    expect(map.overlays.has('m4-corridor')).toBe(true);
    moveTimeline(timeline, 0);
    expect(map.date).toBe('2018-09-17');
    expect(map.overlays.has('m4-corridor')).toBe(false);
    moveTimeline(timeline, last);
    timeline.open = false;
    timeline.dispatchEvent(new Event('toggle'));
    expect(map.date).toBe('2018-09-17');
    expect(map.overlays.size).toBe(0);
  });

  it('regression: leaving the map’s focus does not clear the presenter’s highlight', () => {
    const { ctx, map } = fakeApp();
    const target = document.createElement('div');
    const status = document.createElement('p');
    document.body.append(target, status);
    mountMapKeyboard(ctx, target, status);
    ctx.highlight('presenter', ['op-morek']);
    target.dispatchEvent(new Event('focus'));
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    expect(map.highlighted).toContain('op-morek');
    expect(map.highlighted.length).toBe(2);
    target.dispatchEvent(new Event('blur'));
    expect(map.highlighted).toEqual(['op-morek']);
  });

  it('regression: moving the pointer off a list entry does not clear the timeline’s highlight', () => {
    const { ctx, map } = fakeApp();
    const places = document.createElement('div');
    document.body.append(places);
    mountFeatureList(ctx, places);
    ctx.highlight('timeline', ['dmz-20km']);
    const entry = places.querySelector<HTMLElement>('button[data-feature-id="city-idlib"]');
    if (!entry) throw new Error('no list entry for city-idlib');
    entry.dispatchEvent(new Event('mouseenter'));
    expect([...map.highlighted].sort()).toEqual(['city-idlib', 'dmz-20km']);
    entry.dispatchEvent(new Event('mouseleave'));
    expect(map.highlighted).toEqual(['dmz-20km']);
  });

  it('leaving the rival reading restores exactly the reader’s layers', () => {
    const { ctx, map } = fakeApp();
    const compare = mountCompare(ctx, details('compare'));
    ctx.setLayerVisible('zone', false);
    compare.setReading('split');
    compare.setReading('agreed');
    expect(map.visible.get('zone')).toBe(false);
    expect(map.visible.get('zone-split')).toBe(false);
    expect(map.overlays.size).toBe(0);
  });

  it('writes only the reader’s own choices to the link', () => {
    const { ctx, win } = fakeApp();
    const compare = mountCompare(ctx, details('compare'));
    ctx.hash.start();
    compare.setReading('split');
    expect(win.location.hash).not.toContain('layers=');
    ctx.setLayerVisible('settlements', true);
    expect(win.location.hash).toContain('layers=%2Bsettlements');
  });
});
