// @vitest-environment happy-dom
/**
 * Issue 13.3: the quote index in the context is extendable: `ctx.addArticles` merges articles
 * added on this device into a new index and emits `quotes`, which the list and the popup follow.
 */
import { describe, expect, it } from 'vitest';
import type { PublishedArticle } from '../../../../src/types.js';
import { mountFeatureList } from '../../../../src/ui/reader/feature-list.js';
import { mountPopup } from '../../../../src/ui/reader/popup.js';
import { mountReader } from '../../../../src/ui/reader/reader.js';
import { fakeApp } from '../support/fake-app.js';

const BODY = 'Troops reached Saraqib. Saraqib is quiet.';
function article(id: string, headline = 'Saraqib <b>report</b>'): PublishedArticle {
  return {
    meta: {
      id,
      outlet: 'Local \u202Eoutlet',
      originalOutlet: 'Local',
      headline,
      date: '2018-10-01',
      dateInferred: false,
      url: 'javascript:alert(1)',
      language: 'en',
    },
    body: BODY,
    sentences: [
      { start: 0, end: 23 },
      { start: 24, end: BODY.length },
    ],
    links: [
      { sentenceIndex: 0, featureId: 'city-saraqib', start: 15, end: 22 },
      { sentenceIndex: 1, featureId: 'city-saraqib', start: 0, end: 7 },
      { sentenceIndex: 1, featureId: 'no-such-place', start: 0, end: 7 },
    ],
  };
}

describe('ctx.addArticles', () => {
  it('adds quotes, marks the articles as added and emits quotes', () => {
    const { ctx } = fakeApp();
    const base = ctx.quotes;
    const before = base.byFeature['city-saraqib']?.length ?? 0;
    const events: string[][] = [];
    ctx.on('quotes', ({ added, removed }) => events.push([...added, '|', ...removed]));
    expect(ctx.addArticles([article('local-1')])).toEqual(['local-1']);
    expect(ctx.quotes).not.toBe(base);
    expect(base.byFeature['city-saraqib']).toHaveLength(before);
    expect(ctx.quotes.byFeature['city-saraqib']).toHaveLength(before + 2);
    expect(ctx.quotes.byFeature['no-such-place']).toBeUndefined();
    expect(ctx.quotes.articles['local-1']?.addedOnDevice).toBe(true);
    // Adding it again replaces it rather than doubling its quotes.
    ctx.addArticles([article('local-1')]);
    expect(ctx.quotes.byFeature['city-saraqib']).toHaveLength(before + 2);
    ctx.removeArticles(['local-1']);
    expect(ctx.quotes.byFeature['city-saraqib']).toHaveLength(before);
    expect(events).toEqual([
      ['local-1', '|'],
      ['local-1', '|'],
      ['|', 'local-1'],
    ]);
  });

  it('refuses to replace or remove a published article', () => {
    const { ctx } = fakeApp();
    const [published] = Object.keys(ctx.quotes.articles);
    expect(published).toBeDefined();
    expect(ctx.addArticles([article(published ?? '')])).toEqual([]);
    ctx.removeArticles([published ?? '']);
    expect(ctx.quotes.articles[published ?? '']?.addedOnDevice).toBeUndefined();
  });

  it('updates the list count, the open popup and the reader, all as inert text', () => {
    const { ctx } = fakeApp();
    const list = document.createElement('nav');
    const panel = document.createElement('section');
    const reader = document.createElement('section');
    const mapHost = document.createElement('div');
    document.body.append(list, panel, reader, mapHost);
    mountFeatureList(ctx, list);
    mountPopup(ctx, { panel, fallbackFocus: mapHost });
    mountReader(ctx, reader, mapHost);
    const count = () =>
      list.querySelector('[data-feature-id="city-saraqib"] .entry-count')?.textContent;
    const before = ctx.quotes.byFeature['city-saraqib']?.length ?? 0;
    ctx.select('city-saraqib', { source: 'hash' });
    ctx.addArticles([article('local-1')]);
    expect(count()).toBe(`${before + 2} quotes`);
    // Saraqib has more quotes than a card shows at first: open them all.
    panel.querySelector<HTMLButtonElement>('.more-quotes')?.click();
    const added = [...panel.querySelectorAll('.quote')].filter((q) =>
      q.textContent?.includes('Added on this device'),
    );
    expect(added.length).toBeGreaterThan(0);
    ctx.openArticle('local-1', 1);
    expect(reader.hidden).toBe(false);
    expect(reader.querySelector('.added-label')?.textContent).toBe('Added on this device');
    expect(reader.querySelector('b, script')).toBeNull();
    expect(reader.querySelector('#reader-title')?.textContent).toBe('Saraqib <b>report</b>');
    expect(reader.querySelector('a[href^="javascript"]')).toBeNull();
    expect(reader.textContent).toContain('[U+202E]');
    ctx.removeArticles(['local-1']);
    expect(reader.hidden).toBe(true);
    expect(count()).toBe(`${before} ${before === 1 ? 'quote' : 'quotes'}`);
  });
});
