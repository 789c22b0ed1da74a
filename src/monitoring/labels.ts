/** Dutch words for what the monitoring shows: life domains, channels, languages, months. */
import type { ChannelId } from '../core/messages.js';
import type { DetectedLanguage, LifeDomain } from '../nlu/types.js';

/**
 * Each life domain in plain Dutch (as `dialogs/intake.yaml` words it for residents) and by the name
 * the council motion gives it, so the council recognises its own nine levensgebieden.
 */
export const DOMAIN_LABELS: Record<LifeDomain, { plain: string; official: string }> = {
  social_support: { plain: 'Hulp thuis, hulpmiddelen en mantelzorg (Wmo)', official: 'maatschappelijke ondersteuning' },
  prevention: { plain: 'Gezond blijven', official: 'preventieve zorg' },
  care: { plain: 'Zorg en gezondheid', official: 'zorg' },
  youth: { plain: 'Kinderen en jongeren', official: 'jeugdhulp' },
  education: { plain: 'School, leren en taal', official: 'onderwijs' },
  wellbeing: { plain: 'Contact met anderen en meedoen', official: 'welzijn' },
  housing: { plain: 'Wonen', official: 'wonen' },
  work: { plain: 'Werk', official: 'werk' },
  income: { plain: 'Geld en schulden', official: 'inkomen' },
};

/** How residents reached Naast. */
export const CHANNEL_LABELS: Record<ChannelId, string> = {
  webchat: 'Chat op de website',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  email: 'E-mail',
  botframework: 'Bot Framework (bijv. Microsoft Teams)',
  terminal: 'Terminal (beheer)',
  test: 'Test',
};

/** The language a resident wrote in. */
export const LANGUAGE_LABELS: Record<DetectedLanguage, string> = {
  nl: 'Nederlands',
  en: 'Engels',
  tr: 'Turks',
  ar: 'Arabisch',
  pl: 'Pools',
  uk: 'Oekraïens',
  other: 'Andere taal of onbekend',
};

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** `2025-03` as `maart 2025`. */
export function monthLabel(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
}

/** `2025-03-01` as `1 maart 2025`. */
export function dayLabel(day: string): string {
  return `${Number(day.slice(8, 10))} ${monthLabel(day.slice(0, 7))}`;
}
