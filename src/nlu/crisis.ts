/**
 * Crisis detection: recall first. A false alarm costs a screen of help numbers; a miss can cost a life.
 * Term lists (crisis-patterns.ts) use the lexicon entry syntax (see lexicon.ts) on normalised text.
 *
 * 1. Phrases that only look like a crisis ("I'm not suicidal", "sinds mijn beroerte", "these bills are
 *    killing me") are blanked out; so are bare topic words ("suicide", "grooming") when the writer asks
 *    about the topic (a course, how to talk about it) rather than living it.
 * 2. Each kind has its own terms; some situations need two signals together: a child plus signs of
 *    neglect, sleeping outside plus cold or illness, a stranger plus a child, a height plus jumping,
 *    two body signs of a stroke or heart attack, two signs of saying goodbye, control plus fear, a
 *    visitor who will not leave, screams plus blows, a dependent kept without food, marks plus a sign
 *    they are self-inflicted, means of suicide plus dwelling on them, someone vulnerable not found.
 * 3. A kind is dropped when the writer says it is not acute ("geen gevaar hoor"), or frames it as over:
 *    resolved ("she's safe now", "he is stable"), or past in the sentence that names it ("two years
 *    ago"), unless something marks it as happening now.
 */
import { compileTerms } from './lexicon.js';
import { CANT_GO_ON, CURRENT, HEIGHT_COMPOUND, LISTS, type ListName, META, NEUTRAL, PAST, TOPIC } from './crisis-patterns.js';
import { fold, normalise } from './normalise.js';

/** Why a message is a crisis; the classifier maps kinds to domains. */
export type CrisisKind = 'suicide' | 'self_harm' | 'violence' | 'danger' | 'medical';

const KIND_LISTS: readonly [CrisisKind, ListName][] = [
  ['suicide', 'SUICIDE'], ['self_harm', 'SELF_HARM'], ['violence', 'VIOLENCE'], ['danger', 'DANGER'], ['medical', 'MEDICAL'],
];
const SENTENCE_END = /[.!?;\n]+/u;
const APOSTROPHES_RE = /['’‘`´ʼ]/g;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;
const ARABIC = /[\u0600-\u06ff]/u;

// ---------------------------------------------------------------------------------------------
// Scanner: every entry is filed under the first word its matches start with (or, when that word is
// only a prefix, its first two letters); a message tries an entry only at the words that can start
// it. Entries without a fixed first word are matched over the whole text.

type Filed = [ListName, RegExp][];

const file = (map: Map<string, Filed>, key: string, item: [ListName, RegExp]) => {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
};

/** The keys an entry's matches can start with: `w:word` (whole first word) or `p:xx` (first two letters); null when not fixed. */
function entryKeys(entry: string): string[] | null {
  const keys = new Set<string>();
  const walk = (e: string, acc: string): boolean => {
    if (keys.size > 200) return false;
    if (e === '' || e.startsWith(' ') || e.startsWith('$')) {
      if (acc === '') return false;
      keys.add(`w:${acc}`);
      return true;
    }
    // lookarounds consume nothing: skip them
    if (e.startsWith('(?<!') || e.startsWith('(?<=') || e.startsWith('(?!') || e.startsWith('(?=')) {
      const end = closing(e);
      return end > 0 && walk(e.slice(end + 1), acc);
    }
    if (e.startsWith('(')) {
      const end = closing(e);
      if (end < 0 || /^[?*{+]/.test(e.charAt(end + 1))) return prefixKey(acc);
      const inner = e.slice(e.startsWith('(?:') ? 3 : 1, end);
      return alternatives(inner).every((alt) => walk(alt + e.slice(end + 1), acc));
    }
    // `ij` also matches `y` and `ei` (see lexicon.ts)
    if (e.startsWith('ij') && !/^ij[?*{+]/.test(e)) return ['ij', 'y', 'ei'].every((v) => walk(e.slice(2), acc + v));
    if (/^[^ ()[\]\\.*~?{}+|^$_][?*{+]/.test(e) || /^[*~[\\.?{+|)_^]/.test(e)) return prefixKey(acc);
    return walk(e.slice(1), acc + e.charAt(0));
  };
  const prefixKey = (acc: string): boolean => {
    if (acc.length < 2) return false;
    keys.add(`p:${acc.slice(0, 2)}`);
    return true;
  };
  return walk(fold(entry.replace(/^[!?]/, '')), '') ? [...keys] : null;
}

function closing(e: string): number {
  let depth = 0;
  for (let i = 0; i < e.length; i++) {
    const c = e.charAt(i);
    if (c === '\\') i++;
    else if (c === '[') i = e.indexOf(']', i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
    if (i < 0) return -1;
  }
  return -1;
}

function alternatives(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === '\\') i++;
    else if (c === '[') i = Math.max(i, s.indexOf(']', i));
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

class Scanner {
  private readonly byWord = new Map<string, Filed>();
  private readonly byStart = new Map<string, Filed>();
  private readonly anywhere: Filed = [];
  private readonly arabic: Filed = [];

  constructor(lists: Readonly<Record<ListName, readonly string[]>>) {
    for (const name of Object.keys(lists) as ListName[]) {
      const keyed = new Map<string, string[]>();
      const loose: string[] = [];
      const arabic: string[] = [];
      for (const entry of lists[name]) {
        const keys = entryKeys(entry);
        if (keys) for (const k of keys) (keyed.get(k) ?? keyed.set(k, []).get(k)!).push(entry);
        else (ARABIC.test(entry) && !/[a-z\u0400-\u04ff]/.test(fold(entry)) ? arabic : loose).push(entry);
      }
      for (const [k, entries] of keyed) file(k.startsWith('w:') ? this.byWord : this.byStart, k.slice(2), [name, compileTerms(entries, 'uy')]);
      if (loose.length > 0) this.anywhere.push([name, compileTerms(loose)]);
      if (arabic.length > 0) this.arabic.push([name, compileTerms(arabic)]);
    }
  }

  /** All matches in a normalised text, by list. */
  scan(norm: string): Map<ListName, RegExpExecArray[]> {
    const found = new Map<ListName, RegExpExecArray[]>();
    const keep = (name: ListName, m: RegExpExecArray) => {
      const list = found.get(name);
      if (list) list.push(m);
      else found.set(name, [m]);
    };
    const tryAt = (filed: Filed | undefined, at: number) => {
      if (!filed) return;
      for (const [name, re] of filed) {
        re.lastIndex = at;
        const m = re.exec(norm);
        if (m) keep(name, m);
      }
    };
    for (let at = 0; at < norm.length; ) {
      let end = norm.indexOf(' ', at);
      if (end < 0) end = norm.length;
      tryAt(this.byWord.get(norm.slice(at, end)), at);
      if (end - at >= 2) tryAt(this.byStart.get(norm.slice(at, at + 2)), at);
      at = end + 1;
    }
    const loose = ARABIC.test(norm) ? [...this.anywhere, ...this.arabic] : this.anywhere;
    for (const [name, re] of loose) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(norm)) !== null) {
        keep(name, m);
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    return found;
  }
}

const SCANNER = new Scanner(LISTS);

// ---------------------------------------------------------------------------------------------

/** A message: the text, its normalised form after blanking, and what the scanner found in it. */
interface Msg {
  readonly text: string;
  readonly norm: string;
  readonly found: ReadonlyMap<ListName, RegExpExecArray[]>;
}

/** Blanks out a match but keeps the text's length, so offsets still line up with the sentences. */
const blank = (m: string): string => 'x'.repeat(m.length);

/** Whether at least n different, non-overlapping phrases of a list matched (a name said twice counts once). */
function atLeast(msg: Msg, name: ListName, n: number): boolean {
  const found = msg.found.get(name);
  if (!found || found.length < n) return false;
  const seen = new Set<string>();
  let end = -1;
  for (const m of [...found].sort((a, b) => a.index - b.index)) {
    if (m.index < end || seen.has(m[0])) continue;
    seen.add(m[0]);
    end = m.index + m[0].length;
  }
  return seen.size >= n;
}

/** Start and end of each sentence in the normalised text (normalising sentence by sentence gives the same text). */
function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let at = 0;
  for (const part of fold(text).split(SENTENCE_END)) {
    const norm = part.replace(APOSTROPHES_RE, '').replace(NON_WORD_RE, ' ').trim();
    if (norm === '') continue;
    spans.push([at, at + norm.length]);
    at += norm.length + 1;
  }
  return spans;
}

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** True when every match of the list lies in a sentence that speaks of the past and not of now. */
function onlyInPast(msg: Msg, name: ListName): boolean {
  const found = msg.found.get(name);
  if (!found) return false;
  const spans = sentenceSpans(msg.text);
  return found.every(({ index }) => {
    const span = spans.find(([a, b]) => index >= a && index < b);
    if (!span) return false;
    const sentence = msg.norm.slice(span[0], span[1]);
    return test(PAST, sentence) && !test(CURRENT, sentence);
  });
}

/** A young child who hits or has tantrums is a youth-care question, not domestic violence. */
function childIsAggressor(msg: Msg, has: (name: ListName) => boolean): boolean {
  if (!has('CHILD') || has('ADULT_AGGRESSOR')) return false;
  return has('CHILD_AGGRESSOR') || (has('MY_CHILD') && has('PRONOUN_AGGRESSIVE'));
}

/** Every kind of crisis the message signals, each with the list that found it (null for combined signals). */
function findKinds(msg: Msg): Map<CrisisKind, ListName | null> {
  const has = (name: ListName) => msg.found.has(name);
  const kinds = new Map<CrisisKind, ListName | null>();
  const add = (kind: CrisisKind, name: ListName | null) => { if (!kinds.has(kind)) kinds.set(kind, name); };
  for (const [kind, name] of KIND_LISTS) if (has(name)) add(kind, name);

  const child = has('CHILD');
  if (has('VIOLENCE_WEAK') && !childIsAggressor(msg, has) && !has('ILLNESS_AGGRESSOR')) add('violence', 'VIOLENCE_WEAK');
  if (has('BRUISES') && !has('FALL')) add('violence', 'BRUISES');
  if (has('MISSING') && !has('PET')) add('danger', 'MISSING');
  if (!kinds.has('suicide') && !has('CARER_LOAD')) {
    if (has('WEAK_DESPAIR')) add('suicide', 'WEAK_DESPAIR');
    else if (/nie?t? meer|any ?more/.test(msg.norm) && CANT_GO_ON.test(fold(msg.text))) add('suicide', null);
  }
  if (child && (atLeast(msg, 'NEGLECT_SIGNS', 2) || has('CARER_INCAPACITATED') || has('STRANGER_CONTACT'))) add('violence', null);
  if (has('OUTDOORS') && (child || has('OUTDOOR_DANGER'))) add('danger', null);
  if (has('JUMP') && (has('HEIGHT') || test(HEIGHT_COMPOUND, msg.norm))) add('suicide', null);
  if (atLeast(msg, 'BODY_SIGNS', 2) && (!has('CHRONIC') || has('SUDDEN'))) add('medical', null);
  if (atLeast(msg, 'FAREWELL', 2)) add('suicide', null);
  // domestic violence told without the word: control with fear or rage; a partner, fear and rage; a visitor
  // who will not go; screams with blows next door; a child or dependent adult kept without food or care
  if (has('COERCION') && (has('FEAR') || has('RAGE') || atLeast(msg, 'COERCION', 2))) add('violence', null);
  if (has('ABUSER') && has('FEAR') && has('RAGE')) add('violence', null);
  if (has('PURSUER') && (has('PRESSURE') || has('FEAR'))) add('violence', null);
  if (has('SCREAM') && has('IMPACT')) add('violence', null);
  if (has('DEPRIVE') && (child || has('DEPENDENT'))) add('violence', null);
  if (has('SH_MARKS') && has('SH_SELF')) add('self_harm', null);
  if (has('MEANS') && has('RUMINATION')) add('suicide', null);
  if (has('NOT_FOUND') && !has('PET') && (child || has('DEPENDENT') || has('WANDERED'))) add('danger', null);
  return kinds;
}

/** Whether the message says this kind of danger is not acute, or over. */
function isOver(kind: CrisisKind, name: ListName | null, msg: Msg): boolean {
  const has = (list: ListName) => msg.found.has(list);
  if (has('STRONG_CURRENT')) return false;
  if (has('NO_DANGER')) return true;
  const mind = kind === 'suicide' || kind === 'self_harm';
  if (!mind && has('RESOLVED')) return true;
  if (!has('PAST')) return false;
  if (mind && !has('RECOVERED')) return false;
  return name ? onlyInPast(msg, name) : !has('CURRENT');
}

/** Every kind of crisis the text signals; scans the whole text, however long. */
export function detectCrisisKinds(text: string): CrisisKind[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const whole = normalise(text);
  if (whole === '') return [];
  let norm = whole.replace(NEUTRAL, blank);
  if (test(META, norm)) norm = norm.replace(TOPIC, blank);
  const msg: Msg = { text, norm, found: SCANNER.scan(norm) };
  const kinds: CrisisKind[] = [];
  for (const [kind, name] of findKinds(msg)) if (!isOver(kind, name, msg)) kinds.push(kind);
  return kinds;
}

/** For tuning: the entries that have no fixed first word. */
export const looseEntries = (): string[] => Object.values(LISTS).flatMap((l) => l.filter((e) => entryKeys(e) === null));

/** True when the message may signal acute danger; liberal by design. */
export function detectCrisis(text: string): boolean {
  return detectCrisisKinds(text).length > 0;
}
