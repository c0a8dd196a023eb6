// Precision, recall, F1 and the confusion matrix for the patrol labels.

import { LABELS, type PatrolLabel } from "./model.js";

export interface LabelMetrics {
  label: PatrolLabel;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Evaluation {
  /** confusion[actual][predicted], indices in LABELS order. */
  confusion: number[][];
  perLabel: LabelMetrics[];
  accuracy: number;
}

export function evaluate(pairs: readonly { actual: PatrolLabel; predicted: PatrolLabel }[]): Evaluation {
  const confusion = LABELS.map(() => LABELS.map(() => 0));
  for (const { actual, predicted } of pairs) confusion[LABELS.indexOf(actual)]![LABELS.indexOf(predicted)]! += 1;
  const perLabel = LABELS.map((label, k): LabelMetrics => {
    const truePositives = confusion[k]![k]!;
    const predictedCount = confusion.reduce((sum, row) => sum + row[k]!, 0);
    const support = confusion[k]!.reduce((sum, n) => sum + n, 0);
    const precision = predictedCount === 0 ? 0 : truePositives / predictedCount;
    const recall = support === 0 ? 0 : truePositives / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support };
  });
  const correct = LABELS.reduce((sum, _, k) => sum + confusion[k]![k]!, 0);
  return { confusion, perLabel, accuracy: pairs.length === 0 ? 0 : correct / pairs.length };
}

export function formatEvaluation(title: string, evaluation: Evaluation): string {
  const pad = (s: string, n: number): string => s.padEnd(n);
  const num = (x: number): string => x.toFixed(3).padStart(9);
  const lines = [
    title,
    `${pad("label", 12)}${"precision".padStart(9)}${"recall".padStart(9)}${"f1".padStart(9)}${"support".padStart(9)}`,
    ...evaluation.perLabel.map((m) => `${pad(m.label, 12)}${num(m.precision)}${num(m.recall)}${num(m.f1)}${String(m.support).padStart(9)}`),
    `accuracy ${evaluation.accuracy.toFixed(3)}`,
    "confusion (rows: actual, columns: predicted)",
    `${pad("", 12)}${LABELS.map((l) => l.padStart(12)).join("")}`,
    ...LABELS.map((label, k) => `${pad(label, 12)}${evaluation.confusion[k]!.map((n) => String(n).padStart(12)).join("")}`),
  ];
  return lines.join("\n");
}
