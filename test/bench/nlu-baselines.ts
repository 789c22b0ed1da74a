import { createRequire } from 'node:module';
import { containerBootstrap, type NlpjsNlp } from '@nlpjs/core';
import { Nlp } from '@nlpjs/nlp';
import { LangEn } from '@nlpjs/lang-en';
import { LangNl } from '@nlpjs/lang-nl';
import '../../src/nlu/natural.js';
import { detectLanguage } from '../../src/nlu/language.js';
import type { Example } from '../../src/nlu/training-data.js';
import type { Classification, LifeDomain } from '../../src/nlu/types.js';

const require = createRequire(import.meta.url);
const OOS = 'out_of_scope';

/** What a baseline predicts; flags it cannot predict are undefined. */
export type Prediction = Partial<Classification> & { primary: LifeDomain | null };

/** The intent a single-label baseline learns: the first domain, or out of scope. */
const intentOf = (e: Example) => (e.out_of_scope ? OOS : (e.domains[0] ?? OOS));
const toPrediction = (label: string): Prediction => (label === OOS ? { primary: null, domains: [], outOfScope: true } : { primary: label as LifeDomain, domains: [{ id: label as LifeDomain, score: 1 }], outOfScope: false });

interface NaturalBayes {
  addDocument(text: string[], label: string): void;
  train(): void;
  classify(tokens: string[]): string;
}

/** natural's plain BayesClassifier on raw lower-case tokens: one for the domain, one per flag. */
export function trainNaturalBayes(examples: Example[]): (text: string) => Prediction {
  const { BayesClassifier } = require('natural') as { BayesClassifier: new () => NaturalBayes };
  const raw = (t: string) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 300);
  const make = (label: (e: Example) => string) => {
    const c = new BayesClassifier();
    for (const e of examples) if (raw(e.text).length) c.addDocument(raw(e.text), label(e));
    c.train();
    return c;
  };
  const domain = make(intentOf);
  const crisis = make((e) => String(e.crisis));
  const complaint = make((e) => String(e.complaint));
  return (text) => {
    const tokens = raw(text);
    if (!tokens.length) return { ...toPrediction(OOS), crisis: false, complaint: false };
    const p = toPrediction(domain.classify(tokens));
    return { ...p, crisis: crisis.classify(tokens) === 'true', complaint: p.outOfScope ? false : complaint.classify(tokens) === 'true' };
  };
}

/** Runs nlp.js with its console chatter (epochs, "only stop words") silenced. */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const { log, warn } = console;
  console.log = () => undefined;
  console.warn = () => undefined;
  try {
    return await work();
  } finally {
    console.log = log;
    console.warn = warn;
  }
}

async function nlpjs(examples: Example[], label: (e: Example) => string): Promise<NlpjsNlp> {
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LangNl);
  container.use(LangEn);
  const nlp = container.get('nlp');
  nlp.settings.autoSave = false;
  nlp.settings.log = false;
  nlp.settings.nlu = { log: false };
  nlp.addLanguage('nl');
  nlp.addLanguage('en');
  for (const e of examples) if (e.text.trim()) nlp.addDocument(e.lang === 'en' ? 'en' : 'nl', e.text, label(e));
  await quietly(() => nlp.train()); // its trainer prints every epoch
  return nlp;
}

/** nlp.js (its Dutch and English pipelines), the well-known open-source intent classifier, trained the same way. */
export async function trainNlpjs(examples: Example[]): Promise<(text: string) => Promise<Prediction>> {
  const [domain, crisis, complaint] = await Promise.all([
    nlpjs(examples, intentOf),
    nlpjs(examples, (e) => (e.crisis ? 'crisis' : 'None')),
    nlpjs(examples, (e) => (e.complaint ? 'complaint' : 'None')),
  ]);
  return async (text) => {
    const lang = detectLanguage(text) === 'en' ? 'en' : 'nl';
    const d = await quietly(() => domain.process(lang, text));
    // nlp.js answers "None" when nothing fits: that is its out of scope.
    const p = toPrediction(d.intent === 'None' || d.intent === OOS ? OOS : d.intent);
    const c = (await quietly(() => crisis.process(lang, text))).intent === 'crisis';
    return { ...p, crisis: c, complaint: !p.outOfScope && (await quietly(() => complaint.process(lang, text))).intent === 'complaint' };
  };
}
