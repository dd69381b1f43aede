/**
 * What the project's rules link in a sentence written for a test: the linked phrases, or the
 * feature ids.
 */
import { linkArticle } from '../../../src/text/link-article.js';
import { segmentSentences } from '../../../src/text/segment.js';
import { fixtureLinker } from './corpus.js';

const linker = fixtureLinker();

/** "phrase → feature-id" for each link of `text`. */
export const links = (text: string): string[] =>
  linkArticle(linker, text, segmentSentences(text)).map(
    (l) => `${text.slice(l.start, l.end)} → ${l.featureId}`,
  );

/** The feature ids `text` links, in order of first link. */
export const ids = (text: string): string[] => [
  ...new Set(linkArticle(linker, text, segmentSentences(text)).map((l) => l.featureId)),
];
