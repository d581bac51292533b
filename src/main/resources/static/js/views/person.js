// `/people/{id}?granularity=&from=&to=`: who they are, their titles over time, a timeline, and their quotes.
import { barChart } from '../bar-chart.js';
import { colour } from '../colours.js';
import { exportLinks } from '../export-links.js';
import { feedLink } from '../feed-links.js';
import { failure, field, h, loading, longDate, plural, show } from '../dom.js';
import { graphql } from '../graphql.js';
import { GRANULARITIES, granularityOf, periodEnd, periodName } from '../periods.js';
import { KIND_NAMES } from '../people.js';
import { QUOTE_PAGE, quoteList } from '../quote-list.js';

const PERSON = `
query Person($id: ID!, $granularity: Granularity!) {
  person(id: $id) {
    id name kind aliases quoteCount
    roles { title firstSeen lastSeen }
    timeline(granularity: $granularity) { start count }
  }
}`;

const PERSON_QUOTES = `
query PersonQuotes($id: ID!, $filter: QuoteFilter, $after: String) {
  person(id: $id) {
    quotes(filter: $filter, first: 10, after: $after) { ...QuotePage }
  }
}
${QUOTE_PAGE}`;

function roles(person) {
  if (!person.roles.length) return h('p', null, 'No article gave a title.');
  return h('table', { class: 'roles' }, h('caption', null, 'Titles the articles gave'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Title'), h('th', { scope: 'col' }, 'First seen'),
      h('th', { scope: 'col' }, 'Last seen'))),
    h('tbody', null, person.roles.map(role => h('tr', null, h('td', null, role.title),
      h('td', null, role.firstSeen ? longDate(role.firstSeen) : 'undated'),
      h('td', null, role.lastSeen ? longDate(role.lastSeen) : 'undated')))));
}

function timeline(person, granularity, picked, go) {
  const pick = bucket => go({ from: bucket.start, to: periodEnd(bucket.start, granularity) });
  const choose = h('select', { onchange: event => go({ granularity: event.target.value, from: null, to: null }) },
    GRANULARITIES.map(([value, name]) => h('option', { value, selected: value === granularity }, name)));
  const buckets = person.timeline;
  const undated = person.quoteCount - buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  return h('section', { 'aria-labelledby': 'timeline-heading' },
    h('h2', { id: 'timeline-heading' }, 'Quotes over time'),
    field('Period', choose),
    buckets.length ? [
      barChart({ labels: buckets.map(b => periodName(b.start, granularity)),
        datasets: [{ label: 'Quotes', data: buckets.map(b => b.count), colour: colour(0).strong }],
        description: `Bar chart of ${person.name}'s quotes per ${granularity.toLowerCase()}: ` +
          buckets.map(b => `${periodName(b.start, granularity)} ${b.count}`).join(', '),
        onPick: index => pick(buckets[index]) }),
      undated ? h('p', { class: 'undated meta' }, undated === 1 ? '1 quote has no known date and is not in the chart.'
        : `${undated} quotes have no known date and are not in the chart.`) : null,
      h('p', { class: 'hint' }, 'Pick a period to list only its quotes:'),
      h('ul', { class: 'buckets' }, buckets.map(bucket => h('li', null, h('button', {
        type: 'button', class: 'secondary', 'aria-pressed': String(bucket.start === picked),
        onclick: () => pick(bucket) }, `${periodName(bucket.start, granularity)}: ${plural(bucket.count, 'quote')}`))))]
      : h('p', null, person.quoteCount ? 'None of the quotes has a known date, so there is no timeline.'
        : `No quotes are attributed to ${person.name}; articles only mention them.`));
}

function quotes(person, from, to, go, signal) {
  const filter = { from, to };
  const title = from ? `Quotes from ${longDate(from)} to ${longDate(to)}` : 'Quotes';
  return h('section', { 'aria-labelledby': 'quotes-heading' },
    h('h2', { id: 'quotes-heading' }, title),
    from ? h('button', { type: 'button', class: 'secondary', onclick: () => go({ from: null, to: null }) }, 'Show all periods') : null,
    exportLinks({ speaker: person.name, from, to }, `${person.name}'s quotes`),
    feedLink(`/feeds/people/${encodeURIComponent(person.id)}.atom`, `${person.name}'s newest quotes`),
    quoteList({ label: `${person.name}'s quotes`, none: 'No quotes in this period.',
      load: after => graphql(PERSON_QUOTES, { id: person.id, filter, after }, { signal }).then(data => data.person.quotes) }));
}

export async function personView(main, { id, params, navigate, signal, samePage }) {
  const granularity = granularityOf(params, 'MONTH');
  const [from, to] = [params.get('from'), params.get('to')];
  // Picking a period or granularity changes the URL, so that the view as seen can be shared.
  const go = changes => {
    const next = new URLSearchParams(params);
    Object.entries(changes).forEach(([key, value]) => (value ? next.set(key, value) : next.delete(key)));
    navigate(`/people/${id}${next.size ? `?${next}` : ''}`, { keepScroll: true });
  };
  // Picking a period re-renders the same person: their page stays in view until the new one is ready.
  if (!samePage) show(main, loading('the person'));
  try {
    const { person } = await graphql(PERSON, { id, granularity }, { signal });
    document.title = `${person.name} — Quote Tracker`;
    const aliases = person.aliases.filter(alias => alias !== person.name);
    show(main,
      h('h1', { tabindex: '-1' }, person.name),
      h('p', { class: 'meta' }, `${KIND_NAMES[person.kind]}; ${plural(person.quoteCount, 'quote')}`,
        aliases.length ? `; also named “${aliases.join('”, “')}”` : '; known by no other name'),
      h('a', { class: 'button secondary', href: `/contrast?speakers=${encodeURIComponent(person.name)}` }, 'Contrast with others'),
      h('section', { 'aria-labelledby': 'roles-heading' }, h('h2', { id: 'roles-heading' }, 'Roles'), roles(person)),
      timeline(person, granularity, from, go),
      quotes(person, from, to, go, signal));
  } catch (error) {
    if (error.name === 'AbortError') return;
    document.title = 'Person not found — Quote Tracker';
    show(main, h('h1', { tabindex: '-1' }, 'Person'), failure('this person', error),
      h('p', null, h('a', { href: '/' }, 'Search for someone else')));
  }
}
