// Atom feeds of what a view lists, for reporters' feed readers: announced in the page's head (rel="alternate"), where
// browsers and readers look for them, and shown as a visible "Feed" link.
import { h } from './dom.js';

/** Takes away the feeds of the view being left; the router calls it before each view renders. */
export function clearFeeds() {
  document.head.querySelectorAll('link[data-feed]').forEach(link => link.remove());
}

/** Announces the feed at `path` and returns a paragraph with its visible link; `description` says what it holds. */
export function feedLink(path, description) {
  document.head.append(h('link', { rel: 'alternate', type: 'application/atom+xml', title: description, href: path, 'data-feed': true }));
  return h('p', { class: 'exports' }, `Follow ${description}: `, h('a', {
    class: 'button secondary', type: 'application/atom+xml', href: path, 'aria-label': `Atom feed of ${description}`,
  }, 'Feed'));
}

/** The search feed's URL for QuoteFilter fields; empty ones are left out. */
export function quotesFeed(filter) {
  return `/feeds/quotes.atom?${new URLSearchParams(Object.entries(filter).filter(([, value]) => value))}`;
}
