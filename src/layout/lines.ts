import { isCjk, lastCodePoint, firstCodePoint } from '../text/script.js';
import { overlap, type LayoutLine, type TextRun } from './model.js';
import { LAYOUT, LIMITS } from './parameters.js';

/**
 * Runs → lines of one column each. Runs are taken in the order the page draws them (a PDF writes a column's line
 * before the next column's), and a run continues the line before it when it sits on the same baseline, in type
 * of about the same size, and close after it: a word space (wider in justified lines, where the page drew the
 * space itself) but never a gutter. Pieces of one line drawn out of order are joined afterwards where they touch.
 * A page drawn in an order of its own (backwards, by font, word by word at random) is read row by row instead.
 * A run drawn twice on the same spot (fake bold, overprinting) is read once, as pdftotext and a reader's eye do:
 * the copies are returned apart, and are no text of the page's.
 */
export function linesOf(drawn: readonly TextRun[]): { lines: LayoutLine[]; copies: LayoutLine[] } {
  const { runs, copies } = splitCopies(saneRuns(drawn));
  const asDrawn = runsToLines(runs, true);
  // a page drawn in an order of its own (by font, backwards, word by word at random) leaves its lines in pieces
  // too far apart to join afterwards: read it row by row instead, where that leaves far fewer lines
  const byRow = runsToLines(inRowOrder(runs), false);
  const lines = byRow.length < LAYOUT.disorderedLines * asDrawn.length ? byRow : asDrawn;
  return { lines: joinTouching(lines), copies: copies.map(lineOf) };
}

/**
 * Runs → lines, each run continuing the line before it where it can (see linesOf). Read row by row (`drawn`
 * false), the runs' order says nothing of where the page ended a line, nor does a space at a run's end (a line
 * ending in one stands before a gutter): only a space drawn as a run of its own, between the two, makes a wide
 * gap a word space there.
 */
function runsToLines(runs: readonly TextRun[], drawn: boolean): LayoutLine[] {
  const lines: LayoutLine[] = [];
  let current: LayoutLine | null = null;
  // the current line's last piece: its last character decides the next join, without reading the whole line again
  let tail = '';
  let spaceSeen = false, spaceRunSeen = false, lineEnded = false;
  for (const run of runs) {
    if (!/\S/.test(run.text)) { spaceSeen ||= run.text.length > 0; spaceRunSeen ||= run.text.length > 0; lineEnded ||= run.lineEnd === true; continue; }
    // a space drawn, or a text stream that runs on without ending its line: a justified line's wide word space
    const spaced = drawn ? spaceSeen || /^\s/.test(run.text) || (run.lineEnd !== undefined && !lineEnded) : spaceRunSeen;
    if (current && continues(current, run, spaced)) tail = append(current, run, spaceSeen, tail);
    else { current = lineOf(run); lines.push(current); tail = current.text; }
    spaceSeen = /\s$/.test(run.text);
    spaceRunSeen = false;
    lineEnded = run.lineEnd === true;
  }
  return lines;
}

/**
 * Horizontal runs row by row down the page, each row left to right; other runs after them, as drawn. A run is in
 * the row whose baselines' mean it stands within a baseline's tolerance of, in the row's largest type (a word set
 * a little higher or smaller, a scanned line drifting, stays in its row).
 */
function inRowOrder(runs: readonly TextRun[]): TextRun[] {
  const flat = runs.filter((r) => r.dir !== 'ttb' && !r.rotated);
  const baseline = (r: TextRun) => r.y + r.height;
  flat.sort((a, b) => baseline(a) - baseline(b));
  const out: TextRun[] = [];
  for (let i = 0; i < flat.length;) {
    let sum = baseline(flat[i]!), size = flat[i]!.fontSize, j = i + 1;
    for (; j < flat.length; j++) {
      const r = flat[j]!, at = baseline(r);
      if (at - sum / (j - i) > LAYOUT.baselineTolerance * Math.max(size, r.fontSize)) break;
      sum += at;
      size = Math.max(size, r.fontSize);
    }
    out.push(...flat.slice(i, j).sort((a, b) => a.x - b.x));
    i = j;
  }
  return [...out, ...runs.filter((r) => r.dir === 'ttb' || r.rotated)];
}

/** Half of a UTF-16 pair standing alone: no character by itself. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/**
 * Runs as the layout can place them. A half of a UTF-16 pair standing alone is read as U+FFFD, which says that a
 * character stood there and could not be read: never joined with a half from the next run into a character the
 * page does not have, and no other character lost. A run placed or sized at NaN or Infinity is read where the
 * page's text stream puts it, right after the run drawn before it (the page's top left for the first), on its
 * baseline and in its type: it keeps its text, and two such runs never fall on one spot as each other's copies.
 * Type of no size (0 or less) is read in the type of the run before it.
 */
function saneRuns(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  let previous: TextRun | undefined;
  for (const run of runs) {
    const text = run.text.replace(LONE_SURROGATE, '\ufffd');
    let sane = text === run.text ? run : { ...run, text };
    if (![run.x, run.y, run.width, run.height].every(Number.isFinite) || !(run.fontSize > 0 && run.fontSize < Infinity)) sane = placedAfter(sane, previous);
    out.push(sane);
    previous = sane;
  }
  return out;
}

function placedAfter(run: TextRun, previous: TextRun | undefined): TextRun {
  const finiteOr = (v: number, otherwise: number) => (Number.isFinite(v) ? v : otherwise);
  const vertical = run.dir === 'ttb', chars = codePoints(run.text);
  const fontSize = run.fontSize > 0 && run.fontSize < Infinity ? run.fontSize : previous?.fontSize ?? 10;
  const width = finiteOr(run.width, vertical ? fontSize : 0.5 * chars * fontSize);
  const height = finiteOr(run.height, vertical ? chars * fontSize : fontSize);
  if (Number.isFinite(run.x) && Number.isFinite(run.y)) return { ...run, fontSize, width, height };
  if (!previous) return { ...run, x: 0, y: 0, fontSize, width, height };
  const space = 0.25 * fontSize;
  const x = vertical ? previous.x : finiteOr(previous.x + previous.width + space, previous.x);
  const y = vertical ? finiteOr(previous.y + previous.height + space, previous.y) : finiteOr(previous.y + previous.height - height, previous.y);
  return { ...run, x, y, fontSize, width, height };
}

function lineOf(run: TextRun): LayoutLine {
  const vertical = run.dir === 'ttb';
  return {
    text: run.text.trim(),
    x0: run.x,
    x1: run.x + run.width,
    top: run.y,
    bottom: run.y + run.height,
    baseline: vertical ? run.y : run.y + run.height,
    size: run.fontSize,
    bold: run.bold,
    font: run.font,
    vertical,
    rotated: run.rotated === true,
  };
}

function continues(line: LayoutLine, run: TextRun, spaced: boolean): boolean {
  if (line.vertical || run.dir === 'ttb' || line.rotated || run.rotated) return false;
  const size = Math.max(line.size, run.fontSize);
  const ratio = Math.max(line.size, run.fontSize) / Math.min(line.size, run.fontSize);
  const leadWord = line.text.length <= LAYOUT.leadWordChars && run.fontSize > line.size && ratio <= LAYOUT.leadWordRatio;
  if (ratio > LAYOUT.lineSizeRatio && !leadWord) return false;
  if (Math.abs(line.baseline - (run.y + run.height)) > LAYOUT.baselineTolerance * size) return false;
  const gap = run.x - line.x1;
  return gap >= -LAYOUT.overlapTolerance * size && gap <= (spaced ? LAYOUT.spacedGap : LAYOUT.wordGap) * size;
}

/** Appends the run to the line after its last piece `tail`; the run's text is the line's last piece now. */
function append(line: LayoutLine, run: TextRun, spaceSeen: boolean, tail: string): string {
  const gap = run.x - line.x1;
  const text = run.text.trim();
  // the line is in the type its characters are set in, on average ('di' before a name set large is the name's)
  line.size = (line.size * line.text.length + run.fontSize * text.length) / (line.text.length + text.length);
  line.text = joinPieces(line.text, text, spaceSeen || gap > LAYOUT.spaceGap * line.size, tail, gap > LAYOUT.cjkSpaceGap * line.size);
  line.x1 = Math.max(line.x1, run.x + run.width);
  line.top = Math.min(line.top, run.y);
  line.bottom = Math.max(line.bottom, run.y + run.height);
  if (text.length > line.text.length / 2) { line.bold = run.bold; line.font = run.font; }
  return text;
}

/**
 * Two pieces of one line: a space between them where the page left one, none between CJK characters unless the
 * page set them `wide` apart (names in a row, two phrases of a title: never the spacing of a justified line).
 * `leftTail`, the end of `left`, is what is read of it: a line grown piece by piece is a string V8 would copy whole
 * to read its last character.
 */
export function joinPieces(left: string, right: string, spaced: boolean, leftTail = left, wide = false): string {
  if (!spaced || !left || !right) return left + right;
  if (!wide && isCjk(lastCodePoint(leftTail)) && isCjk(firstCodePoint(right))) return left + right;
  return `${left} ${right}`;
}

/**
 * Lines of the same column both above and below the line at `baseline` (within a few lines' height, no wider than
 * the pieces' own line would be) run across the gap [from, to]: a word space, not a gutter. `baselines` are the
 * lines' in `order`, ascending; the lines on the pieces' own baseline are passed over.
 */
function bridged(lines: readonly LayoutLine[], order: readonly number[], baselines: Float64Array, baseline: number, from: number, to: number, size: number, width: number): boolean {
  const reach = LAYOUT.bridgeLines * size, own = LAYOUT.baselineTolerance * size;
  const across = (start: number, step: number) => {
    for (let j = start, weighed = 0; j >= 0 && j < order.length && weighed < LIMITS.neighbours; j += step, weighed++) {
      const l = lines[order[j]!]!;
      if (Math.abs(l.baseline - baseline) > reach) return false;
      if (Math.abs(l.size - size) > 0.1 * size) continue;
      if (l.x0 < from && l.x1 > to && l.x1 - l.x0 <= LAYOUT.bridgeWidth * width) return true;
    }
    return false;
  };
  return across(firstAbove(baselines, baseline - own, true) - 1, -1) && across(firstAbove(baselines, baseline + own), 1);
}

/**
 * The pieces on `a`'s baseline from order[at] on, each within a justified word space of the last (two or more such
 * spaces with those `a` has taken in already, alike), end where a line
 * of their type just above or below ends, and `a` starts where that line starts or is set in from it by an indent: one justified line, its word spaces
 * stretched (a few long words across a narrow column), though no line runs across them on both sides.
 */
function justified(lines: readonly LayoutLine[], order: readonly number[], baselines: Float64Array, at: number, a: LayoutLine, taken: Readonly<{ count: number; narrowest: number; widest: number }>): boolean {
  const size = a.size, near = 0.5 * size;
  const reach = LAYOUT.bridgeLines * size, own = LAYOUT.baselineTolerance * size;
  const above = firstAbove(baselines, a.baseline - own, true) - 1, below = firstAbove(baselines, a.baseline + own);
  const edges = (first: number, step: number, end: number) => {
    for (let j = first, n = 0; j >= 0 && j < order.length && n < LIMITS.neighbours; j += step, n++) {
      const l = lines[order[j]!]!;
      if (Math.abs(l.baseline - a.baseline) > reach) return false;
      // `a` may be set in from the column's edge: a paragraph's first line
      const setIn = a.x0 - l.x0;
      if (Math.abs(l.size - size) <= 0.1 * size && setIn >= -near && setIn <= LAYOUT.blockEdgeShift * size && Math.abs(l.x1 - end) <= near) return true;
    }
    return false;
  };
  let end = a.x1, widest = taken.widest, narrowest = taken.narrowest, stretched = taken.count;
  // the line ends at the first piece that ends where its column's lines do: a gutter as narrow as its stretched
  // word spaces may follow, and the next column's pieces beyond it are no part of it
  for (let j = at, n = 0; j < order.length && n < LIMITS.neighbours; j++, n++) {
    const l = lines[order[j]!]!;
    if (l.baseline - a.baseline > LAYOUT.baselineTolerance * size) break;
    if (Math.abs(l.size - size) > 0.1 * size || l.x0 < end - near) continue;
    const gap = l.x0 - end;
    if (gap > LAYOUT.justifiedGap * size) break;
    if (gap > LAYOUT.touchingGap * size) { stretched++; widest = Math.max(widest, gap); narrowest = Math.min(narrowest, gap); }
    end = l.x1;
    // justification shares the white out evenly: two word spaces or more, alike; one wide gap alone may be a
    // gutter, unless the column's lines end there both above and below (a line of two words stretched)
    if (stretched >= 2 && widest <= LAYOUT.evenSpaces * narrowest && (edges(above, -1, end) || edges(below, 1, end))) return true;
    if (stretched === 1 && edges(above, -1, end) && edges(below, 1, end)) return true;
  }
  return false;
}

/** The first index whose value is above `value` (at or above it, with `orEqual`) in ascending `values`. */
function firstAbove(values: Float64Array, value: number, orEqual = false): number {
  let lo = 0, hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! > value || (orEqual && values[mid] === value)) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/**
 * Pieces of one line drawn apart (a word set separately, a kerned capital, the words of a justified line written
 * one by one): joined where they touch, or across a word space the lines around it bridge. Each line weighs the
 * few lines after it on its baseline (LIMITS.neighbours), so a baseline drawn with thousands of pieces costs
 * no more per piece than an ordinary one.
 */
function joinTouching(lines: LayoutLine[]): LayoutLine[] {
  const order = lines.map((_, i) => i).filter((i) => !lines[i]!.vertical && !lines[i]!.rotated);
  order.sort((a, b) => lines[a]!.baseline - lines[b]!.baseline || lines[a]!.x0 - lines[b]!.x0);
  const baselines = Float64Array.from(order, (i) => lines[i]!.baseline);
  const gone = new Uint8Array(lines.length);
  const tails = lines.map((l) => l.text);
  // the stretched word spaces each line has taken in so far: how many, the narrowest and the widest
  const spaces = lines.map(() => ({ count: 0, narrowest: Infinity, widest: 0 }));
  for (let k = 0; k < order.length; k++) {
    const a = lines[order[k]!]!;
    if (gone[order[k]!]) continue;
    for (let j = k + 1; j < order.length && j - k <= LIMITS.neighbours; j++) {
      const b = lines[order[j]!]!;
      if (b.baseline - a.baseline > LAYOUT.baselineTolerance * a.size) break;
      if (gone[order[j]!] || Math.abs(b.size - a.size) > 0.1 * a.size) continue;
      const gap = b.x0 - a.x1;
      if (gap < -LAYOUT.overlapTolerance * a.size || gap > LAYOUT.justifiedGap * a.size) continue;
      // a wider gap is a word space if the lines around run across it (a gutter stays empty all the way down), or
      // if the pieces from here on fill exactly the width of a line of their column (a justified line stretched)
      if (gap > LAYOUT.touchingGap * a.size &&
        !(gap <= LAYOUT.spacedGap * a.size && bridged(lines, order, baselines, a.baseline, a.x1, b.x0, a.size, b.x1 - a.x0)) &&
        !justified(lines, order, baselines, j, a, spaces[order[k]!]!)) continue;
      // one drawn over the other (an overprint shifted a little) is no piece of the same line
      if (-gap > 0.5 * Math.min(a.x1 - a.x0, b.x1 - b.x0)) continue;
      a.text = joinPieces(a.text, b.text, gap > LAYOUT.spaceGap * a.size, tails[order[k]!]);
      tails[order[k]!] = b.text;
      a.x1 = Math.max(a.x1, b.x1);
      a.top = Math.min(a.top, b.top);
      a.bottom = Math.max(a.bottom, b.bottom);
      gone[order[j]!] = 1;
      if (gap > LAYOUT.touchingGap * a.size) {
        const own = spaces[order[k]!]!;
        own.count++;
        own.narrowest = Math.min(own.narrowest, gap);
        own.widest = Math.max(own.widest, gap);
      }
    }
  }
  return lines.filter((_, i) => !gone[i]);
}

/**
 * A run as the overprint check weighs it, along the direction its text is set (x, mirrored for right-to-left
 * text; y for vertical text) and across it (the baseline; the left edge of vertical text).
 */
interface Placed {
  index: number;
  run: TextRun;
  /** The run's text trimmed, and where it lies in the run's box (its box shared out evenly among its characters). */
  text: string;
  from: number;
  to: number;
  /** The run's box along its text, its characters (code points, spaces included), and its place across. */
  start: number;
  extent: number;
  count: number;
  across: number;
}

function placedOf(run: TextRun, index: number): Placed {
  const vertical = run.dir === 'ttb';
  const start = vertical ? run.y : run.dir === 'rtl' ? -(run.x + run.width) : run.x;
  const extent = vertical ? run.height : run.width;
  const count = codePoints(run.text), text = run.text.trim();
  const lead = run.text.length - run.text.trimStart().length;
  const share = count ? extent / count : 0;
  return {
    index, run, text, start, extent, count, across: vertical ? run.x : run.y + run.height,
    from: start + lead * share, to: start + (lead + codePoints(text)) * share,
  };
}

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++, n++) if (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) < 0xdc00 && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) < 0xe000) i++;
  return n;
}

/**
 * Runs are weighed only against runs of about their size and near them: sizes fall in classes a third of an
 * octave wide, each with a grid of its own — cells an em high across the line, CELL_EMS em long along it.
 */
const CLASSES_PER_OCTAVE = 3;
const CELL_EMS = 4;
const sizeClass = (size: number) => Math.floor(Math.log2(Math.max(size, 2 ** -20)) * CLASSES_PER_OCTAVE);
const emOf = (k: number) => 2 ** (k / CLASSES_PER_OCTAVE);
/** Cells [first, first + count) holding [from, to]; a handful at most (coordinates beyond float precision give one). */
function cellsOver(from: number, to: number, cell: number): [number, number] {
  const first = Math.floor(from / cell);
  return [first, Math.min(Math.floor(to / cell) - first, 4) + 1];
}
/** A cell's key: a hash of where it is (two cells sharing one only add a candidate that `holds` turns down). */
function gridKey(dir: TextRun['dir'], k: number, across: number, along: number): number {
  const mix = (h: number, v: number) => Math.imul(h ^ (v | 0), 0x9e3779b1) ^ (h >>> 15);
  return mix(mix(mix(dir === 'ltr' ? 1 : dir === 'rtl' ? 2 : 3, k), across), along);
}

/**
 * The same text drawn again on the same spot (fake bold, overprinting), or a piece of a run drawn again over the
 * place that piece has in it (a title set twice, once whole and once in parts): the first drawn, or the whole, is
 * the run; the others are copies. Same spot means same type size, and within a fraction of an em along the line
 * and across it; a piece must also stand where its characters fall in the whole, so a character set tight beside
 * a run that holds the same character elsewhere (a closing quote before “一带一路”) is text, not a copy.
 * Longer runs are settled first (a piece is a copy of a whole that is no copy itself), equal lengths in drawing
 * order; a run settled as text goes into the grid cells its characters stand in, so each run is weighed against
 * the few drawn near where it stands (at most LIMITS.overprintCandidates).
 */
function splitCopies(all: readonly TextRun[]): { runs: TextRun[]; copies: TextRun[] } {
  const placed = all.map(placedOf).filter((p) => p.text);
  placed.sort((a, b) => b.text.length - a.text.length || a.index - b.index);
  // per cell, what the check reads of each run with a character standing in it (`pack`)
  const grid = new Map<number, number[]>();
  const copy = new Uint8Array(all.length);
  placed.forEach((p, at) => {
    if (drawnBefore(p, placed, grid)) { copy[p.index] = 1; return; }
    const k = sizeClass(p.run.fontSize), em = emOf(k), across = Math.floor(p.across / em);
    const share = p.count ? p.extent / p.count : 0;
    let last = NaN;
    for (let i = 0; i < p.count; i++) {
      const along = Math.floor((p.start + i * share) / (CELL_EMS * em));
      if (along === last) continue;
      last = along;
      const key = gridKey(p.run.dir, k, across, along);
      pack(p, at, grid.get(key) ?? grid.set(key, []).get(key)!);
    }
  });
  return { runs: all.filter((_, i) => !copy[i]), copies: all.filter((_, i) => copy[i]) };
}

/**
 * A run settled in a cell, as the check reads it: packed one after another in the cell's array, so a spot drawn over
 * thousands of times is scanned in one pass through memory rather than run by run through the heap. Its position in
 * `placed`, then what `standsOver` weighs, then its text's length and hash (an equal length holds p's text only if equal).
 */
const PACKED = 8;
const dirCode = (dir: TextRun['dir']) => (dir === 'ltr' ? 0 : dir === 'rtl' ? 1 : 2);
function pack(p: Placed, at: number, cell: number[]): void {
  cell.push(at, dirCode(p.run.dir), p.run.fontSize, p.across, p.start, p.start + p.extent, p.text.length, textHash(p.text));
}
function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** A run settled as text before `p` holds p's text at p's spot: p is a copy. */
function drawnBefore(p: Placed, placed: readonly Placed[], grid: ReadonlyMap<number, number[]>): boolean {
  const { run } = p, size = run.fontSize, dir = dirCode(run.dir);
  const tol = LAYOUT.duplicateTolerance * size, reach = tol + LAYOUT.pieceSlack * size;
  const length = codePoints(p.text), hash = textHash(p.text);
  let weighed = 0, looked = 0;
  for (let k = sizeClass(size - tol); k <= sizeClass(size + tol); k++) {
    const em = emOf(k);
    const [across, acrossCells] = cellsOver(p.across - tol, p.across + tol, em);
    const [along, alongCells] = cellsOver(p.from - reach, p.from + reach, CELL_EMS * em);
    for (let a = 0; a < acrossCells; a++) {
      for (let b = 0; b < alongCells; b++) {
        const cell = grid.get(gridKey(run.dir, k, across + a, along + b));
        if (!cell) continue;
        for (let c = 0; c < cell.length; c += PACKED) {
          // a run that does not hold p's text is passed over at little cost, so a spot drawn over and over again
          // (each time other text) is looked through further than LIMITS.overprintCandidates runs that do
          if (++looked > LIMITS.overprintLooks) return false;
          if (!standsOver(cell, c, dir, p, tol) || cell[c + 6]! < p.text.length || (cell[c + 6] === p.text.length && cell[c + 7] !== hash)) continue;
          const o = placed[cell[c]!]!;
          if (!o.run.text.includes(p.text)) continue;
          if (++weighed > LIMITS.overprintCandidates) return false;
          if (holdsAnywhere(o, p, length, tol, reach)) return true;
        }
      }
    }
  }
  return false;
}

/** The run packed at `cell[c]` is set in p's direction and size, on p's baseline, and its box reaches round p's. */
function standsOver(cell: readonly number[], c: number, dir: number, p: Placed, tol: number): boolean {
  if (cell[c + 1] !== dir || Math.abs(cell[c + 2]! - p.run.fontSize) > tol || Math.abs(cell[c + 3]! - p.across) > tol) return false;
  return cell[c + 4]! <= p.from + tol && cell[c + 5]! >= p.to - tol;
}

/**
 * Run `o` (standing over p) holds p's text drawn where p stands: in type of p's size, on its baseline, round p's box, and at one of
 * its characters within reach of where p's text starts.
 */
function holdsAnywhere(o: Placed, p: Placed, length: number, tol: number, reach: number): boolean {
  const share = o.count ? o.extent / o.count : 0;
  let first = 0, last = o.count - length;
  // a run with no width holds all its characters at one spot: any of them may start p's text
  if (share > 0) {
    first = Math.max(first, Math.ceil((p.from - reach - o.start) / share));
    last = Math.min(last, Math.floor((p.from + reach - o.start) / share));
  }
  const bmp = o.run.text.length === o.count;
  for (let i = first; i <= last; i++) {
    const offset = bmp ? i : [...o.run.text].slice(0, i).join('').length;
    if (o.run.text.startsWith(p.text, offset) && drawnAt(o, i, share, p, length, tol)) return true;
  }
  return false;
}

/**
 * p stands where o's characters [i, i + length) fall in o's box: each edge within a fraction of an em (more for a
 * piece of a longer run, whose characters' places are estimated), and more than half of either span shared.
 */
function drawnAt(o: Placed, i: number, share: number, p: Placed, length: number, tol: number): boolean {
  const from = o.start + i * share, to = from + length * share;
  const slack = tol + (o.text === p.text ? 0 : LAYOUT.pieceSlack * p.run.fontSize);
  if (Math.abs(p.from - from) > slack || Math.abs(p.to - to) > slack) return false;
  return overlap(p.from, p.to, from, to) >= 0.5 * Math.max(p.to - p.from, to - from);
}
