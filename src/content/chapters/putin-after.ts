/** Chapter: What Putin said after (Oct 2018, Apr 2019). */
import { ZONE } from '../../domain/zone.js';
import { SOURCES } from '../sources.js';
import type { Chapter } from '../story-types.js';
import { OVERVIEW } from './views.js';

export const putinAfter = {
  id: 'putin-after',
  title: 'What Putin said after (Oct 2018, Apr 2019)',
  date: '2019-04-27',
  caption:
    'On 3 Oct 2018 Putin said no large-scale military action was expected. On 27 Apr 2019, in Beijing, he did not rule out a full-scale assault but called it inadvisable "for now". The offensive began days later.',
  notes:
    'Article 000 is dated by inference (about 4 Oct 2018); Putin spoke in St Petersburg, not Moscow.',
  camera: OVERVIEW,
  layers: ['territory', 'contact-line', 'zone', 'cities'],
  highlight: [ZONE.core.id, ZONE.margin.id],
  quotes: [
    { articleId: '000', sentenceIndex: 2, expect: 'no large-scale military actions' },
    { articleId: '003', sentenceIndex: 6, expect: 'inadvisable' },
  ],
  sources: [SOURCES.kashmirMonitor, SOURCES.ahval],
} satisfies Chapter;
