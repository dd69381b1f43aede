/** Parsers and formatters of the context's own hash values (`article=`, `layers=`). Pure. */
import type { QuoteIndex } from '../../types.js';
import { LAYER_GROUPS, findLayerGroup, type LayerGroupId } from '../../map/layer-groups.js';
import type { OpenArticle } from './app-context.js';

/** Parses `000:12` into an article reference. */
export function parseArticleRef(raw: string, quotes: QuoteIndex): OpenArticle | undefined {
  const match = /^([^:]+):(\d{1,5})$/.exec(raw);
  if (!match?.[1] || !match[2]) return undefined;
  // Own keys only: `constructor` or `__proto__` must not find a built-in.
  if (!Object.hasOwn(quotes.articles, match[1])) return undefined;
  const article = quotes.articles[match[1]];
  const sentenceIndex = Number(match[2]);
  if (!article || sentenceIndex >= article.sentences.length) return undefined;
  return { articleId: match[1], sentenceIndex };
}

/** Parses `-territory,+settlements` (changes from the defaults) into visibility per group. */
export function parseLayers(raw: string): Map<LayerGroupId, boolean> | undefined {
  const result = new Map<LayerGroupId, boolean>();
  for (const part of raw.split(',')) {
    const sign = part[0];
    const group = findLayerGroup(part.slice(1));
    if ((sign !== '-' && sign !== '+' && sign !== ' ') || !group) return undefined;
    result.set(group.id, sign !== '-');
  }
  return result;
}

/** Formats visibility as changes from the defaults; `null` when nothing differs. */
export function formatLayers(visible: ReadonlyMap<LayerGroupId, boolean>): string | null {
  const parts = LAYER_GROUPS.filter(
    (g) => (visible.get(g.id) ?? g.defaultVisible) !== g.defaultVisible,
  ).map((g) => `${visible.get(g.id) ? '+' : '-'}${g.id}`);
  return parts.length ? parts.join(',') : null;
}
