import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { detectCrisisKinds, type CrisisKind } from './crisis.js';
import { extractFeatures, hasTopicWords } from './features.js';
import { detectComplaint, detectOutOfScope } from './flags.js';
import { detectLanguage } from './language.js';
import { neverSilent } from './never-silent.js';
import { probabilities, type LinearModel } from './linear-model.js';
import { DOMAINS, type Classification, type Classifier, type DetectedLanguage, type LifeDomain } from './types.js';

const FIRST = DOMAINS.map((d) => `first:${d}` as const);

/**
 * The heads of the model: whether each domain applies, the three flags, and which domain leads
 * (a resident's story often touches several; "first:" heads learn which need comes first).
 */
export const HEADS = [...DOMAINS, 'crisis', 'complaint', 'out_of_scope', ...FIRST] as const;
export type Head = (typeof HEADS)[number];

const logit = (p: number) => Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6));

/** What `npm run train` writes and start-up reads. */
export const NluModelSchema = z.object({
  version: z.literal(1),
  trainedOn: z.object({ examples: z.number(), sha256: z.string() }),
  linear: z.object({
    heads: z.array(z.string()),
    features: z.array(z.string()),
    weights: z.array(z.array(z.number())),
    calibration: z.array(z.object({ a: z.number(), b: z.number() })),
  }),
  /** Calibrated probability from which a head applies. */
  thresholds: z.record(z.string(), z.number()),
  /** Words of the training data, for splitting compounds. */
  known: z.array(z.string()),
  /** How much the "first:" heads weigh against "applies" when ordering domains; chosen on held-out data. */
  leadWeight: z.number().nonnegative().default(1),
});
export type NluModel = z.infer<typeof NluModelSchema>;

/** Reads and checks a trained model file. */
export async function loadNluModel(file: string): Promise<NluModel> {
  return NluModelSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

/** A domain under its threshold is still named when it is this likely and nothing else is: the dialog asks. */
const FALLBACK_MIN = 0.25;
/** A domain this likely keeps a message in scope whatever the out-of-scope head says. */
const SURELY_IN_SCOPE = 0.8;

/** What the hand-written rules say about a message; a rule hit always counts. */
export interface RuleSignals {
  crisis: boolean;
  complaint: boolean;
  /** The message names a topic; without one the model would only guess, so the dialog asks. */
  topic: boolean;
  /** The out-of-scope rules, told whether the model found a domain. */
  outOfScope(domainsFound: boolean): boolean;
}

/** The rules' view of a message (only its first 5,000 characters for complaint and scope). */
export function ruleSignals(text: string, crisisKinds: readonly CrisisKind[] = detectCrisisKinds(text)): RuleSignals {
  const head = text.slice(0, 5000);
  return { crisis: crisisKinds.length > 0, complaint: detectComplaint(head), topic: hasTopicWords(head), outOfScope: (found) => detectOutOfScope(head, found) };
}

/** Combines the model's probabilities (in HEADS order) with the rules into one answer. */
export function decide(
  p: readonly number[],
  rules: RuleSignals,
  thresholds: Readonly<Record<string, number>>,
  language: DetectedLanguage,
  leadWeight = 1,
): Classification {
  const threshold = (h: string) => thresholds[h] ?? 0.5;
  const at = (h: Head) => HEADS.indexOf(h);
  const crisis = rules.crisis || p[at('crisis')]! >= threshold('crisis');
  // Order by "applies" and "leads" together; keep by "applies" alone.
  const lead = (i: number) => logit(p[i]!) + leadWeight * logit(p[at(FIRST[i]!)]!);
  const ranked = DOMAINS.map((d, i) => ({ id: d as LifeDomain, score: Math.round(p[i]! * 1000) / 1000, lead: lead(i) }))
    .sort((a, b) => b.lead - a.lead)
    .map(({ id, score }) => ({ id, score }));
  let domains = rules.topic ? ranked.filter((d) => d.score >= threshold(d.id)) : [];
  if (domains.length === 0 && rules.topic && ranked[0]!.score >= FALLBACK_MIN) domains = [ranked[0]!];
  const sure = domains.some((d) => d.score >= SURELY_IN_SCOPE);
  const outOfScope = !crisis && !sure && (p[at('out_of_scope')]! >= threshold('out_of_scope') || rules.outOfScope(domains.length > 0 && domains[0]!.score >= 0.5));
  if (outOfScope) return { domains: [], primary: null, crisis: false, complaint: false, outOfScope, language };
  const complaint = rules.complaint || p[at('complaint')]! >= threshold('complaint');
  // With a topic but no domain sure enough, the best guess is still the primary; the dialog asks anyway.
  const primary = domains[0]?.id ?? (rules.topic ? ranked[0]!.id : null);
  return { domains, primary, crisis, complaint, outOfScope, language };
}

/**
 * Naast's classifier: a calibrated linear model over stems, bigrams, character n-grams and the
 * lexicon, with the crisis, complaint and scope rules as a safety net.
 */
export function createNaastClassifier(model: NluModel): Classifier {
  const linear = model.linear as LinearModel;
  const index = new Map(linear.features.map((f, i) => [f, i]));
  const known = new Set(model.known);

  function classify(text: string): Classification {
    const language = detectLanguage(text);
    const kinds = detectCrisisKinds(text);
    const p = probabilities(linear, index, extractFeatures(text, language, known, kinds));
    return decide(p, ruleSignals(text, kinds), model.thresholds, language, model.leadWeight);
  }

  return neverSilent(classify);
}
