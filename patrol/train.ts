// npm run patrol:train — trains the patrol model on the train split of seeds/patrol/corpus.jsonl and writes
// patrol/model.json. Deterministic: the same corpus, lexicon and code give the same file byte for byte.

import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CORPUS_URL, readCorpus, splitOf } from "./dataset.js";
import { SHIPPED_MODEL_URL, serialiseModel, trainModel } from "./model.js";

const started = performance.now();
const corpus = readCorpus(CORPUS_URL);
for (const post of corpus) {
  if (post.split !== undefined && post.split !== splitOf(post.id)) {
    throw new Error(`${post.id}: split "${post.split}" disagrees with the hash split; regenerate with npx tsx patrol/corpus.ts`);
  }
}
const training = corpus.filter((post) => splitOf(post.id) === "train");
const model = trainModel(training.map(({ text, label }) => ({ text, label })));
writeFileSync(SHIPPED_MODEL_URL, serialiseModel(model));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `trained patrol model ${model.version} on ${training.length} of ${corpus.length} posts ` +
    `(${Object.keys(model.weights).length} features) in ${seconds}s → ${fileURLToPath(SHIPPED_MODEL_URL)}`,
);
