/**
 * A match key that folds the common English and French romanisations of one Arabic place name
 * to one string, with a map back to the original offsets. Pure; usable in the browser.
 *
 * Steps, per word (a run of letters and digits; apostrophes and the marks ʿ ʾ inside a word are
 * dropped, so "Nu'man" is one word, but a possessive "'s" ends it; a vowel written after such a
 * mark that follows a vowel is dropped with it, so "Nu'aman" = "Nu'man", "Ma'arat" = "Marat"):
 * 1. case and diacritics folded ("Ḥamāh" = "hamah");
 * 2. the article dropped: "al"/"el" before a hyphen or space ("al-Numan", "Al Numan"), its
 *    assimilated forms before a hyphen ("an-Nu'man", "ash-Shughur", "ad-Dana", ...), and a glued
 *    "al"/"el" at the start of a word of 6 or more letters ("Alnuman");
 * 3. spellings folded: ph→f, ch→sh (French "Cheikhoun", "Choughour"), dh→z, th→t, gh→g, q→k,
 *    ck→k, dj→j, ou/oo→u, o→u, ee→i, ei/ai/ey→ay ("Sheikh" = "Shaykh"), aw or au before a consonant→u
 *    ("Tawqan" = "Tuqan", "Nauman" = "Numan"), ua before a consonant→u (an unmarked ayn: "Nuaman" =
 *    "Numan"), iy before a vowel→i ("Latakiya" = "Latakia"); kh and sh stay;
 * 4. doubled letters made single ("Maarrat" = "Marat", "Tell" = "Tel");
 * 5. a final h after a vowel dropped ("Hamah" = "Hama"), not after a consonant ("Sheikh").
 *
 * The letter e is ambiguous: it stands for a ("Maaret", "Morek" = "Murak") or for i ("Saraqeb",
 * "Idleb"). The key keeps it as the class `E`, which matches a, i or E ({@link sameTranslit});
 * a and i stay distinct, so "Sarman" is not "Sarmin".
 */
import { APOSTROPHES, foldCodePoint, HYPHENS, isWordChar } from './normalise.js';

/** A break between words that no phrase crosses: punctuation other than a hyphen. */
export const BREAK = '|';

/** The ambiguous vowel class: matches `a`, `i` or itself. */
export const E_CLASS = 'E';

/** Articles dropped before a hyphen or a space. */
const ARTICLES = new Set(['al', 'el']);
/** The article's assimilated forms, dropped only before a hyphen ("an-Nu'man", not English "an"). */
const HYPHEN_ARTICLES = new Set([
  'an',
  'ad',
  'as',
  'ash',
  'at',
  'ar',
  'az',
  'ath',
  'adh',
  'ed',
  'es',
  'esh',
  'et',
  'en',
  'er',
  'ez',
  'ul',
  'il',
]);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const DIGRAPHS: Record<string, string> = {
  ph: 'f',
  ch: 'sh',
  dh: 'z',
  th: 't',
  gh: 'g',
  ck: 'k',
  dj: 'j',
  ou: 'u',
  oo: 'u',
  ee: 'i',
  ei: 'ay',
  ai: 'ay',
  ey: 'ay',
};
const SINGLE: Record<string, string> = { q: 'k', o: 'u', e: E_CLASS };

/** A word of the source: folded characters, each with its source offsets. */
interface Word {
  chars: string[];
  starts: number[];
  ends: number[];
  /** What follows the word: a hyphen, a space, anything else, or the end. */
  after: 'hyphen' | 'space' | 'other' | 'end';
}

function splitWords(source: string): Word[] {
  const words: Word[] = [];
  let word: Word = { chars: [], starts: [], ends: [], after: 'other' };
  const close = (after: Word['after']): void => {
    if (word.chars.length > 0) words.push({ ...word, after });
    word = { chars: [], starts: [], ends: [], after: 'other' };
  };
  const chars = [...source];
  const isVowel = (char: string | undefined): boolean =>
    char !== undefined && VOWELS.has(foldCodePoint(char));
  let index = 0;
  let skipVowel = false;
  for (let k = 0; k < chars.length; k++) {
    const char = chars[k] ?? '';
    const start = index;
    index += char.length;
    if (APOSTROPHES.has(char)) {
      // A possessive "'s" ends the word ("Idlib's"); any other apostrophe is part of it.
      if (/^s$/iu.test(chars[k + 1] ?? '') && !isWordChar(chars[k + 2])) close('other');
      else skipVowel = isVowel(word.chars[word.chars.length - 1]) && isVowel(chars[k + 1]);
    } else if (skipVowel) {
      skipVowel = false;
    } else if (isWordChar(char)) {
      for (const folded of foldCodePoint(char)) {
        word.chars.push(folded);
        word.starts.push(start);
        word.ends.push(index);
      }
    } else if (HYPHENS.has(char)) close('hyphen');
    else close(/\s/u.test(char) ? 'space' : 'other');
  }
  close('end');
  return words;
}

/** Drops an article word, or a glued article, as step 2 says; returns the words kept. */
function dropArticles(words: Word[]): Word[] {
  const kept: Word[] = [];
  words.forEach((word, i) => {
    const text = word.chars.join('');
    const hasNext = i + 1 < words.length;
    if (hasNext && ARTICLES.has(text) && (word.after === 'hyphen' || word.after === 'space'))
      return;
    if (hasNext && HYPHEN_ARTICLES.has(text) && word.after === 'hyphen') return;
    if (/^[ae]l/u.test(text) && word.chars.length >= 6) {
      kept.push({
        ...word,
        chars: word.chars.slice(2),
        starts: word.starts.slice(2),
        ends: word.ends.slice(2),
      });
      return;
    }
    kept.push(word);
  });
  return kept;
}

/** One unit of a key, with the source span it stands for. */
interface Unit {
  char: string;
  start: number;
  end: number;
}

/** Steps 3–5 on one word. */
function keyWord(word: Word): Unit[] {
  const { chars, starts, ends } = word;
  const out: Unit[] = [];
  const emit = (text: string, from: number, to: number): void => {
    for (const char of text)
      out.push({ char, start: starts[from] ?? 0, end: ends[to] ?? ends[from] ?? 0 });
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    const next = chars[i + 1] ?? '';
    const after = chars[i + 2];
    const pair = DIGRAPHS[c + next];
    // aw/au ("Tawqan"), and ua, an unmarked ayn ("Nuaman"), before a consonant: u.
    const toU = (c === 'a' && (next === 'w' || next === 'u')) || (c === 'u' && next === 'a');
    if (toU && after !== undefined && !VOWELS.has(after)) {
      emit('u', i, i + 1);
      i++;
    } else if (c === 'i' && next === 'y' && after !== undefined && VOWELS.has(after)) {
      emit('i', i, i + 1);
      i++;
    } else if (pair !== undefined) {
      emit(pair, i, i + 1);
      i++;
    } else emit(SINGLE[c] ?? c, i, i);
  }
  const single: Unit[] = [];
  for (const unit of out) {
    const prev = single[single.length - 1];
    if (prev?.char === unit.char) prev.end = unit.end;
    else single.push(unit);
  }
  const last = single[single.length - 1];
  const before = single[single.length - 2];
  if (last?.char === 'h' && before && 'aiuE'.includes(before.char)) {
    before.end = last.end;
    single.pop();
  }
  // The word's last unit covers the whole word, so a match ends where the word ends.
  const tail = single[single.length - 1];
  if (tail) tail.end = Math.max(tail.end, ends[ends.length - 1] ?? tail.end);
  return single;
}

/** A text keyed for matching, with the way back to the original. */
export interface KeyedText {
  /** The key: letters, digits and {@link E_CLASS}, words run together, {@link BREAK} for punctuation. */
  text: string;
  /** Source offset where the unit at each index starts. */
  starts: Int32Array;
  /** Source offset (exclusive) where the unit at each index ends. */
  ends: Int32Array;
  /** 1 where a word starts (index `text.length` too). */
  wordStart: Uint8Array;
}

/** Keys a whole text, keeping the offsets of every unit. */
export function keyText(source: string): KeyedText {
  const units: Unit[] = [];
  const firsts: number[] = [];
  for (const word of dropArticles(splitWords(source))) {
    firsts.push(units.length);
    const keyed = keyWord(word);
    units.push(...keyed);
    // Punctuation stays as a break no phrase crosses ("Hama, Aleppo" is not "Hama-Aleppo").
    const end = keyed[keyed.length - 1]?.end ?? 0;
    if (word.after === 'other') {
      firsts.push(units.length);
      units.push({ char: BREAK, start: end, end });
    }
  }
  const wordStart = new Uint8Array(units.length + 1);
  for (const first of firsts) wordStart[first] = 1;
  wordStart[units.length] = 1;
  return {
    text: units.map((u) => u.char).join(''),
    starts: Int32Array.from(units, (u) => u.start),
    ends: Int32Array.from(units, (u) => u.end),
    wordStart,
  };
}

/** The transliteration key of a name, e.g. "Ma'arrat an-Nu'man" → "maratnuman". */
export function translitKey(name: string): string {
  return keyText(name).text;
}

/** True when two names have the same key, {@link E_CLASS} matching a, i or itself. */
export function sameTranslit(a: string, b: string): boolean {
  const ka = translitKey(a);
  const kb = translitKey(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const x = ka[i] ?? '';
    const y = kb[i] ?? '';
    if (x === y) continue;
    if (x === E_CLASS ? 'ai'.includes(y) : y === E_CLASS && 'ai'.includes(x)) continue;
    return false;
  }
  return true;
}

/** The key's spellings with {@link E_CLASS} written out as a and as i (for a trie). */
export function keyVariants(key: string): string[] {
  let variants = [''];
  for (const char of key) {
    const options = char === E_CLASS ? ['a', 'i'] : [char];
    variants = variants.flatMap((v) => options.map((o) => v + o));
    if (variants.length > 64) return [];
  }
  return variants;
}
