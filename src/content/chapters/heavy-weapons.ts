/** Chapter: Heavy weapons out by 10 Oct 2018. */
import { ZONE } from '../../domain/zone.js';
import type { Chapter } from '../story-types.js';
import { MEMO, ZONE_VIEW } from './views.js';

export const heavyWeapons = {
  id: 'heavy-weapons',
  title: 'Heavy weapons out by 10 Oct 2018',
  date: '2018-10-10',
  caption:
    'Item 6: all tanks, rocket launchers, artillery and mortars "belonging to conflicting parties" were to leave the zone by 10 October. A map can show where, not whether it happened.',
  items: [
    {
      label: 'Item 6',
      text: 'All tanks, MLRS [Multiple Launch Rocket Systems], artillery and mortars belonging to conflicting parties will be withdrawn from the demilitarized zone by Oct. 10, 2018.',
      featureIds: [ZONE.core.id, ZONE.margin.id],
    },
  ],
  notes:
    'Compare "conflicting parties" (item 6) with Putin\'s "of all opposition groups": who had to withdraw?',
  camera: ZONE_VIEW,
  layers: ['territory', 'contact-line', 'zone', 'cities'],
  highlight: [ZONE.core.id, ZONE.margin.id],
  quotes: [
    { articleId: '001', sentenceIndex: 4, expect: 'heavy weapons would be withdrawn' },
    { articleId: '002', sentenceIndex: 7, expect: 'heavy weapons, tanks' },
  ],
  sources: MEMO,
} satisfies Chapter;
