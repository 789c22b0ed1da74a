import type { CrisisKind } from './crisis.js';
import { lexiconView } from './keyword-classifier.js';
import { natural, STOPWORDS_NL } from './natural.js';
import { normalise } from './normalise.js';
import type { DetectedLanguage } from './types.js';
import { DOMAINS } from './types.js';

/** Only this much of a message is turned into features; residents' stories are rarely longer. */
export const MAX_FEATURE_CHARS = 5000;

// Stop words carry no topic, but negations and quantities do ("geen geld", "niet meer").
const KEEP = new Set(['niet', 'geen', 'niets', 'meer', 'alleen', 'iemand', 'zelf', 'not', 'no', 'cannot', 'never', 'more', 'alone', 'nobody']);
const STOP = new Set([...STOPWORDS_NL, ...natural.stopwords].filter((w) => !KEEP.has(w) && w.length > 0));

const NEGATIONS = new Set(['niet', 'geen', 'niets', 'meer', 'zelf', 'not', 'no', 'cannot', 'never', 'more']);
// Words of asking for help in general: a message made only of these names no topic yet.
const GENERIC = new Set(
  'vraag vragen vraagje hulp help helpen hulpvraag nodig waarmee waarover iets ergens mee kunt kun kan kunnen wil wilt graag weet weten goed beginnen begin waar wat hoe wie welke beetje allemaal alles gewoon eigenlijk even hallo hoi dag beste mevrouw meneer dank bedankt alstublieft alsjeblieft please question questions something anything need want know where start hello hi thanks sir madam somebody someone anyone'.split(' '),
);

/** Whether a message names anything beyond asking for help ("kunt u mij ergens mee helpen" does not). */
export function hasTopicWords(text: string): boolean {
  return normalise(text.slice(0, MAX_FEATURE_CHARS))
    .split(' ')
    .some((w) => w.length > 1 && !STOP.has(w) && !NEGATIONS.has(w) && !GENERIC.has(w) && !/^\d+$/.test(w));
}

/** Real-valued features by name; absent means 0. */
export type Features = Map<string, number>;

// Residents use a few thousand words; stemming each once keeps classification fast.
const stemCache = { en: new Map<string, string>(), nl: new Map<string, string>() };
const STEM_CACHE_MAX = 50_000;

function stemOf(word: string, lang: DetectedLanguage): string {
  const key = lang === 'en' ? 'en' : 'nl';
  const cache = stemCache[key];
  let out = cache.get(word);
  if (out === undefined) {
    out = (key === 'en' ? natural.PorterStemmer : natural.PorterStemmerNl).stem(word);
    if (cache.size >= STEM_CACHE_MAX) cache.clear();
    cache.set(word, out);
  }
  return out;
}

/**
 * Splits a Dutch compound into two known words ("schuldhulpverlening" → "schuld", "hulpverlening"),
 * allowing the linking s or e(n) ("woningcorporatie", "huizenmarkt"); undefined when no split is known.
 */
export function splitCompound(word: string, known: ReadonlySet<string>): [string, string] | undefined {
  if (word.length < 8) return undefined;
  for (let i = word.length - 4; i >= 4; i--) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (!known.has(tail)) continue;
    if (known.has(head)) return [head, tail];
    for (const link of ['s', 'e', 'en']) {
      if (head.endsWith(link) && known.has(head.slice(0, -link.length))) return [head.slice(0, -link.length), tail];
    }
  }
  return undefined;
}

/**
 * Turns a message into features for the linear model: stems of content words, stem bigrams
 * (negations included), character 4-grams that survive misspellings, compound parts, and the
 * lexicon's score per domain.
 */
export function extractFeatures(text: string, lang: DetectedLanguage, known: ReadonlySet<string>, crisisKinds?: readonly CrisisKind[]): Features {
  const out: Features = new Map();
  const add = (name: string, value = 1) => out.set(name, (out.get(name) ?? 0) + value);
  const words = normalise(text.slice(0, MAX_FEATURE_CHARS)).split(' ').filter((w) => w.length > 0);
  const stems = words.map((w) => (/^\d+$/.test(w) ? '#num' : stemOf(w, lang)));

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const stem = stems[i]!;
    if (!STOP.has(word)) {
      add(`w:${stem}`);
      const parts = lang === 'en' ? undefined : splitCompound(word, known);
      if (parts) parts.forEach((p) => add(`w:${stemOf(p, lang)}`, 0.5));
      if (word.length >= 5) {
        const padded = `<${word}>`;
        for (let j = 0; j + 4 <= padded.length; j++) add(`c:${padded.slice(j, j + 4)}`, 0.2);
      }
    }
    if (i > 0) add(`b:${stems[i - 1]}_${stem}`);
  }
  const lexicon = lexiconView(text, crisisKinds);
  for (const d of DOMAINS) if (lexicon.scores[d] > 0) add(`lex:${d}`, Math.min(lexicon.scores[d], 6) / 3);
  // Which domain the lexicon puts first says much about which need leads.
  lexicon.ranking.forEach((d, i) => add(`lexrank${Math.min(i, 2)}:${d}`));
  add('bias');
  return out;
}

/** The words of the training texts, so compounds can be split into parts the model knows. */
export function knownWords(texts: readonly string[]): Set<string> {
  const known = new Set<string>();
  for (const t of texts) for (const w of normalise(t).split(' ')) if (w.length >= 4 && !STOP.has(w)) known.add(w);
  return known;
}
