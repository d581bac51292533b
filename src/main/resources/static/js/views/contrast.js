// `/contrast?speakers=A,B[,C,D]&granularity=YEAR&q=WORDS`: what two to four people said, period by period.
import { barChart } from '../bar-chart.js';
import { colour, colourStyle } from '../colours.js';
import { empty, failure, field, h, loading, plural, show } from '../dom.js';
import { exportLinks } from '../export-links.js';
import { graphql } from '../graphql.js';
import { suggestPeople } from '../people.js';
import { GRANULARITIES, granularityOf, periodEnd, periodName } from '../periods.js';
import { QUOTE_CARD, quoteCard } from '../quote-card.js';

const CONTRAST = `
query Contrast($speakers: [String!]!, $text: String, $granularity: Granularity!) {
  contrast(speakers: $speakers, text: $text, granularity: $granularity) {
    periods {
      start
      speakers { speaker { id name } count quotes(first: 2) { ...QuoteCard } }
    }
  }
}
${QUOTE_CARD}`;

const MAX_SPEAKERS = 4;

function contrastForm(speakers, granularity, q, navigate) {
  const names = h('datalist', { id: 'speaker-names' });
  const inputs = Array.from({ length: MAX_SPEAKERS }, (_, index) => h('input', {
    name: 'speaker', value: speakers[index] ?? '', list: 'speaker-names', autocomplete: 'off',
    required: index < 2, placeholder: index < 2 ? 'A name, e.g. Stoltenberg' : 'Optional',
  }));
  inputs.forEach(input => suggestPeople(input, people =>
    names.replaceChildren(...people.map(person => h('option', { value: person.name })))));
  const words = h('input', { type: 'search', name: 'q', value: q ?? '', placeholder: 'Optional' });
  const period = h('select', { name: 'granularity' },
    GRANULARITIES.map(([value, name]) => h('option', { value, selected: value === granularity }, name)));
  const form = h('form', { class: 'contrast-form', onsubmit: event => {
    event.preventDefault();
    const next = new URLSearchParams();
    next.set('speakers', inputs.map(input => input.value.trim()).filter(Boolean).join(','));
    next.set('granularity', period.value);
    if (words.value.trim()) next.set('q', words.value.trim());
    navigate(`/contrast?${next}`);
  } },
  h('fieldset', null, h('legend', null, 'People (two to four)'),
    inputs.map((input, index) => field(`Person ${index + 1}`, input)), names),
  h('div', { class: 'filters' }, field('Words in the quotes', words), field('Period', period),
    h('button', { type: 'submit' }, 'Contrast')));
  return form;
}

// The rest of a cell's quotes are on the speaker's page, filtered to the period.
const morePeriodLink = (cell, start, granularity) => h('a', {
  href: `/people/${cell.speaker.id}?granularity=${granularity}&from=${start}&to=${periodEnd(start, granularity)}`,
}, `All ${plural(cell.count, 'quote')} by ${cell.speaker.name} in ${periodName(start, granularity)}`);

function table(periods, granularity) {
  const columns = periods[0].speakers.map(cell => cell.speaker);
  return h('div', { class: 'table-scroll' }, h('table', { class: 'contrast' },
    h('caption', null, `Quotes per ${granularity.toLowerCase()}, oldest first`),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Period'),
      columns.map((speaker, index) => h('th', { scope: 'col', class: 'speaker-colour', style: colourStyle(index) },
        h('a', { href: `/people/${speaker.id}` }, speaker.name))))),
    h('tbody', null, periods.map(period => h('tr', null,
      h('th', { scope: 'row' }, periodName(period.start, granularity)),
      period.speakers.map((cell, index) => h('td', { class: 'speaker-colour', style: colourStyle(index),
        'data-speaker': cell.speaker.name },
      h('p', { class: 'cell-count' }, h('span', { class: 'cell-speaker' }, `${cell.speaker.name}: `), plural(cell.count, 'quote')),
      cell.quotes.map(quoteCard),
      cell.count > cell.quotes.length ? h('p', null, morePeriodLink(cell, period.start, granularity)) : null)))))));
}

function chart(periods, granularity) {
  const speakers = periods[0].speakers.map(cell => cell.speaker.name);
  return barChart({
    labels: periods.map(period => periodName(period.start, granularity)),
    datasets: speakers.map((label, index) => ({
      label, colour: colour(index).strong, data: periods.map(period => period.speakers[index].count) })),
    description: `Bar chart of quotes per ${granularity.toLowerCase()} for ${speakers.join(', ')}`,
  });
}

export async function contrastView(main, { params, navigate, signal }) {
  const speakers = (params.get('speakers') ?? '').split(',').map(name => name.trim()).filter(Boolean).slice(0, MAX_SPEAKERS);
  const granularity = granularityOf(params, 'YEAR');
  const q = params.get('q')?.trim() || null;
  const results = h('div', { class: 'results' });
  document.title = speakers.length ? `${speakers.join(' vs ')} — Quote Tracker` : 'Contrast — Quote Tracker';
  show(main, h('h1', { tabindex: '-1' }, speakers.length > 1 ? `Contrast: ${speakers.join(', ')}` : 'Contrast people'),
    contrastForm(speakers, granularity, q, navigate), results);
  if (speakers.length < 2) return show(results, empty('Name two to four people to see what each said, period by period.'));
  show(results, loading('the contrast'));
  try {
    const { contrast } = await graphql(CONTRAST, { speakers, text: q, granularity }, { signal });
    if (!contrast.periods.length) return show(results, empty('None of them has a dated quote that matches.'));
    show(results, chart(contrast.periods, granularity), table(contrast.periods, granularity),
      h('div', { class: 'exports-per-speaker' }, contrast.periods[0].speakers.map(({ speaker }) =>
        exportLinks({ speaker: speaker.name, text: q }, `${speaker.name}'s quotes`))));
  } catch (error) {
    if (error.name !== 'AbortError') show(results, failure('the contrast', error));
  }
}
