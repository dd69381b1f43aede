/**
 * Checks the form's fields before links are proposed and before an article goes on the map;
 * each problem is a sentence shown at its field. Pure.
 */
import type { QuoteIndex } from '../../../types.js';
import { normaliseBody, oneLine, type ArticleFields, type FieldName } from './model.js';

/** Problems by field; empty when the article can be added. */
export type FieldErrors = Partial<Record<FieldName, string>>;

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A web address as the pipeline accepts it: `http://` or `https://`, no spaces, a host. */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\/[^\s]+$/iu.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Curly quotes round a whole value (the pipeline refuses them: they were meant as YAML quotes). */
const CURLY = /^[\u201C\u2018\u201E\u00AB].*[\u201D\u2019\u201C\u00BB]$/su;

/** Comparable form of an address: no trailing slash, host in lower case. */
function sameAddress(a: string, b: string): boolean {
  const key = (u: string) => {
    try {
      const url = new URL(u);
      return `${url.protocol}//${url.host.toLowerCase()}${url.pathname.replace(/\/+$/u, '')}${url.search}`;
    } catch {
      return u;
    }
  };
  return a !== '' && b !== '' && key(a) === key(b);
}

/**
 * Checks every field: something to quote, a date that is a calendar date and not in the
 * future, a web address, and no article already on the map with the same address or the same
 * headline and date.
 */
export function validateFields(
  fields: ArticleFields,
  quotes: QuoteIndex,
  today: string,
): FieldErrors {
  const errors: FieldErrors = {};
  const outlet = oneLine(fields.outlet);
  const headline = oneLine(fields.headline);
  const url = oneLine(fields.url);
  if (!outlet) errors.outlet = 'Enter the outlet that published the article, e.g. Reuters.';
  else if (CURLY.test(outlet)) errors.outlet = 'Remove the curly quotes round the outlet.';
  if (!headline) errors.headline = 'Enter the headline, as published.';
  else if (CURLY.test(headline)) errors.headline = 'Remove the curly quotes round the headline.';
  if (!fields.date) errors.date = 'Enter the date the article was published.';
  else if (!isCalendarDate(fields.date))
    errors.date = 'Enter a calendar date as year-month-day, e.g. 2018-09-17.';
  else if (fields.date > today)
    errors.date = 'The date is in the future: enter the publication date.';
  if (!url) errors.url = 'Enter the article’s web address, starting with https://.';
  else if (!isWebAddress(url))
    errors.url =
      'Enter a web address starting with http:// or https:// (other kinds of link are not accepted).';
  if (!normaliseBody(fields.text).trim()) errors.text = 'Paste the article’s text.';
  for (const { meta, addedOnDevice } of Object.values(quotes.articles)) {
    const where = addedOnDevice ? 'added on this device' : 'on the map';
    if (!errors.url && sameAddress(meta.url, url)) {
      errors.url = `An article with this address is already ${where}: “${meta.headline}”.`;
    }
    if (!errors.headline && meta.headline === headline && meta.date === fields.date) {
      errors.headline = `An article with this headline and date is already ${where} (${meta.outlet}).`;
    }
  }
  return errors;
}
