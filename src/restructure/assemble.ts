import { firstCodePoint, isCjkLetter, isLatinLower, isLatinUpper } from '../text/script.js';
import { endsSentence } from './features.js';
import type { Line, LineKind } from './model.js';
import { assignMaxWeight } from '../core/hungarian.js';
import { isJumpLine, trailingCjkByline, trailingJump } from './patterns.js';

/**
 * Evidence that one column piece of the text (a blank-separated block) goes on where another stops, with the
 * weights it carries. A piece's score as an open end plus the other's as a continuation plus how alike their
 * columns are must reach ACCEPT; the page's pairs are then taken best first. All weights in one place, as data.
 */
export const CONTINUATION = Object.freeze({
  /** The piece stops mid-sentence (no full stop, question or exclamation mark at its end). */
  openEnd: 1,
  /** …on a word broken by a hyphen, or on a comma, colon, semicolon or dash: it must go on. */
  brokenEnd: 1,
  /** Its last line runs to the column's measure: cut by the column, not a paragraph's end. */
  fullLastLine: 0.5,
  /** Latin: the piece opens in lower case, mid-sentence. */
  lowercaseStart: 2.5,
  /** CJK: the piece opens with a mark no sentence opens with (，。、；：…). */
  cjkMarkStart: 2.5,
  /** CJK: its first line runs to the measure, with no paragraph indent: it opens mid-paragraph. */
  fullFirstLine: 1.5,
  /** Against: its first line is set in like a paragraph's first line. */
  indentedFirstLine: -1.5,
  /** Latin: a capital opens it (a new sentence or a name): weak evidence against a continuation. */
  capitalStart: -0.5,
  /** Per unit of |ln(measure ratio)|: the two pieces are set in different column widths. */
  measureMismatch: -6,
  /** The continuation is the next body piece in the text already: the reading order the text layer gave. */
  nextInText: 1,
  /** Per piece between the two (either direction), up to the cap: pieces far apart are less likely a pair. */
  perPieceBetween: -0.03,
  maxDistancePenalty: -0.6,
  /**
   * The two letters the join would put side by side (CJK), or the word a broken hyphen would mend (Latin), stand
   * together elsewhere on the page: the join reads as the page's own language.
   */
  junctionSeen: 1.5,
  /** Least total evidence for a pair. */
  accept: 3,
});

/** Pieces apart (either way) within which a continuation is looked for: keeps the pairs linear in the page. */
const REACH = 40;
/** A line within this much (em; CJK: one character) of the measure runs to it. */
const FULL_SLACK = { cjk: 0.9, latin: 1.5 };
/** Set in by at least this much (em) short of the measure: a paragraph's first line (CJK: two characters). */
const INDENT = { cjk: 1.5, latin: 1.2 };
/** Least lines a piece needs to show its column's measure. */
const MEASURE_LINES = 3;
/** A piece taken out of the text's order has at least this many lines on the side that matters, or one this wide (em). */
const MOVED_LINES = 2, MOVED_WIDTH = { cjk: 4, latin: 8 };

/** CJK marks that never open a sentence: a piece opening with one opens mid-sentence. */
const NO_START = new Set([0xff0c, 0x3002, 0x3001, 0xff1b, 0xff1a, 0xff01, 0xff1f, 0xff09, 0x300d, 0x300f, 0x300b, 0x201d, 0x2019]);

interface Piece {
  start: number;
  end: number;
  /** Median width of its lines but the last (em); 0 when it has too few lines to tell. */
  measure: number;
  cjk: boolean;
  /** Evidence that it stops mid-sentence / opens mid-sentence; NaN: it cannot (not body text there). */
  asEnd: number;
  asStart: number;
}

/**
 * Puts the column pieces of a story back in reading order where the text layer gave them out of it: a piece that
 * opens mid-sentence is moved after the piece that stops mid-sentence in the same column width (a text layer
 * reads a page's columns in an order of its own, and a story's column tops land before or after its start).
 * Only plain text needs it: lines with layout hints come in reading order already. Returns the lines and their
 * kinds, reordered by whole pieces (a permutation: nothing is dropped or repeated), or the same arrays.
 */
export function reassembleColumns(lines: readonly Line[], kinds: readonly LineKind[]): { lines: readonly Line[]; kinds: readonly LineKind[] } {
  const pieces = piecesOf(lines, kinds);
  const next = pairPieces(pieces, lines);
  if (!next.some((n) => n >= 0)) return { lines, kinds };
  const isContinuation = new Uint8Array(pieces.length);
  for (const n of next) if (n >= 0) isContinuation[n] = 1;
  const order: number[] = [];
  pieces.forEach((_, p) => {
    if (isContinuation[p]) return;
    for (let q = p; q >= 0; q = next[q]!) order.push(q);
  });
  const outLines: Line[] = [], outKinds: LineKind[] = [];
  for (const p of order) for (let i = pieces[p]!.start; i < pieces[p]!.end; i++) { outLines.push(lines[i]!); outKinds.push(kinds[i]!); }
  return { lines: outLines, kinds: outKinds };
}

function piecesOf(lines: readonly Line[], kinds: readonly LineKind[]): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && !lines[i]!.breakBefore) continue;
    if (i > start) pieces.push(pieceOf(lines, kinds, start, i));
    start = i;
  }
  return pieces;
}

function pieceOf(lines: readonly Line[], kinds: readonly LineKind[], start: number, end: number): Piece {
  const first = lines[start]!, last = lines[end - 1]!;
  const cjk = first.cjk;
  const widths: number[] = [];
  for (let i = start; i < end - 1; i++) widths.push(lines[i]!.width);
  widths.sort((a, b) => a - b);
  const measure = widths.length >= MEASURE_LINES - 1 && end - start >= MEASURE_LINES ? widths[widths.length >> 1]! : 0;
  const script = cjk ? 'cjk' : 'latin';
  const piece: Piece = { start, end, measure, cjk, asEnd: NaN, asStart: NaN };
  const lastKind = kinds[end - 1];
  if ((lastKind === 'body' || lastKind === 'opening') && last.cjk === cjk && !endsSentence(last.text) && !isJumpLine(last.text) && !(cjk && (trailingJump(last.text) > 0 || trailingCjkByline(last.text) !== null))) {
    let e = CONTINUATION.openEnd;
    if (/[-\u00ad\u2010,;:\u2013\u2014，、；：]$/.test(last.text)) e += CONTINUATION.brokenEnd;
    if (measure && last.width >= measure - FULL_SLACK[script]) e += CONTINUATION.fullLastLine;
    piece.asEnd = e;
  }
  if (kinds[start] === 'body') {
    const cp = firstCodePoint(first.text);
    let s = 0;
    if (!cjk) {
      if (isLatinLower(cp)) s += CONTINUATION.lowercaseStart;
      else if (isLatinUpper(cp)) s += CONTINUATION.capitalStart;
    } else if (NO_START.has(cp)) s += CONTINUATION.cjkMarkStart;
    if (measure && end - start > 1) {
      if (first.width >= measure - FULL_SLACK[script]) s += cjk ? CONTINUATION.fullFirstLine : 0;
      else if (first.width <= measure - INDENT[script]) s += CONTINUATION.indentedFirstLine;
    }
    piece.asStart = s;
  }
  return piece;
}

/**
 * The best pairs of open end → continuation, each piece at most once on each side and no chain turned into a loop:
 * first the pairs the text's own order gives (a piece and the next body piece after it), then the rest, best
 * first. Returns, per piece, the piece that continues it (-1: none).
 */
function pairPieces(pieces: readonly Piece[], lines: readonly Line[]): number[] {
  const nextBody = new Int32Array(pieces.length).fill(-1);
  for (let p = pieces.length - 2; p >= 0; p--) {
    const q = p + 1;
    nextBody[p] = Number.isNaN(pieces[q]!.asStart) ? nextBody[q]! : q;
  }
  const candidates: Array<[number, number]> = [];
  pieces.forEach((e, p) => {
    if (Number.isNaN(e.asEnd)) return;
    for (let q = Math.max(0, p - REACH); q < pieces.length && q <= p + REACH; q++) {
      const s = pieces[q]!;
      if (q === p || Number.isNaN(s.asStart) || s.cjk !== e.cjk) continue;
      if (!movable(e, lines, 'end') || !movable(s, lines, 'start')) continue;
      candidates.push([p, q]);
    }
  });
  const seen = junctionsSeen(candidates.map(([p, q]) => junction(lines[pieces[p]!.end - 1]!, lines[pieces[q]!.start]!)), lines);
  const pairs: Array<[number, number, number, boolean]> = [];
  candidates.forEach(([p, q], k) => {
    const e = pieces[p]!, s = pieces[q]!;
    let score = e.asEnd + s.asStart;
    if (e.measure && s.measure) score += CONTINUATION.measureMismatch * Math.abs(Math.log(e.measure / s.measure));
    if (seen[k]) score += CONTINUATION.junctionSeen;
    const inOrder = nextBody[p] === q;
    score += inOrder ? CONTINUATION.nextInText : Math.max(CONTINUATION.maxDistancePenalty, CONTINUATION.perPieceBetween * Math.abs(q - p));
    if (score >= CONTINUATION.accept) pairs.push([score, p, q, inOrder]);
  });
  const next = new Array<number>(pieces.length).fill(-1);
  const taken = new Uint8Array(pieces.length);
  // each chain's head, to refuse a pair that would close a loop
  const root = Array.from(pieces, (_, i) => i);
  const find = (i: number): number => { while (root[i] !== i) { root[i] = root[root[i]!]!; i = root[i]!; } return i; };
  const link = (p: number, q: number) => {
    if (next[p]! >= 0 || taken[q] || find(p) === find(q)) return;
    next[p] = q;
    taken[q] = 1;
    root[find(q)] = find(p);
  };
  // the text's own order first: a piece whose next body piece plausibly goes on from it keeps it
  for (const [, p, q] of pairs.filter((x) => x[3]).sort((a, b) => b[0] - a[0])) link(p, q);
  for (const [p, q] of assignByGroups(pairs.filter(([, p, q, inOrder]) => !inOrder && next[p]! < 0 && !taken[q]))) link(p, q);
  return next;
}

/** Pieces of a group of competing pairs solved exactly; larger groups (a huge page's) are taken best first. */
const EXACT_GROUP = 64;

/**
 * The pairs to make among competing ones, as a whole: the maximum-weight assignment of open ends to continuations
 * in each group of pairs that share pieces (a piece that fits two ends goes to the one nothing else fits), best
 * pairs first in the order returned (so loops are broken at their weakest pair).
 */
function assignByGroups(pairs: ReadonlyArray<[number, number, number, boolean]>): Array<[number, number]> {
  const group = new Map<string, number>();
  const parent: number[] = [];
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  const node = (key: string) => { let n = group.get(key); if (n === undefined) { n = parent.length; parent.push(n); group.set(key, n); } return n; };
  for (const [, p, q] of pairs) { const a = find(node(`e${p}`)), b = find(node(`s${q}`)); if (a !== b) parent[a] = b; }
  const groups = new Map<number, Array<[number, number, number, boolean]>>();
  for (const pair of pairs) {
    const g = find(node(`e${pair[1]}`));
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(pair);
  }
  const chosen: Array<[number, number, number]> = [];
  for (const list of groups.values()) {
    const ends = [...new Set(list.map((x) => x[1]))], starts = [...new Set(list.map((x) => x[2]))];
    if (ends.length + starts.length > EXACT_GROUP) {
      for (const [score, p, q] of list) chosen.push([score, p, q]);
      continue;
    }
    const weights = ends.map(() => starts.map(() => 0));
    for (const [score, p, q] of list) weights[ends.indexOf(p)]![starts.indexOf(q)] = score - CONTINUATION.accept + EPSILON;
    assignMaxWeight(weights).forEach((c, r) => {
      if (c >= 0) chosen.push([weights[r]![c]!, ends[r]!, starts[c]!]);
    });
  }
  return chosen.sort((a, b) => b[0] - a[0]).map(([, p, q]) => [p, q]);
}

/** Added to every pair's weight over the bar, so that a pair just at the bar still counts as wanted. */
const EPSILON = 1e-6;

/** A piece substantial enough to be taken out of the text's order: a few lines, or a line of some width. */
function movable(piece: Piece, lines: readonly Line[], side: 'end' | 'start'): boolean {
  const line = lines[side === 'end' ? piece.end - 1 : piece.start]!;
  return piece.end - piece.start >= MOVED_LINES || line.width >= MOVED_WIDTH[piece.cjk ? 'cjk' : 'latin'];
}

/**
 * What a join would make, to look for on the rest of the page: two CJK letters side by side, or the word mended
 * across a broken hyphen (lower case). Null where a join makes nothing to look for.
 */
function junction(end: Line, start: Line): string | null {
  const a = [...end.text.slice(-2)].pop() ?? '', b = String.fromCodePoint(firstCodePoint(start.text));
  if (end.cjk) return isCjkLetter(a.codePointAt(0) ?? 0) && isCjkLetter(b.codePointAt(0) ?? 0) ? a + b : null;
  const broken = /([A-Za-z]+)-$/.exec(end.text), rest = /^[a-z]+/.exec(start.text);
  return broken && rest ? (broken[1]! + rest[0]).toLowerCase() : null;
}

/**
 * Whether each junction stands somewhere on the page (within a piece's own lines, which read in order, CJK lines
 * joined without a break). One pass over the page for all of them.
 */
function junctionsSeen(junctions: ReadonlyArray<string | null>, lines: readonly Line[]): boolean[] {
  const bigrams = new Set<string>(), words = new Set<string>(), leads = new Set<number>();
  for (const j of junctions) {
    if (!j) continue;
    if (j.charCodeAt(0) < 0x80) words.add(j);
    else { bigrams.add(j); leads.add(j.charCodeAt(0)); }
  }
  const found = new Set<string>();
  let prev = '';
  for (const line of lines) {
    if (line.cjk && bigrams.size) {
      // only where a wanted bigram's first letter stands (most never do): no string made per letter
      const text = line.breakBefore ? line.text : prev + line.text;
      for (let i = 0; i + 1 < text.length; i++) if (leads.has(text.charCodeAt(i))) { const bigram = text.slice(i, i + 2); if (bigrams.has(bigram)) found.add(bigram); }
    } else if (!line.cjk && words.size) {
      for (const w of line.text.toLowerCase().match(/[a-z]+/g) ?? []) if (words.has(w)) found.add(w);
    }
    prev = line.cjk ? line.text.slice(-1) : '';
  }
  return junctions.map((j) => j !== null && found.has(j));
}

