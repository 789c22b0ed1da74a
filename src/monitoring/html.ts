/** Small helpers for the server-rendered monitoring page. */

/** Escapes text for HTML and SVG element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** Hours as Dutch text with one decimal at most, e.g. `26,5`. */
export function formatHours(hours: number): string {
  return hours.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
}
