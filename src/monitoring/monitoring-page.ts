/** The monitoring page for the municipality: plain Dutch, no script, every count of 1–4 shown as "<5". */
import { createHash } from 'node:crypto';
import { renderDomainChart } from './bar-chart.js';
import { escapeHtml as e, formatHours } from './html.js';
import { CHANNEL_LABELS, DOMAIN_LABELS, LANGUAGE_LABELS, dayLabel, monthLabel } from './labels.js';
import type { Period } from './period.js';
import type { Figures, Report } from './report.js';
import { shownCount, shownMedianHours, SUPPRESS_BELOW } from './suppression.js';

const STYLE =
  'body{font-family:system-ui,sans-serif;line-height:1.5;max-width:80rem;margin:1rem auto;padding:0 1rem;color:#111;background:#fff}' +
  'h1{font-size:clamp(1.4rem,6vw,1.8rem);margin:.5rem 0}h1,h2,p,dd{overflow-wrap:break-word}h2{margin-top:2.5rem;border-bottom:2px solid #1b2a3a}a{color:#0b4f8a}' +
  'form{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-end;border:1px solid #555;padding:1rem;margin:1rem 0}' +
  'label{display:block;font-weight:600}input,button{font:inherit;padding:.35rem .5rem}button{background:#1b2a3a;color:#fff;border:2px solid #1b2a3a}' +
  'button:focus-visible,a:focus-visible,input:focus-visible,.table-wrap:focus-visible{outline:3px solid #b35900;outline-offset:2px}' +
  '.error{border-left:6px solid #a00;padding:.5rem 1rem;background:#fff4f4;color:#700}' +
  '.side{display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start}.side>*{min-width:0}.side>figure{flex:1 1 24rem;margin:0;max-width:40rem}.side>.table-wrap{flex:0 1 auto}tbody th{min-width:10rem}' +
  'figcaption{font-weight:600;margin-top:.5rem}.table-wrap{overflow-x:auto;max-width:100%}' +
  'table{border-collapse:collapse;margin:.5rem 0;min-width:min(100%,24rem)}caption{text-align:left;font-weight:700;padding:.25rem 0}' +
  'th,td{border:1px solid #666;padding:.3rem .6rem;text-align:left;vertical-align:top}thead th{background:#e8edf2}' +
  'td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}tfoot th,tfoot td{font-weight:700;background:#f3f3f3}' +
  '.term{display:block;font-weight:400;font-size:.9em;color:#333}@media (min-width:40rem){dl.summary{display:grid;grid-template-columns:max-content auto;gap:.25rem 1rem}}' +
  'dl.summary dt{font-weight:600}dl.summary dd{margin:0 0 .25rem}';

/** The Content-Security-Policy of these pages: the one stylesheet above by its hash, nothing else. */
export const MONITORING_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

type Column = { head: string; value: (f: Figures) => string };

const COUNT_COLUMNS: Column[] = [
  { head: 'Hulpvragen', value: (f) => shownCount(f.intakes) },
  { head: 'Doorverwezen', value: (f) => shownCount(f.handoffs) },
  { head: 'waarvan klachten', value: (f) => shownCount(f.complaints) },
  { head: 'Aangenomen', value: (f) => shownCount(f.accepted) },
  { head: 'Afgewezen', value: (f) => shownCount(f.declined) },
];
const MEDIAN: Column = { head: 'Mediaan uren tot aanname', value: (f) => median(f) };
const NO_INTAKES = COUNT_COLUMNS.slice(1);

function median(f: Pick<Figures, 'medianHoursToAcceptance' | 'accepted'>): string {
  const hours = shownMedianHours(f.medianHoursToAcceptance, f.accepted);
  return hours === undefined ? '–' : formatHours(hours);
}

type Row = { key: string; rowHead: string; figures: Figures };

/** A table with a caption, column headers and one header cell per row (`rowHead` is HTML). */
function table(id: string, caption: string, first: string, columns: Column[], rows: Row[], total?: Figures): string {
  const line = (r: Row, foot = false) =>
    `<tr data-row="${e(r.key)}"><th scope="row">${r.rowHead}</th>${columns.map((c) => `<td class="num">${e(c.value(r.figures))}</td>`).join('')}</tr>${foot ? '' : '\n'}`;
  return `<div class="table-wrap" role="region" aria-labelledby="${id}-caption" tabindex="0">
<table id="${id}">
<caption id="${id}-caption">${e(caption)}</caption>
<thead><tr><th scope="col">${e(first)}</th>${columns.map((c) => `<th scope="col" class="num">${e(c.head)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => line(r)).join('')}</tbody>
${total === undefined ? '' : `<tfoot>${line({ key: 'total', rowHead: 'Totaal', figures: total }, true)}</tfoot>`}
</table>
</div>`;
}

function periodForm(asked: { from?: string; to?: string }, error: string | undefined, thisYear: string): string {
  const invalid = error ? ' aria-invalid="true" aria-describedby="period-error"' : '';
  const year = Number(thisYear);
  return `<form method="get" action="monitoring">
<div><label for="from">Van</label><input type="date" id="from" name="from" value="${e(asked.from ?? '')}"${invalid}></div>
<div><label for="to">Tot en met</label><input type="date" id="to" name="to" value="${e(asked.to ?? '')}"${invalid}></div>
<div><button type="submit">Cijfers tonen</button></div>
</form>
${error ? `<p class="error" id="period-error"><strong>Deze periode klopt niet.</strong> ${e(error)}</p>` : ''}
<p>Snel kiezen: <a href="monitoring?from=${year}-01-01&amp;to=${year}-12-31">heel ${year}</a> · <a href="monitoring?from=${year - 1}-01-01&amp;to=${year - 1}-12-31">heel ${year - 1}</a></p>`;
}

function page(body: string): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>Monitoring cliëntondersteuning – Naast</title><style>${STYLE}</style></head>
<body><nav aria-label="Beheer"><p><a href="/admin/">Terug naar beheer</a></p></nav><main>
<h1>Monitoring cliëntondersteuning</h1>
<p>Hier ziet u hoeveel inwoners via Naast een hulpvraag stelden, en wat daarmee gebeurde. Naast telt alleen. U ziet niet wie een vraag stelde, en ook niet wat iemand schreef. Is een aantal 1, 2, 3 of 4? Dan staat er “&lt;${SUPPRESS_BELOW}”. Zo is niemand te herkennen.</p>
${body}
</main></body>
</html>
`;
}

/** The page with only the period form and what was wrong with the period asked for. */
export function renderPeriodErrorPage(asked: { from?: string; to?: string }, error: string, thisYear: string): string {
  return page(periodForm(asked, error, thisYear));
}

function explained(period: Period): string {
  return `${dayLabel(period.from)} tot en met ${dayLabel(period.to)}`;
}

/** The whole monitoring page for a report. */
export function renderMonitoringPage(report: Report, thisYear: string): string {
  const { period, totals } = report;
  const query = `from=${period.from}&amp;to=${period.to}`;
  const when = explained(period);
  const chart = renderDomainChart(report, {
    titleId: 'chart-title',
    descId: 'chart-desc',
    title: `Hulpvragen en doorverwijzingen per levensgebied, ${when}`,
    desc: 'Staafdiagram. Per levensgebied twee staven: hulpvragen (dicht) en doorverwezen naar een organisatie (gestreept). Het getal staat aan het eind van elke staaf. Dezelfde getallen staan in de tabel “Per levensgebied”.',
  });
  const domainRows = report.domains.map((d) => ({
    key: d.domain,
    rowHead: `${e(DOMAIN_LABELS[d.domain].plain)}<span class="term">${e(DOMAIN_LABELS[d.domain].official)}</span>`,
    figures: d,
  }));
  return page(`${periodForm(period, undefined, thisYear)}
<p><strong>Periode: ${e(when)}.</strong> <a href="monitoring.csv?${query}">Download de cijfers per levensgebied als CSV-bestand</a> (aantallen van 1 tot en met 4 als “&lt;${SUPPRESS_BELOW}”, geschikt om te publiceren).</p>

<h2 id="samenvatting">Samenvatting</h2>
<dl class="summary">
<dt>Hulpvragen</dt><dd data-total="intakes">${e(shownCount(totals.intakes))}</dd>
<dt>Doorverwezen naar een organisatie</dt><dd data-total="handoffs">${e(shownCount(totals.handoffs))}, waarvan ${e(shownCount(totals.complaints))} klachten</dd>
<dt>Aangenomen door de organisatie</dt><dd data-total="accepted">${e(shownCount(totals.accepted))}</dd>
<dt>Afgewezen door de organisatie</dt><dd data-total="declined">${e(shownCount(totals.declined))}</dd>
<dt>Mediaan tijd tot aanname</dt><dd data-total="median">${median(totals) === '–' ? 'niet te tonen (minder dan 5 keer aangenomen)' : `${e(median(totals))} uur`}</dd>
</dl>

<h2 id="per-levensgebied">Per levensgebied</h2>
<p>Een hulpvraag kan over meer levensgebieden gaan. Hij telt dan bij elk van die levensgebieden mee. Daarom is het totaal van een kolom vaak hoger dan in de samenvatting.</p>
<div class="side">
<figure>
${chart}
<figcaption>Figuur 1. Hulpvragen en doorverwijzingen per levensgebied. De getallen staan ook in de tabel ernaast.</figcaption>
</figure>
${table('domains', `Per levensgebied, ${when}`, 'Levensgebied', COUNT_COLUMNS.slice(0, 2), domainRows)}
</div>
<h3>Wat er met de doorverwijzingen gebeurde</h3>
${table('domain-outcomes', `Doorverwijzingen per levensgebied, ${when}`, 'Levensgebied', [...NO_INTAKES, MEDIAN], domainRows)}

<h2 id="per-maand">Per maand</h2>
${table('months', `Per maand, ${when}`, 'Maand', COUNT_COLUMNS, report.months.map((m) => ({ key: m.month, rowHead: e(monthLabel(m.month)), figures: m })), totals)}

<h2 id="per-kanaal">Per kanaal</h2>
<p>Via welk kanaal de inwoner Naast gebruikte.</p>
${table('channels', `Per kanaal, ${when}`, 'Kanaal', COUNT_COLUMNS.slice(0, 3), report.channels.map((c) => ({ key: c.channel, rowHead: e(CHANNEL_LABELS[c.channel] ?? c.channel), figures: c })), totals)}

<h2 id="per-organisatie">Per organisatie</h2>
${report.organisations.length ? table('organisations', `Per organisatie, ${when}`, 'Organisatie', [...NO_INTAKES, MEDIAN], report.organisations.map((o) => ({ key: o.id, rowHead: e(o.name), figures: { intakes: 0, ...o } }))) : '<p>In deze periode is niemand doorverwezen.</p>'}

<h2 id="per-taal">Per taal</h2>
${table('languages', `Hulpvragen per taal waarin de inwoner schreef, ${when}`, 'Taal', [COUNT_COLUMNS[0]!], report.languages.map((l) => ({ key: l.language, rowHead: e(LANGUAGE_LABELS[l.language]), figures: { ...totals, intakes: l.intakes } })))}

<h2 id="uitleg">Zo leest u de cijfers</h2>
<dl>
<dt>Hulpvraag</dt><dd>Een inwoner vertelde Naast waar hij of zij hulp bij zoekt. Naast koppelde de vraag aan een of meer levensgebieden.</dd>
<dt>Doorverwezen</dt><dd>De inwoner gaf toestemming en Naast stuurde de vraag naar een organisatie voor cliëntondersteuning. Klachten tellen hier ook bij. Een doorverwijzing telt in de maand waarin hij gemaakt is.</dd>
<dt>Klacht</dt><dd>Een doorverwijzing voor hulp bij een klacht. De organisatie heeft geen andere rol in het sociaal domein.</dd>
<dt>Aangenomen en afgewezen</dt><dd>Wat de organisatie met de doorverwijzing deed. Nog niet beslist telt bij geen van beide.</dd>
<dt>Mediaan uren tot aanname</dt><dd>De helft van de aangenomen vragen was sneller aangenomen, de andere helft trager. Bij minder dan 5 aangenomen vragen staat er “–”.</dd>
</dl>`);
}
