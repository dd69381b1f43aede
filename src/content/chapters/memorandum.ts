/** Chapter: The Sochi memorandum, 17 Sep 2018. */
import { ZONE } from '../../domain/zone.js';
import { SOURCES } from '../sources.js';
import type { Chapter } from '../story-types.js';
import { ALL_POSTS, MEMO, OVERVIEW } from './views.js';

export const memorandum = {
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
      featureIds: [ZONE.core.id, ZONE.margin.id],
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
  highlight: [ZONE.core.id, ZONE.margin.id, 'm4', 'm5', ...ALL_POSTS],
  quotes: [
    { articleId: '002', sentenceIndex: 2, expect: 'signed a memorandum on Monday' },
    { articleId: '001', sentenceIndex: 0, expect: 'de-militarised zone' },
  ],
  sources: [...MEMO, SOURCES.tass],
} satisfies Chapter;
