// Building DOM from data: text always goes in as text, never as HTML.

/** `h('a', { href, class }, 'text', child)`: an element with attributes, `on…` listeners and children. */
export function h(tag, props, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'style') Object.entries(value).forEach(([property, v]) => element.style.setProperty(property, v));
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.flat(Infinity).filter(child => child != null && child !== false));
  return element;
}

/** A polite live region saying what is being fetched. */
export const loading = what => h('p', { class: 'status', role: 'status' }, `Loading ${what}…`);

/** A polite live region saying that nothing matched, and what to try. */
export const empty = text => h('p', { class: 'status empty', role: 'status' }, text);

/** An assertive live region saying what failed and why. */
export const failure = (what, error) => h('p', { class: 'status error', role: 'alert' },
  `Could not load ${what}: ${error.message}${/[.!?]$/.test(error.message) ? '' : '.'}`);

/** Shows `content` in `container` instead of what it held. */
export function show(container, ...content) {
  container.replaceChildren(...content.flat().filter(Boolean));
}

/** A labelled form control: the label's text, then the control. */
export function field(label, control) {
  return h('label', { class: 'field' }, h('span', null, label), control);
}

/** 2025-02-12 as "12 February 2025". */
export function longDate(iso) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "1 quote", "3 quotes". */
export function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
