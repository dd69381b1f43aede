/**
 * The pipeline's own segmenter and linker, in the browser: loads the published link rules
 * (`data/link-rules.json`, written by `npm run data` from `geodata/feature-aliases.yaml`) and
 * links a pasted article the way `npm run data` will link its downloaded file.
 */
import type { AppFeature, ArticleMeta, PublishedArticle } from '../../../types.js';
import type { LinkRules } from '../../../text/link-rules.js';
import { linkTargets } from '../../../text/link-targets.js';
import { compileLinker, type Linker } from '../../../text/linker.js';
import { applyLinkOverrides, type LinkOverride } from '../../../text/link-overrides.js';
import { publishArticle } from '../../../text/quote-index.js';
import { LINK_RULES_DATA } from '../../../data-files.js';
import { dataUrl, loadJson } from '../../app/load-data.js';

/** Compiles the linker for the map's features and the published rules. */
export function linkerFor(features: readonly AppFeature[], rules: LinkRules): Linker {
  return compileLinker(linkTargets({ features }), rules);
}

let loaded: Promise<LinkRules> | undefined;

/** Fetches the published link rules once (a failed fetch is tried again next time). */
export function loadLinkRules(): Promise<LinkRules> {
  if (!loaded) {
    loaded = loadJson<LinkRules>(dataUrl(LINK_RULES_DATA));
    loaded.catch(() => (loaded = undefined));
  }
  return loaded;
}

/** The linker's proposal: the article segmented and linked, before any review. */
export function proposeLinks(linker: Linker, meta: ArticleMeta, body: string): PublishedArticle {
  return publishArticle(linker, { meta, body });
}

/** The proposal with the reviewer's changes, as the pipeline applies `links:`. */
export function reviewed(
  proposal: PublishedArticle,
  overrides: readonly LinkOverride[],
): PublishedArticle {
  return {
    ...proposal,
    links: applyLinkOverrides(proposal.links, proposal.sentences, overrides),
  };
}
