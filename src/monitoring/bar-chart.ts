/** Figure 1 of the monitoring page: a horizontal bar chart per life domain, as inline SVG (no script). */
import { escapeHtml } from './html.js';
import { DOMAIN_LABELS } from './labels.js';
import type { Report } from './report.js';
import { isSuppressed, shownCount, SUPPRESS_BELOW } from './suppression.js';

const WIDTH = 480;
/** Room right of the longest bar for its number. */
const NUMBER_ROOM = 56;
const BAR_MAX = WIDTH - NUMBER_ROOM;
const LEGEND = 92;
const ROW = 78;
const BAR = 20;
const INK = '#1b2a3a';
const FONT = 'system-ui, -apple-system, Segoe UI, sans-serif';

/** The two series: intakes solid, handoffs hatched, so they differ without colour too. */
const SERIES = [
  { key: 'intakes', name: 'Hulpvragen', fill: INK },
  { key: 'handoffs', name: 'Doorverwezen naar een organisatie', fill: 'url(#monitoring-hatch)' },
] as const;

function bar(value: number, scale: (n: number) => number, y: number, fill: string, domain: string, series: string): string {
  const label = shownCount(value);
  const data = `data-domain="${domain}" data-series="${series}"`;
  let shape = '';
  let end = 0;
  if (isSuppressed(value)) {
    // 1–4 all look alike: an open, dashed bar up to 4, so the drawing reveals no more than "<5".
    end = scale(SUPPRESS_BELOW - 1);
    shape = `<rect x="1" y="${y}" width="${end}" height="${BAR}" fill="#fff" stroke="${INK}" stroke-width="1.5" stroke-dasharray="4 3"/>`;
  } else if (value > 0) {
    end = Math.max(scale(value), 2);
    shape = `<rect x="1" y="${y}" width="${end}" height="${BAR}" fill="${fill}" stroke="${INK}" stroke-width="1"/>`;
  }
  return `${shape}<text class="value" ${data} x="${end + 8}" y="${y + BAR - 4}" font-size="17" font-weight="700" fill="${INK}">${escapeHtml(label)}</text>`;
}

/**
 * The chart for `report.domains`, with a legend, each domain's plain label above its two bars and
 * each number at its bar's end. Suppressed values do not set the scale, so it cannot leak them.
 */
export function renderDomainChart(report: Report, caption: { titleId: string; descId: string; title: string; desc: string }): string {
  const shown = report.domains.flatMap((d) => SERIES.map((s) => d[s.key])).filter((n) => !isSuppressed(n));
  const max = Math.max(SUPPRESS_BELOW, ...shown);
  const scale = (n: number) => Math.round((n / max) * (BAR_MAX - 2) * 10) / 10;
  const height = LEGEND + report.domains.length * ROW + 4;
  const legend = SERIES.map(
    (s, i) =>
      `<rect x="1" y="${4 + i * 28}" width="26" height="${BAR}" fill="${s.fill}" stroke="${INK}" stroke-width="1"/>` +
      `<text x="36" y="${20 + i * 28}" font-size="17" fill="${INK}">${escapeHtml(s.name)}</text>`,
  ).join('') +
    `<rect x="1" y="60" width="26" height="${BAR}" fill="#fff" stroke="${INK}" stroke-width="1.5" stroke-dasharray="4 3"/>` +
    `<text x="36" y="76" font-size="17" fill="${INK}">Open en gestippeld: 1 tot en met 4</text>`;
  const rows = report.domains
    .map((d, i) => {
      const top = LEGEND + i * ROW;
      return (
        `<g data-domain="${d.domain}"><text x="0" y="${top + 18}" font-size="17" font-weight="600" fill="${INK}">${escapeHtml(DOMAIN_LABELS[d.domain].plain)}</text>` +
        `<line x1="1" y1="${top + 24}" x2="1" y2="${top + 30 + 2 * BAR + 4}" stroke="${INK}" stroke-width="1.5"/>` +
        SERIES.map((s, j) => bar(d[s.key], scale, top + 27 + j * (BAR + 4), s.fill, d.domain, s.key)).join('') +
        `</g>`
      );
    })
    .join('\n');
  return `<svg class="chart" role="img" aria-labelledby="${caption.titleId} ${caption.descId}" viewBox="0 0 ${WIDTH} ${height}" width="100%" font-family="${FONT}" xmlns="http://www.w3.org/2000/svg">
<title id="${caption.titleId}">${escapeHtml(caption.title)}</title>
<desc id="${caption.descId}">${escapeHtml(caption.desc)}</desc>
<defs><pattern id="monitoring-hatch" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="7" height="7" fill="#fff"/><rect width="3.5" height="7" fill="${INK}"/></pattern></defs>
${legend}
${rows}
</svg>`;
}
