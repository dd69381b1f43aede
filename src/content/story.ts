/**
 * The teaching story: the presenter's chapters and the timeline's dated events, as typed data.
 * Facts: the Sochi memorandum of 17 Sep 2018 (items quoted from the leaked English text, see
 * `sources.ts`), the five articles of the quote index (quotes are references, resolved at
 * runtime), and what came later (the 2019–20 offensives, the Moscow protocol of 5 Mar 2020).
 * No official map of the zone was published: captions say the lines are derived.
 */
import { tehran } from './chapters/tehran.js';
import { memorandum } from './chapters/memorandum.js';
import { zoneDepth } from './chapters/zone-depth.js';
import { heavyWeapons } from './chapters/heavy-weapons.js';
import { radicalGroups } from './chapters/radical-groups.js';
import { patrolsPosts } from './chapters/patrols-posts.js';
import { highways } from './chapters/highways.js';
import { putinAfter } from './chapters/putin-after.js';
import { rivalReading } from './chapters/rival-reading.js';
import { whatNext } from './chapters/what-next.js';
import { EVENTS } from './events.js';
import type { Chapter, Story } from './story-types.js';

/** The story: one file per chapter in `chapters/`, the dated events in `events.ts`. */
export const STORY = {
  title: 'The Sochi memorandum on Idlib, 2018–2020',
  chapters: [
    tehran,
    memorandum,
    zoneDepth,
    heavyWeapons,
    radicalGroups,
    patrolsPosts,
    highways,
    putinAfter,
    rivalReading,
    whatNext,
  ] as readonly Chapter[],
  events: EVENTS,
} satisfies Story;

/** A chapter of {@link STORY}. */
export type StoryChapter = (typeof STORY.chapters)[number];
