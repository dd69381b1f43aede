/** Chapter: The rival reading: split equally. */
import { ZONE } from '../../domain/zone.js';
import { SOURCES } from '../sources.js';
import type { Chapter } from '../story-types.js';
import { ZONE_VIEW } from './views.js';

export const rivalReading = {
  id: 'rival-reading',
  title: 'The rival reading: split equally',
  date: '2018-09-30',
  dateLabel: 'late Sep 2018',
  caption:
    'The memorandum put the zone on the opposition side only. The opposition group Jaysh al-Izza rejected that and demanded a zone carved equally from both sides: half the depth, 7.5–10 km, each way. Both readings are derived from the same contact line.',
  notes:
    "Use the comparison toggle. Which towns change sides of the argument? The date of Jaysh al-Izza's statement is approximate (late September 2018).",
  camera: ZONE_VIEW,
  layers: ['territory', 'contact-line', 'zone-split', 'cities'],
  highlight: [ZONE.split.id],
  reading: 'split',
  quotes: [
    { articleId: '000', sentenceIndex: 8, expect: 'Jaysh al-Izza faction rejected the deal' },
    { articleId: '000', sentenceIndex: 9, expect: 'carved out equally' },
  ],
  sources: [SOURCES.kashmirMonitor],
} satisfies Chapter;
