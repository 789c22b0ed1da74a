import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DOMAINS } from './types.js';

/** One labelled resident message, by the labelling rules of the evaluation set. */
export const ExampleSchema = z.strictObject({
  id: z.string().optional(),
  text: z.string(),
  lang: z.enum(['nl', 'en', 'tr', 'ar', 'pl', 'uk']),
  domains: z.array(z.enum(DOMAINS)),
  primary: z.enum(DOMAINS).nullable().optional(),
  crisis: z.boolean(),
  complaint: z.boolean(),
  out_of_scope: z.boolean(),
  source: z.string(),
});
export type Example = z.infer<typeof ExampleSchema>;

/** A labelled line that does not fit the schema; names the file and line. */
export class TrainingDataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'TrainingDataError';
  }
}

/** Reads JSON-lines examples from one file. */
export async function readExamples(file: string): Promise<Example[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const out: Example[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      throw new TrainingDataError(file, i + 1, 'not valid JSON');
    }
    const parsed = ExampleSchema.safeParse(data);
    if (!parsed.success) throw new TrainingDataError(file, i + 1, parsed.error.issues.map((e) => `${e.path.join('.')}: ${e.message}`).join('; '));
    out.push(parsed.data);
  });
  return out;
}

/** Every `train-*.jsonl` in the folder, in name order, so training is reproducible. */
export async function loadTrainingExamples(dir: string): Promise<Example[]> {
  const files = (await readdir(dir)).filter((f) => /^train-.*\.jsonl$/.test(f)).sort();
  return (await Promise.all(files.map((f) => readExamples(join(dir, f))))).flat();
}
