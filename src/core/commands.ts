import { fold } from './match-choice.js';

/** Words a resident can type at any point, in Dutch and English. */
export type Command = 'stop' | 'restart' | 'human' | 'help' | 'language' | 'status' | 'switch';

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
};

/** The command a message is, if the whole message is one; `unknown` for an unknown `/command`. */
export function parseCommand(text: string): Command | 'unknown' | undefined {
  const trimmed = text.trim();
  const slash = trimmed.startsWith('/');
  // "/start@NaastBot" in Telegram groups: drop the bot name.
  const word = fold(trimmed.replace(/^\//, '').replace(/@\w+$/, ''));
  const command = WORDS[word];
  if (command) return command;
  return slash && /^\/\w+$/.test(trimmed.split(/\s/)[0]!) ? 'unknown' : undefined;
}
