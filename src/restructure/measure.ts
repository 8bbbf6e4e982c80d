import { emWidth } from '../text/script.js';
import { endsSentence } from './features.js';
import type { BodyLine, Line } from './model.js';

/** Lines either side of a line that estimate its column's measure (columns differ between stories and boxes). */
const WINDOW = 8;
/** Lines wider than this many times the window's median are two lines merged by the extractor, not a measure. */
const MERGED = 1.4;
/** Lines narrower than this share of the measure, several in a row, are set in a narrowed measure. */
const NARROWED = 0.7;
/** Least lines in a row, and least of them cut by the measure, that make a narrowed measure. */
const NARROWED_LINES = 3, NARROWED_CUT = 2;
/** Least lines cut by the measure around a line that show the measure. */
const MEASURE_SAMPLES = 3;
/** Justified lines of one column stay this close to their measure (share of it), most of them (share of lines). */
const JUSTIFIED_SPREAD = 0.15, JUSTIFIED_SHARE = 2 / 3;
/** Least paragraph starts, known by other evidence, that show a page's indent; enough of them to stop looking. */
const INDENT_SAMPLES = 3, INDENT_SAMPLES_ENOUGH = 99;

/**
 * What a story's body says about the width of its column at each line (widths in em). Worked out only for the
 * lines asked about (most never are: only where a sentence ends does the reflow look), and kept.
 */
export interface Measures {
  /** The widest line around line i, lines merged by the extractor left out. */
  widest(i: number): number;
  /**
   * The width of a full line around line i: the median of the lines cut by the measure — those that stop
   * mid-sentence, so that the next word or character did not fit. Justified lines vary about it (punctuation
   * squeezed or letter-spaced), so it is the yardstick for "short", not the widest line.
   */
  full(i: number): number;
  /**
   * Whether the lines cut by the measure around line i are enough, and alike enough, to show a measure: a
   * justified column's lines, not whole paragraphs or list items of any width (then `full` is the widest line).
   */
  evident(i: number): boolean;
}

/** Scratch space for the widths around a line: sorted in place, so estimating a measure allocates nothing. */
const around = new Float64Array(2 * WINDOW + 1);
const cutAround = new Float64Array(2 * WINDOW + 1);

/**
 * The measures around each body line. Where several lines in a row are clearly narrower than their column and
 * those of them that stop mid-sentence agree, the text runs in a narrowed measure (set beside a picture or a box):
 * there the measure is theirs.
 */
export function measuresOf(body: readonly BodyLine[], widths: readonly number[]): Measures {
  const n = body.length;
  // per line, NaN until asked: the column's own measure, then the narrowed measure where one applies
  const widest = new Float64Array(n).fill(NaN), full = new Float64Array(n).fill(NaN), evident = new Uint8Array(n);
  const resolved = new Uint8Array(n);
  // lines in a narrowed measure are few (a box's height): kept apart
  const narrowedTo = new Map<number, { full: number; widest: number }>();
  const cut = (k: number) => k + 1 < n && !endsSentence(body[k]!.text);
  const own = (i: number) => {
    if (!Number.isNaN(full[i]!)) return;
    measureAround(i, widths, cut);
    widest[i] = here.widest;
    full[i] = here.full;
    evident[i] = here.evident ? 1 : 0;
  };
  const narrowed = (k: number) => { own(k); return evident[k] === 1 && widths[k]! < NARROWED * full[k]!; };
  const resolve = (i: number) => {
    if (resolved[i]) return;
    resolved[i] = 1;
    if (!narrowed(i)) return;
    let s = i, e = i + 1;
    while (s > 0 && !body[s]!.line.breakBefore && narrowed(s - 1)) s--;
    while (e < n && !body[e]!.line.breakBefore && narrowed(e)) e++;
    const cuts: number[] = [];
    let w = 0;
    for (let k = s; k < e; k++) {
      resolved[k] = 1;
      if (cut(k)) cuts.push(widths[k]!);
      if (widths[k]! > w) w = widths[k]!;
    }
    const cutWidths = Float64Array.from(cuts);
    const m = cuts.length >= NARROWED_CUT ? medianOf(cutWidths) : 0;
    if (e - s >= NARROWED_LINES && m > 0 && justified(cutWidths, m)) {
      const measure = { full: m, widest: w };
      for (let k = s; k < e; k++) narrowedTo.set(k, measure);
    }
  };
  // the narrowed measure line i stands in, if any
  const narrowedAt = (i: number) => { own(i); resolve(i); return narrowedTo.get(i); };
  return {
    widest: (i) => narrowedAt(i)?.widest ?? widest[i]!,
    full: (i) => narrowedAt(i)?.full ?? full[i]!,
    evident: (i) => narrowedAt(i) !== undefined || evident[i] === 1,
  };
}

/** The measures around one line, as `measureAround` last found them (one object, reused: no allocation). */
const here = { widest: 0, full: 0, evident: false };

function measureAround(i: number, widths: ArrayLike<number>, cut: (k: number) => boolean): void {
  const from = Math.max(0, i - WINDOW), to = Math.min(widths.length, i + WINDOW + 1);
  let m = 0;
  for (let k = from; k < to; k++) around[m++] = widths[k]!;
  const median = medianOf(around.subarray(0, m));
  let w = 0, c = 0;
  for (let k = from; k < to; k++) {
    const x = widths[k]!;
    if (x > MERGED * median) continue;
    if (x > w) w = x;
    if (cut(k)) cutAround[c++] = x;
  }
  const cuts = cutAround.subarray(0, c);
  const measure = c >= MEASURE_SAMPLES ? medianOf(cuts) : 0;
  here.widest = w;
  here.evident = measure > 0 && justified(cuts, measure);
  here.full = here.evident ? measure : w;
}

/** Most cut lines are about as wide as their median: lines of a justified column, not paragraphs or list items. */
function justified(cuts: Float64Array, median: number): boolean {
  let near = 0;
  for (const x of cuts) if (Math.abs(x - median) <= JUSTIFIED_SPREAD * median) near++;
  return near >= JUSTIFIED_SHARE * cuts.length;
}

/** The median, sorting in place: insertion sort, as the arrays are a window of lines (cheaper than a sort call). */
function medianOf(xs: Float64Array): number {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    while (j >= 0 && xs[j]! > x) { xs[j + 1] = xs[j]!; j--; }
    xs[j + 1] = x;
  }
  return xs[xs.length >> 1]!;
}

/** The width of the first word of a line (a CJK character, or a Latin word and the space before it). */
export function firstWordWidth(text: string, cjk: boolean): number {
  if (cjk) return 1;
  const space = text.indexOf(' ');
  return 0.3 + emWidth(space < 0 ? text.slice(0, 40) : text.slice(0, space));
}

/**
 * How far the page's Latin text sets in a paragraph's first line, in em, as the paragraph starts known by other
 * evidence show it: lines right after a sentence finished on a clearly short line, that run on themselves and
 * stand in the column (not wider than its measure). The median of how much narrower than the full measure they
 * are; 0 with too few of them. The printed indent is gone from a PDF's text layer, but the first line still holds
 * that much less.
 */
export function paragraphIndent(lines: readonly Line[]): number {
  const n = lines.length;
  // typed arrays: a page can have hundreds of thousands of lines
  const widths = Float64Array.from(lines, (l) => l.width);
  const cuts = Uint8Array.from(lines, (l, k) => (k + 1 < n && !endsSentence(l.text) ? 1 : 0));
  const cut = (k: number) => cuts[k] === 1;
  const setIn: number[] = [];
  for (let k = 1; k + 1 < n && setIn.length < INDENT_SAMPLES_ENOUGH; k++) {
    const prev = lines[k - 1]!, line = lines[k]!;
    if (line.cjk || prev.cjk || line.breakBefore || lines[k + 1]!.breakBefore || !cuts[k] || cuts[k - 1]) continue;
    measureAround(k - 1, widths, cut);
    if (widths[k - 1]! + firstWordWidth(line.text, false) > here.widest) continue;
    measureAround(k, widths, cut);
    if (!here.evident || widths[k]! > here.widest) continue;
    setIn.push(here.full - widths[k]!);
  }
  return setIn.length >= INDENT_SAMPLES ? Math.max(0, medianOf(Float64Array.from(setIn))) : 0;
}
