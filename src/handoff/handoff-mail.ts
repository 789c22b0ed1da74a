/** The Dutch e-mail that hands a case to a supporter, and the case summary it shares with the case page. */
import type { ChannelId, Lang } from '../core/messages.js';
import type { Handoff, HandoffStatus } from './handoff.js';

/** A composed handoff e-mail, ready for the outbox. */
export interface HandoffMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Label and value, both plain text (escape before putting them in HTML). */
export interface Row {
  label: string;
  value: string;
}

/** Everything a supporter needs to know about a case, as plain Dutch text pieces. */
export interface CaseSummary {
  /** One line saying what kind of case this is. */
  title: string;
  /** Complaints only: the sentence stating the answer deadline (YYYY-MM-DD). */
  deadline?: string;
  words: string;
  domains: string[];
  answers: Row[];
  contact: Row[];
  details: Row[];
  consent: { at: string; text: string };
}

const ROUTES: Record<Handoff['contact']['route'], string> = {
  phone: 'telefoon',
  email: 'e-mail',
  chat: 'via de chat van Naast',
};

const LANGUAGES: Record<Lang, string> = { nl: 'Nederlands', en: 'Engels (English)' };
const WRITTEN_IN: Record<NonNullable<Handoff['writtenIn']>, string> = { tr: 'schreef in het Turks', ar: 'schreef in het Arabisch', pl: 'schreef in het Pools', uk: 'schreef in het Oekraïens' };

const CHANNELS: Record<ChannelId, string> = {
  webchat: 'webchat op de website',
  terminal: 'terminal',
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  email: 'e-mail',
  botframework: 'Bot Framework (bijv. Microsoft Teams)',
  test: 'test',
};

/** Dutch words for each status, for the case page and for residents. */
export const STATUS_LABELS: Record<HandoffStatus, string> = {
  queued: 'in de wachtrij',
  sent: 'verstuurd naar de organisatie',
  accepted: 'geaccepteerd',
  declined: 'afgewezen',
  closed: 'afgesloten',
};

const dateTime = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' });

/** An ISO time as Dutch local time in Amsterdam, e.g. `3 december 2026 om 14:05`; the input itself when unparsable. */
export function formatDutchTime(iso: string, withTime = true): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (withTime ? dateTime : dateOnly).format(date);
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The case in plain Dutch pieces, shared by the e-mail and the case page so both say the same. */
export function summariseCase(h: Handoff): CaseSummary {
  const contact: Row[] = [{ label: 'Voorkeur', value: ROUTES[h.contact.route] }];
  if (h.contact.name) contact.push({ label: 'Naam', value: h.contact.name });
  if (h.contact.route === 'phone' && h.contact.value) contact.push({ label: 'Telefoon', value: h.contact.value });
  if (h.contact.route === 'email' && h.contact.value) contact.push({ label: 'E-mail', value: h.contact.value });
  if (h.contact.route === 'chat') {
    contact.push({ label: 'Hoe', value: 'Beantwoord deze e-mail; Naast geeft uw bericht door aan de inwoner in de chat.' });
  }
  const details: Row[] = [
    { label: 'Referentie', value: h.reference },
    { label: 'Soort', value: h.kind === 'complaint' ? 'klacht' : 'vraag om cliëntondersteuning' },
    { label: 'Organisatie', value: h.organisation.name },
    { label: 'Taal van de inwoner', value: h.writtenIn ? `${WRITTEN_IN[h.writtenIn]}; het gesprek ging in het ${LANGUAGES[h.lang]}` : LANGUAGES[h.lang] },
    { label: 'Kanaal', value: CHANNELS[h.channel] ?? h.channel },
    { label: 'Aangemaakt', value: formatDutchTime(h.createdAt) },
  ];
  if (h.deadline) details.push({ label: 'Antwoordtermijn', value: h.deadline });
  return {
    title:
      h.kind === 'complaint'
        ? `Klacht via Naast, referentie ${h.reference}`
        : `Nieuwe vraag om cliëntondersteuning via Naast, referentie ${h.reference}`,
    deadline: h.deadline
      ? `Dit is een klacht. Antwoordtermijn: uiterlijk ${h.deadline} (14 dagen na de overdracht, zoals de Participatieraad adviseert).`
      : undefined,
    words: h.words,
    domains: h.domains.map((d) => d.label),
    answers: h.answers,
    contact,
    details,
    consent: { at: `${formatDutchTime(h.consent.at)} (${h.consent.at})`, text: h.consent.text },
  };
}

const RULE = '----------------------------------------';

function textRows(rows: Row[]): string {
  return rows.length ? rows.map((r) => `- ${r.label}: ${r.value}`).join('\n') : '- (geen)';
}

function htmlRows(rows: Row[]): string {
  if (!rows.length) return '<p>(geen)</p>';
  return `<ul>${rows.map((r) => `<li>${escapeHtml(r.label)}: ${escapeHtml(r.value)}</li>`).join('')}</ul>`;
}

function htmlQuote(text: string): string {
  return `<blockquote style="white-space: pre-wrap; border-left: 3px solid #999; margin: 0 0 1em; padding-left: 1em">${escapeHtml(text)}</blockquote>`;
}

/**
 * The supporter's e-mail for a handoff, in Dutch. `link` is the case page (`PUBLIC_URL/h/<token>`)
 * and is the first link in the text part, before anything a resident typed.
 */
export function composeHandoffMail(h: Handoff, link: string): HandoffMail {
  const s = summariseCase(h);
  const subject =
    h.kind === 'complaint' && h.deadline
      ? `Naast ${h.reference}: klacht, antwoord uiterlijk ${h.deadline}`
      : `Naast ${h.reference}: nieuwe vraag om cliëntondersteuning`;
  const linkNote = `De link werkt tot ${formatDutchTime(h.tokenExpiresAt, false)}. Stuur hem niet door: wie hem heeft, kan de vraag zien.`;
  const privacy =
    'Deze e-mail bevat bijzondere persoonsgegevens. Bewaar en deel hem alleen voor deze ondersteuning, ' +
    'en verwijder hem als uw organisatie de vraag niet oppakt.';

  const text = [
    s.title,
    '',
    'Bekijk de vraag en accepteer of wijs haar af op deze pagina:',
    link,
    linkNote,
    '',
    ...(s.deadline ? [s.deadline, ''] : []),
    'De vraag, in de eigen woorden van de inwoner:',
    RULE,
    s.words,
    RULE,
    '',
    'Levensgebieden:',
    s.domains.length ? s.domains.map((d) => `- ${d}`).join('\n') : '- (geen)',
    '',
    'Vraagverheldering:',
    textRows(s.answers),
    '',
    'Contact met de inwoner:',
    textRows(s.contact),
    '',
    'Gegevens:',
    textRows(s.details),
    '',
    `Toestemming gegeven op ${s.consent.at}, met deze tekst:`,
    RULE,
    s.consent.text,
    RULE,
    '',
    privacy,
    '',
  ].join('\n');

  const html = [
    '<!doctype html>',
    '<html lang="nl"><head><meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title></head><body>`,
    `<h1 style="font-size: 1.25em">${escapeHtml(s.title)}</h1>`,
    `<p>Bekijk de vraag en accepteer of wijs haar af op deze pagina:<br><a href="${escapeHtml(link)}">${escapeHtml(link)}</a><br>${escapeHtml(linkNote)}</p>`,
    s.deadline ? `<p><strong>${escapeHtml(s.deadline)}</strong></p>` : '',
    '<h2 style="font-size: 1.1em">De vraag, in de eigen woorden van de inwoner</h2>',
    htmlQuote(s.words),
    '<h2 style="font-size: 1.1em">Levensgebieden</h2>',
    s.domains.length ? `<ul>${s.domains.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>` : '<p>(geen)</p>',
    '<h2 style="font-size: 1.1em">Vraagverheldering</h2>',
    htmlRows(s.answers),
    '<h2 style="font-size: 1.1em">Contact met de inwoner</h2>',
    htmlRows(s.contact),
    '<h2 style="font-size: 1.1em">Gegevens</h2>',
    htmlRows(s.details),
    '<h2 style="font-size: 1.1em">Toestemming</h2>',
    `<p>Gegeven op ${escapeHtml(s.consent.at)}, met deze tekst:</p>`,
    htmlQuote(s.consent.text),
    `<p><small>${escapeHtml(privacy)}</small></p>`,
    '</body></html>',
    '',
  ].join('\n');

  return { to: h.organisation.email, subject, text, html };
}
