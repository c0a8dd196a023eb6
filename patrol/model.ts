// Multinomial logistic regression (softmax) over the sparse patrol features. Trained by mini-batch gradient
// descent with seeded shuffling and a fixed number of epochs, so the same corpus always gives the same
// weights. Lexicon features are regularised towards their lexicon weight instead of towards zero: the
// lexicon is the prior, the corpus the evidence.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import {
  LEXICON_LABELS,
  extractFeatures,
  featureKind,
  featureName,
  lexiconFeature,
  lexiconTotalFeature,
  type FeatureKind,
} from "./features.js";
import { LEXICON, LEXICON_BY_TERM, type LexiconEntry } from "./lexicon.js";

export { extractIdentifiers, type ContactIdentifier, type IdentifierKind } from "./identifiers.js";

export const LABELS = ["DRUG_SALE", "RECRUITMENT", "NONE"] as const;
export type PatrolLabel = (typeof LABELS)[number];
export const MODEL_FORMAT = 1;

export interface PatrolScore {
  label: PatrolLabel;
  score: number;
}

export interface PatrolEvidence {
  /** The n-gram, token or lexicon term (normalised text: lower case, hiragana, digits as 0 in n-grams). */
  feature: string;
  kind: FeatureKind;
  /** How much the feature raised the winning label's logit over the runner-up's. */
  weight: number;
  gloss?: string;
}

export interface PatrolResult {
  label: PatrolLabel;
  /** Softmax probabilities, highest first. */
  scores: PatrolScore[];
  /** Top features for the winning label, strongest first. */
  evidence: PatrolEvidence[];
}

export interface TrainingExample {
  text: string;
  label: PatrolLabel;
}

export interface TrainingOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** L2 strength, towards the lexicon prior for lexicon features and towards 0 otherwise. */
  l2: number;
  /** Keep an n-gram or token only if it occurs in at least this many training posts. */
  minDocumentFrequency: number;
  /**
   * Share of a post's features hidden at each visit (inverted dropout). Training posts carry many cues at
   * once; hiding some teaches the model that a post with only one or two cues can still be positive.
   */
  featureDropout: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  epochs: 40,
  batchSize: 8,
  learningRate: 0.5,
  l2: 0.001,
  minDocumentFrequency: 2,
  featureDropout: 0.5,
  seed: 20241025,
};

export interface PatrolModel {
  format: number;
  /** Hash of the weights: records which model scored a message. */
  version: string;
  labels: PatrolLabel[];
  trainingDataSha256: string;
  trainingPosts: number;
  lexiconSha256: string;
  hyperparameters: TrainingOptions;
  bias: number[];
  /** feature → weight per label, in the order of `labels`. */
  weights: Record<string, number[]>;
}

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** Fingerprint of the lexicon, to detect a lexicon edited without retraining. */
export function lexiconSha256(lexicon: readonly LexiconEntry[] = LEXICON): string {
  return sha256(JSON.stringify(lexicon, (_key, value: unknown) => (value instanceof RegExp ? `/${value.source}/${value.flags}` : value)));
}

/** Fingerprint of the training examples in order. */
export function trainingDataSha256(examples: readonly TrainingExample[]): string {
  return sha256(examples.map((e) => JSON.stringify([e.label, e.text])).join("\n"));
}

function lexiconPrior(entry: LexiconEntry): number[] {
  const prior = LABELS.map(() => 0);
  const set = (label: PatrolLabel): void => {
    prior[LABELS.indexOf(label)] = entry.weight;
  };
  if (entry.label === "CONTACT") {
    set("DRUG_SALE");
    set("RECRUITMENT");
  } else {
    set(entry.label);
  }
  return prior;
}

/** Deterministic PRNG (mulberry32), for shuffling. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (x: number, digits = 4): number => {
  const factor = 10 ** digits;
  const r = Math.round(x * factor) / factor;
  return Object.is(r, -0) ? 0 : r;
};

interface EncodedExample {
  indices: Int32Array;
  values: Float64Array;
  label: number;
}

export function trainModel(examples: readonly TrainingExample[], options: Partial<TrainingOptions> = {}): PatrolModel {
  const opts: TrainingOptions = { ...DEFAULT_TRAINING, ...options };
  const K = LABELS.length;
  const featurised = examples.map((e) => ({ features: extractFeatures(e.text), label: LABELS.indexOf(e.label) }));
  if (featurised.some((e) => e.label < 0)) throw new Error("unknown label in training data");

  // Vocabulary: every lexicon entry (so unseen slang still carries its prior) plus frequent surface features.
  const documentFrequency = new Map<string, number>();
  for (const { features } of featurised) {
    for (const feature of features.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  }
  const vocabulary = new Set([...LEXICON.map(lexiconFeature), ...LEXICON_LABELS.map(lexiconTotalFeature)]);
  for (const [feature, df] of documentFrequency) {
    if (df >= opts.minDocumentFrequency) vocabulary.add(feature);
  }
  const features = [...vocabulary].sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const V = features.length;

  const prior = new Float64Array(V * K);
  for (const entry of LEXICON) {
    const i = index.get(lexiconFeature(entry))!;
    lexiconPrior(entry).forEach((w, k) => (prior[i * K + k] = w));
  }
  const weights = Float64Array.from(prior);
  const bias = new Float64Array(K);

  const encoded: EncodedExample[] = featurised.map(({ features: sparse, label }) => {
    const kept = [...sparse].filter(([f]) => index.has(f));
    return {
      indices: Int32Array.from(kept.map(([f]) => index.get(f)!)),
      values: Float64Array.from(kept.map(([, v]) => v)),
      label,
    };
  });

  const random = seededRandom(opts.seed);
  const order = encoded.map((_, i) => i);
  const logits = new Float64Array(K);
  const probabilities = new Float64Array(K);
  const gradient = new Map<number, Float64Array>();
  const biasGradient = new Float64Array(K);

  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = opts.learningRate / (1 + epoch / 10);
    for (let start = 0; start < order.length; start += opts.batchSize) {
      const batch = order.slice(start, start + opts.batchSize);
      gradient.clear();
      biasGradient.fill(0);
      for (const n of batch) {
        const example = dropFeatures(encoded[n]!, opts.featureDropout, random);
        softmaxInto(example, weights, bias, logits, probabilities);
        for (let k = 0; k < K; k++) {
          const error = probabilities[k]! - (k === example.label ? 1 : 0);
          biasGradient[k]! += error;
          for (let t = 0; t < example.indices.length; t++) {
            const f = example.indices[t]!;
            let g = gradient.get(f);
            if (!g) gradient.set(f, (g = new Float64Array(K)));
            g[k]! += error * example.values[t]!;
          }
        }
      }
      const step = rate / batch.length;
      // L2 towards the prior, applied to every weight once per batch.
      const shrink = rate * opts.l2;
      for (let w = 0; w < weights.length; w++) weights[w]! -= shrink * (weights[w]! - prior[w]!);
      for (const [f, g] of gradient) {
        for (let k = 0; k < K; k++) weights[f * K + k]! -= step * g[k]!;
      }
      for (let k = 0; k < K; k++) bias[k]! -= step * biasGradient[k]!;
    }
  }

  const weightTable: Record<string, number[]> = {};
  features.forEach((feature, i) => {
    const row = LABELS.map((_, k) => round(weights[i * K + k]!));
    // Surface features that ended up near zero for every label only cost file size.
    if (featureKind(feature) !== "lexicon" && row.every((w) => Math.abs(w) < 0.0005)) return;
    weightTable[feature] = row;
  });
  const roundedBias = [...bias].map((b) => round(b));
  return {
    format: MODEL_FORMAT,
    version: sha256(JSON.stringify([roundedBias, weightTable])).slice(0, 12),
    labels: [...LABELS],
    trainingDataSha256: trainingDataSha256(examples),
    trainingPosts: examples.length,
    lexiconSha256: lexiconSha256(),
    hyperparameters: opts,
    bias: roundedBias,
    weights: weightTable,
  };
}

function dropFeatures(example: EncodedExample, rate: number, random: () => number): EncodedExample {
  if (rate <= 0) return example;
  const keep = 1 / (1 - rate);
  const indices: number[] = [];
  const values: number[] = [];
  for (let t = 0; t < example.indices.length; t++) {
    if (random() < rate) continue;
    indices.push(example.indices[t]!);
    values.push(example.values[t]! * keep);
  }
  return { indices: Int32Array.from(indices), values: Float64Array.from(values), label: example.label };
}

function softmaxInto(
  example: EncodedExample,
  weights: Float64Array,
  bias: Float64Array,
  logits: Float64Array,
  probabilities: Float64Array,
): void {
  const K = logits.length;
  for (let k = 0; k < K; k++) logits[k] = bias[k]!;
  for (let t = 0; t < example.indices.length; t++) {
    const base = example.indices[t]! * K;
    const value = example.values[t]!;
    for (let k = 0; k < K; k++) logits[k]! += weights[base + k]! * value;
  }
  softmax(logits, probabilities);
}

function softmax(logits: ArrayLike<number>, out: Float64Array): void {
  let max = -Infinity;
  for (let k = 0; k < logits.length; k++) max = Math.max(max, logits[k]!);
  let sum = 0;
  for (let k = 0; k < logits.length; k++) sum += out[k] = Math.exp(logits[k]! - max);
  for (let k = 0; k < logits.length; k++) out[k]! /= sum;
}

const EVIDENCE_SIZE = 8;

/** Scores one post with the given model. */
export function scoreWithModel(model: PatrolModel, text: string): PatrolResult {
  const K = model.labels.length;
  const present: [string, number, number[]][] = [];
  for (const [feature, value] of extractFeatures(text)) {
    const row = model.weights[feature];
    if (row) present.push([feature, value, row]);
  }
  const logits = [...model.bias];
  for (const [, value, row] of present) for (let k = 0; k < K; k++) logits[k]! += row[k]! * value;
  const probabilities = new Float64Array(K);
  softmax(logits, probabilities);

  const ranked = model.labels.map((label, k) => ({ label, k, score: probabilities[k]! })).sort((a, b) => b.score - a.score || a.k - b.k);
  const winner = ranked[0]!;
  const runnerUp = ranked[1]!;
  const evidence = present
    .map(([feature, value, row]) => ({ feature, contribution: value * (row[winner.k]! - row[runnerUp.k]!) }))
    .filter(({ contribution }) => contribution > 0)
    .sort((a, b) => b.contribution - a.contribution || (a.feature < b.feature ? -1 : 1))
    .slice(0, EVIDENCE_SIZE)
    .map(({ feature, contribution }): PatrolEvidence => {
      const kind = featureKind(feature);
      const name = featureName(feature);
      const gloss = feature.startsWith("s:")
        ? "sum of the weights of the matched lexicon entries of this label"
        : kind === "lexicon"
          ? LEXICON_BY_TERM.get(name)?.gloss
          : undefined;
      return { feature: name, kind, weight: round(contribution), ...(gloss ? { gloss } : {}) };
    });

  return {
    label: winner.label,
    scores: ranked.map(({ label, score }) => ({ label, score: round(score) })),
    evidence,
  };
}

/** The model file shipped with the code, written by `npm run patrol:train`. */
export const SHIPPED_MODEL_URL = new URL("./model.json", import.meta.url);

let shippedModel: PatrolModel | undefined;

/** The shipped model, read once on first use. */
export function loadShippedModel(): PatrolModel {
  shippedModel ??= parseModel(readFileSync(SHIPPED_MODEL_URL, "utf8"));
  return shippedModel;
}

export function parseModel(json: string): PatrolModel {
  const model = JSON.parse(json) as PatrolModel;
  if (model.format !== MODEL_FORMAT) throw new Error(`unsupported patrol model format ${String(model.format)}`);
  if (model.labels.join() !== LABELS.join()) throw new Error("patrol model labels do not match the code");
  return model;
}

/**
 * Scores a post with the shipped model. `lang` is accepted for the API contract; the features are
 * script-based and work on mixed Japanese and English text, so it does not change the result.
 */
export function scorePost(text: string, lang?: string): PatrolResult {
  void lang;
  return scoreWithModel(loadShippedModel(), text);
}

/** Stable JSON, one feature per line so retraining gives a readable diff. */
export function serialiseModel(model: PatrolModel): string {
  const { weights, ...header } = model;
  const lines = Object.entries(weights).map(([feature, row]) => `    ${JSON.stringify(feature)}: ${JSON.stringify(row)}`);
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, "");
  return `${head},\n  "weights": {\n${lines.join(",\n")}\n  }\n}\n`;
}
