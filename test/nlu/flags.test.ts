import { describe, expect, it } from 'vitest';
import { detectComplaint, detectOutOfScope } from '../../src/nlu/flags.js';

const COMPLAINTS = [
  'ik wil bezwaar maken tegen mijn beschikking van de wmo',
  'Mijn aanvraag voor bijzondere bijstand is afgewezen, dat is onterecht',
  'ik ben het niet eens met het besluit van de gemeente over mijn huishoudelijke hulp',
  'ik wil een klacht indienen over mijn bewindvoerder',
  'De consulent van het wijkteam was heel onbeschoft tegen mij',
  'hoe maak ik bezwaar tegen de terugvordering van de belastingdienst',
  'UWV heeft mijn WW stopgezet en ik wil in beroep',
  'I want to complain about the home care agency',
  'I want to appeal the decision on my benefits',
  'the council rejected my request for a stairlift and I disagree',
  'ik heb een klacht over de thuiszorg, ze komen steeds te laat',
  'wij kregen een brief dat het pgb stopt, ik ben het daar niet mee eens',
  'ik ben boos op de gemeente, ze hebben mijn bijstand gekort zonder uitleg',
  'I am angry with the council, they stopped my benefit without telling me',
  'mijn aanvraag voor huishoudelijke hulp is afgewezen, wat kan ik doen?',
  'ze hebben mijn uitkering zomaar stopgezet',
];

const NOT_COMPLAINTS = [
  'hoe werkt bezwaar maken in het algemeen?',
  'ik heb ruzie met mijn huisbaas over de borg',
  'mijn werkgever heeft me ontslagen en ik ben het er niet mee eens',
  'ik wil klagen over mijn buren, ze maken veel lawaai',
  'de school van mijn zoon luistert niet naar ons',
  'ik heb schulden en weet niet wat ik moet doen',
  'ik heb geen bezwaar als u mijn moeder belt',
  'I have a problem with my landlord who will not fix the heating',
  'mijn zoon luistert niet en de cjg medewerker zegt dat ik strenger moet zijn',
  'mijn dochter weigert naar school te gaan, de leerplichtambtenaar belt steeds',
  'heb ik geen recht op huurtoeslag als ik samenwoon?',
  'ik ben gestopt met werken, wat nu?',
  'my gas was cut off, what can I do',
  'ik heb een indicatie nodig, wat kan ik doen',
];

describe('detectComplaint', () => {
  it.each(COMPLAINTS)('flags: %s', (text) => expect(detectComplaint(text)).toBe(true));
  it.each(NOT_COMPLAINTS)('does not flag: %s', (text) => expect(detectComplaint(text)).toBe(false));
});

const OUT_OF_SCOPE: [string, string][] = [
  ['greeting', 'hallo'],
  ['greeting with emoji', 'hoi 👋'],
  ['morning greeting', 'Goedemorgen!'],
  ['thanks only', 'dank je wel'],
  ['english thanks', 'thanks!'],
  ['garbage', 'wanneer komt de vuilniswagen in mijn straat?'],
  ['paper collection', 'wordt het oud papier morgen opgehaald'],
  ['passport', 'mijn paspoort is verlopen, hoe vraag ik een nieuwe aan'],
  ['driving licence', 'how do I renew my driving licence'],
  ['parking permit', 'ik wil een parkeervergunning voor mijn auto'],
  ['parking fine objection', 'ik wil bezwaar maken tegen een parkeerboete'],
  ['road repair', 'er zit een gat in de weg bij de bushalte'],
  ['weather', 'wat voor weer wordt het morgen'],
  ['sports', 'wie won de wedstrijd van ajax'],
  ['joke', 'vertel eens een mop'],
  ['spam url', 'Earn money fast http://example.ru/win'],
  ['gibberish', 'asdfgh jkl qwrtzp'],
  ['no letters', '12345 !!!'],
  ['emoji only', '👍'],
  ['empty', ''],
  ['opening hours', 'openingstijden stadhuis zaterdag?'],
  ['meta question', 'ben jij een robot?'],
];

const IN_SCOPE: [string, string, boolean][] = [
  ['unpayable fine', 'ik kan de parkeerboete niet betalen, ik heb al schulden', true],
  ['disabled parking', 'mijn moeder zit in een rolstoel en wil een gehandicaptenparkeerkaart', true],
  ['greeting plus question', 'hallo, ik heb schulden', true],
  ['vague help request', 'kunt u mij helpen met een probleem', false],
];

describe('detectOutOfScope', () => {
  it.each(OUT_OF_SCOPE)('flags %s', (_, text) => expect(detectOutOfScope(text, false)).toBe(true));
  it.each(IN_SCOPE)('keeps %s in scope', (_, text, domainsFound) => expect(detectOutOfScope(text, domainsFound)).toBe(false));
});
