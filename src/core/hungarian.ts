/**
 * Maximum-weight assignment of rows to columns (each row at most one column, each column at most one row), by the
 * Hungarian method on costs. Weights ≤ 0 mean "better left unassigned". O(n²·m) for n rows ≤ m columns; callers
 * keep the matrices small (a page's stories and title blocks, in windows on huge inputs).
 * Returns, per row, the column it gets or -1.
 */
export function assignMaxWeight(weights: readonly (readonly number[])[]): number[] {
  const rows = weights.length;
  const cols = rows ? weights[0]!.length : 0;
  if (!rows || !cols) return new Array(rows).fill(-1);
  // square the problem with zero-cost padding: a zero cost is the same as "left unassigned", as is a weight ≤ 0
  const n = Math.max(rows, cols);
  const cost = (r: number, c: number) => (r < rows && c < cols ? -Math.max(0, weights[r]![c]!) : 0);
  const u = new Float64Array(n + 1), v = new Float64Array(n + 1);
  const match = new Int32Array(n + 1); // match[col] = row (1-based), 0 = free
  const way = new Int32Array(n + 1);
  for (let r = 1; r <= n; r++) {
    match[0] = r;
    let c0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[c0] = 1;
      const r0 = match[c0]!;
      let delta = Infinity, c1 = 0;
      for (let c = 1; c <= n; c++) {
        if (used[c]) continue;
        const cur = cost(r0 - 1, c - 1) - u[r0]! - v[c]!;
        if (cur < minv[c]!) { minv[c] = cur; way[c] = c0; }
        if (minv[c]! < delta) { delta = minv[c]!; c1 = c; }
      }
      for (let c = 0; c <= n; c++) {
        if (used[c]) { u[match[c]!]! += delta; v[c]! -= delta; } else minv[c]! -= delta;
      }
      c0 = c1;
    } while (match[c0] !== 0);
    do { const c1 = way[c0]!; match[c0] = match[c1]!; c0 = c1; } while (c0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let c = 1; c <= cols; c++) {
    const r = match[c]! - 1;
    if (r >= 0 && r < rows && weights[r]![c - 1]! > 0) result[r] = c - 1;
  }
  return result;
}
