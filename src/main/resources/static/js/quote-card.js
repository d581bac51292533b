// The quote card: everything a reporter needs to judge, find again and cite one quote.
import { h, longDate } from './dom.js';

/** The fields a card shows; every query that lists quotes spreads `...QuoteCard`. */
export const QUOTE_CARD = `
fragment QuoteCard on Quote {
  id text role saidOn datePrecision partial cue method methodExplanation confidence context
  speaker { id name }
  article { id headline outlet publishedOn }
  appearances { article { id headline outlet publishedOn } }
}`;

function certainty(confidence) {
  const percent = `${Math.round(confidence * 100)}%`;
  if (confidence >= 0.85) return `high confidence (${percent})`;
  if (confidence >= 0.6) return `fair confidence (${percent})`;
  return `low confidence (${percent}), check the article`;
}

/**
 * Why the tracker thinks this speaker said it, in plain words: the API explains the method (one explanation per
 * method, kept with the extractor's methods); a person's correction needs no measure of the machine's certainty.
 */
export function attributionReason(quote) {
  const how = quote.methodExplanation ?? 'no rule recorded';
  const sure = quote.method === 'CORRECTED' ? '' : `; ${certainty(quote.confidence)}`;
  const verb = quote.cue ? ` Speech verb: “${quote.cue}”.` : '';
  return `Attributed to ${quote.speaker.name}: ${how}${sure}.${verb}`;
}

function saidOn(quote) {
  return quote.datePrecision === 'DAY' && quote.saidOn
    ? `Said on ${longDate(quote.saidOn)} (exact day)`
    : 'Day said not given' + (quote.article.publishedOn ? `; published ${longDate(quote.article.publishedOn)}` : '');
}

/** The surrounding sentence, with the quoted words marked where they stand in it. */
function context(quote) {
  if (!quote.context) return null;
  const at = quote.context.indexOf(quote.text);
  const sentence = at < 0
    ? [quote.context]
    : [quote.context.slice(0, at), h('mark', null, quote.text), quote.context.slice(at + quote.text.length)];
  return h('blockquote', { class: 'context' }, sentence);
}

const articleLink = (article, quoteId) => h('a', { href: `/articles/${article.id}${quoteId ? `#quote-${quoteId}` : ''}` },
  article.headline ?? 'Untitled article');

function otherAppearances(quote) {
  const others = quote.appearances.filter(appearance => appearance.article.id !== quote.article.id);
  if (!others.length) return null;
  return h('div', { class: 'appearances' }, h('span', null, 'Also carried by: '),
    h('ul', null, others.map(({ article }) => h('li', null, `${article.outlet ?? 'Unknown outlet'}, `,
      articleLink(article), article.publishedOn ? ` (${longDate(article.publishedOn)})` : ''))));
}

/** A citation a reporter can paste: words, speaker and role, day, where it was reported, and a link back. */
export function citation(quote) {
  const who = [quote.speaker.name, quote.role].filter(Boolean).join(', ');
  const when = quote.saidOn ? `, ${longDate(quote.saidOn)}` : '';
  const where = [quote.article.outlet, quote.article.publishedOn && longDate(quote.article.publishedOn)].filter(Boolean).join(', ');
  const link = new URL(`/articles/${quote.article.id}#quote-${quote.id}`, location.origin);
  return `“${quote.text}” — ${who}${when}. Reported in “${quote.article.headline ?? 'untitled article'}”${where ? `, ${where}` : ''}. ${link}`;
}

function copyButton(quote) {
  const said = h('span', { class: 'copied', role: 'status' });
  const button = h('button', { type: 'button', class: 'secondary', onclick: async () => {
    const text = citation(quote);
    try {
      await navigator.clipboard.writeText(text);
      said.textContent = 'Citation copied.';
    } catch {
      // Without clipboard access (an http page, a refused permission) the citation is shown to copy by hand.
      said.replaceChildren('Copy this citation: ', h('code', null, text));
    }
  } }, 'Copy citation');
  return [button, said];
}

export function quoteCard(quote) {
  return h('article', { class: 'quote-card', 'data-quote-id': quote.id },
    h('p', { class: 'words' }, h('q', null, quote.text), quote.partial ? h('span', { class: 'tag' }, 'fragment') : null),
    h('p', { class: 'who' }, h('a', { href: `/people/${quote.speaker.id}` }, quote.speaker.name),
      quote.role ? h('span', { class: 'role' }, `, ${quote.role}`) : null),
    h('p', { class: 'when' }, saidOn(quote)),
    h('p', { class: 'source' }, `${quote.article.outlet ?? 'Unknown outlet'}: `, articleLink(quote.article, quote.id)),
    context(quote),
    h('p', { class: 'why' }, attributionReason(quote)),
    otherAppearances(quote),
    h('div', { class: 'actions' }, copyButton(quote)));
}
