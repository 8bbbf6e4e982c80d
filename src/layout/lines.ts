import { isCjk, lastCodePoint, firstCodePoint } from '../text/script.js';
import type { LayoutLine, TextRun } from './model.js';
import { LAYOUT } from './parameters.js';

/**
 * Runs → lines of one column each. Runs are taken in the order the page draws them (a PDF writes a column's line
 * before the next column's), and a run continues the line before it when it sits on the same baseline, in type
 * of about the same size, and close after it: a word space (wider in justified lines, where the page drew the
 * space itself) but never a gutter. Pieces of one line drawn out of order are joined afterwards where they touch.
 * A run drawn twice on the same spot (fake bold, overprinting) is read once, as pdftotext and a reader's eye do:
 * the copies are returned apart, and are no text of the page's.
 */
export function linesOf(all: readonly TextRun[]): { lines: LayoutLine[]; copies: LayoutLine[] } {
  const { runs, copies } = splitCopies(all);
  const lines: LayoutLine[] = [];
  let current: LayoutLine | null = null;
  let spaceSeen = false, lineEnded = false;
  for (const run of runs) {
    if (!/\S/.test(run.text)) { spaceSeen ||= run.text.length > 0; lineEnded ||= run.lineEnd === true; continue; }
    if (current && continues(current, run, spaceSeen, lineEnded)) append(current, run, spaceSeen);
    else { current = lineOf(run); lines.push(current); }
    spaceSeen = /\s$/.test(run.text);
    lineEnded = run.lineEnd === true;
  }
  return { lines: joinTouching(lines), copies: copies.map(lineOf) };
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

function continues(line: LayoutLine, run: TextRun, spaceSeen: boolean, lineEnded: boolean): boolean {
  if (line.vertical || run.dir === 'ttb' || line.rotated || run.rotated) return false;
  const size = Math.max(line.size, run.fontSize);
  const ratio = Math.max(line.size, run.fontSize) / Math.min(line.size, run.fontSize);
  const leadWord = line.text.length <= LAYOUT.leadWordChars && run.fontSize > line.size && ratio <= LAYOUT.leadWordRatio;
  if (ratio > LAYOUT.lineSizeRatio && !leadWord) return false;
  if (Math.abs(line.baseline - (run.y + run.height)) > LAYOUT.baselineTolerance * size) return false;
  const gap = run.x - line.x1;
  // a space drawn, or a text stream that runs on without ending its line: a justified line's wide word space
  const widest = spaceSeen || /^\s/.test(run.text) || (run.lineEnd !== undefined && !lineEnded) ? LAYOUT.spacedGap : LAYOUT.wordGap;
  return gap >= -LAYOUT.overlapTolerance * size && gap <= widest * size;
}

function append(line: LayoutLine, run: TextRun, spaceSeen: boolean): void {
  const gap = run.x - line.x1;
  const text = run.text.trim();
  // the line is in the type its characters are set in, on average ('di' before a name set large is the name's)
  line.size = (line.size * line.text.length + run.fontSize * text.length) / (line.text.length + text.length);
  line.text = joinPieces(line.text, text, spaceSeen || gap > LAYOUT.spaceGap * line.size);
  line.x1 = Math.max(line.x1, run.x + run.width);
  line.top = Math.min(line.top, run.y);
  line.bottom = Math.max(line.bottom, run.y + run.height);
  if (text.length > line.text.length / 2) { line.bold = run.bold; line.font = run.font; }
}

/** Two pieces of one line: a space between them where the page left one, none between CJK characters. */
export function joinPieces(left: string, right: string, spaced: boolean): string {
  if (!spaced || !left || !right) return left + right;
  if (isCjk(lastCodePoint(left)) && isCjk(firstCodePoint(right))) return left + right;
  return `${left} ${right}`;
}

/**
 * Lines of the same column both above and below line order[k] (within a few lines' height, no wider than the
 * pieces' own line would be) run across the gap [from, to]: a word space, not a gutter.
 */
function bridged(lines: readonly LayoutLine[], order: readonly number[], k: number, from: number, to: number, size: number, width: number): boolean {
  const baseline = lines[order[k]!]!.baseline, reach = LAYOUT.bridgeLines * size;
  const across = (step: number) => {
    for (let j = k + step; j >= 0 && j < order.length; j += step) {
      const l = lines[order[j]!]!;
      if (Math.abs(l.baseline - baseline) > reach) return false;
      if (Math.abs(l.baseline - baseline) <= LAYOUT.baselineTolerance * size || Math.abs(l.size - size) > 0.1 * size) continue;
      if (l.x0 < from && l.x1 > to && l.x1 - l.x0 <= LAYOUT.bridgeWidth * width) return true;
    }
    return false;
  };
  return across(-1) && across(1);
}

/**
 * Pieces of one line drawn apart (a word set separately, a kerned capital, the words of a justified line written
 * one by one): joined where they touch, or across a word space the lines around it bridge.
 */
function joinTouching(lines: LayoutLine[]): LayoutLine[] {
  const order = lines.map((_, i) => i).filter((i) => !lines[i]!.vertical && !lines[i]!.rotated);
  order.sort((a, b) => lines[a]!.baseline - lines[b]!.baseline || lines[a]!.x0 - lines[b]!.x0);
  const gone = new Uint8Array(lines.length);
  for (let k = 0; k < order.length; k++) {
    const a = lines[order[k]!]!;
    if (gone[order[k]!]) continue;
    for (let j = k + 1; j < order.length; j++) {
      const b = lines[order[j]!]!;
      if (b.baseline - a.baseline > LAYOUT.baselineTolerance * a.size) break;
      if (gone[order[j]!] || Math.abs(b.size - a.size) > 0.1 * a.size) continue;
      const gap = b.x0 - a.x1;
      if (gap < -LAYOUT.overlapTolerance * a.size || gap > LAYOUT.spacedGap * a.size) continue;
      // a wider gap is a word space if the lines around run across it; a gutter stays empty all the way down
      if (gap > LAYOUT.touchingGap * a.size && !bridged(lines, order, k, a.x1, b.x0, a.size, b.x1 - a.x0)) continue;
      // one drawn over the other (an overprint shifted a little) is no piece of the same line
      if (-gap > 0.5 * Math.min(a.x1 - a.x0, b.x1 - b.x0)) continue;
      a.text = joinPieces(a.text, b.text, gap > LAYOUT.spaceGap * a.size);
      a.x1 = Math.max(a.x1, b.x1);
      a.top = Math.min(a.top, b.top);
      a.bottom = Math.max(a.bottom, b.bottom);
      gone[order[j]!] = 1;
    }
  }
  return lines.filter((_, i) => !gone[i]);
}

/**
 * The same text drawn again on (about) the same spot, or a piece of a run drawn again over it (a title set twice,
 * once whole and once in parts): the first, or the whole, is the run; the others are copies.
 */
function splitCopies(all: readonly TextRun[]): { runs: TextRun[]; copies: TextRun[] } {
  const byBaseline = new Map<number, TextRun[]>();
  const bucket = (r: TextRun) => Math.round(r.y + r.height);
  for (const r of all) {
    if (!r.text.trim()) continue;
    const k = bucket(r);
    (byBaseline.get(k) ?? byBaseline.set(k, []).get(k)!).push(r);
  }
  const copy = new Set<TextRun>();
  for (const [k, group] of byBaseline) {
    const near = [...group, ...(byBaseline.get(k - 1) ?? []), ...(byBaseline.get(k + 1) ?? [])];
    for (const r of group) {
      const text = r.text.trim(), tol = LAYOUT.duplicateTolerance * r.fontSize;
      const covered = near.some((o) => {
        if (o === r || copy.has(o) || o.dir !== r.dir || Math.abs(o.fontSize - r.fontSize) > tol) return false;
        if (Math.abs(o.y + o.height - r.y - r.height) > tol || o.x > r.x + tol || o.x + o.width < r.x + r.width - tol) return false;
        const other = o.text.trim();
        // the same text twice: the earlier drawn stays; a piece of a longer run: the longer stays
        return other === text ? all.indexOf(o) < all.indexOf(r) : other.length > text.length && other.includes(text);
      });
      if (covered) copy.add(r);
    }
  }
  return { runs: all.filter((r) => !copy.has(r)), copies: all.filter((r) => copy.has(r)) };
}
