/** Chapter: Radical groups out by 15 Oct 2018. */
import { ZONE } from '../../domain/zone.js';
import type { Chapter } from '../story-types.js';
import { MEMO, ZONE_VIEW } from './views.js';

export const radicalGroups = {
  id: 'radical-groups',
  title: 'Radical groups out by 15 Oct 2018',
  date: '2018-10-15',
  caption:
    'Item 5: "all radical terrorist groups" were to leave the zone by 15 October. The memorandum did not name them.',
  items: [
    {
      label: 'Item 5',
      text: 'All radical terrorist groups will be removed from the demilitarized zone by Oct. 15.',
      featureIds: [ZONE.core.id, ZONE.margin.id],
    },
  ],
  notes:
    'Article 001 quotes Putin; article 000 (Press TV, via a republisher) says "by the middle of October".',
  camera: ZONE_VIEW,
  layers: ['territory', 'contact-line', 'zone', 'cities'],
  highlight: [ZONE.core.id, ZONE.margin.id],
  quotes: [
    { articleId: '001', sentenceIndex: 3, expect: 'withdrawal of all radical fighters' },
    { articleId: '000', sentenceIndex: 5, expect: 'middle of October' },
  ],
  sources: MEMO,
} satisfies Chapter;
