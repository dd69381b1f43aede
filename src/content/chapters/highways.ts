/** Chapter: M4 and M5 open by the end of 2018. */
import { SOURCES } from '../sources.js';
import type { Chapter } from '../story-types.js';
import { MEMO, OVERVIEW } from './views.js';

export const highways = {
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
} satisfies Chapter;
