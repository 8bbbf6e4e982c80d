import { endsSentence } from './features.js';
import type { BodyLine } from './segment.js';

/** Lines either side of a line that estimate its column's measure (columns differ between stories and boxes). */
const WINDOW = 8;
/** Lines wider than this many times the window's median are two lines merged by the extractor, not a measure. */
const MERGED = 1.4;
/** Lines narrower than this share of the measure, several in a row, are set in a narrowed measure. */
const NARROWED = 0.7;
/** Least lines in a row, and least of them cut by the measure, that make a narrowed measure. */
const NARROWED_LINES = 3, NARROWED_CUT = 2;

/** What a story's body says about the width of its column, line by line (widths in em). */
export interface Measures {
  /** The widest line around each line, lines merged by the extractor left out. */
  widest: Float64Array;
  /**
   * The width of a full line around each line: the median of the lines cut by the measure — those that stop
   * mid-sentence, so that the next word or character did not fit. Justified lines vary about it (punctuation
   * squeezed or letter-spaced), so it is the yardstick for "short", not the widest line.
   */
  full: Float64Array;
}

/** Scratch space for the widths around a line: sorted in place, so estimating a measure allocates nothing. */
const around = new Float64Array(2 * WINDOW + 1);
const cutAround = new Float64Array(2 * WINDOW + 1);

/**
 * The measures around each body line. Where several lines in a row are clearly narrower than their column and
 * some of them stop mid-sentence, the text runs in a narrowed measure (set beside a picture or a box): there the
 * measure is theirs.
 */
export function measuresOf(body: readonly BodyLine[], widths: readonly number[]): Measures {
  const n = body.length;
  const widest = new Float64Array(n), full = new Float64Array(n);
  const cut = body.map((b, k) => k + 1 < n && !endsSentence(b.text));
  for (let i = 0; i < n; i++) {
    const from = Math.max(0, i - WINDOW), to = Math.min(n, i + WINDOW + 1);
    let m = 0;
    for (let k = from; k < to; k++) around[m++] = widths[k]!;
    const window = around.subarray(0, m).sort();
    const median = window[m >> 1]!;
    let w = 0, c = 0;
    for (let k = from; k < to; k++) {
      const x = widths[k]!;
      if (x > MERGED * median) continue;
      if (x > w) w = x;
      if (cut[k]) cutAround[c++] = x;
    }
    widest[i] = w;
    full[i] = c >= 3 ? medianOf(cutAround.subarray(0, c)) : w;
  }
  narrowMeasures(body, widths, cut, widest, full);
  return { widest, full };
}

function narrowMeasures(body: readonly BodyLine[], widths: readonly number[], cut: readonly boolean[], widest: Float64Array, full: Float64Array): void {
  const n = body.length;
  let s = 0;
  while (s < n) {
    if (!(widths[s]! < NARROWED * full[s]!)) { s++; continue; }
    let e = s + 1;
    while (e < n && !body[e]!.line.breakBefore && widths[e]! < NARROWED * full[e]!) e++;
    const cuts: number[] = [];
    let w = 0;
    for (let k = s; k < e; k++) {
      if (cut[k]) cuts.push(widths[k]!);
      if (widths[k]! > w) w = widths[k]!;
    }
    if (e - s >= NARROWED_LINES && cuts.length >= NARROWED_CUT) {
      const m = medianOf(Float64Array.from(cuts));
      for (let k = s; k < e; k++) { full[k] = m; widest[k] = w; }
    }
    s = e;
  }
}

function medianOf(xs: Float64Array): number {
  xs.sort();
  return xs[xs.length >> 1]!;
}
