/**
 * The context rules written from the seventeenth and eighteenth held-out sets (issue 13), after
 * their untuned score, on sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { ids, links } from './context-links.js';

const TWELVE = [
  'op-salwa',
  'op-qalaat-simaan',
  'op-sheikh-aqil',
  'op-al-eis',
  'op-tell-tuqan',
  'op-sarman',
  'op-anadan',
  'op-zaytuna',
  'op-morek',
  'op-rashidin',
  'op-shir-maghar',
  'op-ishtabraq',
];

describe('context rules, from the seventeenth and eighteenth held-out sets', () => {
  it('reads an unnamed post "one of 12" as the group', () => {
    expect(
      ids('Troops surrounded a Turkish observation post – one of 12 set up by Ankara.'),
    ).toEqual(TWELVE);
    expect(ids('The observation point was one of twelve set up by Turkey.')).toEqual(TWELVE);
    expect(
      ids('Troops surrounded a Turkish observation post, one of the 12 in the region.'),
    ).toEqual(TWELVE);
    // One post, not counted: links nothing; "one of 12 villages" is not about the posts.
    expect(ids('Troops surrounded a Turkish observation post near the road.')).toEqual([]);
    expect(ids('Shells hit a town, one of 12 villages on the road.')).toEqual([]);
  });

  it('links a post by its number written before the noun', () => {
    expect(ids("Troops encircled Turkey's No. 9 observation point.")).toEqual(['op-morek']);
    expect(ids('Troops encircled the number 9 observation post.')).toEqual(['op-morek']);
    expect(ids("Troops encircled Turkey's No. 8 observation point.")).toEqual([]);
  });

  it('links the town and its post where a clause after the town names one post there', () => {
    expect(
      ids('They seized the village of Morek, where Turkey maintains an observation post.'),
    ).toEqual(['city-morek', 'op-morek']);
    expect(ids('They reached Morek, which hosts a Turkish military post.')).toEqual([
      'city-morek',
      'op-morek',
    ]);
    // "one of the 12 observation posts" after "where" is the group's, as written before the rule.
    expect(ids('They neared Morek, where one of the 12 observation posts is stationed.')).toEqual([
      'city-morek',
      ...TWELVE,
    ]);
    expect(ids('They seized Morek, where the rebels had dug in.')).toEqual(['city-morek']);
  });

  it('reads a road noun, a few words and a road verb as a road mention', () => {
    expect(
      ids('The town lies on the main highway in Idlib linking the capital Damascus with Aleppo.'),
    ).toEqual(['idlib-province', 'm5', 'city-damascus', 'city-aleppo']);
    expect(ids('This road connects Latakia and Aleppo.')).toEqual([
      'm4',
      'city-latakia',
      'city-aleppo',
    ]);
    expect(links('This road connects Latakia and Aleppo.')).toContain('connects → m4');
    // No road noun, or more than three words between: the places only.
    expect(ids('A deal linking Damascus with Aleppo was signed.')).toEqual([
      'city-damascus',
      'city-aleppo',
    ]);
    expect(ids('The road was shelled by the army, linking Latakia and Aleppo.')).toEqual([
      'city-latakia',
      'city-aleppo',
    ]);
  });

  it('reads the road to the coast as the M4', () => {
    expect(ids('The M5 meets the road west to the Mediterranean at Saraqib.')).toEqual([
      'm5',
      'm4',
      'city-saraqib',
    ]);
    expect(ids('Convoys took the highway to the coast.')).toEqual(['m4']);
  });

  it('reads "East Aleppo" as the city, and "eastern Aleppo" as the governorate', () => {
    expect(ids('The campaign began with the retaking of East Aleppo in 2016.')).toEqual([
      'city-aleppo',
    ]);
    expect(ids('Shelling hit villages in eastern Aleppo.')).toEqual(['governorate-aleppo']);
  });

  it("links no city inside a village's name", () => {
    expect(ids('Troops headed towards the town of Kafr Aleppo, the last village.')).toEqual([]);
    expect(ids('Shells fell on Tell Hama and on Hama.')).toEqual(['city-hama']);
    // Written lower-case, the word is not a name's: "tell Hama" is no village.
    expect(ids('They did not tell Hama officials.')).toEqual(['city-hama']);
    // A post's own name that opens with such a word still links.
    expect(ids('Troops neared Tell Tuqan.')).toEqual(['op-tell-tuqan']);
  });
});
