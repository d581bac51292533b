// `/?q=WORDS&from=&to=&outlet=`: one box for people and quotes, with date and outlet filters.
import { exportLinks } from '../export-links.js';
import { feedLink, quotesFeed } from '../feed-links.js';
import { empty, failure, field, h, loading, plural, show } from '../dom.js';
import { graphql } from '../graphql.js';
import { KIND_NAMES, suggestPeople } from '../people.js';
import { QUOTE_PAGE, quoteList } from '../quote-list.js';

const OUTLETS = `query Outlets { outlets }`;

const FIND_PEOPLE = `
query FindPeople($search: String!) {
  people(search: $search, first: 10) {
    totalCount
    nodes { id name kind aliases quoteCount roles { title lastSeen } }
  }
}`;

const FIND_QUOTES = `
query FindQuotes($filter: QuoteFilter, $after: String) {
  quotes(filter: $filter, first: 10, after: $after) { ...QuotePage }
}
${QUOTE_PAGE}`;

function personItem(person) {
  const role = person.roles.at(-1)?.title;
  const also = person.aliases.filter(alias => alias !== person.name);
  return h('li', null, h('a', { href: `/people/${person.id}` }, person.name),
    h('span', { class: 'meta' }, ` ${KIND_NAMES[person.kind]}${role ? `, ${role}` : ''}; ${plural(person.quoteCount, 'quote')}`,
      also.length ? `; also “${also.join('”, “')}”` : ''));
}

function searchForm(params, navigate, signal) {
  const q = h('input', { type: 'search', name: 'q', value: params.get('q') ?? '', autocomplete: 'off',
    placeholder: 'A name or words, e.g. Peskov', 'aria-describedby': 'suggestions' });
  const from = h('input', { type: 'date', name: 'from', value: params.get('from') ?? '' });
  const to = h('input', { type: 'date', name: 'to', value: params.get('to') ?? '' });
  const outlet = h('select', { name: 'outlet' }, h('option', { value: '' }, 'Any outlet'));
  const suggestions = h('div', { id: 'suggestions', class: 'suggestions', role: 'status' });

  graphql(OUTLETS, {}, { signal }).then(({ outlets }) => {
    outlet.append(...outlets.map(name => h('option', { value: name, selected: name === params.get('outlet') }, name)));
  }, () => outlet.append(h('option', { disabled: true }, 'Outlets could not be loaded')));

  suggestPeople(q, (people, words, error) => show(suggestions,
    error ? `People could not be suggested: ${error.message}.`
      : words.length < 2 ? null
        : people.length ? [h('span', null, 'People: '), h('ul', null, people.map(person =>
          h('li', null, h('a', { href: `/people/${person.id}` }, person.name), ` (${plural(person.quoteCount, 'quote')})`)))]
          : `No person’s name or alias contains “${words}”.`));

  const form = h('form', { class: 'search', role: 'search', onsubmit: event => {
    event.preventDefault();
    const next = new URLSearchParams([...new FormData(form)].filter(([, value]) => value));
    navigate(`/?${next}`);
  } },
  h('div', { class: 'search-box' }, field('Search people and quotes', q), h('button', { type: 'submit' }, 'Search')),
  suggestions,
  h('fieldset', { class: 'filters' }, h('legend', null, 'Filters'), field('Said from', from), field('Said until', to),
    field('Outlet', outlet)));
  return form;
}

function peopleResults(search, signal) {
  const section = h('section', { 'aria-labelledby': 'people-heading' },
    h('h2', { id: 'people-heading' }, 'People'), loading('people'));
  graphql(FIND_PEOPLE, { search }, { signal }).then(({ people }) => show(section, section.firstChild,
    people.totalCount ? h('ul', { class: 'people' }, people.nodes.map(personItem))
      : empty(`No person’s name or alias contains “${search}”.`)),
  error => error.name !== 'AbortError' && show(section, section.firstChild, failure('people', error)));
  return section;
}

function quoteResults(id, title, filter, none, signal) {
  const description = title[0].toLowerCase() + title.slice(1);
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), exportLinks(filter, description),
    feedLink(quotesFeed(filter), description),
    quoteList({ label: title, none,
      load: after => graphql(FIND_QUOTES, { filter, after }, { signal }).then(data => data.quotes) }));
}

export function searchView(main, { params, navigate, signal }) {
  const q = params.get('q')?.trim();
  const filters = Object.fromEntries(['from', 'to', 'outlet'].map(key => [key, params.get(key)]).filter(([, v]) => v));
  document.title = q ? `“${q}” — Quote Tracker` : 'Quote Tracker';
  show(main,
    h('h1', { tabindex: '-1' }, q ? `Search: ${q}` : 'What has who said, and when?'),
    searchForm(params, navigate, signal),
    q ? [peopleResults(q, signal),
      quoteResults('by-speaker', `Quotes by people named “${q}”`, { speaker: q, ...filters }, `No quotes by anyone named “${q}” match.`, signal),
      quoteResults('by-words', `Quotes containing “${q}”`, { text: q, ...filters }, `No quotes contain all of the words “${q}”.`, signal)]
      : quoteResults('latest', 'Latest quotes', filters, 'No quotes match these filters.', signal));
}
