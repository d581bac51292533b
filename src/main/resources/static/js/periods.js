// The periods of a timeline or contrast (the API's Granularity): their names and where they end.
import { longDate } from './dom.js';

export const GRANULARITIES = [['MONTH', 'Month'], ['QUARTER', 'Quarter'], ['YEAR', 'Year']];

/** The last day of the period that starts on `start`. */
export function periodEnd(start, granularity) {
  const day = new Date(`${start}T00:00:00Z`);
  const months = { MONTH: 1, QUARTER: 3, YEAR: 12 }[granularity];
  if (months) day.setUTCMonth(day.getUTCMonth() + months);
  else day.setUTCDate(day.getUTCDate() + (granularity === 'WEEK' ? 7 : 1));
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** "Feb 2025", "Q1 2025", "2025", "Week of 3 February 2025", "12 February 2025". */
export function periodName(start, granularity) {
  const day = new Date(`${start}T00:00:00Z`);
  const year = day.getUTCFullYear();
  switch (granularity) {
    case 'YEAR': return String(year);
    case 'QUARTER': return `Q${Math.floor(day.getUTCMonth() / 3) + 1} ${year}`;
    case 'MONTH': return day.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    case 'WEEK': return `Week of ${longDate(start)}`;
    default: return longDate(start);
  }
}

/** A granularity named in the URL, or `fallback` when it names none the app offers. */
export function granularityOf(params, fallback) {
  const asked = params.get('granularity')?.toUpperCase();
  return GRANULARITIES.some(([value]) => value === asked) ? asked : fallback;
}
