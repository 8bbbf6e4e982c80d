import { boxOf, overlap, type Block, type LayoutLine } from './model.js';
import { LAYOUT } from './parameters.js';

/**
 * Lines → blocks: each line goes under the nearest block above it that it continues — in type of the same size,
 * at the block's usual line pitch, standing in the same column (overlapping it, its left edge near the block's,
 * save an indent or centring). A wider gap, a change of type or of column starts a new block. Vertical and
 * rotated lines are blocks of their own.
 */
export function blocksOf(lines: readonly LayoutLine[]): Block[] {
  const blocks: Building[] = [];
  const horizontal = lines.filter((l) => !l.vertical && !l.rotated).sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  for (const line of horizontal) {
    let best: Building | null = null, bestPitch = Infinity;
    for (const b of blocks) {
      if (!b.open) continue;
      const pitch = line.baseline - b.last.baseline;
      if (pitch > 4 * b.last.size) { b.open = false; continue; }
      if (pitch < 0.5 * Math.min(line.size, b.last.size) || pitch >= bestPitch || !continuesBlock(b, line, pitch)) continue;
      best = b;
      bestPitch = pitch;
    }
    if (best) add(best, line, bestPitch);
    else blocks.push(start(line));
  }
  const result = blocks.map(finish);
  for (const l of lines) if (l.vertical || l.rotated) result.push(finish(start(l)));
  return result;
}

interface Building {
  lines: LayoutLine[];
  last: LayoutLine;
  x0: number;
  x1: number;
  pitches: number[];
  open: boolean;
}

const start = (line: LayoutLine): Building => ({ lines: [line], last: line, x0: line.x0, x1: line.x1, pitches: [], open: true });

function add(b: Building, line: LayoutLine, pitch: number): void {
  b.lines.push(line);
  b.last = line;
  b.pitches.push(pitch);
  b.x0 = Math.min(b.x0, line.x0);
  b.x1 = Math.max(b.x1, line.x1);
}

function continuesBlock(b: Building, line: LayoutLine, pitch: number): boolean {
  const size = b.last.size, first = b.lines[0]!.size;
  // against the first line too: type stepping down line by line (a label, a title, the text) is three blocks
  if (Math.max(size, line.size) / Math.min(size, line.size) > LAYOUT.blockSizeRatio) return false;
  if (Math.max(first, line.size) / Math.min(first, line.size) > LAYOUT.blockSizeRatio) return false;
  const usual = b.pitches.length ? median(b.pitches) : 0;
  if (usual ? pitch > LAYOUT.pitchGrowth * usual : pitch > LAYOUT.firstPitch * Math.max(size, line.size)) return false;
  const shared = overlap(b.x0, b.x1, line.x0, line.x1);
  if (shared < LAYOUT.blockOverlap * Math.min(b.x1 - b.x0, line.x1 - line.x0)) return false;
  // left-aligned (an indent allowed) or centred on the block: no line of a neighbouring column, and no stretch of
  // the column set narrower beside a picture (that has an edge of its own)
  const shift = LAYOUT.blockEdgeShift * size;
  const centred = Math.abs((b.x0 + b.x1) / 2 - (line.x0 + line.x1) / 2) <= size;
  return Math.abs(line.x0 - b.x0) <= shift || centred;
}

function finish(b: Building): Block {
  const box = boxOf(b.lines);
  let chars = 0, boldChars = 0;
  const sizes: number[] = [];
  for (const l of b.lines) {
    chars += l.text.length;
    if (l.bold) boldChars += l.text.length;
    sizes.push(l.size);
  }
  return { lines: b.lines, ...box, size: median(sizes), bold: boldChars > chars / 2, vertical: b.lines[0]!.vertical };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : 0;
}

/** The size of the page's body type: the size most of its characters are set in. */
export function bodySize(lines: readonly LayoutLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) {
    const key = Math.round(l.size * 4) / 4;
    chars.set(key, (chars.get(key) ?? 0) + l.text.length);
  }
  let best = 0, most = -1;
  for (const [size, n] of chars) if (n > most) { most = n; best = size; }
  return best || 10;
}
