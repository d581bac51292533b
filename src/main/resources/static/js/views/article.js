// `/articles/{id}`: the article as read, every quote highlighted in its speaker's colour, with the quotes' cards.
import { colourStyle } from '../colours.js';
import { failure, h, loading, longDate, plural, show } from '../dom.js';
import { graphql } from '../graphql.js';
import { QUOTE_CARD, quoteCard } from '../quote-card.js';

const ARTICLE = `
query Article($id: ID!) {
  article(id: $id) {
    id headline outlet section byline dateline agency publishedOn text
    quotes { start end ...QuoteCard }
  }
}
${QUOTE_CARD}`;

/** Speakers in order of their first quote, each with its colour index and quote count. */
function speakersOf(quotes) {
  const speakers = new Map();
  for (const { speaker } of quotes) {
    const known = speakers.get(speaker.id) ?? { ...speaker, index: speakers.size, count: 0 };
    known.count += 1;
    speakers.set(speaker.id, known);
  }
  return speakers;
}

/** The text cut at the quotes' offsets; each quote is a link to its card below. */
function highlightedText(article, speakers) {
  const pieces = [];
  let at = 0;
  for (const quote of article.quotes) {
    if (quote.start < at) continue; // a quote inside another one is shown by the outer highlight
    const speaker = speakers.get(quote.speaker.id);
    pieces.push(article.text.slice(at, quote.start), h('a', {
      href: `#quote-${quote.id}`, class: 'said speaker-colour', style: colourStyle(speaker.index),
      title: `${speaker.name} said this`, 'data-speaker': speaker.name,
    }, article.text.slice(quote.start, quote.end)));
    at = quote.end;
  }
  pieces.push(article.text.slice(at));
  return h('div', { class: 'article-text' }, pieces);
}

function legend(speakers) {
  return h('section', { class: 'legend', 'aria-labelledby': 'legend-heading' },
    h('h2', { id: 'legend-heading' }, 'Speakers'),
    h('ul', null, [...speakers.values()].map(speaker => h('li', { class: 'speaker-colour', style: colourStyle(speaker.index) },
      h('span', { class: 'swatch', 'aria-hidden': 'true' }), h('a', { href: `/people/${speaker.id}` }, speaker.name),
      ` (${plural(speaker.count, 'quote')})`))));
}

function dateline(article) {
  const place = [article.dateline, article.agency && `(${article.agency})`].filter(Boolean).join(' ');
  const day = article.publishedOn ? longDate(article.publishedOn) : 'date not given';
  return h('p', { class: 'dateline' }, [article.outlet, article.section].filter(Boolean).join(' · '), h('br'),
    article.byline ? article.byline.replace(/^(?!by\b)/i, 'By ') : 'No byline', h('br'), place ? `${place}, ${day}` : day);
}

export async function articleView(main, { id, signal }) {
  show(main, loading('the article'));
  try {
    const { article } = await graphql(ARTICLE, { id }, { signal });
    const speakers = speakersOf(article.quotes);
    document.title = `${article.headline ?? 'Article'} — Quote Tracker`;
    show(main,
      h('h1', { tabindex: '-1' }, article.headline ?? 'Untitled article'),
      dateline(article),
      h('div', { class: 'article-layout' },
        article.quotes.length ? legend(speakers) : h('p', { class: 'status empty' }, 'No quotes were found in this article.'),
        highlightedText(article, speakers)),
      h('section', { 'aria-labelledby': 'cards-heading' }, h('h2', { id: 'cards-heading' }, 'Quotes in this article'),
        h('ol', { class: 'quotes' }, article.quotes.map(quote => h('li', { id: `quote-${quote.id}`, tabindex: '-1' }, quoteCard(quote))))));
    document.getElementById(location.hash.slice(1))?.scrollIntoView();
  } catch (error) {
    if (error.name === 'AbortError') return;
    document.title = 'Article not found — Quote Tracker';
    show(main, h('h1', { tabindex: '-1' }, 'Article'), failure('this article', error));
  }
}
