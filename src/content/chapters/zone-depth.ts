/** Chapter: A zone 15–20 km deep. */
import { ZONE } from '../../domain/zone.js';
import type { Chapter } from '../story-types.js';
import { MEMO, ZONE_VIEW } from './views.js';

export const zoneDepth = {
  id: 'zone-depth',
  title: 'A zone 15–20 km deep',
  date: '2018-09-17',
  caption:
    'Item 3: a zone "15-20 kilometers deep". Item 4 left the exact lines to later talks, and no map was ever published. The band drawn here is derived: 15 km (solid) and 20 km (hatched) from a contact line traced between villages held by each side.',
  items: [
    {
      label: 'Item 4',
      text: 'The delineation of exact lines of the demilitarized zone will be determined through further consultations.',
      featureIds: [ZONE.core.id, ZONE.margin.id, 'contact-line'],
    },
  ],
  notes:
    'Open the zone-width explorer and ask whether Saraqib or Maarat al-Numan would be inside at 15 km, and at 20 km. "Along the contact line" is Putin\'s wording at the press conference, not the memorandum\'s.',
  camera: ZONE_VIEW,
  layers: ['territory', 'contact-line', 'zone', 'cities', 'settlements'],
  highlight: [ZONE.core.id, ZONE.margin.id, 'contact-line'],
  quotes: [
    { articleId: '002', sentenceIndex: 6, expect: '15-20 kilometers' },
    { articleId: '001', sentenceIndex: 2, expect: '15-20km-wide zone' },
  ],
  sources: MEMO,
} satisfies Chapter;
