/** The timeline's dated events: what was agreed, due, said and what happened, each sourced. */
import { ZONE } from '../domain/zone.js';
import { ALL_POSTS } from './chapters/views.js';
import { SOURCES } from './sources.js';
import type { TimelineEvent } from './story-types.js';

export const EVENTS = [
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
    featureIds: [ZONE.core.id, ZONE.margin.id],
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
    featureIds: [ZONE.split.id],
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
    featureIds: [ZONE.core.id, ZONE.margin.id],
    source: SOURCES.memorandumTurkishMinute,
  },
  {
    date: '2018-10-15',
    kind: 'due',
    text: 'All radical groups out of the zone (item 5).',
    featureIds: [ZONE.core.id, ZONE.margin.id],
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
] satisfies TimelineEvent[];
