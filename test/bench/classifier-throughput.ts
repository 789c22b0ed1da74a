/**
 * `npx tsx test/bench/classifier-throughput.ts`: messages per second through the classifier the
 * runtime uses (the committed model), without the dev-set evaluation of `npm run bench:nlu`.
 * The messages are a fixed spread of the training files in data/nlu (every language, domain and
 * length there), so no figure depends on the evaluation set.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadDefaultClassifier } from '../../src/nlu/default-classifier.js';
import { loadTrainingExamples } from '../../src/nlu/training-data.js';
import { envNumber } from './bench-table.js';

const NLU_DIR = fileURLToPath(new URL('../../data/nlu/', import.meta.url));

/** What {@link classifierThroughput} measured. */
export interface ClassifierFigures {
  perSecond: number;
  /** Distinct messages in the rotation. */
  messages: number;
  /** Classifications timed. */
  classified: number;
  seconds: number;
}

/** Every n-th training example, about `size` of them: deterministic, and spread over all the files. */
export async function sampleMessages(size = 500): Promise<string[]> {
  const examples = await loadTrainingExamples(NLU_DIR);
  const stride = Math.max(1, Math.floor(examples.length / size));
  return examples.filter((_, i) => i % stride === 0).map((e) => e.text);
}

/** Classifies the sample over and over for `seconds` (after one untimed pass to warm up). */
export async function classifierThroughput(seconds = envNumber('BENCH_NLU_SECONDS', 3)): Promise<ClassifierFigures> {
  const classifier = await loadDefaultClassifier();
  const texts = await sampleMessages();
  for (const text of texts) classifier.classify(text);
  let n = 0;
  const start = performance.now();
  const until = start + seconds * 1000;
  while (performance.now() < until) {
    // A whole round between clock reads keeps the timer out of the figure.
    for (const text of texts) classifier.classify(text);
    n += texts.length;
  }
  const elapsed = (performance.now() - start) / 1000;
  return { perSecond: n / elapsed, messages: texts.length, classified: n, seconds: elapsed };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const f = await classifierThroughput();
  process.stdout.write(`classifier: ${Math.round(f.perSecond).toLocaleString('en')} messages/s (${f.classified.toLocaleString('en')} classifications of ${f.messages} training messages in ${f.seconds.toFixed(1)} s; target ≥ 2,000)\n`);
}
