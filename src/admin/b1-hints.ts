/**
 * B1 language hints for the texts residents read: long sentences, long and officialese words,
 * the passive voice, and missing translations. Hints, not errors: an editor may keep a text
 * on purpose (a term that must be used, explained once), so nothing here blocks a save.
 */
import { readFileSync } from 'node:fs';
import type { Tree, TreeText } from '../core/tree-schema.js';

export type HintKind = 'long-sentence' | 'long-word' | 'hard-word' | 'passive' | 'missing-translation';
export interface Hint {
  kind: HintKind;
  message: string;
  /** the words it is about, if any */
  words?: string[];
}
export interface TreeHint extends Hint {
  node: string;
  field: string;
  lang: 'nl' | 'en' | 'tr' | 'ar' | 'pl' | 'uk';
}
type Lang = 'nl' | 'en';

/** B1 guides put the limit at 15 words: longer sentences must be read twice. */
const MAX_SENTENCE_WORDS = 15;
/** Words of 4+ syllables slow a B1 reader down; long Dutch compounds even more so. */
const MAX_SYLLABLES = 3;
const MAX_LETTERS_NL = 13;

// ---- word lists (data/b1), read once on first use ----

interface HardWord {
  pattern: RegExp;
  alternative: string;
}
interface Lists {
  hard: Record<Lang, HardWord[]>;
  known: Record<Lang, Set<string>>;
  names: Set<string>;
}
let lists: Lists | undefined;

const lines = (file: string) =>
  readFileSync(new URL(`../../data/b1/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function hardWords(file: string): HardWord[] {
  return lines(file).map((line) => {
    const [word = '', alternative = ''] = line.split('=').map((s) => s.trim());
    const stem = word.endsWith('*');
    const phrase = word.replace(/\*$/, '').split(/\s+/).map(escapeRe).join('\\s+');
    // Letter boundaries, not \b: \b does not know ë, and entries like "c.q." end in a dot.
    return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])${phrase}${stem ? '\\p{L}*' : ''}(?![\\p{L}\\p{N}])`, 'giu'), alternative };
  });
}

function load(): Lists {
  lists ??= {
    hard: { nl: hardWords('hard-words-nl.txt'), en: hardWords('hard-words-en.txt') },
    known: { nl: new Set(lines('known-words-nl.txt').map((w) => w.toLowerCase())), en: new Set(lines('known-words-en.txt').map((w) => w.toLowerCase())) },
    names: new Set(lines('names.txt').map((w) => w.toLowerCase())),
  };
  return lists;
}

// ---- tokens and sentences ----

interface Token {
  /** As written, without the punctuation around it. */
  word: string;
  /** The raw token as split on white space, punctuation included. */
  raw: string;
  placeholder: boolean;
}

const PLACEHOLDER = /^\{[A-Za-z_][A-Za-z0-9_]*\}$/;
/** e-mail addresses, URLs and bare domains such as 113.nl: not words a reader has to decode. */
const ADDRESS = /@|^(?:https?:|www\.)|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}$/iu;
/** Abbreviations whose dot does not end the sentence. */
const ABBREVIATION = /^(?:(?:\p{L}\.){2,}|bijv\.|nr\.|ca\.|enz\.|mr\.|dr\.|mevr\.|dhr\.|incl\.|excl\.|vs\.)$/iu;

const clean = (raw: string) => raw.replace(/^[^\p{L}\p{N}{]+|[^\p{L}\p{N}}]+$/gu, '');

/** Sentences as word tokens: split on line breaks (a bullet line is a sentence) and on . ! ? */
function sentences(text: string): Token[][] {
  const out: Token[][] = [];
  for (const line of text.split(/\r?\n/)) {
    let current: Token[] = [];
    for (const raw of line.replace(/^\s*(?:[-*•–]|\d+[.)])\s+/, '').split(/\s+/)) {
      const word = clean(raw);
      if (word) current.push({ word, raw, placeholder: PLACEHOLDER.test(word) });
      const bare = raw.replace(/["'”’)»\]]+$/, '');
      if (/[.!?…]$/.test(bare) && !ABBREVIATION.test(clean(raw) + '.') && current.length) {
        out.push(current);
        current = [];
      }
    }
    if (current.length) out.push(current);
  }
  return out;
}

// ---- syllables ----

/** Dutch syllables by vowel groups; a diaeresis (cliënt, beïnvloeden) starts a new syllable. */
const syllablesNl = (w: string) => (w.toLowerCase().match(/[ëïöüä][aeiouy]*|[aeiouyáéíóúàèâêîôû]+/g) ?? []).length;

/** English syllables by vowel pairs, dropping a silent final -e, -es, -ed. */
function syllablesEn(w: string): number {
  let s = w.toLowerCase().replace(/[^a-z]/g, '');
  if (s.length <= 3) return 1;
  s = s.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (s.match(/[aeiouy]{1,2}/g) ?? []).length);
}

/** Prefixes of Dutch separable verbs (door|geven, op|sturen). */
const SEPARABLE = 'aan|af|bij|door|in|mee|na|om|onder|op|over|terug|toe|uit|voor|weg|vast|los|samen|tegen|achter|rond|binnen|neer|dicht|vrij|langs';
/**
 * A separable verb is read as its prefix plus a short verb (door|gegeven, terug|komen, af|gesloten),
 * so the prefix does not add to the syllables that make a word hard; long compounds still hit the
 * letter limit.
 */
const SEPARABLE_START = new RegExp(`^(?:${SEPARABLE})(?=\\p{L}{5,})`, 'iu');
const withoutPrefix = (w: string) => w.replace(SEPARABLE_START, '');

/** Known words match with their usual inflections: organisaties, ondersteuners, conversations. */
function isKnown(word: string, known: Set<string>): boolean {
  const w = word.toLowerCase();
  return [w, w.replace(/(?:en|es|s|e|n)$/, ''), w.replace(/s$/, '')].some((f) => known.has(f));
}

// ---- the rules ----

function longSentences(all: Token[][]): Hint[] {
  return all
    .filter((s) => s.length > MAX_SENTENCE_WORDS)
    .map((s) => ({ kind: 'long-sentence', message: `Lange zin (${s.length} woorden): maak hem korter.` }));
}

function hardWordHints(text: string, lang: Lang): { hints: Hint[]; found: Set<string> } {
  // Placeholders and addresses are not prose: blank them out, keeping offsets.
  const prose = text.replace(/\{[A-Za-z_][A-Za-z0-9_]*\}|\S*@\S*|https?:\/\/\S*|www\.\S*/g, (m) => ' '.repeat(m.length));
  const hits: { at: number; word: string; alternative: string }[] = [];
  for (const { pattern, alternative } of load().hard[lang]) {
    for (const m of prose.matchAll(pattern)) hits.push({ at: m.index, word: m[0].replace(/\s+/g, ' '), alternative });
  }
  const hints: Hint[] = [];
  const found = new Set<string>();
  for (const { word, alternative } of hits.sort((a, b) => a.at - b.at)) {
    if (found.has(word.toLowerCase())) continue;
    found.add(word.toLowerCase());
    hints.push({ kind: 'hard-word', message: `Moeilijk woord: "${word}". Schrijf liever "${alternative}".`, words: [word] });
  }
  return { hints, found };
}

/** Words after which a hard word is being explained: "Dat heet een …", "This is called a …". */
const EXPLAINS = new Set(['heet', 'heten', 'noemt', 'noemen', 'called', 'named']);

function longWords(all: Token[][], lang: Lang, skip: Set<string>): Hint[] {
  const { known, names } = load();
  const seen = new Set<string>();
  const hints: Hint[] = [];
  for (const sentence of all) {
    sentence.forEach((t, i) => {
      const w = t.word;
      if (t.placeholder || /\d/.test(w) || ADDRESS.test(w) || names.has(w.toLowerCase()) || skip.has(w.toLowerCase())) return;
      // Capitalised inside a sentence means a name (Veilig Thuis, Suicide Prevention); all caps an acronym.
      if ((i > 0 && /^\p{Lu}/u.test(w)) || (w.length > 1 && w === w.toUpperCase())) return;
      // A word glossed in brackets right after it, or introduced by "heet"/"called", is explained.
      if (sentence[i + 1]?.raw.startsWith('(') || sentence.slice(Math.max(0, i - 2), i).some((p) => EXPLAINS.has(p.word.toLowerCase()))) return;
      if (isKnown(w, known[lang]) || seen.has(w.toLowerCase())) return;
      // Hyphenated words are read part by part (e-mailadres, out-of-hours).
      const long = w.split('-').some((part) =>
        lang === 'nl' ? syllablesNl(withoutPrefix(part)) > MAX_SYLLABLES || part.length > MAX_LETTERS_NL : syllablesEn(part) > MAX_SYLLABLES,
      );
      if (!long) return;
      seen.add(w.toLowerCase());
      hints.push({ kind: 'long-word', message: `Lang woord: "${w}". Kan het korter of eenvoudiger?`, words: [w] });
    });
  }
  return hints;
}

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden']);
const ZIJN = new Set(['is', 'zijn', 'was', 'waren']);
/** ge…d / ge…t / ge…en, also after a separable prefix (opgestuurd, doorgegeven). */
const GE_PARTICIPLE = new RegExp(`^(?:${SEPARABLE})?ge\\p{L}{2,}(?:d|t|en)$`, 'u');
/** Participles without ge-: besproken, verstuurd, ontvangen, herhaald, erkend. */
const PREFIX_PARTICIPLE = /^(?:be|ver|ont|her|er)\p{L}{2,}(?:d|t|en)$/u;
/** Common Dutch words that look like a participle but are not one. */
const NOT_PARTICIPLE_NL = new Set([
  'geven', 'gebeuren', 'gebruiken', 'geloven', 'genieten', 'gelden', 'geldt', 'geleden', 'gemeenten', 'gesprekken',
  'gezond', 'gezicht', 'gewicht', 'gedicht', 'gebied', 'gebieden', 'geduld', 'geld', 'gerecht', 'gezinnen', 'geheel',
  'gewoonten', 'gedachten', 'gebouwen', 'genoegen', 'geweest', 'bericht', 'berichten', 'verhalen', 'vertellen', 'verder',
]);

const BE_EN = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't", 'isn’t', 'aren’t', 'wasn’t', 'weren’t']);
/** Adverbs that may stand between the auxiliary and the participle: "is not needed", "is always sent". */
const ADVERB_EN = /^(?:not|also|only|already|always|never|still|just|often|sometimes|then|now|all|both|\p{L}+ly)$/iu;
const IRREGULAR_EN = new Set(
  'given taken made seen known sent told paid kept held found brought bought thought shown written spoken chosen broken forgotten gotten put set read heard said meant built won understood met hidden driven fallen forgiven frozen grown led lent caught cut dealt drawn fed fought laid sold spent stolen taught thrown torn withdrawn'.split(' '),
);
/** -ed words after "be" that describe a state or are no participle at all. */
const NOT_PARTICIPLE_EN = new Set(['indeed', 'hundred', 'interested', 'tired', 'married', 'worried', 'pleased', 'scared', 'bored', 'excited', 'surprised', 'confused', 'called', 'named', 'supposed', 'closed', 'need', 'speed', 'proceed', 'exceed', 'succeed']);

function passiveNl(clause: Token[]): [string, string] | undefined {
  const aux = clause.find((t) => WORDEN.has(t.word.toLowerCase()));
  const participle = (t: Token) => {
    const w = t.word.toLowerCase();
    return !WORDEN.has(w) && !NOT_PARTICIPLE_NL.has(w) && (GE_PARTICIPLE.test(w) || PREFIX_PARTICIPLE.test(w));
  };
  const part = clause.find(participle);
  if (aux && part) return [aux.word, part.word];
  // "is … door": a zijn-passive that names the doer ("is besproken door de gemeente").
  const zijn = clause.find((t) => ZIJN.has(t.word.toLowerCase()));
  if (zijn && part && clause.some((t) => t.word.toLowerCase() === 'door')) return [zijn.word, part.word];
  return undefined;
}

function passiveEn(clause: Token[]): [string, string] | undefined {
  for (let i = 0; i < clause.length; i++) {
    const w = clause[i]!.word.toLowerCase();
    if (!BE_EN.has(w) && !/[’']s$/.test(w)) continue;
    if (w === "let's" || w === 'let’s') continue;
    let j = i + 1;
    while (j < clause.length && j <= i + 2 && ADVERB_EN.test(clause[j]!.word)) j++;
    const p = clause[j]?.word.toLowerCase();
    if (p && !NOT_PARTICIPLE_EN.has(p) && ((p.length >= 5 && p.endsWith('ed')) || IRREGULAR_EN.has(p))) return [clause[i]!.word, clause[j]!.word];
  }
  return undefined;
}

function passives(all: Token[][], lang: Lang): Hint[] {
  const hints: Hint[] = [];
  for (const sentence of all) {
    // Per clause (split at commas), so "als het is geregeld, bel je …" does not pair words across clauses.
    const clauses: Token[][] = [[]];
    for (const t of sentence) {
      clauses[clauses.length - 1]!.push(t);
      if (/[,;:]["'”’)]*$/.test(t.raw)) clauses.push([]);
    }
    for (const clause of clauses) {
      const found = lang === 'nl' ? passiveNl(clause) : passiveEn(clause);
      if (!found) continue;
      const [aux, part] = found;
      const adjacent = clause.findIndex((t) => t.word === part) - clause.findIndex((t) => t.word === aux) === 1;
      const shown = adjacent ? `${aux} ${part}` : `${aux} … ${part}`;
      hints.push({ kind: 'passive', message: `Lijdende vorm ("${shown}"): zeg liever wie het doet.`, words: [aux, part] });
      break; // one passive hint a sentence is enough to rewrite it
    }
  }
  return hints;
}

/** Hints for one text in one language (nl or en). Messages in plain Dutch for municipality staff. */
export function textHints(text: string, lang: 'nl' | 'en'): Hint[] {
  const all = sentences(text);
  const hard = hardWordHints(text, lang);
  return [...longSentences(all), ...passives(all, lang), ...hard.hints, ...longWords(all, lang, hard.found)];
}

// ---- the whole tree ----

const isText = (v: unknown): v is TreeText => !!v && typeof v === 'object' && 'nl' in v && 'en' in v;
const LANGUAGE_NAMES = { tr: 'Turkse', ar: 'Arabische', pl: 'Poolse', uk: 'Oekraïense' } as const;
const missing = (node: string, field: string, lang: TreeHint['lang'], why: string): TreeHint => ({
  kind: 'missing-translation',
  message: `Vertaling ontbreekt: ${why}.`,
  node,
  field,
  lang,
});

function hintsOfText(node: string, field: string, text: TreeText): TreeHint[] {
  const out: TreeHint[] = [];
  for (const lang of ['nl', 'en'] as const) for (const h of textHints(text[lang] ?? '', lang)) out.push({ ...h, node, field, lang });
  const nl = (text.nl ?? '').trim();
  const en = (text.en ?? '').trim();
  if (!nl) out.push(missing(node, field, 'nl', 'de Nederlandse tekst is leeg'));
  if (!en) out.push(missing(node, field, 'en', 'de Engelse tekst is leeg'));
  // Short equal texts are often right in both languages ("Wmo", "status", "OK").
  else if (en.toLowerCase() === nl.toLowerCase() && /\p{L}/u.test(en) && en.split(/\s+/).length > 3) {
    out.push(missing(node, field, 'en', 'de Engelse tekst is gelijk aan de Nederlandse'));
  }
  return out;
}

/**
 * Hints for every resident-facing text of a tree (node texts, option labels, prompts, tree.texts.*,
 * domain names): `node` is the node id, or 'texts.<key>' (field 'text'), 'domains.<id>' (field
 * 'name') or 'otherLanguages' (field: the language code) for tree-level texts; for nodes `field` is
 * the path inside it, e.g. 'text', 'options.2.label', 'yes'. A node's `summary` is left out: only
 * supporters read it.
 */
export function treeHints(tree: Tree): TreeHint[] {
  const out: TreeHint[] = [];
  for (const node of tree.nodes) {
    for (const [field, value] of Object.entries(node)) {
      if (field === 'summary') continue;
      if (isText(value)) out.push(...hintsOfText(node.id, field, value));
    }
    if ('options' in node && node.options) node.options.forEach((o, i) => out.push(...hintsOfText(node.id, `options.${i}.label`, o.label)));
  }
  for (const [key, text] of Object.entries(tree.texts)) out.push(...hintsOfText(`texts.${key}`, 'text', text));
  for (const [id, text] of Object.entries(tree.domains)) out.push(...hintsOfText(`domains.${id}`, 'name', text));
  for (const [lang, text] of Object.entries(tree.otherLanguages ?? {}) as [keyof typeof LANGUAGE_NAMES, string][]) {
    if (!text.trim()) out.push(missing('otherLanguages', lang, lang, `de ${LANGUAGE_NAMES[lang]} tekst is leeg`));
  }
  return out;
}
