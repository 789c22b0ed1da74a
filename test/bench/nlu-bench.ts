/**
 * `npm run bench:nlu`: Naast's classifier and three baselines on the labelled dev set, all measured
 * in one run. Dev is for measuring only: nothing here trains or tunes on it.
 */
import { existsSync } from 'node:fs';
import { createKeywordClassifier } from '../../src/nlu/keyword-classifier.js';
import { createNaastClassifier, loadNluModel } from '../../src/nlu/nlu-model.js';
import { loadTrainingExamples, readExamples, type Example } from '../../src/nlu/training-data.js';
import { trainNaturalBayes, trainNlpjs, type Prediction } from './nlu-baselines.js';

const DEV = process.argv[2] ?? process.env.NAAST_DEV_SET ?? '../shared/eval/dev.jsonl';
if (!existsSync(DEV)) {
  process.stderr.write(`No dev set at ${DEV}: pass its path as the first argument.\n`);
  process.exit(1);
}

interface Scores {
  primary: number;
  microF1: number;
  crisisRecall?: number;
  crisisPrecision?: number;
  complaintF1?: number;
  oosF1: number;
  language?: number;
  perSecond: number;
}

const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

function score(gold: Example[], preds: Prediction[], perSecond: number): Scores {
  const inScope = gold.map((g, i) => [g, preds[i]!] as const).filter(([g]) => !g.out_of_scope);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = new Set((preds[i]!.domains ?? []).map((d) => d.id));
    const want = new Set(g.domains);
    for (const d of p) (want.has(d) ? tp++ : fp++);
    for (const d of want) if (!p.has(d)) fn++;
  });
  const flag = (get: (p: Prediction) => boolean | undefined, want: (g: Example) => boolean) => {
    if (preds.some((p) => get(p) === undefined)) return undefined;
    let t = 0;
    let f = 0;
    let n = 0;
    gold.forEach((g, i) => {
      const said = get(preds[i]!)!;
      if (said && want(g)) t++;
      else if (said) f++;
      else if (want(g)) n++;
    });
    return { recall: t / (t + n || 1), precision: t / (t + f || 1), f1: f1(t, f, n) };
  };
  const crisis = flag((p) => p.crisis, (g) => g.crisis);
  const complaint = flag((p) => p.complaint, (g) => g.complaint);
  const oos = flag((p) => p.outOfScope, (g) => g.out_of_scope)!;
  const hasLanguage = preds.every((p) => p.language !== undefined);
  return {
    primary: inScope.filter(([g, p]) => p.primary === g.domains[0]).length / inScope.length,
    microF1: f1(tp, fp, fn),
    crisisRecall: crisis?.recall,
    crisisPrecision: crisis?.precision,
    complaintF1: complaint?.f1,
    oosF1: oos.f1,
    language: hasLanguage ? gold.filter((g, i) => preds[i]!.language === g.lang).length / gold.length : undefined,
    perSecond,
  };
}

/** Classifies the whole set again and again for at least a second; messages per second. */
async function throughput(texts: string[], run: (t: string) => unknown): Promise<number> {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < 1000 || n < texts.length) {
    await run(texts[n % texts.length]!);
    n++;
  }
  return n / ((performance.now() - start) / 1000);
}

const dev = await readExamples(DEV);
const train = await loadTrainingExamples('data/nlu');
const texts = dev.map((e) => e.text);

const naast = createNaastClassifier(await loadNluModel('data/nlu/model.json'));
const keyword = createKeywordClassifier();
const bayes = trainNaturalBayes(train);
const nlpjs = await trainNlpjs(train);

const systems: [string, (t: string) => Prediction | Promise<Prediction>][] = [
  ['Naast', (t) => naast.classify(t)],
  ['keyword lexicon', (t) => keyword.classify(t)],
  ['natural Bayes', bayes],
  ['nlp.js', nlpjs],
];
const results: [string, Scores][] = [];
for (const [name, run] of systems) {
  const preds: Prediction[] = [];
  for (const t of texts) preds.push(await run(t));
  results.push([name, score(dev, preds, await throughput(texts, run))]);
}

const rows: [string, keyof Scores, string][] = [
  ['primary-domain accuracy (in scope)', 'primary', '≥ 0.90'],
  ['multi-label micro-F1', 'microF1', '≥ 0.85'],
  ['crisis recall', 'crisisRecall', '1.00'],
  ['crisis precision', 'crisisPrecision', '≥ 0.80'],
  ['complaint F1', 'complaintF1', ''],
  ['out-of-scope F1', 'oosF1', ''],
  ['language accuracy', 'language', ''],
  ['messages per second', 'perSecond', '≥ 2,000'],
];
const fmt = (v: number | undefined, key: keyof Scores) => (v === undefined ? '—' : key === 'perSecond' ? Math.round(v).toLocaleString('en') : v.toFixed(3));
const header = ['measure', ...results.map(([n]) => n), 'target'];
const table = rows.map(([label, key, target]) => [label, ...results.map(([, s]) => fmt(s[key], key)), target]);
const widths = header.map((h, c) => Math.max(h.length, ...table.map((r) => r[c]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
process.stdout.write(`NLU on ${DEV}: ${dev.length} messages (${dev.filter((e) => !e.out_of_scope).length} in scope); trained on ${train.length} examples of data/nlu\n\n`);
process.stdout.write([line(header), line(widths.map((w) => '-'.repeat(w))), ...table.map(line)].join('\n') + '\n');
const bestBaseline = Math.max(...results.slice(1).map(([, s]) => s.primary));
process.stdout.write(`\nNaast's primary accuracy is ${((results[0]![1].primary - bestBaseline) * 100).toFixed(1)} points above the best baseline.\n`);
