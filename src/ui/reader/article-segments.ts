/**
 * Cuts an article body into paragraphs of runs, each run inside one sentence and either plain
 * text or a linked place name, so the reader can render it with text nodes and buttons.
 */
import type { PublishedArticle } from '../../types.js';

/** A stretch of text with what it belongs to. */
export interface Run {
  text: string;
  /** Index of the sentence the run is in, or `null` between sentences. */
  sentenceIndex: number | null;
  /** Features the run names (a linked place name), first is the main one. */
  featureIds: string[];
}

interface Link {
  start: number;
  end: number;
  featureIds: string[];
}

/** Absolute, non-overlapping links (the earliest, then longest, wins an overlap). */
function absoluteLinks(article: PublishedArticle): Link[] {
  const byRange = new Map<string, Link>();
  for (const link of article.links) {
    const sentence = article.sentences[link.sentenceIndex];
    if (!sentence) continue;
    const start = sentence.start + link.start;
    const end = sentence.start + link.end;
    if (start < sentence.start || end > sentence.end || end <= start) continue;
    const key = `${start}:${end}`;
    const found = byRange.get(key);
    if (found) {
      if (!found.featureIds.includes(link.featureId)) found.featureIds.push(link.featureId);
    } else byRange.set(key, { start, end, featureIds: [link.featureId] });
  }
  const sorted = [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Link[] = [];
  for (const link of sorted) {
    const last = kept[kept.length - 1];
    if (!last || link.start >= last.end) kept.push(link);
  }
  return kept;
}

/** Splits an article into paragraphs (at blank lines) of {@link Run}s. */
export function segmentArticle(article: PublishedArticle): Run[][] {
  const { body } = article;
  const cuts = new Set<number>([0, body.length]);
  for (const s of article.sentences) {
    cuts.add(Math.max(0, Math.min(body.length, s.start)));
    cuts.add(Math.max(0, Math.min(body.length, s.end)));
  }
  const links = absoluteLinks(article);
  for (const link of links) {
    cuts.add(link.start);
    cuts.add(link.end);
  }
  const breaks = [...body.matchAll(/\n[ \t]*\n\s*/g)];
  for (const match of breaks) {
    cuts.add(match.index);
    cuts.add(match.index + match[0].length);
  }
  const isBreak = (start: number) => breaks.some((m) => m.index === start);
  const sentenceAt = (pos: number) => {
    const index = article.sentences.findIndex((s) => pos >= s.start && pos < s.end);
    return index < 0 ? null : index;
  };
  const points = [...cuts].sort((a, b) => a - b);
  const paragraphs: Run[][] = [[]];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    if (isBreak(start)) {
      paragraphs.push([]);
      continue;
    }
    const link = links.find((l) => l.start === start && l.end === end);
    paragraphs[paragraphs.length - 1]?.push({
      text: body.slice(start, end),
      sentenceIndex: sentenceAt(start),
      featureIds: link ? [...link.featureIds] : [],
    });
  }
  return paragraphs.filter((p) => p.some((run) => run.text.trim() !== ''));
}
