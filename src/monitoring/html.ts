/** Small helpers for the server-rendered monitoring page. */

/** Escapes text for HTML and SVG element content and quoted attribute values: the one the case mails use. */
export { escapeHtml } from '../handoff/handoff-mail.js';

/** Hours as Dutch text with one decimal at most, e.g. `26,5`. */
export function formatHours(hours: number): string {
  return hours.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
}
