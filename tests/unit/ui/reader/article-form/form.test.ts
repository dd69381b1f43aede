// @vitest-environment happy-dom
/**
 * Issue 13.3: the "Add an article" form under happy-dom, with the storage in memory: messages
 * at the fields, the review (remove a link, link by hand), the draft kept across a rebuild of
 * the page, and "Add to the map".
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  memoryStore,
  type Draft,
  type DraftStore,
} from '../../../../../src/ui/reader/article-form/article-store.js';
import { openArticleForm } from '../../../../../src/ui/reader/article-form/form.js';
import { mountLocalArticles } from '../../../../../src/ui/reader/article-form/local-articles.js';
import { fakeApp } from '../../support/fake-app.js';
import { FIELDS, rules as linkRules } from './support.js';

const rules = JSON.stringify(linkRules());

function memoryDrafts(): DraftStore & { value: Draft | null } {
  const drafts = {
    value: null as Draft | null,
    load: () => (drafts.value ? structuredClone(drafts.value) : null),
    save: (draft: Draft) => void (drafts.value = structuredClone(draft)),
    clear: () => void (drafts.value = null),
  };
  return drafts;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

async function setup(drafts = memoryDrafts()) {
  const { ctx } = fakeApp();
  const host = document.createElement('div');
  const opener = document.createElement('button');
  opener.id = 'add-article';
  document.body.append(host, opener);
  const store = memoryStore();
  const local = await mountLocalArticles(ctx, host, store);
  const form = openArticleForm(ctx, local, opener, drafts);
  await flush();
  return { ctx, host, form, drafts, store };
}

function fill(form: HTMLElement, values: Partial<typeof FIELDS>): void {
  for (const [name, value] of Object.entries(values)) {
    const input = form.querySelector<HTMLInputElement>(`#article-${name}`);
    if (!input) throw new Error(name);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
}

const click = (form: HTMLElement, selector: string) =>
  form.querySelector<HTMLElement>(selector)?.click();

beforeEach(() => {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(rules, { status: 200 })));
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('the "Add an article" form', () => {
  it('marks every empty field, with the message named by aria-describedby', async () => {
    const { form, ctx } = await setup();
    const before = Object.keys(ctx.quotes.articles).length;
    click(form, '.add-to-map');
    await flush();
    for (const name of ['outlet', 'headline', 'date', 'url', 'text']) {
      const input = form.querySelector(`#article-${name}`);
      const error = form.querySelector(`#article-${name}-error`);
      expect(input?.getAttribute('aria-invalid'), name).toBe('true');
      expect(input?.getAttribute('aria-describedby')?.split(' '), name).toContain(error?.id);
      expect(error?.textContent, name).not.toBe('');
    }
    expect(Object.keys(ctx.quotes.articles)).toHaveLength(before);
    fill(form, { url: 'javascript:alert(1)' });
    click(form, '.add-to-map');
    await flush();
    expect(form.querySelector('#article-url-error')?.textContent).toMatch(/https:\/\//u);
  });

  it('proposes links, keeps the review in the draft, and adds the article', async () => {
    const drafts = memoryDrafts();
    let { form, ctx, host, store } = await setup(drafts);
    fill(form, FIELDS);
    click(form, '.propose-links');
    await flush();
    const sentences = form.querySelectorAll('.review-sentence');
    expect(sentences).toHaveLength(4);
    expect(form.querySelector('.review-sentence .review-text')?.textContent).toMatch(/^Russia/u);
    expect(form.querySelector('script')).toBeNull();
    expect(form.textContent).toContain('<script>alert(1)</script>');
    expect(form.textContent).toContain('[U+202E]evil');
    // Remove the first proposed link; link the last sentence to Idlib city by hand.
    const first = form.querySelector<HTMLElement>('.review-sentence [data-feature-id]');
    const removedId = first?.dataset['featureId'];
    first?.querySelector<HTMLElement>('.review-remove')?.click();
    const last = form.querySelectorAll('.review-sentence')[3];
    const select = last?.querySelector('select');
    if (!select) throw new Error('no select');
    select.value = 'city-idlib';
    last?.querySelector<HTMLElement>('.review-add')?.click();
    expect(drafts.value?.overrides.map((o) => [o.featureId, o.add])).toEqual([
      [removedId, false],
      ['city-idlib', true],
    ]);

    // A reload: the page is built again from the draft, the review with it.
    document.body.replaceChildren();
    ({ form, ctx, host, store } = await setup(drafts));
    expect(form.querySelector<HTMLInputElement>('#article-headline')?.value).toBe(FIELDS.headline);
    const again = form.querySelectorAll('.review-sentence')[3];
    expect(again?.querySelector('[data-feature-id="city-idlib"]')?.textContent).toMatch(/by hand/u);

    click(form, '.add-to-map');
    await flush();
    const added = Object.values(ctx.quotes.articles).find((a) => a.addedOnDevice);
    expect(added?.meta.headline).toBe(FIELDS.headline);
    expect(added?.links.some((l) => l.sentenceIndex === 3 && l.featureId === 'city-idlib')).toBe(
      true,
    );
    expect(added?.links.some((l) => l.sentenceIndex === 0 && l.featureId === removedId)).toBe(
      false,
    );
    expect(ctx.quotes.byFeature['city-idlib']?.some((q) => q.articleId === added?.meta.id)).toBe(
      true,
    );
    expect(drafts.value).toBeNull();
    expect((await store.list()).map((s) => s.id)).toEqual([added?.meta.id]);
    expect(host.querySelector('.local-headline')?.textContent).toBe(FIELDS.headline);

    // The same article again is refused at its field.
    openArticleForm(
      ctx,
      { add: () => Promise.resolve() },
      document.createElement('button'),
      drafts,
    );
    fill(form, FIELDS);
    click(form, '.add-to-map');
    await flush();
    expect(form.querySelector('#article-url-error')?.textContent).toMatch(
      /already added on this device/u,
    );

    // Remove takes it off the map and out of the store.
    host.querySelector<HTMLElement>('.local-remove')?.click();
    await flush();
    expect(Object.values(ctx.quotes.articles).some((a) => a.addedOnDevice)).toBe(false);
    expect(await store.list()).toEqual([]);
  });
});
