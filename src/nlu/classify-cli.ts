/**
 * `npm run --silent classify`: JSON lines `{"id","text"}` on stdin, one classification line per input on
 * stdout. A malformed line yields `{"id":null,"error":"..."}` and processing goes on. Nothing else on stdout.
 */
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { z } from 'zod';
import { loadDefaultClassifier } from './default-classifier.js';
import type { Classification, Classifier } from './types.js';

const InputLine = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

type OutputLine = ({ id: string | number } & Classification) | { id: null; error: string };

/** Turns one input line into its output line; never throws. */
function classifyLine(classifier: Classifier, line: string): OutputLine {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return { id: null, error: 'line is not valid JSON' };
  }
  const parsed = InputLine.safeParse(data);
  if (!parsed.success) return { id: null, error: 'expected {"id": string, "text": string}' };
  const c = classifier.classify(parsed.data.text);
  return {
    id: parsed.data.id,
    domains: c.domains,
    primary: c.primary,
    crisis: c.crisis,
    complaint: c.complaint,
    outOfScope: c.outOfScope,
    language: c.language,
  };
}

async function main(): Promise<void> {
  const classifier = await loadDefaultClassifier();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    if (!process.stdout.write(JSON.stringify(classifyLine(classifier, line)) + '\n')) await once(process.stdout, 'drain');
  }
}

main().then(
  () => {
    process.exitCode = 0;
  },
  (err: unknown) => {
    process.stderr.write(`classify-cli: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
