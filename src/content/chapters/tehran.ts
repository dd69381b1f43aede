/** Chapter: Tehran summit, 7 Sep 2018. */
import { SOURCES } from '../sources.js';
import type { Chapter } from '../story-types.js';

export const tehran = {
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
} satisfies Chapter;
