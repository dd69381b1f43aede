import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkArticle } from '../../../src/text/link-article.js';
import { compileLinker } from '../../../src/text/linker.js';
import { segmentSentences } from '../../../src/text/segment.js';
import { fixtureLinker, fixtureTargets, projectRules } from './corpus.js';

const linker = fixtureLinker();

/** Links of `text` as "matched text → feature" strings, ops collapsed to "op-*". */
function links(text: string, using = linker): string[] {
  const spans = segmentSentences(text);
  const out = new Set<string>();
  for (const link of linkArticle(using, text, spans)) {
    const sentence = spans[link.sentenceIndex];
    if (!sentence) continue;
    const match = text.slice(sentence.start + link.start, sentence.start + link.end);
    out.add(
      `${match} → ${link.featureId.startsWith('op-') && !match.match(/Morek/u) ? 'op-*' : link.featureId}`,
    );
  }
  return [...out];
}

describe('linkArticle', () => {
  it('reads a bare "Idlib" as the province and "Idlib city" or "city of Idlib" as the city', () => {
    expect(links('Rebels hold Idlib.')).toEqual(['Idlib → idlib-province']);
    expect(links("Shelling hit Idlib city and the city of Idlib's market.")).toEqual([
      'Idlib city → city-idlib',
      'city of Idlib → city-idlib',
    ]);
    expect(links('Troops massed around Syria’s Idlib province.')).toEqual([
      'Idlib province → idlib-province',
    ]);
    expect(links('Idlib-based fighters and Idlib’s residents.')).toEqual([
      'Idlib → idlib-province',
    ]);
  });

  it('reads a bare "Hama" as the city and "Hama province" or "northern Hama" as the governorate', () => {
    expect(links('They drove to Hama.')).toEqual(['Hama → city-hama']);
    expect(links('They operate in west-central Hama province and northern Hama.')).toEqual([
      'west-central Hama province → governorate-hama',
      'northern Hama → governorate-hama',
    ]);
    expect(links('Fighting spread to Hamas offices.')).toEqual([]);
  });

  it('reads a road name as the road, not the cities in it', () => {
    expect(
      links('Traffic resumed on the Aleppo-Hama highway and the Latakia–Aleppo road.'),
    ).toEqual(['Aleppo-Hama highway → m5', 'Latakia–Aleppo road → m4']);
    expect(links('The M4 and M5 highways reopened.')).toEqual(['M4 → m4', 'M5 highways → m5']);
  });

  it('links "routes between … X and Y" to the road and keeps the places, without overlaps', () => {
    expect(links('The road from Damascus to Aleppo reopened.')).toEqual([
      'road from → m5',
      'Damascus → city-damascus',
      'Aleppo → city-aleppo',
    ]);
    expect(links('Routes between the port of Latakia and Aleppo must reopen.')).toEqual([
      'Routes between → m4',
      'port of Latakia → city-latakia',
      'Aleppo → city-aleppo',
    ]);
    expect(links('Roads between Idlib and Latakia closed.')).toEqual([
      'Idlib → idlib-province',
      'Latakia → city-latakia',
    ]);
  });

  it('links zone descriptions to both depth readings, and the rival reading to dmz-split', () => {
    expect(links('A U-shaped buffer zone is planned.')).toEqual([
      'U-shaped buffer zone → dmz-15km',
      'U-shaped buffer zone → dmz-20km',
    ]);
    expect(links('The zone should be carved out equally from both sides.')).toEqual([
      'The zone → dmz-split',
    ]);
    expect(links('A de-escalation zone was set up in 2017.')).toEqual([]);
    expect(links('Turkey wants a buffer zone east of the Euphrates.')).toEqual([]);
  });

  it('links observation posts: the generic phrase to every post, a named one to itself', () => {
    const ops = fixtureTargets().filter((t) => t.id.startsWith('op-')).length;
    const spans = segmentSentences('Ankara set up 12 observation points.');
    expect(linkArticle(linker, 'Ankara set up 12 observation points.', spans)).toHaveLength(ops);
    expect(links('Shells fell near the Turkish observation post in Morek.')).toEqual([
      'Turkish observation post in Morek → op-morek',
    ]);
    expect(links('The army entered Morek.')).toEqual(['Morek → city-morek']);
  });

  it('reads every name of a list that ends in "provinces", or follows "parts of", as a province', () => {
    expect(links('Rebels hold parts of Idlib, Hama, Aleppo and Latakia provinces.')).toEqual([
      'Idlib → idlib-province',
      'Hama → governorate-hama',
      'Aleppo → governorate-aleppo',
      'Latakia provinces → governorate-latakia',
    ]);
    expect(links('Hama, the city, and Aleppo provinces.')).toContain('Hama → city-hama');
    expect(links('It runs through adjacent parts of Latakia, Hama and Aleppo.')).toEqual([
      'Latakia → governorate-latakia',
      'Hama → governorate-hama',
      'Aleppo → governorate-aleppo',
    ]);
  });

  it('does not read "Damascus" as the city when it means the government', () => {
    expect(links('Moscow and Damascus agreed; anti-Damascus groups refused.')).toEqual([]);
    expect(links('Hayat Tahrir ash-Sham refused.')).toEqual([]);
    expect(links('Damascus has vowed to retake Idlib.')).toEqual(['Idlib → idlib-province']);
    expect(links('Gains were made in the Damascus suburbs.')).toEqual([
      'Damascus suburbs → city-damascus',
    ]);
  });

  it('links a place added to the gazetteer without any rule for it', () => {
    const targets = [
      ...fixtureTargets(),
      { id: 'city-kafr-nabl', kind: 'city', names: ['Kafr Nabl', 'Kafranbel'] },
    ];
    const extended = compileLinker(targets, projectRules(targets));
    expect(links('Protesters in Kafranbel and kafr-nabl marched.', extended)).toEqual([
      'Kafranbel → city-kafr-nabl',
      'kafr-nabl → city-kafr-nabl',
    ]);
  });

  it(
    'never throws; links are spans of their sentence and never overlap (property)',
    { timeout: 30_000 },
    () => {
      const words = fc.constantFrom(
        'Idlib',
        'Hama',
        'province',
        'zone',
        'the',
        'buffer',
        'Aleppo-Hama',
        'highway',
        'routes',
        'between',
        'Latakia',
        'and',
        'observation',
        'points',
        'de-militarised',
        'Morek',
        '.',
        ',',
        '“',
        '”',
        '\n',
        'carved out equally',
        'road from',
        'Damascus',
        'to',
        'Aleppo',
        'provinces',
        'parts of',
        'M5',
        'Ḥamāh',
        '’s',
      );
      const text = fc.oneof(
        fc.array(words, { maxLength: 40 }).map((w) => w.join(' ')),
        fc.string({ unit: 'binary', maxLength: 120 }),
      );
      fc.assert(
        fc.property(text, (body) => {
          const spans = segmentSentences(body);
          const links = linkArticle(linker, body, spans);
          for (const link of links) {
            const sentence = spans[link.sentenceIndex];
            if (!sentence) return false;
            if (link.start < 0 || link.end <= link.start) return false;
            if (sentence.start + link.end > sentence.end) return false;
            const overlapping = links.some(
              (other) =>
                other.sentenceIndex === link.sentenceIndex &&
                other.start < link.end &&
                link.start < other.end &&
                (other.start !== link.start || other.end !== link.end),
            );
            if (overlapping) return false;
          }
          return true;
        }),
        { numRuns: 150 },
      );
    },
  );
});
