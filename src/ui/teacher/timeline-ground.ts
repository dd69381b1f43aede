/**
 * The timeline's ground truth: on the slider's day, the share of each reading of the zone the
 * government held (computed by the pipeline per interval, `zone-share.json`) and how that day's
 * territory was drawn, in words a teacher can repeat, with the count of changes of hands behind
 * it by basis.
 */
import type { Feature } from 'geojson';
import { ZONE } from '../../domain/zone.js';
import { validOnDay } from '../../geo/dated.js';
import { el } from '../app/dom.js';
import { sharesOn, type Series } from '../app/series.js';
import { formatDate } from '../app/text.js';

const percent = (share: number | undefined) =>
  share === undefined ? 'unknown' : `${Math.round(share * 100)}%`;

/** "6 Mar 2020: 71% of the 20 km zone held by the government (…)". */
export function shareSentence(date: string, shares: Record<string, number> | undefined): string {
  if (!shares) return `${formatDate(date)}: outside the dated series (17 Sep 2018 – 6 Mar 2020).`;
  return `${formatDate(date)}: ${percent(shares[ZONE.margin.id])} of the ${ZONE.margin.depthKm} km zone held by the government (the ${ZONE.core.depthKm} km core: ${percent(shares[ZONE.core.id])}; the zone as Jaysh al-Izza demanded: ${percent(shares[ZONE.split.id])}).`;
}

interface Change {
  place: string;
  date: string;
  basis: string;
}

/** The changes of hands behind the territory valid on `date`, each once, tallied by basis. */
export function changesBehind(features: readonly Feature[], date: string): Record<string, number> {
  const seen = new Map<string, string>();
  for (const f of features) {
    if (!validOnDay(f.properties, date)) continue;
    const changes = (f.properties?.['changes'] ?? []) as Change[];
    for (const c of changes) seen.set(`${c.place}@${c.date}`, c.basis);
  }
  const tally: Record<string, number> = { direct: 0, inferred: 0, unsourced: 0 };
  for (const basis of seen.values()) tally[basis] = (tally[basis] ?? 0) + 1;
  return tally;
}

/** Mounts the section; returns the function that shows a day. */
export function mountTimelineGround(
  host: HTMLElement,
  loadSeries: () => Promise<Series>,
): (date: string) => void {
  const figure = el('p', { class: 'timeline-share', id: 'timeline-share' });
  const method = el('p', { class: 'timeline-method' });
  host.append(
    el(
      'section',
      { class: 'timeline-ground', 'aria-live': 'polite' },
      el('h4', {}, 'Who held what that day'),
      figure,
      method,
    ),
  );
  let shown = '';
  return (date) => {
    shown = date;
    figure.textContent = `${formatDate(date)}: loading who held what…`;
    loadSeries().then(
      (series) => {
        if (shown !== date) return;
        figure.textContent = shareSentence(date, sharesOn(series.zoneShare, date)?.shares);
        figure.dataset['date'] = date;
        const t = changesBehind(series.territory.features, date);
        const total = (t['direct'] ?? 0) + (t['inferred'] ?? 0) + (t['unsourced'] ?? 0);
        method.textContent = `How this was drawn: the 17 Sep 2018 method (each place owns the land nearer to it than to any other; the line is where opposition land meets government land), redone with each place's side on this day. ${total} changes of hands since 17 Sep 2018 decide it: ${t['direct']} stated by a source for that place and day, ${t['inferred']} inferred, ${t['unsourced']} with no source. Areas resting on unsourced or inferred claims are cross-hatched white; about 5 km either way.`;
      },
      () => {
        if (shown === date)
          figure.textContent = `${formatDate(date)}: the dated territory could not be loaded.`;
      },
    );
  };
}
