/**
 * The context rules written from the twenty-seventh to the thirtieth held-out sets (issue 13),
 * each pair after its untuned score, on sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { ids } from './context-links.js';

describe('context rules, from the twenty-seventh and twenty-eighth held-out sets', () => {
  it('reads "Syria’s Idlib city" as the city, and "Syria’s Idlib" as the province', () => {
    expect(ids('A memorandum on the stabilisation of Syria’s Idlib city was signed.')).toEqual([
      'city-idlib',
    ]);
    expect(ids('A memorandum on Syria’s Idlib was signed.')).toEqual(['idlib-province']);
  });

  it('reads "frontline" before a noun as a place near the front, not the line', () => {
    expect(ids('Thousands fled frontline areas to camps.')).toEqual([]);
    expect(ids('Shells fell along the frontline.')).toEqual(['contact-line']);
  });

  it('reads "the northern mountains of Latakia" as the governorate', () => {
    expect(ids('Shelling hit the northern mountains of Latakia.')).toEqual(['governorate-latakia']);
  });

  it('links the M5 for a route between two of its towns', () => {
    expect(ids('The route between Maaret al Numan and Khan Sheikhoun was targeted.')).toEqual([
      'm5',
      'city-maarat-al-numan',
      'city-khan-shaykhun',
    ]);
  });

  it('reads a zone "around the M4" as the corridor of March 2020, not the Sochi zone', () => {
    expect(ids('They agreed on a demilitarized zone around the M4 highway.')).toEqual(['m4']);
  });

  it('reads "the Syrian capital" as Damascus, so a road between it and Aleppo is the M5', () => {
    expect(
      ids('The highway that links the Syrian capital with the city of Aleppo reopened.'),
    ).toEqual(['m5', 'city-damascus', 'city-aleppo']);
  });
});

describe('context rules, from the twenty-ninth and thirtieth held-out sets', () => {
  it('reads "observatory points" as the group', () => {
    expect(ids('Turkey holds 12 ceasefire observatory points in the area.')).toHaveLength(12);
  });

  it('reads "from" and "between" after a road noun and a few words as a road mention', () => {
    expect(
      ids('The main trade routes for trade from Aleppo to Latakia and Hama must reopen.'),
    ).toEqual(['m4', 'm5', 'city-aleppo', 'city-latakia', 'city-hama']);
    // Without two ends of a road after it, nothing is a road.
    expect(ids('The road was shelled from positions near Hama.')).toEqual(['city-hama']);
  });

  it('reads "Damascus/Xinhua/UNI:" as a dateline that places the city', () => {
    expect(ids('Damascus/Xinhua/UNI: The army said it captured villages.')).toEqual([
      'city-damascus',
    ]);
  });
});
