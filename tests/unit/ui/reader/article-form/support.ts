/** Shared setup for the "Add an article" tests: the published features and link rules. */
import type { LinkRules } from '../../../../../src/text/link-rules.js';
import type { Linker } from '../../../../../src/text/linker.js';
import type { ArticleFields } from '../../../../../src/ui/reader/article-form/model.js';
import { linkerFor } from '../../../../../src/ui/reader/article-form/propose.js';
import { features, published } from '../../../content/published-data.js';

export const rules = () => published<LinkRules>('link-rules.json');
export const browserLinker = (): Linker => linkerFor(features().features, rules());

/** A text that links several places, with one sentence of hostile text. */
export const TEXT = [
  'Russia and Turkey agreed on a demilitarised zone in Idlib on Monday.',
  '',
  'Turkish troops will man the observation post in Morek, north of Hama.',
  'The <script>alert(1)</script> text and \u202Eevil\u202C marks stay text.',
  'Nothing here names a place.',
].join('\n');

export const FIELDS: ArticleFields = {
  outlet: 'Example News',
  headline: 'Russia and Turkey agree "zone" in Idlib: what next',
  date: '2018-09-18',
  url: 'https://example.org/news/idlib-zone?id=1',
  text: TEXT,
};
