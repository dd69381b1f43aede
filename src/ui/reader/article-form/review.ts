/**
 * The review of the proposed links: every sentence with the places it links to; each link can
 * be removed, and a sentence can be linked to a place by hand (a select of the map's places and
 * a button). The reviewer's changes are kept as overrides of the linker's proposal.
 */
import type { AppFeature, PublishedArticle } from '../../../types.js';
import { button, el } from '../../app/dom.js';
import { inertText, plural } from '../../app/text.js';
import type { ReviewedOverride } from './model.js';
import { reviewed } from './propose.js';

/** The review's state and its list. */
export interface Review {
  element: HTMLElement;
  overrides(): ReviewedOverride[];
  /** The proposal with the changes. */
  result(): PublishedArticle;
}

/** Records a removal: undoes a hand link, or overrides the linker's. */
export function removeLink(
  overrides: readonly ReviewedOverride[],
  change: ReviewedOverride,
): ReviewedOverride[] {
  const same = (o: ReviewedOverride) =>
    o.sentenceIndex === change.sentenceIndex && o.featureId === change.featureId;
  const added = overrides.some((o) => same(o) && o.add);
  const rest = overrides.filter((o) => !same(o));
  return added ? rest : [...rest, { ...change, add: false }];
}

/** Records a hand link: undoes a removal, or adds a link. */
export function addLink(
  overrides: readonly ReviewedOverride[],
  change: ReviewedOverride,
): ReviewedOverride[] {
  const same = (o: ReviewedOverride) =>
    o.sentenceIndex === change.sentenceIndex && o.featureId === change.featureId;
  const removed = overrides.some((o) => same(o) && !o.add);
  const rest = overrides.filter((o) => !same(o));
  return removed ? rest : [...rest, { ...change, add: true }];
}

/**
 * Builds the review of `proposal` over `features` (the select's places, sorted by name),
 * starting from `initial` changes; `onChange` hears every change.
 */
export function mountReview(
  proposal: PublishedArticle,
  features: readonly AppFeature[],
  initial: readonly ReviewedOverride[],
  onChange: (overrides: ReviewedOverride[]) => void,
): Review {
  let overrides = initial.filter(
    (o) => proposal.sentences[o.sentenceIndex] && sentenceText(o.sentenceIndex) === o.sentenceText,
  );
  const names = new Map(features.map((f) => [f.properties.id, f.properties.name]));
  const sorted = [...features].sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  const list = el('ol', { class: 'review-sentences' });
  const summary = el('p', { class: 'review-summary', role: 'status' });

  function sentenceText(index: number): string {
    const span = proposal.sentences[index];
    return span ? proposal.body.slice(span.start, span.end) : '';
  }

  function sentenceItem(index: number, current: PublishedArticle): HTMLLIElement {
    const text = sentenceText(index);
    const ids = [
      ...new Set(current.links.filter((l) => l.sentenceIndex === index).map((l) => l.featureId)),
    ];
    const selectId = `review-place-${index}`;
    const select = el(
      'select',
      { id: selectId, class: 'review-select' },
      el('option', { value: '' }, 'Choose a place…'),
      ...sorted.map((f) => el('option', { value: f.properties.id }, inertText(f.properties.name))),
    );
    const change = (featureId: string): ReviewedOverride => ({
      sentenceIndex: index,
      featureId,
      add: true,
      sentenceText: text,
    });
    const links = el(
      'ul',
      { class: 'review-links', 'aria-label': `Places sentence ${index + 1} links to` },
      ...ids.map((id) => {
        const name = inertText(names.get(id) ?? id);
        const byHand = overrides.some(
          (o) => o.add && o.sentenceIndex === index && o.featureId === id,
        );
        return el(
          'li',
          { 'data-feature-id': id },
          el('span', { class: 'review-place' }, name),
          byHand ? el('span', { class: 'review-by-hand' }, ' (linked by hand)') : null,
          ' ',
          button('Remove', () => update(index, removeLink(overrides, change(id)), 'select'), {
            class: 'review-remove',
            'aria-label': `Remove the link from sentence ${index + 1} to ${name}`,
          }),
        );
      }),
    );
    const link = button(
      'Link',
      () => {
        if (select.value) update(index, addLink(overrides, change(select.value)), 'remove');
      },
      { class: 'review-add', 'aria-label': `Link sentence ${index + 1} to the chosen place` },
    );
    return el(
      'li',
      { class: 'review-sentence', 'data-sentence': index },
      el('p', { class: 'review-text', dir: 'auto' }, inertText(text)),
      ids.length ? links : el('p', { class: 'review-none' }, 'No place linked.'),
      el(
        'div',
        { class: 'review-add-row' },
        el('label', { for: selectId }, `Link sentence ${index + 1} to a place`),
        select,
        link,
      ),
    );
  }

  function describe(current: PublishedArticle): void {
    const linked = new Set(current.links.map((l) => l.sentenceIndex)).size;
    summary.textContent = `${plural(current.sentences.length, 'sentence', 'sentences')}, ${plural(linked, 'links to a place', 'link to places')}.`;
  }

  function update(index: number, next: ReviewedOverride[], focus: 'select' | 'remove'): void {
    overrides = next;
    const current = reviewed(proposal, overrides);
    const old = list.children[index];
    const fresh = sentenceItem(index, current);
    old?.replaceWith(fresh);
    describe(current);
    const target =
      focus === 'remove'
        ? [...fresh.querySelectorAll<HTMLElement>('.review-remove')].pop()
        : undefined;
    (target ?? fresh.querySelector<HTMLElement>('select'))?.focus();
    onChange(overrides);
  }

  const current = reviewed(proposal, overrides);
  proposal.sentences.forEach((_, i) => list.append(sentenceItem(i, current)));
  describe(current);
  return {
    element: el(
      'section',
      { class: 'article-review', 'aria-labelledby': 'article-review-title' },
      el('h3', { id: 'article-review-title' }, 'Review the links'),
      el(
        'p',
        { class: 'hint' },
        'Each sentence linked to a place becomes a quote in that place’s card. Remove a wrong link, or link a sentence by hand.',
      ),
      summary,
      list,
    ),
    overrides: () => overrides,
    result: () => reviewed(proposal, overrides),
  };
}
