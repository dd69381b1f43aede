/**
 * The context rules written from the sixth held-out set on (issue 13), on sentences written for
 * the purpose, one block per pair of rounds.
 */
import { describe, expect, it } from 'vitest';
import { ids } from './context-links.js';

describe('context rules, from the sixth held-out set', () => {
  it('reads the names after a plural "provinces" as provinces', () => {
    expect(ids('The region, with the nearby provinces Hama and Latakia, was calm.')).toEqual([
      'governorate-hama',
      'governorate-latakia',
    ]);
  });

  it('reads names joined before "border" as provinces, not cities', () => {
    expect(ids('Villages straddle the Idlib-Hama border.')).toEqual([
      'idlib-province',
      'governorate-hama',
    ]);
    expect(ids('They shelled towns near the Aleppo border.')).toEqual(['governorate-aleppo']);
    expect(ids('Troops stayed on the Idlib-Hama axis.')).toEqual([
      'idlib-province',
      'governorate-hama',
    ]);
    expect(ids('They shelled towns near Aleppo.')).toEqual(['city-aleppo']);
  });

  it('reads a highway named by a town and the province it crosses as the road', () => {
    expect(ids('Troops reached the Hama-Idlib highway.')).toEqual(['m5']);
    expect(ids('Troops reached the Latakia-Idlib road.')).toEqual(['m4']);
    // Without a road noun the compound is no road's name.
    expect(ids('They moved along the Hama-Idlib front.')).not.toContain('m5');
  });

  it('links a post by its number only where the sources agree on the number', () => {
    expect(ids('Jets struck near observation point no. 8 today.')).toEqual([]);
    expect(ids('A convoy went to Turkish observation post No. 9.')).toEqual(['op-morek']);
    expect(ids('A convoy went to observation post number 11.')).toEqual([]);
    expect(ids('Shells hit the observation post no. 10, located in rural Hama.')).toEqual([
      'governorate-hama',
    ]);
    expect(ids('A convoy stopped 9 km from a Turkish observation post.')).toEqual([]);
  });

  it('reads "the X Mount" as "Jabal X"', () => {
    expect(ids('New posts went up in the al-Zawiya Mount.')).toEqual(['idlib-province']);
  });
});

describe('context rules, from the seventh and eighth held-out sets', () => {
  it('reads a bare capital as its government unless the sentence places something in it', () => {
    for (const sentence of [
      'Damascus stokes protests against the posts.',
      'Turkey will retaliate against any attack on Damascus.',
      'Moscow and Damascus kept bombing.',
      'The deal may force Damascus and its allies to act.',
    ])
      expect(ids(sentence), sentence).toEqual([]);
    for (const sentence of [
      'A source in Damascus said so.',
      'The highway links the capital, Damascus, with the north.',
      'It joins the political capital (Damascus) to the north.',
      'Damascus, Feb 6 (IANS) The army advanced.',
      'It connects the cities of Latakia, Damascus, and Hama.',
    ])
      expect(ids(sentence), sentence).toContain('city-damascus');
    expect(ids('Gains were made in the Damascus suburbs.')).toEqual(['city-damascus']);
  });

  it('reads "observation stations" and "outposts" as the posts, "military outposts" as none', () => {
    expect(ids('Turkey set up 12 ceasefire observation stations.')).toHaveLength(12);
    expect(ids('Troops evacuated all their outposts in the area.')).toHaveLength(12);
    expect(ids('It withdrew from one of its largest military outposts.')).toEqual([]);
    expect(ids('They left an observation station.')).toEqual([]);
    expect(ids('They left the observation station in Morek.')).toEqual(['op-morek']);
  });

  it('reads "(prov. X)" as the province', () => {
    expect(ids('They shelled Kafr Nabud (prov. Hama).')).toEqual(['governorate-hama']);
  });
});

describe('context rules, from the ninth and tenth held-out sets', () => {
  it('reads a post by its number and town as the post, not the town', () => {
    expect(ids('They shelled our observation post number 9 in the Murak region.')).toEqual([
      'op-morek',
    ]);
    expect(ids('They shelled the observation post in the Morek area.')).toEqual(['op-morek']);
  });

  it('reads "parts of nearby X" as the province', () => {
    expect(ids('It includes Idlib province and parts of nearby Hama.')).toEqual([
      'idlib-province',
      'governorate-hama',
    ]);
  });

  it('reads "the provincial capital of Idlib" as the city only', () => {
    expect(ids('The army pushed towards the provincial capital of Idlib.')).toEqual(['city-idlib']);
  });

  it('does not join two words into a name: "and an" is not Andan', () => {
    expect(ids('Rebels and an allied group withdrew.')).toEqual([]);
    expect(ids('They left Andan.')).toEqual(['op-anadan']);
  });

  it('reads "au" before a consonant as "u"', () => {
    expect(ids('Jets struck a market in Maarat al-Nauman.')).toEqual(['city-maarat-al-numan']);
  });
});

describe('context rules, from the eleventh and twelfth held-out sets', () => {
  it('reads a place "in" a city as in its province, but not a named city', () => {
    expect(ids('The militants seized Al Atareb town in Aleppo.')).toEqual(['governorate-aleppo']);
    expect(ids('They hold parts of the adjacent area in Aleppo.')).toEqual(['governorate-aleppo']);
    expect(ids('They shelled an area in Aleppo city.')).toEqual(['city-aleppo']);
  });

  it('reads the observation point in Maarat al-Numan as Sarman', () => {
    expect(ids('Jets fired near the observation point in Maarat al-Numan.')).toEqual(['op-sarman']);
    expect(ids('Jets fired on Maarat al-Numan.')).toEqual(['city-maarat-al-numan']);
  });

  it('reads "a horseshoe-shaped area" as the zone', () => {
    expect(ids('A horseshoe-shaped area should be empty of weapons.')).toEqual([
      'dmz-15km',
      'dmz-20km',
    ]);
  });

  it('reads "between Damascus ally Russia and Turkey" as no city', () => {
    expect(ids('The deal between Damascus ally Russia and Turkey held.')).toEqual([]);
    expect(ids('Roads between Damascus and Hama reopened.')).toContain('city-damascus');
  });

  it('reads a province named as a road end as its capital', () => {
    expect(
      ids('It lies on a highway linking the capital Damascus and the northern province of Aleppo.'),
    ).toEqual(['m5', 'city-damascus', 'governorate-aleppo']);
    expect(ids('Roads between Idlib and Latakia closed.')).not.toContain('m4');
  });
});

describe('context rules, from the fifteenth and sixteenth held-out sets', () => {
  it('reads posts counted above twelve as Turkey’s other posts, not the twelve', () => {
    expect(ids('Turkey maintains 69 observation points in Syria.')).toEqual([]);
    expect(ids('Fifteen Turkish observation posts were surrounded.')).toEqual([]);
    expect(ids('Two of the Turkish observation posts were shelled.')).toHaveLength(12);
    expect(ids('Turkey set up 12 observation posts.')).toHaveLength(12);
  });

  it('reads a list after "towards" that holds a province as provinces', () => {
    expect(ids('The convoys are heading towards Idlib and Aleppo.')).toEqual([
      'idlib-province',
      'governorate-aleppo',
    ]);
  });

  it('reads posts numbered in Roman numerals by their towns as the posts', () => {
    expect(ids('They will evacuate posts IX and XI in the towns of Morek and Sarman.')).toEqual([
      'op-morek',
      'op-sarman',
    ]);
  });

  it('reads "the northwestern tip of Hama" and "areas of Hama" as the province', () => {
    expect(ids('They moved to Akawi in the northwestern tip of Hama.')).toEqual([
      'governorate-hama',
    ]);
    expect(ids('The army took large areas of Idlib and Hama.')).toEqual([
      'idlib-province',
      'governorate-hama',
    ]);
  });

  it('reads a capital joined to another city by "to" as the city, and "the planned buffer" as the zone', () => {
    expect(ids('The M5 highway connects Aleppo to Damascus.')).toEqual([
      'm5',
      'city-aleppo',
      'city-damascus',
    ]);
    expect(ids('They refused to leave the planned buffer.')).toEqual(['dmz-15km', 'dmz-20km']);
  });
});
