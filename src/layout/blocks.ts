import { boxOf, overlap, type Block, type LayoutLine } from './model.js';
import { LAYOUT } from './parameters.js';

/**
 * Lines → blocks: each line goes under the nearest block above it that it continues — in type of the same size,
 * at the block's usual line pitch, standing in the same column (overlapping it, its left edge near the block's,
 * save an indent or centring). A wider gap, a change of type or of column starts a new block. Vertical and
 * rotated lines are blocks of their own. Open blocks are found by where they stand across the page (a grid of
 * vertical strips), so a line weighs the blocks of its own column, not every block still open across the page.
 */
export function blocksOf(lines: readonly LayoutLine[]): Block[] {
  const blocks: Building[] = [];
  const horizontal = lines.filter((l) => !l.vertical && !l.rotated).sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const open = new OpenBlocks(horizontal);
  for (const line of horizontal) {
    let best: Building | null = null, bestPitch = Infinity;
    for (const b of open.near(line)) {
      const pitch = line.baseline - b.last.baseline;
      if (pitch < 0.5 * Math.min(line.size, b.last.size) || pitch > bestPitch || !continuesBlock(b, line, pitch)) continue;
      // the first started of blocks at the same pitch, as a walk over them in order would take
      if (pitch === bestPitch && best!.id < b.id) continue;
      best = b;
      bestPitch = pitch;
    }
    if (best) { add(best, line, bestPitch); open.grew(best); } else { const b = start(line, blocks.length); blocks.push(b); open.enter(b); }
  }
  const result = blocks.map(finish);
  for (const l of lines) if (l.vertical || l.rotated) result.push(finish(start(l, -1)));
  return result;
}

interface Building {
  id: number;
  lines: LayoutLine[];
  last: LayoutLine;
  x0: number;
  x1: number;
  /** The pitches from line to line, for their median: the lower half and the upper half. */
  pitches: RunningMedian;
  open: boolean;
  /** The strips [first, last] of the open-block grid the block is entered in. */
  strips: [number, number];
  /** The last line that weighed it (a block stands in several strips). */
  seen: LayoutLine | null;
}

const start = (line: LayoutLine, id: number): Building => ({ id, lines: [line], last: line, x0: line.x0, x1: line.x1, pitches: new RunningMedian(), open: true, strips: [0, -1], seen: null });

function add(b: Building, line: LayoutLine, pitch: number): void {
  b.lines.push(line);
  b.last = line;
  b.pitches.push(pitch);
  b.x0 = Math.min(b.x0, line.x0);
  b.x1 = Math.max(b.x1, line.x1);
}

/** Strips across the page that the open-block grid has: a wide block is entered in a few hundred at most. */
const STRIPS = 256;

/**
 * The blocks still open (their last line at most four of its lines above the line being placed), entered in every
 * vertical strip of the page they span. A block is closed, and leaves its strips, when a line below its reach
 * weighs it: lines come top to bottom, so a block out of reach for one line is out of reach for every later one.
 */
class OpenBlocks {
  private readonly strips: Building[][] = Array.from({ length: STRIPS }, () => []);
  private readonly left: number;
  private readonly width: number;

  constructor(lines: readonly LayoutLine[]) {
    let x0 = Infinity, x1 = -Infinity;
    for (const l of lines) { x0 = Math.min(x0, l.x0); x1 = Math.max(x1, l.x1); }
    this.left = x0;
    // strips no narrower than a few words of the page's type: a column stands in one or two
    const type = median(lines.map((l) => l.size));
    this.width = Math.max(x1 > x0 ? (x1 - x0) / STRIPS : 1, 8 * type);
  }

  private strip(x: number): number {
    const s = Math.floor((x - this.left) / this.width);
    return s >= 0 ? Math.min(s, STRIPS - 1) : 0;
  }

  enter(b: Building): void { this.grew(b); }

  /** Enters a block in the strips its widened box reaches. */
  grew(b: Building): void {
    // a box drawn right to left (a negative width) spans its strips all the same
    const first = this.strip(Math.min(b.x0, b.x1)), last = this.strip(Math.max(b.x0, b.x1)), [was0, was1] = b.strips;
    for (let s = first; s <= last; s++) if (s < was0 || s > was1) this.strips[s]!.push(b);
    b.strips = [Math.min(first, was0), Math.max(last, was1)];
  }

  /**
   * The open blocks that may take the line: those standing within a few of its em across (a block overlapping
   * it, or with its left edge or centre near the line's), each once, the closed ones dropped as they are met.
   */
  *near(line: LayoutLine): Generator<Building> {
    const reach = 4 * line.size;
    for (let s = this.strip(Math.min(line.x0, line.x1) - reach), last = this.strip(Math.max(line.x0, line.x1) + reach); s <= last; s++) {
      const strip = this.strips[s]!;
      let kept = 0;
      for (const b of strip) {
        if (b.open && line.baseline - b.last.baseline > 4 * b.last.size) b.open = false;
        if (!b.open) continue;
        strip[kept++] = b;
        if (b.seen === line) continue;
        b.seen = line;
        yield b;
      }
      if (kept < strip.length) strip.length = kept;
    }
  }
}

function continuesBlock(b: Building, line: LayoutLine, pitch: number): boolean {
  const size = b.last.size, first = b.lines[0]!.size;
  // against the first line too: type stepping down line by line (a label, a title, the text) is three blocks
  if (Math.max(size, line.size) / Math.min(size, line.size) > LAYOUT.blockSizeRatio) return false;
  if (Math.max(first, line.size) / Math.min(first, line.size) > LAYOUT.blockSizeRatio) return false;
  const usual = b.pitches.median();
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
  for (const l of b.lines) {
    chars += l.text.length;
    if (l.bold) boldChars += l.text.length;
  }
  return { lines: b.lines, ...box, size: typeSize(b.lines, chars), bold: boldChars > chars / 2, vertical: b.lines[0]!.vertical };
}

/** The size most of the lines' characters are set in (their median by character): a bold date over its text is its text's size. */
function typeSize(lines: readonly LayoutLine[], chars: number): number {
  const bySize = [...lines].sort((a, b) => a.size - b.size);
  let seen = 0;
  for (const l of bySize) if ((seen += l.text.length) * 2 > chars) return l.size;
  return bySize[bySize.length >> 1]!.size;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : 0;
}

/**
 * The median of numbers as they come (what `median` gives of all so far: the upper of the middle two), kept in
 * two heaps — the lower half, largest on top, and the upper half, smallest on top — so each number costs log n,
 * where sorting them all again for each new line made a long column quadratic.
 */
export class RunningMedian {
  private readonly lower = new Heap((a, b) => a > b);
  private readonly upper = new Heap((a, b) => a < b);

  push(x: number): void {
    if (this.upper.size && x >= this.upper.top()) this.upper.push(x); else this.lower.push(x);
    // the upper half holds the middle: as many as the lower half, or one more
    if (this.lower.size > this.upper.size) this.upper.push(this.lower.pop());
    else if (this.upper.size > this.lower.size + 1) this.lower.push(this.upper.pop());
  }

  /** 0 before any number. */
  median(): number {
    return this.upper.size ? this.upper.top() : 0;
  }
}

/** A binary heap of numbers, `before(a, b)` when a belongs nearer the top. */
class Heap {
  private readonly items: number[] = [];
  constructor(private readonly before: (a: number, b: number) => boolean) {}

  get size(): number { return this.items.length; }
  top(): number { return this.items[0]!; }

  push(x: number): void {
    const items = this.items;
    let i = items.push(x) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): number {
    const items = this.items, top = items[0]!, last = items.pop()!;
    if (!items.length) return top;
    items[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1, r = l + 1;
      let next = i;
      if (l < items.length && this.before(items[l]!, items[next]!)) next = l;
      if (r < items.length && this.before(items[r]!, items[next]!)) next = r;
      if (next === i) break;
      [items[i], items[next]] = [items[next]!, items[i]!];
      i = next;
    }
    return top;
  }
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
