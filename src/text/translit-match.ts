/**
 * Finds the transliteration trie's phrases in a keyed text: at every word start, a walk of the
 * trie in which the ambiguous vowel class `E` of the text follows both `a` and `i`. The walk
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
    const stack: [TrieNode, number][] = [[root, i]];
    while (stack.length > 0) {
      const [node, j] = stack.pop() ?? [root, i];
      if (node.entry && j > i && wordStart[j] === 1) {
        matches.push({ start: starts[i] ?? 0, end: ends[j - 1] ?? 0, entry: node.entry });
      }
      if (j >= text.length) continue;
      const char = text[j] ?? '';
      for (const option of char === E_CLASS ? ['a', 'i'] : [char]) {
        const child = node.children.get(option);
        if (child) stack.push([child, j + 1]);
      }
    }
  }
  return matches;
}
