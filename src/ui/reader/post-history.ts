/** A post's card section: its status through time, and its status on the map's day. */
import { historyOf, statusOn } from '../../geo/post-status.js';
import type { AppFeature } from '../../types.js';
import { el } from '../app/dom.js';
import { formatDate } from '../app/text.js';

const WORDS = {
  established: 'established',
  surrounded: 'surrounded by government-held ground',
  evacuated: 'evacuated',
} as const;

/** The section, or `null` for features without a status history. */
export function postHistory(feature: AppFeature, day: string): HTMLElement | null {
  const history = historyOf(feature.properties);
  if (history.length === 0) return null;
  const now = statusOn(history, day);
  const list = el('ol', { class: 'post-history' });
  for (const entry of history) {
    list.append(
      el(
        'li',
        { class: entry === now ? 'post-history-now' : undefined },
        `${formatDate(entry.date)}: ${WORDS[entry.status]} (${entry.basis === 'direct' ? 'a source gives the date' : entry.basis === 'inferred' ? 'date inferred' : 'date not sourced'})`,
      ),
    );
  }
  return el(
    'section',
    { class: 'post-status' },
    el('h3', {}, 'Status through time'),
    el(
      'p',
      { class: 'post-status-now' },
      `On the map’s day, ${formatDate(day)}: ${now ? WORDS[now.status] : 'not yet established'}.`,
    ),
    list,
  );
}
