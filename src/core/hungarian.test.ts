import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignMaxWeight } from './hungarian.js';

function bruteForce(w: number[][]): number {
  const rows = w.length, cols = w[0]?.length ?? 0;
  let best = 0;
  const go = (r: number, used: Set<number>, total: number) => {
    if (r === rows) { best = Math.max(best, total); return; }
    go(r + 1, used, total);
    for (let c = 0; c < cols; c++) if (!used.has(c) && w[r]![c]! > 0) { used.add(c); go(r + 1, used, total + w[r]![c]!); used.delete(c); }
  };
  go(0, new Set(), 0);
  return best;
}

const value = (w: number[][], a: number[]) => a.reduce((s, c, r) => s + (c >= 0 ? w[r]![c]! : 0), 0);

describe('assignMaxWeight', () => {
  it('prefers the assignment with the larger total over the greedy one', () => {
    // greedy would give row 0 column 0 (0.9) and leave row 1 with 0.1
    const w = [[0.9, 0.8], [0.85, 0.1]];
    expect(assignMaxWeight(w)).toEqual([1, 0]);
  });

  it('leaves rows unassigned when every weight is non-positive', () => {
    expect(assignMaxWeight([[0, -1], [0.5, 0]])).toEqual([-1, 0]);
  });

  it('handles more rows than columns and empty input', () => {
    expect(assignMaxWeight([[0.2], [0.7], [0.4]])).toEqual([-1, 0, -1]);
    expect(assignMaxWeight([])).toEqual([]);
  });

  it('matches brute force on small random matrices, one column per row at most', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 5 }).chain((rows) => fc.integer({ min: 1, max: 5 }).chain((cols) =>
        fc.array(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }))),
      (w) => {
        const a = assignMaxWeight(w);
        const cols = a.filter((c) => c >= 0);
        expect(new Set(cols).size).toBe(cols.length);
        expect(value(w, a)).toBeCloseTo(bruteForce(w), 9);
      },
    ));
  });
});
