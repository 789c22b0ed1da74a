/**
 * A small one-vs-rest logistic regression over sparse features: every head (a domain or a flag)
 * gets its own probability. Trained with AdaGrad and L2 in a fixed order, so `npm run train`
 * gives the same model each time.
 */

import type { Features } from './features.js';

/** A trained model: feature names, one weight row per feature, a bias and a Platt calibration per head. */
export interface LinearModel {
  heads: string[];
  features: string[];
  /** weights[f][h] for feature f and head h, rounded to keep the file small. */
  weights: number[][];
  /** Platt scaling per head: p = σ(a·z + b) of the raw score z. */
  calibration: { a: number; b: number }[];
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** A feature must occur in at least this many examples to be kept. */
  minCount?: number;
  seed?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, z))));

/** A deterministic random sequence (mulberry32), so training is reproducible. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains one logistic regression per head; labels[i][h] is 1 when example i has head h. */
export function trainLinear(examples: Features[], labels: number[][], heads: string[], options: TrainOptions = {}): LinearModel {
  const { epochs = 30, learningRate = 0.1, l2 = 1e-4, minCount = 2, seed = 20261123 } = options;
  const counts = new Map<string, number>();
  for (const x of examples) for (const name of x.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const features = [...counts].filter(([name, n]) => n >= minCount || name === 'bias' || name.startsWith('lex:')).map(([name]) => name).sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const H = heads.length;
  const w = new Float64Array(features.length * H);
  const g2 = new Float64Array(features.length * H).fill(1e-8);
  // Each example as parallel typed arrays of feature indices and values: the inner loops stay fast.
  const rows = examples.map((x) => {
    const kept = [...x].filter(([name]) => index.has(name));
    return { f: Int32Array.from(kept, ([name]) => index.get(name)!), v: Float64Array.from(kept, ([, v]) => v) };
  });
  const y = labels.map((l) => Float64Array.from(l));

  const random = seeded(seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const { f, v } = rows[i]!;
      const yi = y[i]!;
      for (let h = 0; h < H; h++) {
        let z = 0;
        for (let k = 0; k < f.length; k++) z += w[f[k]! * H + h]! * v[k]!;
        const err = sigmoid(z) - yi[h]!;
        for (let k = 0; k < f.length; k++) {
          const at = f[k]! * H + h;
          const grad = err * v[k]! + l2 * w[at]!;
          g2[at]! += grad * grad;
          w[at]! -= (learningRate * grad) / Math.sqrt(g2[at]!);
        }
      }
    }
  }
  const weights = features.map((_, f) => Array.from(w.subarray(f * H, f * H + H), (x) => Math.round(x * 1e4) / 1e4));
  return { heads, features, weights, calibration: heads.map(() => ({ a: 1, b: 0 })) };
}

/** Raw scores (log-odds before calibration) per head. */
export function rawScores(model: LinearModel, index: ReadonlyMap<string, number>, x: Features): number[] {
  const z = new Array<number>(model.heads.length).fill(0);
  for (const [name, v] of x) {
    const f = index.get(name);
    if (f === undefined) continue;
    const row = model.weights[f]!;
    for (let h = 0; h < z.length; h++) z[h]! += row[h]! * v;
  }
  return z;
}

/** Calibrated probabilities per head. */
export function probabilities(model: LinearModel, index: ReadonlyMap<string, number>, x: Features): number[] {
  return rawScores(model, index, x).map((z, h) => sigmoid(model.calibration[h]!.a * z + model.calibration[h]!.b));
}

/** Fits Platt scaling σ(a·z + b) to held-out raw scores and labels, by Newton-free gradient descent. */
export function fitPlatt(z: number[], y: number[]): { a: number; b: number } {
  // Platt's targets keep the fit away from 0 and 1 on small data.
  const pos = y.filter((v) => v === 1).length;
  const neg = y.length - pos;
  const t = y.map((v) => (v === 1 ? (pos + 1) / (pos + 2) : 1 / (neg + 2)));
  let a = 1;
  let b = 0;
  for (let it = 0; it < 2000; it++) {
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < z.length; i++) {
      const e = sigmoid(a * z[i]! + b) - t[i]!;
      ga += e * z[i]!;
      gb += e;
    }
    a -= (0.5 * ga) / z.length;
    b -= (0.5 * gb) / z.length;
  }
  return { a: Math.round(a * 1e4) / 1e4, b: Math.round(b * 1e4) / 1e4 };
}
