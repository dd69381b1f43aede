/**
 * Sources of the teaching content, cited next to each fact in `story.ts`. The memorandum's
 * English text is the leaked one (CNN Türk via Turkish Minute; The National), since the signed
 * document (UN S/2018/852) was not published with a map.
 */
import type { SourceRef } from './story-types.js';

export const SOURCES = {
  memorandumTurkishMinute: {
    title: 'Turkish Minute, 19 Sep 2018: 10-article agreement for Idlib leaked to media',
    url: 'https://www.turkishminute.com/2018/09/19/10-article-agreement-for-idlib-between-turkey-and-russia-leaked-to-media/',
  },
  memorandumNational: {
    title: 'The National, 18 Sep 2018: full text of Turkey–Russia memorandum on Idlib',
    url: 'https://www.thenationalnews.com/world/mena/full-text-of-turkey-russia-memorandum-on-idlib-revealed-1.771953',
  },
  memorandumPa: {
    title: 'PA-X Peace Agreements Database: Sochi memorandum, 17 Sep 2018',
    url: 'https://www.peaceagreements.org/view/2169/',
  },
  tass: {
    title: 'TASS, 17 Sep 2018: Russian defense minister rules out new military operation in Idlib',
    url: 'https://tass.com/defense/1021975',
  },
  rt: {
    title: 'RT, 7 Sep 2018: Driving out militants from Idlib now top priority – Putin',
    url: 'https://www.rt.com/news/437877-putin-idlib-syria-summit/',
  },
  kashmirMonitor: {
    title:
      'The Kashmir Monitor (Press TV), about 4 Oct 2018: No large-scale military action needed',
    url: 'https://www.thekashmirmonitor.net/no-large-scale-military-action-needed-in-syrias-idlib-putin/',
  },
  ahval: {
    title: 'Ahval, 27 Apr 2019: Putin says Russia, Syria not planning assault on Idlib for now',
    url: 'https://ahvalnews.com/russia-turkey/putin-says-russia-syria-not-planning-assault-idlib-now',
  },
  offensive2019: {
    title: 'Wikipedia: Northwestern Syria offensive (April–August 2019)',
    url: 'https://en.wikipedia.org/wiki/Northwestern_Syria_offensive_(April%E2%80%93August_2019)',
  },
  offensive2020: {
    title: 'Wikipedia: Northwestern Syria offensive (December 2019 – March 2020)',
    url: 'https://en.wikipedia.org/wiki/Northwestern_Syria_offensive_(December_2019_%E2%80%93_March_2020)',
  },
  protocol: {
    title: 'PA-X: Additional Protocol to the Idlib memorandum, Moscow, 5 Mar 2020',
    url: 'https://pax.peaceagreements.org/agreements/2273',
  },
  protocolText: {
    title: 'Voltaire Network: text of the Moscow Additional Protocol, 5 Mar 2020',
    url: 'https://www.voltairenet.org/article209431.html',
  },
} as const satisfies Record<string, SourceRef>;
