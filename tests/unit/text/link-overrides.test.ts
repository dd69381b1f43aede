/** Issue 13.3: front matter `links:` (the reviewer's link changes) in an article file. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/pipeline/articles/load-articles.js';
import { checkOverrideTargets } from '../../../src/pipeline/articles/link-overrides.js';
import { applyLinkOverrides } from '../../../src/text/link-overrides.js';
import { publishArticle } from '../../../src/text/quote-index.js';
import { fixtureLinker, fixtureTargets } from './corpus.js';

const file = 'geodata/articles/005.md';
const head = [
  '---',
  'id: "005"',
  'outlet: Reuters',
  'originalOutlet: Reuters',
  'headline: "Idlib deal"',
  'date: 2018-09-17',
  'dateInferred: false',
  'url: https://example.org/idlib',
  'language: en',
];
const BODY = 'Turkey sends troops to Idlib.\n\nThe talks were in Sochi.\n\nHama waits.';
const article = (links: string[]) => [...head, ...links, '---', BODY, ''].join('\n');
const message = (links: string[]) => {
  try {
    parseArticle(article(links), file);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('links: in the front matter', () => {
  it('finds each sentence by number and opening words', () => {
    const parsed = parseArticle(
      article([
        'links:',
        '  - { sentence: 1, text: "Turkey sends", remove: idlib-province }',
        '  - { sentence: 2, text: "The talks", add: city-hama }',
      ]),
      file,
    );
    expect(parsed.links).toEqual([
      { sentenceIndex: 0, featureId: 'idlib-province', add: false, line: 11 },
      { sentenceIndex: 1, featureId: 'city-hama', add: true, line: 12 },
    ]);
  });

  it('follows the opening words when the number is off (the segmenter changed)', () => {
    const parsed = parseArticle(
      article(['links:', '  - { sentence: 1, text: "Hama waits", remove: city-hama }']),
      file,
    );
    expect(parsed.links?.[0]?.sentenceIndex).toBe(2);
  });

  it('stops at a bad entry with its line and the fix', () => {
    expect(message(['links:', '  - { sentence: 9, text: "Nowhere", add: city-hama }'])).toMatch(
      /^geodata\/articles\/005\.md:11: links entry 1: sentence 9 does not start with "Nowhere", nor does any other\. Fix: /u,
    );
    expect(message(['links:', '  - { sentence: 1, text: "Turkey", add: a, remove: b }'])).toMatch(
      /:11: links entry 1: give exactly one of "add" or "remove"/u,
    );
    expect(message(['links:', '  - { sentence: 0, text: "Turkey", add: a }'])).toMatch(
      /:11: .*"sentence" must be/u,
    );
    expect(message(['links:', '  - { sentence: 1, text: "Turkey", add: a, why: b }'])).toMatch(
      /unknown key "why"/u,
    );
    expect(message(['links: yes'])).toMatch(/:10: "links" must be a list/u);
  });

  it('stops at a feature the map does not have', () => {
    const parsed = parseArticle(
      article(['links:', '  - { sentence: 1, text: "Turkey", add: city-atlantis }']),
      file,
    );
    expect(() => checkOverrideTargets([parsed], fixtureTargets())).toThrow(
      'geodata/articles/005.md:11: "city-atlantis" is not a feature',
    );
  });

  it('removes the linker’s links and adds hand links with an empty span', () => {
    const linker = fixtureLinker();
    const meta = parseArticle(article([]), file).meta;
    const plain = publishArticle(linker, { meta, body: BODY });
    expect(plain.links.map((l) => [l.sentenceIndex, l.featureId])).toEqual([
      [0, 'idlib-province'],
      [2, 'city-hama'],
    ]);
    const changed = publishArticle(linker, {
      meta,
      body: BODY,
      links: [
        { sentenceIndex: 0, featureId: 'idlib-province', add: false },
        { sentenceIndex: 1, featureId: 'city-hama', add: true },
        { sentenceIndex: 2, featureId: 'city-hama', add: true },
      ],
    });
    expect(changed.links).toEqual([
      { sentenceIndex: 1, featureId: 'city-hama', start: 0, end: 0 },
      plain.links[1],
    ]);
    expect(applyLinkOverrides(plain.links, plain.sentences, [])).toEqual(plain.links);
  });
});
