/**
 * Maximum-weight assignment (Hungarian algorithm, O(n^2 m)) on a score matrix
 * rows x cols. Returns, for each row, the column it is assigned to or -1. Only
 * pairs whose score is at least `threshold` can be assigned; the total score of
 * the assignment is maximal among all one-to-one assignments, so a strong pair
 * is never stolen by a greedy earlier choice.
 */
export function assign(scores: number[][], threshold: number): number[] {
  const rows = scores.length;
  const cols = rows === 0 ? 0 : (scores[0]?.length ?? 0);
  if (rows === 0 || cols === 0) return new Array<number>(rows).fill(-1);
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  const value = (i: number, j: number): number => {
    const s = transpose ? (scores[j]?.[i] ?? 0) : (scores[i]?.[j] ?? 0);
    return s >= threshold ? s : 0;
  };
  // e-maxx formulation, 1-based, minimising cost = -value.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i += 1) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0] ?? 0;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j += 1) {
        if (used[j]) continue;
        const cur = -value(i0 - 1, j - 1) - (u[i0] ?? 0) - (v[j] ?? 0);
        if (cur < (minv[j] ?? Infinity)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] ?? Infinity) < delta) {
          delta = minv[j] ?? Infinity;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j += 1) {
        if (used[j]) {
          u[p[j] ?? 0] = (u[p[j] ?? 0] ?? 0) + delta;
          v[j] = (v[j] ?? 0) - delta;
        } else {
          minv[j] = (minv[j] ?? 0) - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0] ?? 0;
      p[j0] = p[j1] ?? 0;
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= m; j += 1) {
    const i = p[j] ?? 0;
    if (i === 0) continue;
    const [r, c] = transpose ? [j - 1, i - 1] : [i - 1, j - 1];
    if ((scores[r]?.[c] ?? 0) >= threshold) result[r] = c;
  }
  return result;
}
