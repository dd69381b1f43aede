/**
 * One notice for everything a link asked that was ignored: a pasted or hostile link may carry
 * hundreds of unknown keys or a 100 KB value, so the problems are summarised, values shortened
 * and bidi controls made visible. Pure.
 */
import { inertText } from './text.js';

/** Something in a link that was not applied. */
export interface LinkProblem {
  /** The key as written in the link. */
  key: string;
  /** Why: a key this page does not know, a value that is not valid, or one that failed. */
  kind: 'unknown' | 'invalid' | 'failed';
  /** The key's reader-facing name, e.g. "timeline date". */
  label?: string;
  /** The value as written (decoded). */
  raw?: string;
}

/** Longest key or value quoted in a notice, in characters. */
export const MAX_QUOTED = 40;
/** Problems named one by one; the rest are counted. */
export const MAX_LISTED = 5;

/** Shortens to {@link MAX_QUOTED} characters (plus "…") and neutralises bidi controls. */
export function quoteForNotice(text: string, max = MAX_QUOTED): string {
  const chars = [...text];
  const short = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
  return `"${inertText(short)}"`;
}

function describe(problem: LinkProblem): string {
  const name = problem.label ?? quoteForNotice(problem.key);
  switch (problem.kind) {
    case 'unknown':
      return `${quoteForNotice(problem.key)} (not known here)`;
    case 'invalid':
      return `${name} ${quoteForNotice(problem.raw ?? '')} (not valid)`;
    case 'failed':
      return `${name} (could not be applied)`;
  }
}

/** The notice text for a link's ignored parts; `null` when nothing was ignored. */
export function summariseLinkProblems(problems: readonly LinkProblem[]): string | null {
  if (problems.length === 0) return null;
  const listed = problems.slice(0, MAX_LISTED).map(describe);
  const rest = problems.length - listed.length;
  const more = rest > 0 ? `; and ${rest} more` : '';
  const what = problems.length === 1 ? 'Part of the link was' : 'Parts of the link were';
  return `${what} ignored: ${listed.join('; ')}${more}.`;
}
