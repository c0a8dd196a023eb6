// npm run patrol:eval — scores the held-out split of seeds/patrol/corpus.jsonl and seeds/patrol/unseen.jsonl
// (wording the templates never produce) with the shipped model and prints per-label precision, recall, F1
// and the confusion matrix. Neither set is used in training.

import { CORPUS_URL, UNSEEN_URL, readCorpus, splitOf, type CorpusPost } from "./dataset.js";
import { formatEvaluation, evaluate } from "./metrics.js";
import { lexiconSha256, loadShippedModel, scoreWithModel, trainingDataSha256 } from "./model.js";

const model = loadShippedModel();
const corpus = readCorpus(CORPUS_URL);
const training = corpus.filter((post) => splitOf(post.id) === "train");
if (trainingDataSha256(training) !== model.trainingDataSha256) {
  console.warn("warning: patrol/model.json was not trained on the current corpus; run npm run patrol:train");
}
if (lexiconSha256() !== model.lexiconSha256) {
  console.warn("warning: patrol/lexicon.ts changed since patrol/model.json was trained; run npm run patrol:train");
}
console.log(`patrol model ${model.version}, trained on ${model.trainingPosts} posts\n`);

const verbose = process.argv.includes("--errors");
function report(title: string, posts: readonly CorpusPost[]): void {
  const pairs = posts.map((post) => ({ post, actual: post.label, predicted: scoreWithModel(model, post.text).label }));
  console.log(formatEvaluation(`${title} (${posts.length} posts)`, evaluate(pairs)));
  const errors = pairs.filter((p) => p.actual !== p.predicted);
  if (verbose) {
    for (const { post, predicted } of errors) console.log(`  ✗ ${post.id} ${post.label} → ${predicted}: ${post.text}`);
  } else if (errors.length > 0) {
    console.log(`${errors.length} misclassified (list them with: npm run patrol:eval -- --errors)`);
  }
  console.log("");
}

report("held-out split of seeds/patrol/corpus.jsonl", corpus.filter((post) => splitOf(post.id) === "test"));
const unseen = readCorpus(UNSEEN_URL);
report("seeds/patrol/unseen.jsonl", unseen);
// The unseen2-* posts were written after the last change to the lexicon, features and hyperparameters,
// so nothing was adjusted to them: the most honest figure for wording the model has never seen.
report("of which unseen2-* (written after tuning)", unseen.filter((post) => post.id.startsWith("unseen2-")));
