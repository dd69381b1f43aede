/** Chapter: What happened next, 2019–2020. */
import { SOURCES } from '../sources.js';
import type { Chapter } from '../story-types.js';
import { SOUTH } from './views.js';

export const whatNext = {
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
  sources: [SOURCES.offensive2019, SOURCES.offensive2020, SOURCES.protocol, SOURCES.protocolText],
} satisfies Chapter;
