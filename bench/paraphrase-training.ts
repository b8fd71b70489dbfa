import { ALIGN_THRESHOLD } from "../lib/analysis/align";
import { classifyPair } from "../lib/analysis/classify";
import { extractFeatures } from "../lib/analysis/features";
import { fitLogistic, predict } from "../lib/analysis/logistic";
import { pristineNlp, withNlp } from "../lib/analysis/nlp";
import { PAIR_FEATURES, pairFeatures } from "../lib/analysis/paraphrase";
import { mrpcPairs } from "./data";

/** One MRPC pair measured: its label, the model's inputs, and the engine's other two verdicts. */
export interface MeasuredPair {
  label: number;
  row: number[];
  aligned: boolean;
  /** The classifier flags a medium or high discrepancy. */
  flagged: boolean;
}

/** Measured with a tokenizer that has read nothing else, so the bench and the trainer see the same features. */
export function measureMrpc(): MeasuredPair[] {
  return withNlp(pristineNlp(), () => mrpcPairs().map((p) => {
    const a = extractFeatures(p.a);
    const b = extractFeatures(p.b);
    const f = pairFeatures(a, b);
    const flagged = classifyPair({ label: "a", features: a }, { label: "b", features: b }).some((x) => x.severity !== "low");
    return { label: p.label, row: PAIR_FEATURES.map((k) => f[k]), aligned: f.similarity >= ALIGN_THRESHOLD, flagged };
  }));
}

export const FOLDS = 10;

/**
 * k-fold cross-validation: every pair is judged by a model fitted without it (fold = position
 * mod k, so the split is the same on every run). Returns each pair's held-out probability.
 */
export function crossValidate(pairs: readonly MeasuredPair[]): number[] {
  const out = new Array<number>(pairs.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const train = pairs.filter((_, i) => i % FOLDS !== fold);
    const model = fitLogistic(PAIR_FEATURES, train.map((p) => p.row), train.map((p) => p.label));
    pairs.forEach((p, i) => {
      if (i % FOLDS === fold) out[i] = predict(model, p.row);
    });
  }
  return out;
}

export interface Scores {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
}

export function score(predicted: readonly boolean[], labels: readonly number[]): Scores {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  predicted.forEach((yes, i) => {
    const positive = labels[i] === 1;
    if (yes && positive) tp += 1;
    else if (yes) fp += 1;
    else if (positive) fn += 1;
    else tn += 1;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { accuracy: (tp + tn) / Math.max(1, labels.length), precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}

export function formatScores(s: Scores): string {
  return `accuracy ${s.accuracy.toFixed(3)}  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
}
