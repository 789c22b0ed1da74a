// What the admin page's views share: making elements, Dutch dates and words, and each view's stylesheet.
// Text goes into the page as text or as a property, never as HTML.

/**
 * Makes an element. In `attrs`, `text` becomes its text; `value`, `checked` and `selected` are set as
 * properties; anything else as an attribute (`true` as an empty one). `undefined`, `null` and `false`
 * are left out, of the attributes and of the children; children are appended as nodes or text.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key === 'value' || key === 'checked' || key === 'selected') node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** Adds the view's stylesheet, /admin/<name>.css, once. */
export function addStyles(name) {
  const href = `/admin/${name}.css`;
  if (document.querySelector(`link[href="${href}"]`)) return;
  document.head.append(el('link', { rel: 'stylesheet', href }));
}

const DATE_TIME = {
  long: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
  medium: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
};

/** An ISO time as Dutch date and time in Amsterdam, `long` (the month in full) or `medium`; not a date: as it was given. */
export function when(iso, style = 'long') {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE_TIME[style].format(d);
}

/** "1 fout", "2 fouten". */
export const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** The roles in Dutch, in the order the invite form offers them. */
export const ROLE_NAMES = { administrator: 'beheerder', editor: 'redacteur', supporter: 'ondersteuner', viewer: 'kijker' };
