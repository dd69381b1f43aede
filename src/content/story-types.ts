/**
 * Types of the teaching content: the presenter's chapters and the timeline's dated events.
 * Content lives in `story.ts` as typed data (`satisfies Story`); quotes are references into the
 * quote index (`/data/quotes.json`), resolved at runtime, never retyped text.
 */
import type { LayerGroupId } from '../map/layer-groups.js';

/** An ISO 8601 calendar date, `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`;

/** A sentence of an article in the quote index, checked by a unit test. */
export interface QuoteRef {
  /** Article id, a key of `QuoteIndex.articles`. */
  articleId: string;
  /** Index of the sentence in the article's sentence list. */
  sentenceIndex: number;
  /** Words the sentence must contain (the unit test fails when the index shifts). */
  expect: string;
}

/** A source a teacher can cite, with its address. */
export interface SourceRef {
  title: string;
  url: string;
}

/** Where the camera goes, [west, south, east, north]. */
export type Bounds = [number, number, number, number];

/** Which reading of the zone the map draws in a chapter. */
export type ZoneReading = 'agreed' | 'split';

/** One slide of the presenter. */
export interface Chapter {
  /** Stable kebab-case id; the URL uses the chapter's number. */
  id: string;
  /** Short heading shown large on the projector. */
  title: string;
  /** The date the chapter is about. */
  date: IsoDate;
  /** Label of the date when the day is not exact, e.g. "end of 2018". */
  dateLabel?: string;
  /** The caption, two or three plain sentences; honest about what is derived. */
  caption: string;
  /** Memorandum items quoted or summarised on the slide, each with the features it concerns. */
  items?: readonly { label: string; text: string; featureIds: readonly string[] }[];
  /** Speaker notes, shown on demand. */
  notes: string;
  /** Camera bounds. */
  camera: Bounds;
  /** Layer groups shown; every other group is hidden. */
  layers: readonly LayerGroupId[];
  /** Features highlighted on the map. */
  highlight: readonly string[];
  /** Which zone reading is drawn. @defaultValue `'agreed'` */
  reading?: ZoneReading;
  /** A corridor drawn either side of a road (the 2020 protocol's M4 corridor). */
  corridor?: {
    /** The road's feature id. */
    roadId: string;
    /** The feature (a town) the corridor starts from, running west. */
    fromId: string;
    /** The area the corridor stays in (it ends where the road leaves it). */
    withinId: string;
    km: number;
  };
  /** Supporting quotes from the articles. */
  quotes: readonly QuoteRef[];
  /** Sources of the facts on the slide. */
  sources: readonly SourceRef[];
}

/** What kind of thing happened on a timeline date. */
export type EventKind = 'agreed' | 'due' | 'said' | 'happened';

/** One dated entry of the timeline. */
export interface TimelineEvent {
  date: IsoDate;
  /** Label of the date when the day is not exact, e.g. "end of 2018". */
  dateLabel?: string;
  kind: EventKind;
  /** One sentence. */
  text: string;
  /** Features the event concerns (highlighted on the map when the slider reaches it). */
  featureIds: readonly string[];
  source: SourceRef;
}

/** The whole teaching story. */
export interface Story {
  title: string;
  chapters: readonly Chapter[];
  events: readonly TimelineEvent[];
}
