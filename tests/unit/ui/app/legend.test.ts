// @vitest-environment happy-dom
/** The legend shows what is drawn now: a mode's overlays while shown, and who sets a group. */
import { describe, expect, it } from 'vitest';
import { mountLegend } from '../../../../src/ui/app/legend.js';
import { mountCompare } from '../../../../src/ui/teacher/compare.js';
import { fakeApp } from '../support/fake-app.js';

function setUp() {
  document.body.replaceChildren();
  const app = fakeApp();
  const legend = document.createElement('details');
  const compare = document.createElement('details');
  document.body.append(legend, compare);
  mountLegend(app.ctx, legend);
  return { ...app, legend, compare: mountCompare(app.ctx, compare) };
}

describe('the legend', () => {
  it('lists a mode’s overlay only while it is drawn, with the overlay’s own words', () => {
    const { legend, compare } = setUp();
    const overlays = () =>
      [...legend.querySelectorAll('[data-overlay]')].map((li) => li.textContent);
    expect(overlays()).toEqual([]);
    compare.setReading('split');
    expect(overlays()).toEqual([expect.stringContaining('Jaysh al-Izza')]);
    compare.setReading('agreed');
    expect(overlays()).toEqual([]);
  });
  it('says which mode sets a group and leaves the reader’s toggle for afterwards', () => {
    const { legend, compare } = setUp();
    const box = legend.querySelector<HTMLInputElement>('#layer-zone');
    compare.setReading('split');
    expect(box?.checked).toBe(false);
    expect(box?.disabled).toBe(true);
    expect(legend.querySelector('#layer-zone-set-by')?.textContent).toContain('the rival reading');
    compare.setReading('agreed');
    expect(box?.checked).toBe(true);
    expect(box?.disabled).toBe(false);
  });
  it('shows a group’s symbols only while the group is drawn', () => {
    const { ctx, legend } = setUp();
    const entries = legend.querySelector<HTMLElement>('[data-entries="settlements"]');
    expect(entries?.hidden).toBe(true);
    ctx.setLayerVisible('settlements', true);
    expect(entries?.hidden).toBe(false);
  });
});
