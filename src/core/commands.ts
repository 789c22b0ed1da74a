import { fold } from './match-choice.js';
import type { Lang } from './messages.js';

/** Words a resident can type at any point, in Dutch and English. */
export type Command = 'stop' | 'restart' | 'human' | 'help' | 'language' | 'status' | 'switch' | 'erase';

/**
 * Erasure (AVG article 17): everything Naast keeps about this conversation, after a confirmation.
 * Folded as `fold` leaves them ("m'n" → "m n"); "/verwijder" and "/erase" arrive without the slash.
 */
const ERASE_NL = [
  'verwijder',
  'verwijder mijn gegevens',
  'verwijder m n gegevens',
  'verwijder al mijn gegevens',
  'verwijder mijn data',
  'verwijder mijn persoonsgegevens',
  'wis mijn gegevens',
  'wis m n gegevens',
  'wis al mijn gegevens',
  'wis mijn data',
  'wis mijn persoonsgegevens',
  'gegevens verwijderen',
  'mijn gegevens verwijderen',
  'gegevens wissen',
  'mijn gegevens wissen',
];
const ERASE_EN = [
  'erase',
  'delete my data',
  'delete all my data',
  'delete my personal data',
  'delete my details',
  'erase my data',
  'erase all my data',
  'erase my personal data',
  'remove my data',
  'remove all my data',
];

const WORDS: Record<string, Command> = {
  stop: 'stop',
  stoppen: 'stop',
  opnieuw: 'restart',
  'begin opnieuw': 'restart',
  restart: 'restart',
  'start over': 'restart',
  start: 'restart',
  mens: 'human',
  medewerker: 'human',
  human: 'human',
  person: 'human',
  help: 'help',
  taal: 'language',
  language: 'language',
  status: 'status',
  // Another organisation, at any time and without a reason (the resident's choice leads).
  'andere ondersteuner': 'switch',
  'andere organisatie': 'switch',
  'ander kiezen': 'switch',
  'other supporter': 'switch',
  'another supporter': 'switch',
  'other organisation': 'switch',
  'another organisation': 'switch',
  'another organization': 'switch',
  ...Object.fromEntries([...ERASE_NL, ...ERASE_EN].map((w) => [w, 'erase' as const])),
};

/** `/verwijder` → `verwijder`; `/start@NaastBot` (Telegram groups) → `start`. */
function commandWord(text: string): string {
  return fold(text.trim().replace(/^\//, '').replace(/@\w+$/, ''));
}

/**
 * The language of a command that names one (only the erasure words do), so a resident whose
 * conversation is gone is asked in the language they typed.
 */
export function commandLang(text: string): Lang | undefined {
  const word = commandWord(text);
  return ERASE_EN.includes(word) ? 'en' : ERASE_NL.includes(word) ? 'nl' : undefined;
}

/** The command a message is, if the whole message is one; `unknown` for an unknown `/command`. */
export function parseCommand(text: string): Command | 'unknown' | undefined {
  const trimmed = text.trim();
  const slash = trimmed.startsWith('/');
  const command = WORDS[commandWord(trimmed)];
  if (command) return command;
  return slash && /^\/\w+$/.test(trimmed.split(/\s/)[0]!) ? 'unknown' : undefined;
}
