/**
 * The context rules of `geodata/feature-aliases.yaml` (capitals as governments, posts named by
 * their town, group mentions, province lists), on sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { linkArticle } from '../../../src/text/link-article.js';
import { segmentSentences } from '../../../src/text/segment.js';
import { fixtureLinker } from './corpus.js';

const linker = fixtureLinker();
const links = (text: string): string[] =>
  linkArticle(linker, text, segmentSentences(text)).map(
    (l) => `${text.slice(l.start, l.end)} → ${l.featureId}`,
  );
const ids = (text: string): string[] => [
  ...new Set(linkArticle(linker, text, segmentSentences(text)).map((l) => l.featureId)),
];

describe('context rules', () => {
  it('reads a capital standing for its government as no place', () => {
    expect(links('Ankara warned Damascus not to play with fire.')).toEqual([]);
    expect(links('The town moved under Damascus’ control.')).toEqual([]);
    expect(links('Areas outside the control of Damascus shrank.')).toEqual([]);
    expect(links('Damascus seeks to control the roads; Moscow and Ankara said so.')).toEqual([]);
    expect(links('A source in Damascus said the army was ready.')).toEqual([
      'in Damascus said → city-damascus',
    ]);
  });

  it('links a post named by its town to the post, and the bare town to the town', () => {
    expect(links('Troops reached the observation post in the Syrian town of Morek.')).toEqual([
      'observation post in the Syrian town of Morek → op-morek',
    ]);
    expect(links('Shells fell on the Turkish post near the town of Murak.')).toEqual([
      'Turkish post near the town of Murak → op-morek',
    ]);
    expect(links('They left the Morek observation post.')).toEqual(['Morek → op-morek']);
    expect(links('The withdrawal from Murak and Shir Mughar posts began.')).toEqual([
      'Murak → op-morek',
      'Shir Mughar → op-shir-maghar',
    ]);
    expect(links('Turkish troops in the nearby town of Morek held out.')).toEqual([
      'Morek → city-morek',
    ]);
  });

  it('links one unnamed post to nothing, the posts as a group to every post', () => {
    expect(links('Troops surrounded a Turkish observation post near the town.')).toEqual([]);
    expect(links('They are preparing to leave another observation posts.')).toEqual([]);
    expect(ids('Turkey has 12 observation posts in Idlib.')).toHaveLength(13);
    expect(ids('It has established 12 posts in the northwest.')).toHaveLength(12);
    // Posts located in a province: the group and the province, no single post.
    expect(ids('Turkish observation posts located in Idlib province were shelled.')).toContain(
      'idlib-province',
    );
  });

  it('links the posts a sentence names, not the whole group, when it names some', () => {
    expect(
      ids('The observation posts of Morek, Sher Mughar and Sheikh Aqil were vacated.'),
    ).toEqual(['op-morek', 'op-shir-maghar', 'op-sheikh-aqil']);
  });

  it('reads a province list joined by "as well as"', () => {
    expect(
      ids('They hold the neighbouring provinces of Latakia and Aleppo as well as Hama.'),
    ).toEqual(['governorate-latakia', 'governorate-aleppo', 'governorate-hama']);
  });

  it('links a post named by its town after a clause or "from", and "the points of X"', () => {
    expect(links('Troops are near an observation point which was set up in Murak.')).toEqual([
      'observation point which was set up in Murak → op-morek',
    ]);
    expect(links('They withdrew the post from the town of Morek.')).toEqual([
      'post from the town of Morek → op-morek',
    ]);
    expect(ids('After the points of Morek and Sheikh Aqil, another went.')).toEqual([
      'op-morek',
      'op-sheikh-aqil',
    ]);
    // No post noun before it: the town.
    expect(links('Convoys set up in Morek.')).toEqual(['Morek → city-morek']);
  });

  it('reads a list after "in" that holds a province as provinces, road ends as towns', () => {
    expect(ids('Posts were set up in Idlib, Hama and Aleppo.')).toEqual([
      'idlib-province',
      'governorate-hama',
      'governorate-aleppo',
    ]);
    expect(ids('Fighting went on in Hama and Aleppo.')).toEqual(['city-hama', 'city-aleppo']);
    expect(ids('Roads between Idlib and Latakia closed.')).toContain('city-latakia');
  });

  it('reads a "Jabal X" name in its English forms too', () => {
    expect(ids('They left the post on Shahshabo mountain.')).toEqual(['op-shir-maghar']);
    expect(ids('They left the post on Mount Shahshabo.')).toEqual(['op-shir-maghar']);
  });

  it('does not link a village that shares a word with a town', () => {
    for (const village of ['Khan Tuman', 'Maarat Misrin', 'Jisr al-Hadid', 'Kafr Nabl', 'Sarmin'])
      expect(links(`The army shelled ${village}.`), village).toEqual([]);
  });
});

describe('context rules, from the fourth held-out set', () => {
  it('reads a place at one end of an unknown road name as part of the name', () => {
    expect(ids('The M4 highway, also known as the Aleppo-Al Hasakah road, reopened.')).toEqual([
      'm4',
    ]);
    expect(ids('The Kafr Nabl-Aleppo road was cut.')).toEqual([]);
    // Not a road: the town stays.
    expect(ids('The Aleppo-based group left.')).toEqual(['city-aleppo']);
  });

  it('links a post named by its town in quotation marks', () => {
    expect(ids('They evacuated the “Morek” point.')).toEqual(['op-morek']);
  });

  it('reads "the buffer" and the verb spellings as the zone', () => {
    expect(ids('No withdrawal from the buffer was seen.')).toEqual(['dmz-15km', 'dmz-20km']);
    expect(ids('They control the planned demilitarise area.')).toEqual(['dmz-15km', 'dmz-20km']);
  });
});

describe('context rules, from the fifth held-out set', () => {
  it('reads the state named by its seat as no place', () => {
    expect(ids('The regime of Damascus kept bombing.')).toEqual([]);
    expect(ids('Ankara backs forces opposed to the government in Damascus.')).toEqual([]);
  });

  it('reads the 2020 security corridor along the M4 as no part of the Sochi zone', () => {
    expect(ids('They set up a security buffer zone along the M4 motorway.')).toEqual(['m4']);
    expect(ids('They set up a buffer zone.')).toEqual(['dmz-15km', 'dmz-20km']);
  });

  it('links a post whose town is a hashtag or in quotation marks', () => {
    expect(ids('This is the point of observation of #Morek.')).toEqual(['op-morek']);
    expect(ids('They left the post of “Morek”.')).toEqual(['op-morek']);
  });
});

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
