// A list of quote cards, one page at a time, with a button for the next page.
import { empty, failure, h, loading, plural, show } from './dom.js';
import { QUOTE_CARD, quoteCard } from './quote-card.js';

/** What a list needs of a page of quotes; queries ask for a QuoteConnection as `{ ...QuotePage }`. */
export const QUOTE_PAGE = `
fragment QuotePage on QuoteConnection {
  totalCount
  nodes { ...QuoteCard }
  pageInfo { hasNextPage endCursor }
}
${QUOTE_CARD}`;

/**
 * `load(after)` resolves to a QuoteConnection ({ totalCount, nodes, pageInfo }) of the quotes after the cursor
 * `after`; `none` says what it means that there are none.
 */
export function quoteList({ load, none, label }) {
  const count = h('p', { class: 'count', role: 'status' });
  const list = h('ol', { class: 'quotes', 'aria-label': label });
  const more = h('div', { class: 'more' });
  const element = h('section', { class: 'quote-list', 'aria-busy': 'true' }, count, list, more);

  async function page(after) {
    show(more, loading(after ? 'more quotes' : 'quotes'));
    try {
      const connection = await load(after);
      element.setAttribute('aria-busy', 'false');
      count.textContent = connection.totalCount ? `${plural(connection.totalCount, 'quote')}, newest first` : '';
      if (!connection.totalCount) return show(more, empty(none));
      const added = connection.nodes.map(quote => h('li', { tabindex: '-1' }, quoteCard(quote)));
      list.append(...added);
      show(more, connection.pageInfo.hasNextPage
        ? h('button', { type: 'button', onclick: () => page(connection.pageInfo.endCursor) },
          `Show more (${connection.totalCount - list.children.length} left)`)
        : null);
      // The "Show more" button is gone: keyboard users carry on from the first quote it brought.
      if (after) added[0]?.focus();
    } catch (error) {
      if (error.name !== 'AbortError') show(more, failure('the quotes', error));
    }
  }

  page(null);
  return element;
}
