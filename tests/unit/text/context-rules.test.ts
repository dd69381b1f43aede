/**
 * The context rules of `geodata/feature-aliases.yaml` (capitals as governments, posts named by
 * their town, group mentions, province lists), on sentences written for the purpose; the rules
 * from the sixth held-out set on are in `context-rules-later.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { ids, links } from './context-links.js';

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
