/**
 * The "Add an article" dialog: Outlet, Headline, Date, Address and Text; "Propose links" runs
 * the pipeline's linker on the text for review (./review.ts); "Add to the map" checks every
 * field (./validate.ts), stores the article on this device and puts its quotes on the map. What
 * is typed is kept as a draft until the article is added or the draft discarded.
 */
import type { AppContext } from '../../app/app-context.js';
import { button, el } from '../../app/dom.js';
import { plural } from '../../app/text.js';
import { storageDraft, type Draft, type DraftStore } from './article-store.js';
import { articleFields } from './fields.js';
import type { LocalArticles } from './local-articles.js';
import {
  articleId,
  articleMeta,
  localToday,
  normaliseBody,
  type ReviewedOverride,
} from './model.js';
import { linkerFor, loadLinkRules, proposeLinks } from './propose.js';
import { mountReview, type Review } from './review.js';
import { validateFields } from './validate.js';
import './article-form.css';

const EMPTY: Draft = {
  fields: { outlet: '', headline: '', date: '', url: '', text: '' },
  overrides: [],
};

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

let dialog: HTMLDialogElement | undefined;

/**
 * Opens the form (built on first use) over the page; focus returns to `opener` when it closes.
 *
 * @param drafts - Where the draft is kept (`localStorage` unless given).
 */
export function openArticleForm(
  ctx: AppContext,
  local: LocalArticles,
  opener: HTMLElement,
  drafts: DraftStore = storageDraft(safeStorage()),
): HTMLDialogElement {
  if (!dialog?.isConnected) dialog = buildForm(ctx, local, drafts);
  const form = dialog;
  form.dataset['opener'] = opener.id;
  if (!form.open) form.showModal();
  form.querySelector<HTMLElement>('#article-outlet')?.focus();
  return form;
}

function buildForm(ctx: AppContext, local: LocalArticles, drafts: DraftStore): HTMLDialogElement {
  const today = localToday();
  const draft = drafts.load() ?? structuredClone(EMPTY);
  let overrides: ReviewedOverride[] = draft.overrides;
  let review: Review | null = null;
  let proposedText: string | null = null;
  const fields = articleFields(today, (name) => {
    if (name === 'text' && review && normaliseBody(fields.values().text) !== proposedText) {
      clearReview('The text changed: propose the links again.');
    }
    save();
  });
  fields.setValues(draft.fields);
  const reviewHost = el('div', { class: 'review-host' });
  const status = el('p', { class: 'form-status', role: 'status' });
  const save = () => drafts.save({ fields: fields.values(), overrides });

  function clearReview(message: string): void {
    review = null;
    proposedText = null;
    overrides = [];
    reviewHost.replaceChildren();
    status.textContent = message;
  }

  async function propose(focus: boolean): Promise<boolean> {
    const text = normaliseBody(fields.values().text);
    if (!text.trim()) {
      fields.showErrors({ text: 'Paste the article’s text.' }, focus);
      return false;
    }
    fields.showErrors({}, false);
    status.textContent = 'Proposing links…';
    let rules;
    try {
      rules = await loadLinkRules();
    } catch {
      status.textContent = 'The linking rules could not be loaded: reload the page and try again.';
      return false;
    }
    const meta = articleMeta(fields.values(), 'draft', today);
    const proposal = proposeLinks(linkerFor(ctx.features, rules), meta, text);
    review = mountReview(proposal, ctx.features, overrides, (next) => {
      overrides = next;
      save();
    });
    overrides = review.overrides();
    proposedText = text;
    reviewHost.replaceChildren(review.element);
    const linked = new Set(proposal.links.map((l) => l.sentenceIndex)).size;
    status.textContent = `Links proposed: ${plural(linked, 'sentence links', 'sentences link')} to places. Review them below.`;
    if (focus) review.element.querySelector<HTMLElement>('h3')?.focus();
    return true;
  }

  async function addToMap(): Promise<void> {
    const values = fields.values();
    const errors = validateFields(values, ctx.quotes, today);
    fields.showErrors(errors, true);
    if (Object.keys(errors).length) {
      status.textContent = 'The article was not added: correct the marked fields.';
      return;
    }
    if (!review || proposedText !== normaliseBody(values.text)) {
      if (!(await propose(false)) || !review) return;
    }
    const current: Review = review;
    const id = articleId(values, (candidate) => Object.hasOwn(ctx.quotes.articles, candidate));
    const result = current.result();
    const article = { ...result, meta: articleMeta(values, id, today) };
    await local.add({
      id,
      article,
      overrides: current.overrides(),
      addedAt: new Date().toISOString(),
    });
    drafts.clear();
    reset();
    close();
    const places = new Set(article.links.map((l) => l.featureId)).size;
    const message = `Added “${article.meta.headline}” on this device: quotes for ${plural(places, 'place', 'places')}.`;
    // Announced only: the article's entry in "Articles added on this device" shows it.
    ctx.announce(message);
  }

  function reset(): void {
    fields.setValues(EMPTY.fields);
    fields.showErrors({}, false);
    clearReview('');
  }

  function close(): void {
    form.close();
  }

  const form = el(
    'dialog',
    { id: 'article-form', class: 'article-dialog', 'aria-labelledby': 'article-form-title' },
    el(
      'div',
      { class: 'article-form' },
      el('h2', { id: 'article-form-title' }, 'Add an article'),
      el(
        'p',
        { class: 'hint' },
        'The article stays in this browser (download it to add it to the project). Links you remove or add by hand are written into the downloaded file.',
      ),
      fields.element,
      button('Propose links', () => void propose(true), { class: 'propose-links' }),
      status,
      reviewHost,
      el(
        'div',
        { class: 'form-actions' },
        button('Add to the map', () => void addToMap(), { class: 'add-to-map' }),
        button(
          'Discard',
          () => {
            drafts.clear();
            reset();
            status.textContent = 'Draft discarded.';
            fields.input('outlet').focus();
          },
          { class: 'discard-draft' },
        ),
        button('Close', close, {
          class: 'close-form',
          'aria-label': 'Close the form (the draft is kept)',
        }),
      ),
    ),
  );
  form.addEventListener('close', () => {
    const opener = document.getElementById(form.dataset['opener'] ?? '');
    opener?.focus();
  });
  document.body.append(form);
  if (draft.fields.text.trim()) void propose(false);
  return form;
}
