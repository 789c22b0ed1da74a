import type { Lang, Text } from '../core/messages.js';
import type { Organisation, Pool } from './pool-schema.js';

const LABELS = {
  languages: { nl: 'Talen', en: 'Languages' },
  ways: { nl: 'Contact', en: 'Contact' },
  response: { nl: 'Antwoord', en: 'Reply' },
  notIndependent: {
    nl: 'Let op: deze organisatie beslist ook mee over hulp. Ze is dus niet onafhankelijk.',
    en: 'Note: this organisation also helps decide on support. So it is not independent.',
  },
} satisfies Record<string, Text>;

/** A short plain-text paragraph about one organisation for a chat message; no markdown. */
export function describeOrganisation(org: Organisation, pool: Pool, lang: Lang): string {
  const languages = org.languages.map((code) => pool.labels.languages[code]?.[lang] ?? code).join(', ');
  const ways = org.ways.map((way) => pool.labels.ways[way][lang]).join(', ');
  const lines = [
    org.name,
    org.description[lang],
    `${LABELS.languages[lang]}: ${languages}. ${LABELS.ways[lang]}: ${ways}.`,
    `${LABELS.response[lang]}: ${org.responseTime[lang]}.`,
  ];
  if (!org.independent) lines.push(LABELS.notIndependent[lang]);
  lines.push(org.independence[lang]);
  return lines.join('\n');
}
