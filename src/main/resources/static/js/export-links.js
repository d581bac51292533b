// Download buttons for the export endpoints, carrying the filters of the list they sit under.
import { h } from './dom.js';

/** `filter` holds QuoteFilter fields (speaker, text, from, to, outlet, role); empty ones are left out of the URL. */
export function exportLinks(filter, description) {
  const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value));
  const link = (format, label) => h('a', {
    class: 'button secondary', href: `/export/quotes.${format}?${query}`, download: true,
    'aria-label': `Download ${description} as ${label}`,
  }, label);
  return h('p', { class: 'exports' }, `Export ${description}: `, link('csv', 'CSV'), ' ', link('jsonl', 'JSON Lines'));
}
