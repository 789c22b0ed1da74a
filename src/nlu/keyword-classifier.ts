/** A first, rule-based classifier: lexicon hits per domain plus crisis, complaint, scope and language rules. */
import { detectCrisisKinds, type CrisisKind } from './crisis.js';
import { detectComplaint, detectOutOfScope } from './flags.js';
import { detectLanguage } from './language.js';
import { compileExact, compileTerms, LEXICON } from './lexicon.js';
import { normalise } from './normalise.js';
import { DOMAINS, type Classification, type Classifier, type LifeDomain } from './types.js';

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

interface CompiledDomain {
  id: LifeDomain;
  scan: RegExp;
  strong: RegExp;
  weak: RegExp;
}

const COMPILED: readonly CompiledDomain[] = DOMAINS.map((id) => {
  const all = [...LEXICON[id].nl, ...LEXICON[id].en, ...LEXICON[id].other];
  return {
    id,
    scan: compileTerms(all),
    strong: compileExact(all.filter((e) => e.startsWith('!'))),
    weak: compileExact(all.filter((e) => e.startsWith('?'))),
  };
});

const CHILD = '(zoon|zoontje|dochter|dochtertje|kind|kindje|jongen|meisje|kleinzoon|kleindochter|puber|tiener|broertje|zusje|neefje|nichtje|stiefzoon|stiefdochter|son|daughter|child|kid|boy|girl|grandson|granddaughter)';
const CHILD_AGE_RE = new RegExp(`\\b${CHILD} (van |is |is nu |wordt |is bijna |bijna |of |aged |who is |is now )?(\\d{1,2})\\b`, 'g');
const OWN_AGE_RE = /\b(ik ben|i am|im) (\d{1,2})\b|\b(\d{1,2}) (jarige|jarig|year old|years old|yo|jaar oud)\b/g;
const THIRD_PERSON_RE = /\b(zichzelf|haarzelf|hemzelf|herself|himself|themselves|hij wil|zij wil|ze wil|wil hij|wil ze|he wants|she wants)\b/;
const PARTNER_RE = /\b(man|vrouw|partner|vriend|vriendin|ex|echtgenoot|echtgenote|vent|husband|wife|boyfriend|girlfriend)\b/;
const PARENT_HURTS_RE =
  /\b(mijn|mn|my) (vader|moeder|stiefvader|stiefmoeder|ouders|pa|ma|papa|mama|father|dad|mother|mum|mom|stepfather|stepdad|stepmother|parents)\b.{0,40}\b(slaat|slaan|schopt|mishandelt|hits|beats|kicks|hurts|abuses)\b/;

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

function scoreLexicon(norm: string): Map<LifeDomain, DomainScore> {
  const scores = new Map<LifeDomain, DomainScore>();
  for (const d of COMPILED) {
    const seen = new Set<string>();
    let raw = 0;
    let first = Infinity;
    d.scan.lastIndex = 0;
    for (const m of norm.matchAll(d.scan)) {
      const hit = m[0];
      if (seen.has(hit)) continue;
      seen.add(hit);
      first = Math.min(first, m.index);
      if (d.strong.test(hit)) raw += STRONG;
      else if (d.weak.test(hit)) raw += WEAK;
      else raw += NORMAL + (hit.includes(' ') ? PHRASE_BONUS : 0);
    }
    scores.set(d.id, { id: d.id, raw, first });
  }
  return scores;
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
  const all = [...scores.values()];
  const best = Math.max(0, ...all.map((s) => s.raw));
  return all
    .filter((s) => s.raw >= MIN_RAW && s.raw >= best * MIN_SHARE)
    .sort((a, b) => b.raw - a.raw || a.first - b.first);
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

/** Creates the keyword classifier; it never throws and always returns a valid Classification. */
export function createKeywordClassifier(): Classifier {
  return {
    classify(text: string): Classification {
      const input = typeof text === 'string' ? text : '';
      try {
        return classifyText(input);
      } catch {
        let crisis = false;
        try {
          crisis = detectCrisisKinds(input).length > 0;
        } catch {
          crisis = false;
        }
        return { domains: [], primary: null, crisis, complaint: false, outOfScope: false, language: 'nl' };
      }
    },
  };
}
