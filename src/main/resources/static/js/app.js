// The router: the URL is the state. Each view renders from the path and query string; links and forms inside the app
// change the URL with history.pushState instead of reloading the page.
import { h, show } from './dom.js';
import { clearFeeds } from './feed-links.js';
import { articleView } from './views/article.js';
import { contrastView } from './views/contrast.js';
import { personView } from './views/person.js';
import { searchView } from './views/search.js';

const ROUTES = [
  [/^\/$/, searchView],
  [/^\/people\/([^/]+)$/, personView],
  [/^\/contrast$/, contrastView],
  [/^\/articles\/([^/]+)$/, articleView],
];

// Paths the server answers itself (the API, GraphiQL, downloads).
const SERVER_PATHS = /^\/(graphql|graphiql|export|feeds|webjars)\b/;

const main = document.getElementById('main');
let current = new AbortController();

// The path and query string on screen: a popstate that changes neither only moved to an anchor within the view.
let shown = null;

function render({ keepScroll = false } = {}) {
  shown = location.pathname + location.search;
  current.abort(); // answers for the view being left must not land in the next one
  current = new AbortController();
  // Views may keep showing the old content while they fetch when only the query string changed.
  const samePage = main.dataset.path === location.pathname;
  main.dataset.path = location.pathname;
  const context = { params: new URLSearchParams(location.search), navigate, signal: current.signal, samePage };
  const route = ROUTES.find(([pattern]) => pattern.test(location.pathname));
  clearFeeds();
  let rendered;
  if (!route) {
    document.title = 'Not found — Quote Tracker';
    show(main, h('h1', { tabindex: '-1' }, 'Page not found'),
      h('p', { role: 'alert' }, `There is no page at ${location.pathname}. `, h('a', { href: '/' }, 'Go to search')));
  } else {
    const [pattern, view] = route;
    rendered = view(main, { ...context, id: decodeURIComponent(location.pathname.match(pattern)[1] ?? '') });
  }
  if (!keepScroll) {
    window.scrollTo(0, 0);
    // Keyboard and screen-reader users land on the new view's heading, as after a page load.
    Promise.resolve(rendered).then(() => main.querySelector('h1')?.focus({ preventScroll: true }));
  }
}

function navigate(url, options) {
  history.pushState(null, '', url);
  render(options);
}

document.addEventListener('click', event => {
  const link = event.target.closest('a[href]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
    || link.hasAttribute('download') || link.target) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin || SERVER_PATHS.test(url.pathname)) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return; // a jump within the page
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});

window.addEventListener('popstate', () => {
  if (location.pathname + location.search !== shown) render();
});
render();
