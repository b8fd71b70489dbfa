/**
 * A logistic model over standardised features: the probability that two aligned
 * sentences state the same facts. Trained offline by `npm run train:paraphrase`
 * (bench/train-paraphrase.ts); this file only evaluates and fits it, with no I/O.
 */
export interface LogisticModel {
  features: readonly string[];
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
}

export function predict(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i += 1) {
    z += (model.weights[i] ?? 0) * (((x[i] ?? 0) - (model.mean[i] ?? 0)) / (model.scale[i] || 1));
  }
  return 1 / (1 + Math.exp(-z));
}

/** Solve A x = b by Gaussian elimination with partial pivoting (A is small and positive definite here). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c += 1) {
    let pivot = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] ?? [], m[c] ?? []];
    const row = m[c] ?? [];
    const p = row[c] ?? 1;
    for (let r = c + 1; r < n; r += 1) {
      const other = m[r] ?? [];
      const f = (other[c] ?? 0) / p;
      for (let k = c; k <= n; k += 1) other[k] = (other[k] ?? 0) - f * (row[k] ?? 0);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r -= 1) {
    const row = m[r] ?? [];
    let s = row[n] ?? 0;
    for (let k = r + 1; k < n; k += 1) s -= (row[k] ?? 0) * (x[k] ?? 0);
    x[r] = s / (row[r] ?? 1);
  }
  return x;
}

/** L2-regularised maximum likelihood by Newton's method; deterministic for the same rows. */
export function fitLogistic(features: readonly string[], rows: readonly (readonly number[])[], labels: readonly number[], lambda = 1): LogisticModel {
  const d = features.length;
  const n = rows.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of rows) for (let j = 0; j < d; j += 1) mean[j] = (mean[j] ?? 0) + (row[j] ?? 0) / n;
  for (const row of rows) for (let j = 0; j < d; j += 1) scale[j] = (scale[j] ?? 0) + ((row[j] ?? 0) - (mean[j] ?? 0)) ** 2 / n;
  for (let j = 0; j < d; j += 1) scale[j] = Math.sqrt(scale[j] ?? 0) || 1;
  const z = rows.map((row) => [...row.map((v, j) => (v - (mean[j] ?? 0)) / (scale[j] ?? 1)), 1]);
  let w = new Array<number>(d + 1).fill(0);
  for (let iteration = 0; iteration < 30; iteration += 1) {
    const gradient = w.map((wj, j) => (j < d ? lambda * wj : 0));
    const hessian = w.map((_, i) => w.map((__, j) => (i === j && i < d ? lambda : 0)));
    z.forEach((x, r) => {
      let s = 0;
      for (let j = 0; j <= d; j += 1) s += (w[j] ?? 0) * (x[j] ?? 0);
      const p = 1 / (1 + Math.exp(-s));
      const g = p - (labels[r] ?? 0);
      const h = p * (1 - p);
      for (let i = 0; i <= d; i += 1) {
        gradient[i] = (gradient[i] ?? 0) + g * (x[i] ?? 0);
        const hi = hessian[i] ?? [];
        for (let j = 0; j <= d; j += 1) hi[j] = (hi[j] ?? 0) + h * (x[i] ?? 0) * (x[j] ?? 0);
      }
    });
    const step = solve(hessian, gradient);
    w = w.map((wj, j) => wj - (step[j] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { features: [...features], mean, scale, weights: w.slice(0, d), bias: w[d] ?? 0 };
}
