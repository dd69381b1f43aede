/**
 * A reviewer's changes to the linker's proposal (front matter `links:` of an article file, and
 * the browser's "Add an article" review): links removed from a sentence and sentences linked to
 * a place by hand. Applied after the linker, by the pipeline and the browser alike. Pure.
 */
import type { SentenceSpan } from '../types.js';
import type { SentenceLink } from './link-article.js';

/** One change: `add` links sentence `sentenceIndex` to `featureId`; otherwise removes its links. */
export interface LinkOverride {
  sentenceIndex: number;
  featureId: string;
  add: boolean;
}

/**
 * The links with the overrides applied: a removal drops every link of its feature in its
 * sentence; an addition links the sentence to the feature (an empty span at its start, since no
 * words of it were matched) unless the sentence already links it. Result in sentence order.
 */
export function applyLinkOverrides(
  links: readonly SentenceLink[],
  sentences: readonly SentenceSpan[],
  overrides: readonly LinkOverride[],
): SentenceLink[] {
  const key = (sentenceIndex: number, featureId: string) => `${sentenceIndex}:${featureId}`;
  const removed = new Set(
    overrides.filter((o) => !o.add).map((o) => key(o.sentenceIndex, o.featureId)),
  );
  const out = links.filter((l) => !removed.has(key(l.sentenceIndex, l.featureId)));
  const linked = new Set(out.map((l) => key(l.sentenceIndex, l.featureId)));
  for (const o of overrides) {
    const k = key(o.sentenceIndex, o.featureId);
    if (!o.add || linked.has(k) || removed.has(k) || !sentences[o.sentenceIndex]) continue;
    linked.add(k);
    out.push({ sentenceIndex: o.sentenceIndex, featureId: o.featureId, start: 0, end: 0 });
  }
  return out
    .map((link, order) => ({ link, order }))
    .sort((a, b) => a.link.sentenceIndex - b.link.sentenceIndex || a.order - b.order)
    .map(({ link }) => link);
}
