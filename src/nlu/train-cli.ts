import { loadTrainingExamples } from './training-data.js';
import { trainNluModel, writeNluModel } from './train.js';

/** `npm run train`: trains the NLU on data/nlu/train-*.jsonl and writes data/nlu/model.json. */
const dir = process.argv[2] ?? 'data/nlu';
const started = performance.now();
const examples = await loadTrainingExamples(dir);
const model = trainNluModel(examples, (line) => process.stderr.write(line + '\n'));
await writeNluModel(`${dir}/model.json`, model);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(`trained on ${examples.length} examples in ${seconds} s: ${model.linear.features.length} features, thresholds ${JSON.stringify(model.thresholds)}\n`);
