/** Chapter: Patrols and observation posts. */
import type { Chapter } from '../story-types.js';
import { ALL_POSTS, MEMO, OVERVIEW } from './views.js';

export const patrolsPosts = {
  id: 'patrols-posts',
  title: 'Patrols and observation posts',
  date: '2018-09-17',
  caption:
    "Item 1 kept Turkey's twelve observation posts, set up under the 2017 Astana de-escalation deal. Item 7 added Turkish and Russian patrols and drone monitoring along the zone's boundaries. Post positions are approximate.",
  notes: "Each post's popup says how its position was found and how far off it may be.",
  camera: OVERVIEW,
  layers: ['territory', 'contact-line', 'zone', 'posts'],
  highlight: ALL_POSTS,
  quotes: [
    { articleId: '002', sentenceIndex: 8, expect: 'mobile patrol groups' },
    { articleId: '000', sentenceIndex: 6, expect: 'coordinated military patrols' },
    { articleId: '002', sentenceIndex: 14, expect: '12 observation points' },
  ],
  sources: MEMO,
} satisfies Chapter;
