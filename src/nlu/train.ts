import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { extractFeatures, knownWords, type Features } from './features.js';
import { detectLanguage } from './language.js';
import { fitPlatt, rawScores, trainLinear, type LinearModel } from './linear-model.js';
import { HEADS, type NluModel } from './nlu-model.js';
import type { Example } from './training-data.js';

/** Folds for the held-out predictions that calibration and thresholds are fitted on. */
const FOLDS = 5;

function labelsOf(e: Example): number[] {
  return HEADS.map((h) => (h === 'crisis' ? +e.crisis : h === 'complaint' ? +e.complaint : h === 'out_of_scope' ? +e.out_of_scope : +e.domains.includes(h)));
}

/** The threshold that gives the best F-beta on held-out probabilities (beta > 1 favours recall). */
export function bestThreshold(p: number[], y: number[], beta = 1): number {
  let best = { t: 0.5, f: -1 };
  for (let t = 0.05; t <= 0.95; t += 0.01) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    p.forEach((v, i) => {
      if (v >= t && y[i]) tp++;
      else if (v >= t) fp++;
      else if (y[i]) fn++;
    });
    const b2 = beta * beta;
    const f = tp === 0 ? 0 : ((1 + b2) * tp) / ((1 + b2) * tp + b2 * fn + fp);
    if (f > best.f + 1e-9) best = { t: Math.round(t * 100) / 100, f };
  }
  return best.t;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Trains the model on labelled examples: held-out predictions over five folds give each head its
 * calibration and threshold; the final weights are trained on everything.
 */
export function trainNluModel(examples: Example[], log: (line: string) => void = () => undefined): NluModel {
  const known = knownWords(examples.map((e) => e.text));
  const xs: Features[] = examples.map((e) => extractFeatures(e.text, detectLanguage(e.text), known));
  const ys = examples.map(labelsOf);
  const heads = [...HEADS];

  const oof: number[][] = examples.map(() => []);
  for (let k = 0; k < FOLDS; k++) {
    const trainIdx = examples.map((_, i) => i).filter((i) => i % FOLDS !== k);
    const model = trainLinear(trainIdx.map((i) => xs[i]!), trainIdx.map((i) => ys[i]!), heads);
    const index = new Map(model.features.map((f, i) => [f, i]));
    examples.forEach((_, i) => {
      if (i % FOLDS === k) oof[i] = rawScores(model, index, xs[i]!);
    });
    log(`fold ${k + 1}/${FOLDS} trained`);
  }

  const calibration = heads.map((_, h) => fitPlatt(oof.map((z) => z[h]!), ys.map((y) => y[h]!)));
  const thresholds: Record<string, number> = {};
  heads.forEach((head, h) => {
    const p = oof.map((z) => sigmoid(calibration[h]!.a * z[h]! + calibration[h]!.b));
    // A missed crisis is the worst error: weigh recall four times as much there.
    thresholds[head] = bestThreshold(p, ys.map((y) => y[h]!), head === 'crisis' ? 4 : 1);
  });

  const final: LinearModel = trainLinear(xs, ys, heads);
  final.calibration = calibration;
  // Features that never move a score only make the file bigger.
  const keep = final.weights.map((row, f) => (row.some((w) => Math.abs(w) >= 0.005) || final.features[f] === 'bias' ? f : -1)).filter((f) => f >= 0);
  final.features = keep.map((f) => final.features[f]!);
  final.weights = keep.map((f) => final.weights[f]!);

  const sha256 = createHash('sha256').update(JSON.stringify(examples)).digest('hex');
  return { version: 1, trainedOn: { examples: examples.length, sha256 }, linear: final, thresholds, known: [...known].sort() };
}

/** Writes a model as one JSON line (about a megabyte; it is data, not for reading). */
export async function writeNluModel(file: string, model: NluModel): Promise<void> {
  await writeFile(file, JSON.stringify(model) + '\n');
}
