/** Pages opened by a secret link (a case, an organisation's inbox): plain HTML that never leaks the link. */
import { escapeHtml } from './handoff-mail.js';

/** The token is in the path: never leak it through a Referer, never let the page be framed, cached or indexed. */
export const SECRET_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'X-Robots-Tag': 'noindex, nofollow',
};

/** A whole Dutch page around `body` (already escaped HTML), with its own small stylesheet. */
export function secretPage(title: string, body: string, style: string): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${style}</style></head>
<body><main>
${body}
</main></body>
</html>
`;
}
