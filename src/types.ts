/**
 * Shared types: the contract between the data pipeline (`src/pipeline/`), the published files in
 * `/data/` and the browser app (`src/map/`, `src/ui/`).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { FeatureKind } from './domain/kinds.js';

export type { FeatureKind } from './domain/kinds.js';

/** How a geometry was made, from what, and how far it may be off. */
export interface Provenance {
  /** The method in plain words a teacher can repeat, e.g. "15 km buffer of the contact line, clipped to opposition-held territory". */
  method: string;
  /** Each source with its licence or credit, e.g. "Natural Earth admin-1 (public domain)". */
  sources: string[];
  /** Likely positional error in kilometres. */
  accuracyKm: number;
}

/** One sentence of an article that mentions a feature, verbatim. */
export interface Quote {
  /** Article id, a key of {@link QuoteIndex.articles}. */
  articleId: string;
  /** Index of the sentence in the article's sentence list. */
  sentenceIndex: number;
  /** The sentence, verbatim: `body.slice(sentence.start, sentence.end)`. */
  text: string;
  /** Offset of the matched alias inside `text` (UTF-16 code units). */
  start: number;
  /** End offset (exclusive) of the matched alias inside `text`. */
  end: number;
  /** The matched text as it stands in the sentence, `text.slice(start, end)`. */
  match: string;
}

/** Properties every published feature carries. */
export interface FeatureProperties {
  /** Stable kebab-case id, e.g. `city-idlib`, `dmz-15km`, `op-morek`. */
  id: string;
  /** English display name. */
  name: string;
  kind: FeatureKind;
  /** One line for the popup, e.g. "Demilitarised zone, 15–20 km deep, agreed 17 Sep 2018". */
  description: string;
  provenance: Provenance;
  /** Quotes from the articles, in article then sentence order. */
  quotes: Quote[];
  /** Other spellings a reader may search for (Idleb, Edlib, …). */
  nameVariants?: string[];
  /** Arabic name where known. */
  nameAr?: string;
  /** Extra, kind-specific facts (control, position quality, dates, schematic flag…). */
  [key: string]: unknown;
}

export type AppFeature = Feature<Geometry, FeatureProperties>;
export type AppFeatureCollection = FeatureCollection<Geometry, FeatureProperties>;

/** Front matter of an article file in `geodata/articles/<id>.md`. */
export interface ArticleMeta {
  id: string;
  outlet: string;
  originalOutlet: string;
  headline: string;
  /** ISO 8601 date (YYYY-MM-DD). */
  date: string;
  /** True when the date was reasoned from the text rather than read from a page. */
  dateInferred: boolean;
  /** Source address, or empty when none was found. */
  url: string;
  /** BCP 47 language tag, e.g. `en`. */
  language: string;
  /** Front-matter fields whose values were inferred (shown as such in the reader). */
  inferred?: string[];
  /** The text as received, relative to `geodata/articles/` (e.g. `raw/000_….txt`), when kept. */
  raw?: string;
  /** How the metadata was established and how far to trust it. */
  notes?: string;
}

/** A sentence as character offsets into an article body. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** One article as published for the reader. */
export interface PublishedArticle {
  meta: ArticleMeta;
  /** Article body, verbatim from the source minus whole lines of site chrome. */
  body: string;
  sentences: SentenceSpan[];
  /** Feature links per sentence: featureId and match offsets inside the sentence. */
  links: { sentenceIndex: number; featureId: string; start: number; end: number }[];
  /** True for an article a reader added in this browser ("Add an article"), not in `quotes.json`. */
  addedOnDevice?: boolean;
}

/** The quote index published at `/data/quotes.json`. */
export interface QuoteIndex {
  articles: Record<string, PublishedArticle>;
  /** Quotes per feature id. */
  byFeature: Record<string, Quote[]>;
}
