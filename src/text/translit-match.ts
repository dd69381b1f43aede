/**
 * Finds the transliteration trie's phrases in a keyed text: at every word start, a walk of the
 * trie in which the ambiguous vowel class `E` of the text follows both `a` and `i`. A match may
 * span no more words than the phrase it matches ("and an" is not "Andan"). The walk
 * from one start ends where the trie does, so the work is linear in the text (times a constant
 * bounded by the longest phrase). Pure; usable in the browser.
 */
import type { AliasEntry, TrieNode } from './linker.js';
import { E_CLASS, type KeyedText } from './translit-key.js';

/** A phrase found in the text, in original offsets. */
export interface KeyedMatch {
  start: number;
  end: number;
  entry: AliasEntry;
}

/** Every phrase of `root` in `keyed` that starts and ends at word boundaries. */
export function findTranslit(root: TrieNode, keyed: KeyedText): KeyedMatch[] {
  const matches: KeyedMatch[] = [];
  const { text, wordStart, starts, ends } = keyed;
  for (let i = 0; i < text.length; i++) {
    if (wordStart[i] !== 1) continue;
    // Each state: trie node, next index, words begun so far.
    const stack: [TrieNode, number, number][] = [[root, i, 1]];
    while (stack.length > 0) {
      const [node, j, words] = stack.pop() ?? [root, i, 1];
      const fits = node.entry?.words === undefined || words <= node.entry.words;
      if (node.entry && j > i && wordStart[j] === 1 && fits) {
        matches.push({ start: starts[i] ?? 0, end: ends[j - 1] ?? 0, entry: node.entry });
      }
      if (j >= text.length) continue;
      const char = text[j] ?? '';
      const begun = j > i && wordStart[j] === 1 ? words + 1 : words;
      for (const option of char === E_CLASS ? ['a', 'i'] : [char]) {
        const child = node.children.get(option);
        if (child) stack.push([child, j + 1, begun]);
      }
    }
  }
  return matches;
}
