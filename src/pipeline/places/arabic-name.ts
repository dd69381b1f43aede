/**
 * Picks a place's Arabic name from GeoNames' alternate names, which carry no language tags.
 */
import { nameKey } from '../geodata/gazetteer.js';

const ARABIC = /[\u0600-\u06ff]/;
/** Letters of Persian, Urdu and other scripts, not of Arabic: a name with one is not Arabic. */
const NOT_ARABIC = /[\u067e\u0679-\u06d3]/;
const LATIN = /[A-Za-z]/;
/** "Governorate", "subdistrict", "district": the name of the area, not of the place. */
const ADMIN_WORD = /^(محافظة|ناحية|منطقة)\s/;

const LETTERS: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ى: 'a',
  ء: '',
  ؤ: '',
  ئ: '',
  ع: 'c',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'h',
  ي: 'y',
};

/**
 * A rough Latin spelling of an Arabic name, enough to compare it with a transliteration: ع is
 * written "c" (GeoNames' ASCII names write it "`", see {@link compareKey}), a final ة nothing.
 */
export function romanize(arabic: string): string {
  return arabic
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .split(/\s+/)
    .map((word, w, words) => {
      const bare = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
      const latin = [...bare]
        .map((ch, i, all) => {
          if (ch === 'و') return i === 0 ? 'w' : 'u';
          // ة is silent at the end of the name, "t" before another word (دارة عزة, Darat Izzah)
          if (ch === 'ة') return i === all.length - 1 && w === words.length - 1 ? '' : 't';
          return LETTERS[ch] ?? '';
        })
        .join('');
      return bare === word ? latin : `al ${latin}`;
    })
    .join(' ');
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** {@link nameKey} word by word (so word breaks count), with the ayn kept as "c". */
function compareKey(latin: string): string {
  return latin
    .replace(/[`‘ʿ]/g, 'c')
    .split(/[\s-]+/)
    .map(nameKey)
    .filter((key) => key !== '')
    .join(' ');
}

const hasArticle = (latin: string) => /^(al|el|an|as|ad|at|az|ar|ash)[\s-]/i.test(latin);

/**
 * The Arabic name of a place among GeoNames' alternate names, which carry no language tags and
 * are sorted alphabetically (so "الكرمة", a former name, comes before "محردة" for Muhradah):
 * of the names written wholly in Arabic script with no Persian or Urdu letter, and not the name
 * of the governorate or district ("محافظة إدلب"), the one whose rough Latin spelling is nearest
 * to the GeoNames name `latinName` (edit distance of {@link compareKey} keys); on a tie, the one
 * ending in ة when the name ends in -ah (Ad Daliyah: الدالية, not الدالي), then the one with the
 * article (اللاذقية, not لاذقية), then the first. '' when none.
 */
export function arabicName(alternateNames: readonly string[], latinName: string): string {
  const arabic = alternateNames.filter(
    (name) => ARABIC.test(name) && !NOT_ARABIC.test(name) && !LATIN.test(name),
  );
  const candidates = arabic.filter((name) => !ADMIN_WORD.test(name));
  if (candidates.length === 0) return arabic[0] ?? '';
  const target = compareKey(latinName);
  const score = (name: string) => {
    const latin = romanize(name);
    const taMismatch = /[aei]h$/i.test(latinName.trim()) !== name.endsWith('ة');
    return (
      editDistance(compareKey(latin), target) * 4 +
      (taMismatch ? 2 : 0) +
      (hasArticle(latin) ? 0 : 1)
    );
  };
  return candidates.reduce((best, name) => (score(name) < score(best) ? name : best));
}
