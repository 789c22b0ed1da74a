import { fileURLToPath } from 'node:url';
import { createNaastClassifier, loadNluModel } from './nlu-model.js';
import type { Classifier } from './types.js';

/** The committed model that `npm run train` writes. */
export const MODEL_FILE = fileURLToPath(new URL('../../data/nlu/model.json', import.meta.url));

/** Naast's classifier on the committed model; the dialog core only sees the Classifier seam. */
export async function loadDefaultClassifier(file: string = MODEL_FILE): Promise<Classifier> {
  return createNaastClassifier(await loadNluModel(file));
}
