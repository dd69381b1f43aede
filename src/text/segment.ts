/**
 * Sentence segmentation for news text: `Intl.Segmenter` (`granularity: 'sentence'`) plus fixes
 * where news text defeats it. Pure; usable in the browser.
 */
import type { SentenceSpan } from '../types.js';

/** Abbreviations that never end a sentence when a word follows on the same line ("Mr. Smith"). */
const TITLE_ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov pres st mt ft jr sr vs approx'.split(
    ' ',
  ),
);
/** Abbreviations that do not end a sentence before a number ("Oct. 10", "No. 9"). */
const NUMBER_ABBREVIATIONS = new Set(
  'no nos p pp art jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
/** Words that open a new sentence after a dotted initialism such as "U.S.". */
const SENTENCE_OPENERS = new Set([
  'The',
  'A',
  'An',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'You',
  'This',
  'That',
  'These',
  'Those',
  'There',
  'In',
  'On',
  'At',
  'But',
  'And',
  'However',
  'Meanwhile',
  'Under',
  'After',
  'Before',
  'Earlier',
  'Later',
  'Now',
  'His',
  'Her',
  'Their',
  'Its',
  'Our',
  'If',
  'As',
  'When',
  'While',
  'Asked',
]);
/** Verbs of a trailing attribution ("Putin said.") split off after a closing quote. */
const SPEECH_VERB =
  /^(?:said|says|added|adds|stated|states|told|tells|warned|noted|explained|insisted|asked|replied|declared|continued|wrote|reported)$/u;

const TERMINAL_END = /[.!?…]["'”’»)\]]*\s*$/u;
const LAST_WORD = /([\p{L}.]+)\.\s*$/u;
const LOWER_START = /^["'“‘«([]*\p{Ll}/u;
const DIGIT_START = /^["'“‘«([]*\p{N}/u;
const UPPER_WORD_START = /^["'“‘«([]*(\p{Lu}[\p{L}'’-]*)/u;
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]*,\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2}\.\s*$/u;
const AGENCY_TAG = /(?:^|\s)\/\p{Lu}[\p{L}-]*\/\.?\s*$/u;
const CLOSES_QUOTE = /[.!?]["”’»]\s*$/u;
const INITIAL = /(?:^|[\s(])\p{Lu}\.\s*$/u;
const DOTTED_INITIALISM = /(?:^|[\s(])(?:\p{Lu}\.){2,}\s*$/u;

/** Segmenters by locale: creating one costs far more than segmenting an article. */
const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Blocks longer than this are cut where `Intl.Segmenter` would break anyway. */
const BLOCK_CHARS = 2000;
/** A place where UAX #29 always breaks: terminal punctuation, spaces, then a capital letter. */
const SURE_BREAK = /[.?!]["'”’»)\]]* +(?=\p{Lu})/gu;

/**
 * Cuts `flat` into blocks at hard line breaks, and long blocks at sure sentence breaks: V8's
 * sentence iterator slows down with the number of segments in one string, so segmenting block
 * by block keeps the whole linear. The sentences are the same.
 */
export function sentenceBlocks(flat: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < flat.length) {
    const newline = flat.indexOf('\n', start);
    const lineEnd = newline < 0 ? flat.length : newline + 1;
    let blockStart = start;
    while (lineEnd - blockStart > BLOCK_CHARS) {
      SURE_BREAK.lastIndex = blockStart + BLOCK_CHARS / 2;
      const cut = SURE_BREAK.exec(flat);
      if (!cut || cut.index >= lineEnd) break;
      const cutAt = cut.index + cut[0].length;
      out.push([blockStart, cutAt]);
      blockStart = cutAt;
    }
    out.push([blockStart, lineEnd]);
    start = lineEnd;
  }
  return out;
}

/** Replaces soft line wraps inside a paragraph with spaces (same length, so offsets hold). */
function unwrapSoftLineBreaks(text: string): string {
  const lines = text.split('\n');
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    out += line;
    if (i === lines.length - 1) break;
    const next = lines[i + 1] ?? '';
    const soft =
      line.trim() !== '' &&
      next.trim() !== '' &&
      !TERMINAL_END.test(line) &&
      !/^\s*(?:#|[-*+>]\s|\d+[.)]\s)/u.test(next) &&
      (line.trim().length >= 50 || LOWER_START.test(next.trimStart()));
    out += soft ? ' ' : '\n';
  }
  return out;
}

/** Depth of unclosed round or square brackets in `text`. */
function openBrackets(text: string): number {
  let depth = 0;
  for (const char of text) {
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
  }
  return depth;
}

/** True when `next` is a short attribution such as "Putin said." or "the president warned.". */
function isAttribution(next: string): boolean {
  const words = next.trim().split(/\s+/u);
  if (words.length > 6 || !/[.!?]$/u.test(next.trim())) return false;
  return words.some((word) => SPEECH_VERB.test(word.replace(/[.!?,]+$/u, '')));
}

/**
 * True when the break between `before` (the sentence so far) and `after` (the next segment
 * `Intl.Segmenter` found) is a false one that news text provokes.
 */
export function isFalseBreak(before: string, after: string): boolean {
  if (/\n\s*$/u.test(before)) return false;
  const next = after.trimStart();
  if (next === '') return false;
  if (LOWER_START.test(next)) return true;
  const lastWord = LAST_WORD.exec(before)?.[1]?.toLowerCase();
  if (lastWord && TITLE_ABBREVIATIONS.has(lastWord)) return true;
  if (lastWord && NUMBER_ABBREVIATIONS.has(lastWord) && DIGIT_START.test(next)) return true;
  const nextWord = UPPER_WORD_START.exec(next)?.[1];
  if (nextWord && DOTTED_INITIALISM.test(before)) return !SENTENCE_OPENERS.has(nextWord);
  if (nextWord && INITIAL.test(before)) return true;
  if (DATELINE.test(before) || AGENCY_TAG.test(before)) return true;
  if (openBrackets(before) > 0 && /[)\]]/u.test(after)) return true;
  return CLOSES_QUOTE.test(before) && isAttribution(next);
}

/** Trims whitespace off both ends of a span. */
function trimSpan(text: string, start: number, end: number): SentenceSpan | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return s < e ? { start: s, end: e } : undefined;
}

/**
 * Splits `text` into sentences as offsets into it; `text.slice(start, end)` is each sentence,
 * verbatim, without surrounding whitespace. A blank line, or a line ending in terminal
 * punctuation, always ends a sentence; other single line breaks are soft wraps.
 *
 * @param text - An article body.
 * @param locale - BCP 47 language tag for `Intl.Segmenter`.
 * @defaultValue locale `'en'`
 */
export function segmentSentences(text: string, locale = 'en'): SentenceSpan[] {
  const segmenter = sentenceSegmenter(locale);
  const flat = unwrapSoftLineBreaks(text);
  const pieces: { start: number; end: number }[] = [];
  for (const [blockStart, blockEnd] of sentenceBlocks(flat)) {
    for (const { index: local, segment } of segmenter.segment(flat.slice(blockStart, blockEnd))) {
      const index = blockStart + local;
      const previous = pieces[pieces.length - 1];
      const end = index + segment.length;
      // Only the sentence's last 400 characters matter, which keeps long merged runs linear.
      const before = flat.slice(Math.max(previous?.start ?? 0, index - 400), index);
      if (previous && isFalseBreak(before, segment)) {
        previous.end = end;
        continue;
      }
      pieces.push({ start: index, end });
    }
  }
  const spans: SentenceSpan[] = [];
  for (const piece of pieces) {
    const span = trimSpan(text, piece.start, piece.end);
    if (span) spans.push(span);
  }
  return spans;
}
