/**
 * The teaching story: the presenter's chapters and the timeline's dated events, as typed data.
 * Facts: the Sochi memorandum of 17 Sep 2018 (items quoted from the leaked English text, see
 * `sources.ts`), the five articles of the quote index (quotes are references, resolved at
 * runtime), and what came later (the 2019–20 offensives, the Moscow protocol of 5 Mar 2020).
 * No official map of the zone was published: captions say the lines are derived.
 */
import { SOURCES } from './sources.js';
import type { Bounds, Story } from './story-types.js';
import { OBSERVATION_POST_IDS } from '../domain/feature-ids.js';

/** The Idlib de-escalation area and its edges. */
const OVERVIEW: Bounds = [35.85, 35.15, 37.35, 36.45];
/** The southern half of the zone, where the 2019–20 offensives went, and the M4 west of Saraqib. */
const SOUTH: Bounds = [36.05, 35.2, 37.05, 36.0];
/** The contact line and its zone, tighter. */
const ZONE: Bounds = [35.95, 35.25, 37.25, 36.35];

const ALL_POSTS = OBSERVATION_POST_IDS;
const MEMO = [SOURCES.memorandumTurkishMinute, SOURCES.memorandumNational, SOURCES.memorandumPa];

export const STORY = {
  title: 'The Sochi memorandum on Idlib, 2018–2020',
  chapters: [
    {
      id: 'tehran',
      title: 'Tehran summit, 7 Sep 2018',
      date: '2018-09-07',
      caption:
        'The presidents of Russia, Iran and Turkey met in Tehran to discuss Idlib, the last large opposition-held area. Putin called driving out the extremists the priority.',
      notes:
        'Start with the map of who held what on 17 Sep 2018 (derived from a table of villages, not an official map). Ask: where would an offensive hit first?',
      camera: [35.6, 34.95, 37.6, 36.7],
      layers: ['territory', 'province', 'cities', 'contact-line'],
      highlight: ['idlib-province'],
      quotes: [
        { articleId: '004', sentenceIndex: 0, expect: 'Driving the extremists out' },
        { articleId: '004', sentenceIndex: 3, expect: 'concrete steps' },
      ],
      sources: [SOURCES.rt],
    },
    {
      id: 'memorandum',
      title: 'The Sochi memorandum, 17 Sep 2018',
      date: '2018-09-17',
      caption:
        'Ten days later Putin and Erdoğan met in Sochi; their defence ministers signed a ten-item memorandum. Six items are about places: the observation posts, the zone, what must leave it, patrols and two highways.',
      items: [
        {
          label: 'Item 1',
          text: 'The Idlib de-escalation area will be preserved and Turkish observation posts will be fortified and continue to function.',
          featureIds: ALL_POSTS,
        },
        {
          label: 'Item 3',
          text: 'A demilitarized zone, 15-20 kilometers deep, in the de-escalation area will be established.',
          featureIds: ['dmz-15km', 'dmz-20km'],
        },
        {
          label: 'Item 8',
          text: '[Transit traffic] on the routes M4 (Aleppo-Latakia) and M5 (Aleppo-Hama) will be restored by the end of 2018.',
          featureIds: ['m4', 'm5'],
        },
      ],
      notes:
        'The English text is the leaked one (CNN Türk, 19 Sep 2018); the signed text went to the UN as S/2018/852 without a map. Items 2, 9 and 10 are not geographic.',
      camera: OVERVIEW,
      layers: ['territory', 'province', 'contact-line', 'zone', 'highways', 'posts', 'cities'],
      highlight: ['dmz-15km', 'dmz-20km', 'm4', 'm5', ...ALL_POSTS],
      quotes: [
        { articleId: '002', sentenceIndex: 2, expect: 'signed a memorandum on Monday' },
        { articleId: '001', sentenceIndex: 0, expect: 'de-militarised zone' },
      ],
      sources: [...MEMO, SOURCES.tass],
    },
    {
      id: 'zone-depth',
      title: 'A zone 15–20 km deep',
      date: '2018-09-17',
      caption:
        'Item 3: a zone "15-20 kilometers deep". Item 4 left the exact lines to later talks, and no map was ever published. The band drawn here is derived: 15 km (solid) and 20 km (hatched) from a contact line traced between villages held by each side.',
      items: [
        {
          label: 'Item 4',
          text: 'The delineation of exact lines of the demilitarized zone will be determined through further consultations.',
          featureIds: ['dmz-15km', 'dmz-20km', 'contact-line'],
        },
      ],
      notes:
        'Open the zone-width explorer and ask whether Saraqib or Maarat al-Numan would be inside at 15 km, and at 20 km. "Along the contact line" is Putin\'s wording at the press conference, not the memorandum\'s.',
      camera: ZONE,
      layers: ['territory', 'contact-line', 'zone', 'cities', 'settlements'],
      highlight: ['dmz-15km', 'dmz-20km', 'contact-line'],
      quotes: [
        { articleId: '002', sentenceIndex: 6, expect: '15-20 kilometers' },
        { articleId: '001', sentenceIndex: 2, expect: '15-20km-wide zone' },
      ],
      sources: MEMO,
    },
    {
      id: 'heavy-weapons',
      title: 'Heavy weapons out by 10 Oct 2018',
      date: '2018-10-10',
      caption:
        'Item 6: all tanks, rocket launchers, artillery and mortars "belonging to conflicting parties" were to leave the zone by 10 October. A map can show where, not whether it happened.',
      items: [
        {
          label: 'Item 6',
          text: 'All tanks, MLRS [Multiple Launch Rocket Systems], artillery and mortars belonging to conflicting parties will be withdrawn from the demilitarized zone by Oct. 10, 2018.',
          featureIds: ['dmz-15km', 'dmz-20km'],
        },
      ],
      notes:
        'Compare "conflicting parties" (item 6) with Putin\'s "of all opposition groups": who had to withdraw?',
      camera: ZONE,
      layers: ['territory', 'contact-line', 'zone', 'cities'],
      highlight: ['dmz-15km', 'dmz-20km'],
      quotes: [
        { articleId: '001', sentenceIndex: 4, expect: 'heavy weapons would be withdrawn' },
        { articleId: '002', sentenceIndex: 7, expect: 'heavy weapons, tanks' },
      ],
      sources: MEMO,
    },
    {
      id: 'radical-groups',
      title: 'Radical groups out by 15 Oct 2018',
      date: '2018-10-15',
      caption:
        'Item 5: "all radical terrorist groups" were to leave the zone by 15 October. The memorandum did not name them.',
      items: [
        {
          label: 'Item 5',
          text: 'All radical terrorist groups will be removed from the demilitarized zone by Oct. 15.',
          featureIds: ['dmz-15km', 'dmz-20km'],
        },
      ],
      notes:
        'Article 001 quotes Putin; article 000 (Press TV, via a republisher) says "by the middle of October".',
      camera: ZONE,
      layers: ['territory', 'contact-line', 'zone', 'cities'],
      highlight: ['dmz-15km', 'dmz-20km'],
      quotes: [
        { articleId: '001', sentenceIndex: 3, expect: 'withdrawal of all radical fighters' },
        { articleId: '000', sentenceIndex: 5, expect: 'middle of October' },
      ],
      sources: MEMO,
    },
    {
      id: 'patrols-posts',
      title: 'Patrols and observation posts',
      date: '2018-09-17',
      caption:
        "Item 1 kept Turkey's twelve observation posts, set up under the 2017 Astana de-escalation deal. Item 7 added Turkish and Russian patrols and drone monitoring along the zone's boundaries. Post positions are approximate.",
      notes: "Each post's popup says how its position was found and how far off it may be.",
      camera: OVERVIEW,
      layers: ['territory', 'contact-line', 'zone', 'posts'],
      highlight: ALL_POSTS,
      quotes: [
        { articleId: '002', sentenceIndex: 8, expect: 'mobile patrol groups' },
        { articleId: '000', sentenceIndex: 6, expect: 'coordinated military patrols' },
        { articleId: '002', sentenceIndex: 14, expect: '12 observation points' },
      ],
      sources: MEMO,
    },
    {
      id: 'highways',
      title: 'M4 and M5 open by the end of 2018',
      date: '2018-12-31',
      dateLabel: 'end of 2018',
      caption:
        'Item 8: transit on the M4 (Aleppo–Latakia) and M5 (Aleppo–Hama) was to resume by the end of 2018. Both ran through or beside the zone. The routes are drawn schematically through the towns they pass.',
      items: [
        {
          label: 'Item 8',
          text: '[Transit traffic] on the routes M4 (Aleppo-Latakia) and M5 (Aleppo-Hama) will be restored by the end of 2018.',
          featureIds: ['m4', 'm5'],
        },
      ],
      notes:
        'Article 001 garbles the routes ("Latakia and Aleppo, as well as Latakia, and the major city of Hama").',
      camera: OVERVIEW,
      layers: ['territory', 'contact-line', 'zone', 'highways', 'cities'],
      highlight: ['m4', 'm5'],
      quotes: [
        { articleId: '002', sentenceIndex: 9, expect: 'Aleppo-Latakia and Aleppo-Hama' },
        { articleId: '001', sentenceIndex: 5, expect: 'By the end of 2018' },
      ],
      sources: [...MEMO, SOURCES.tass],
    },
    {
      id: 'putin-after',
      title: 'What Putin said after (Oct 2018, Apr 2019)',
      date: '2019-04-27',
      caption:
        'On 3 Oct 2018 Putin said no large-scale military action was expected. On 27 Apr 2019, in Beijing, he did not rule out a full-scale assault but called it inadvisable "for now". The offensive began days later.',
      notes:
        'Article 000 is dated by inference (about 4 Oct 2018); Putin spoke in St Petersburg, not Moscow.',
      camera: OVERVIEW,
      layers: ['territory', 'contact-line', 'zone', 'cities'],
      highlight: ['dmz-15km', 'dmz-20km'],
      quotes: [
        { articleId: '000', sentenceIndex: 2, expect: 'no large-scale military actions' },
        { articleId: '003', sentenceIndex: 6, expect: 'inadvisable' },
      ],
      sources: [SOURCES.kashmirMonitor, SOURCES.ahval],
    },
    {
      id: 'rival-reading',
      title: 'The rival reading: split equally',
      date: '2018-09-30',
      dateLabel: 'late Sep 2018',
      caption:
        'The memorandum put the zone on the opposition side only. The opposition group Jaysh al-Izza rejected that and demanded a zone carved equally from both sides: half the depth, 7.5–10 km, each way. Both readings are derived from the same contact line.',
      notes:
        "Use the comparison toggle. Which towns change sides of the argument? The date of Jaysh al-Izza's statement is approximate (late September 2018).",
      camera: ZONE,
      layers: ['territory', 'contact-line', 'zone-split', 'cities'],
      highlight: ['dmz-split'],
      reading: 'split',
      quotes: [
        { articleId: '000', sentenceIndex: 8, expect: 'Jaysh al-Izza faction rejected the deal' },
        { articleId: '000', sentenceIndex: 9, expect: 'carved out equally' },
      ],
      sources: [SOURCES.kashmirMonitor],
    },
    {
      id: 'what-next',
      title: 'What happened next, 2019–2020',
      date: '2020-03-05',
      caption:
        'Government offensives took the south of the zone: Khan Shaykhun in Aug 2019, Maarat al-Numan in Jan 2020, Saraqib in Feb 2020. A protocol signed in Moscow on 5 Mar 2020 declared a ceasefire along the line of contact from 6 Mar and set a security corridor 6 km deep either side of the M4.',
      notes:
        'The articles end in April 2019, so this chapter has its one quote from them; cite the protocol (PA-X) for the rest. The corridor is drawn 6 km either side of the schematic M4, from Saraqib (the protocol says Trumba, 2 km west of it) to where the road leaves Idlib province (the protocol says Ain al-Havr): approximate.',
      camera: SOUTH,
      layers: ['territory', 'contact-line', 'zone', 'highways', 'cities', 'posts'],
      highlight: ['m4', 'city-khan-shaykhun', 'city-maarat-al-numan', 'city-saraqib'],
      corridor: { roadId: 'm4', fromId: 'city-saraqib', withinId: 'idlib-province', km: 6 },
      quotes: [{ articleId: '003', sentenceIndex: 3, expect: 'helped avert a government assault' }],
      sources: [
        SOURCES.offensive2019,
        SOURCES.offensive2020,
        SOURCES.protocol,
        SOURCES.protocolText,
      ],
    },
  ],
  events: [
    {
      date: '2018-09-07',
      kind: 'said',
      text: 'Tehran summit: Putin calls driving the extremists out of Idlib the priority.',
      featureIds: ['idlib-province'],
      source: SOURCES.rt,
    },
    {
      date: '2018-09-17',
      kind: 'agreed',
      text: 'Sochi memorandum: a demilitarised zone 15–20 km deep; exact lines left to later talks (items 3, 4).',
      featureIds: ['dmz-15km', 'dmz-20km'],
      source: SOURCES.memorandumTurkishMinute,
    },
    {
      date: '2018-09-17',
      kind: 'agreed',
      text: 'Turkish observation posts kept and fortified; joint patrols along the zone (items 1, 7).',
      featureIds: ALL_POSTS,
      source: SOURCES.memorandumTurkishMinute,
    },
    {
      date: '2018-09-30',
      dateLabel: 'late Sep 2018',
      kind: 'said',
      text: 'Jaysh al-Izza rejects the deal: the zone should be carved equally from both sides.',
      featureIds: ['dmz-split'],
      source: SOURCES.kashmirMonitor,
    },
    {
      date: '2018-10-03',
      kind: 'said',
      text: 'Putin, in St Petersburg: no large-scale military action is expected in Idlib.',
      featureIds: [],
      source: SOURCES.kashmirMonitor,
    },
    {
      date: '2018-10-10',
      kind: 'due',
      text: 'Tanks, rocket launchers, artillery and mortars out of the zone (item 6).',
      featureIds: ['dmz-15km', 'dmz-20km'],
      source: SOURCES.memorandumTurkishMinute,
    },
    {
      date: '2018-10-15',
      kind: 'due',
      text: 'All radical groups out of the zone (item 5).',
      featureIds: ['dmz-15km', 'dmz-20km'],
      source: SOURCES.memorandumTurkishMinute,
    },
    {
      date: '2018-12-31',
      dateLabel: 'end of 2018',
      kind: 'due',
      text: 'Transit on the M4 and M5 restored (item 8).',
      featureIds: ['m4', 'm5'],
      source: SOURCES.memorandumTurkishMinute,
    },
    {
      date: '2019-04-27',
      kind: 'said',
      text: 'Putin, in Beijing: a full-scale assault is not ruled out but inadvisable for now.',
      featureIds: [],
      source: SOURCES.ahval,
    },
    {
      date: '2019-08-31',
      dateLabel: 'Aug 2019',
      kind: 'happened',
      text: 'After an offensive from late April, government forces take Khan Shaykhun.',
      featureIds: ['city-khan-shaykhun'],
      source: SOURCES.offensive2019,
    },
    {
      date: '2020-01-31',
      dateLabel: 'Jan 2020',
      kind: 'happened',
      text: 'A new offensive (from Dec 2019) takes Maarat al-Numan on the M5.',
      featureIds: ['city-maarat-al-numan', 'm5'],
      source: SOURCES.offensive2020,
    },
    {
      date: '2020-02-29',
      dateLabel: 'Feb 2020',
      kind: 'happened',
      text: 'Saraqib, where the M4 and M5 meet, changes hands.',
      featureIds: ['city-saraqib'],
      source: SOURCES.offensive2020,
    },
    {
      date: '2020-03-05',
      kind: 'agreed',
      text: 'Moscow protocol: ceasefire from 6 Mar; a corridor 6 km deep either side of the M4; joint M4 patrols from 15 Mar.',
      featureIds: ['m4'],
      source: SOURCES.protocol,
    },
  ],
} satisfies Story;

/** A chapter of {@link STORY}. */
export type StoryChapter = (typeof STORY.chapters)[number];
