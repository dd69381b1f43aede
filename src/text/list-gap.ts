/**
 * The gap between two names of one list, shared by the province-list and capital rules. Pure;
 * usable in the browser.
 */
import type { RuleMatch } from './post-rules.js';

/**
 * True when only ", ", " and ", ", and ", "&", "as well as" or a hyphen separate two matches,
 * optionally with "partly", "partially" or "also" after ("Hama and Idlib, and partly Aleppo").
 */
export function listGap(body: string, left: RuleMatch, right: RuleMatch): boolean {
  return /^\s*(?:,|,?\s*and|&|,?\s*as well as|[-–/])\s*(?:(?:partly|partially|also)\s+)?$/u.test(
    body.slice(left.end, right.start),
  );
}
