/**
 * The gap between two names of one list, shared by the province-list and capital rules. Pure;
 * usable in the browser.
 */
import type { RuleMatch } from './post-rules.js';

/** True when only ", ", " and ", ", and ", "&", "as well as" or a hyphen separate two matches. */
export function listGap(body: string, left: RuleMatch, right: RuleMatch): boolean {
  return /^\s*(?:,|,?\s*and|&|,?\s*as well as|[-–/])\s*$/u.test(body.slice(left.end, right.start));
}
