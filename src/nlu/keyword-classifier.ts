/** A first, rule-based classifier: lexicon hits per domain plus crisis, complaint, scope and language rules. */
import { detectCrisisKinds, type CrisisKind } from './crisis.js';
import { detectComplaint, detectOutOfScope } from './flags.js';
import { detectLanguage } from './language.js';
import { compileEntry, compileExact, compileTerms, entryKeys, entryTier, LEXICON, type Tier } from './lexicon.js';
import { normalise } from './normalise.js';
import { DOMAINS, type Classification, type Classifier, type LifeDomain } from './types.js';
import { neverSilent } from './never-silent.js';

/** Only this much text is scored for domains and flags; crisis detection reads everything. */
export const MAX_SCORED_CHARS = 5000;

const STRONG = 3;
const NORMAL = 1;
const WEAK = 0.5;
const PHRASE_BONUS = 1;
/** A domain is kept when its raw score reaches this and this share of the best domain's. */
const MIN_RAW = 1;
const MIN_SHARE = 0.4;
/** Raw score from which a domain overrides an off-topic word ("parkeerboete niet betalen"). */
const IN_SCOPE_RAW = 2;
const CRISIS_BOOST = 3;

const TIER_WEIGHT = { strong: STRONG, normal: NORMAL, weak: WEAK } as const;

interface IndexedEntry {
  /** Index into DOMAINS. */
  d: number;
  tier: Tier;
  re: RegExp;
}

interface FreeScan {
  d: number;
  scan: RegExp;
  strong: RegExp;
  weak: RegExp;
}

/**
 * Most entries start with two or three fixed characters: they are indexed by them and tried only at word
 * starts with those characters. The rest ("(cant|cannot) pay", "*rekening") are scanned per domain.
 */
function buildIndex(): { byKey: Map<string, IndexedEntry[]>; free: FreeScan[] } {
  const byKey = new Map<string, IndexedEntry[]>();
  const free: FreeScan[] = [];
  DOMAINS.forEach((domain, d) => {
    const loose: string[] = [];
    for (const entry of [...LEXICON[domain].nl, ...LEXICON[domain].en, ...LEXICON[domain].other]) {
      const keys = entryKeys(entry);
      if (keys === null) {
        loose.push(entry);
        continue;
      }
      const indexed = { d, tier: entryTier(entry), re: compileEntry(entry) };
      for (const k of keys) byKey.set(k, [...(byKey.get(k) ?? []), indexed]);
    }
    if (loose.length > 0) {
      const pick = (t: Tier): string[] => loose.filter((e) => entryTier(e) === t);
      free.push({ d, scan: compileTerms(loose), strong: compileExact(pick('strong')), weak: compileExact(pick('weak')) });
    }
  });
  return { byKey, free };
}

const INDEX = buildIndex();

// A number after "ik ben" or "zoon" is an age unless a unit follows ("ik ben 3 maanden achter").
const NOT_AN_AGE =
  '(?! (?:maanden|maand|weken|week|dagen|dag|keer|euro|uur|months?|weeks?|days?|times|hours?|euros?|jaar (?:getrouwd|samen|bezig|hier|weg|werkloos|ziek)))';
const CHILD = '(zoon|zoontje|dochter|dochtertje|kind|kindje|jongen|meisje|kleinzoon|kleindochter|puber|tiener|broertje|zusje|neefje|nichtje|stiefzoon|stiefdochter|son|daughter|child|kid|boy|girl|grandson|granddaughter)';
const CHILD_AGE_RE = new RegExp(`\\b${CHILD} (van |is |is nu |wordt |is bijna |bijna |of |aged |who is |is now )?(\\d{1,2})\\b${NOT_AN_AGE}`, 'g');
const OWN_AGE_RE = new RegExp(`\\b(ik ben|i am|im) (\\d{1,2})\\b${NOT_AN_AGE}|\\b(\\d{1,2}) (jarige|jarig|year old|years old|yo|jaar oud)\\b`, 'g');
const THIRD_PERSON_RE =
  /\b(zichzelf|haarzelf|hemzelf|herself|himself|themselves|wil hij|wil ze)\b|\b(hij|zij|ze|he|she)( [a-z]+){0,3} (wil|wilt|wants|zegt|says|is|snijdt|krast|cuts)\b/;
const PARTNER_RE = /\b(man|vrouw|partner|vriend|vriendin|ex|echtgenoot|echtgenote|vent|husband|wife|boyfriend|girlfriend)\b/;
const PARENT_HURTS_RE =
  /\b((mijn|mn|my) )?(vader|moeder|stiefvader|stiefmoeder|ouders|pa|ma|papa|mama|father|dad|mother|mum|mom|stepfather|stepdad|stepmother|parents)\b.{0,40}\b(slaat|slaan|schopt|mishandelt|agressief|gewelddadig|hits|beats|kicks|hurts|abuses|violent|aggressive)\b/;

interface AgeContext {
  minor: boolean;
  adultChild: boolean;
}

function ageContext(norm: string): AgeContext {
  let minor = false;
  let adultChild = false;
  for (const m of norm.matchAll(CHILD_AGE_RE)) {
    if (Number(m[3]) < 18) minor = true;
    else adultChild = true;
  }
  for (const m of norm.matchAll(OWN_AGE_RE)) if (Number(m[2] ?? m[3]) < 18) minor = true;
  return { minor, adultChild: adultChild && !minor };
}

interface DomainScore {
  id: LifeDomain;
  raw: number;
  first: number;
}

function weigh(tier: Tier, hit: string): number {
  return TIER_WEIGHT[tier] + (tier === 'normal' && hit.includes(' ') ? PHRASE_BONUS : 0);
}

function scoreLexicon(norm: string): Map<LifeDomain, DomainScore> {
  const list = DOMAINS.map((id) => ({ id, raw: 0, first: Infinity }));
  const seen = new Set<string>();
  const add = (d: number, hit: string, weight: number, at: number): void => {
    const s = list[d];
    const key = `${d}:${hit}`;
    if (!s || seen.has(key)) return;
    seen.add(key);
    s.raw += weight;
    if (at < s.first) s.first = at;
  };
  const hits: string[] = [];
  const tiers: Tier[] = [];
  for (let pos = 0; pos < norm.length; pos = norm.indexOf(' ', pos) + 1 || norm.length) {
    const three = norm.slice(pos, pos + 3);
    const long = three.length === 3 ? INDEX.byKey.get(three) : undefined;
    const short = INDEX.byKey.get(three.slice(0, 2));
    if (!long && !short) continue;
    // Per domain, only the longest entry matching at this word start counts.
    let touched = 0;
    for (const c of [...(long ?? []), ...(short ?? [])]) {
      c.re.lastIndex = pos;
      const m = c.re.exec(norm);
      if (!m) continue;
      const bit = 1 << c.d;
      if (touched & bit && m[0].length <= (hits[c.d]?.length ?? 0)) continue;
      touched |= bit;
      hits[c.d] = m[0];
      tiers[c.d] = c.tier;
    }
    for (let d = 0; touched !== 0; d++, touched >>= 1) {
      if (touched & 1) add(d, hits[d] ?? '', weigh(tiers[d] ?? 'normal', hits[d] ?? ''), pos);
    }
  }
  for (const f of INDEX.free) {
    f.scan.lastIndex = 0;
    for (const m of norm.matchAll(f.scan)) {
      const tier: Tier = f.strong.test(m[0]) ? 'strong' : f.weak.test(m[0]) ? 'weak' : 'normal';
      add(f.d, m[0], weigh(tier, m[0]), m.index);
    }
  }
  return new Map(list.map((s) => [s.id, s]));
}

function boost(scores: Map<LifeDomain, DomainScore>, id: LifeDomain, by: number): void {
  const s = scores.get(id);
  if (s) s.raw += by;
}

/** Applies age and crisis rules: who is at risk decides between care, youth and social_support. */
function adjust(scores: Map<LifeDomain, DomainScore>, norm: string, kinds: readonly CrisisKind[]): void {
  const age = ageContext(norm);
  const youth = scores.get('youth');
  if (youth && age.minor) youth.raw += 1.5;
  if (youth && age.adultChild) youth.raw *= 0.3;
  const childInvolved = age.minor || ((youth?.raw ?? 0) >= NORMAL && !age.adultChild);
  if (kinds.includes('suicide') || kinds.includes('self_harm')) {
    const childAtRisk = age.minor || (childInvolved && THIRD_PERSON_RE.test(norm));
    boost(scores, childAtRisk ? 'youth' : 'care', CRISIS_BOOST);
  }
  if (kinds.includes('violence')) {
    const parentHurts = PARENT_HURTS_RE.test(norm);
    if (childInvolved || parentHurts) boost(scores, 'youth', CRISIS_BOOST);
    if (!parentHurts || PARTNER_RE.test(norm)) boost(scores, 'social_support', CRISIS_BOOST);
  }
  if (kinds.includes('medical')) boost(scores, 'care', CRISIS_BOOST);
}

function rank(scores: Map<LifeDomain, DomainScore>): DomainScore[] {
  const all = [...scores.values()].sort((a, b) => b.raw - a.raw || a.first - b.first);
  const best = all[0]?.raw ?? 0;
  // Only weak hints: still name the best one, so the dialog can ask whether it is right.
  if (best < MIN_RAW) return best > 0 ? all.slice(0, 1) : [];
  return all.filter((s) => s.raw >= MIN_RAW && s.raw >= best * MIN_SHARE);
}

const toScore = (raw: number): number => Math.round((1 - Math.exp(-raw / 2.5)) * 1000) / 1000;

function classifyText(text: string): Classification {
  const kinds = detectCrisisKinds(text);
  const crisis = kinds.length > 0;
  const head = text.slice(0, MAX_SCORED_CHARS);
  const norm = normalise(head);
  const scores = scoreLexicon(norm);
  adjust(scores, norm, kinds);
  const ranked = rank(scores);
  const language = detectLanguage(head);
  const inScope = ranked.some((s) => s.raw >= IN_SCOPE_RAW);
  const outOfScope = !crisis && detectOutOfScope(head, inScope);
  if (outOfScope) return { domains: [], primary: null, crisis: false, complaint: false, outOfScope, language };
  const domains = ranked.map((s) => ({ id: s.id, score: toScore(s.raw) }));
  return { domains, primary: domains[0]?.id ?? null, crisis, complaint: detectComplaint(head), outOfScope, language };
}

/** What the lexicon sees in a message, as features for the learned model: raw score per domain and its ranking. */
export function lexiconView(text: string, kinds: readonly CrisisKind[] = detectCrisisKinds(text)): { scores: Record<LifeDomain, number>; ranking: LifeDomain[] } {
  const head = text.slice(0, MAX_SCORED_CHARS);
  const norm = normalise(head);
  const scores = scoreLexicon(norm);
  adjust(scores, norm, kinds);
  return {
    scores: Object.fromEntries(DOMAINS.map((d) => [d, scores.get(d)?.raw ?? 0])) as Record<LifeDomain, number>,
    ranking: rank(scores).map((s) => s.id),
  };
}

/** Creates the keyword classifier; it never throws and always returns a valid Classification. */
export function createKeywordClassifier(): Classifier {
  return neverSilent(classifyText);
}
