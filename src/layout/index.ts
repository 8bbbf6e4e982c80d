import type { LineHints, PageLine } from '../core/types.js';
import { bodySize, blocksOf } from './blocks.js';
import { joinPieces, linesOf } from './lines.js';
import type { Block, Box, LayoutLine, PositionedPage, TextRun } from './model.js';
import { LAYOUT, LIMITS } from './parameters.js';
import { candidatesOf, LEARNED_WEIGHTS, type Weights } from './membership.js';
import { regionsOf, titledPage, type StoryRegion } from './stories.js';
import { dividersOf } from './dividers.js';
import { splitRunningHead } from './running-head.js';

/*
 * The layout stage, between extraction and restructuring: a printed page's positioned text runs → the
 * restructurer's input, read in the order the page is meant to be read, with hints that come from geometry.
 *   model.ts         the shapes: text runs, rules, boxes, lines, blocks
 *   lines.ts         runs → lines of one column (baselines, word gaps against gutters, overprinted copies)
 *   blocks.ts        lines → blocks (one type, one column, the usual line pitch) and the page's body size
 *   running-head.ts  the band of folio, date and masthead across the page's top
 *   dividers.ts      the rules and boxes the page draws between stories
 *   stories.ts       blocks → stories: titles, crossheads, captions, reading order
 *   membership.ts    which story each block belongs to: one scored decision over the page (weights learned, as data)
 *   parameters.ts    every threshold, as data
 * Words are left to the restructurer (bylines, datelines, jumps, captions by their wording); what geometry
 * knows — which text belongs together, in what order, where paragraphs start, how big a title is — is here.
 */

export type { PositionedPage, TextRun, Rule, WritingDirection } from './model.js';

/** The restructurer's input for one printed page: its lines in reading order, with layout hints. */
export interface LaidOutPage {
  lines: PageLine[];
  /** Set when the page draws more than the layout reads (LIMITS): what it draws, and the first of it that was read. */
  truncated?: PageCut;
}

/** Runs and characters (UTF-16 code units) a page draws, and those read: the first runs, as drawn. */
export interface PageCut {
  runs: number;
  chars: number;
  readRuns: number;
  readChars: number;
}

/** The page's blocks under its running head, the body type's size and what the page draws between stories. */
function blocksOfPage(page: PositionedPage) {
  const { runs, truncated } = withinLimits(page.runs);
  const { lines } = linesOf(runs);
  const body = bodySize(lines.filter((l) => !l.vertical && !l.rotated));
  const { head, rest: blocks } = splitRunningHead(blocksOf(lines), page.height, body);
  return { head, blocks, body, drawn: dividersOf(page.rules, framing(page.boxes, blocks, body)), truncated };
}

/** `weights`: the story decision's (membership.ts); the learned ones unless a learning script tries others. */
export function layoutPage(page: PositionedPage, weights: Weights = LEARNED_WEIGHTS): LaidOutPage {
  const { head, blocks, body, drawn, truncated } = blocksOfPage(page);
  const regions = regionsOf(blocks, body, drawn, weights, page.images);
  const out: PageLine[] = [];
  const pieces: Array<{ top: number; x: number; emit: () => void }> = [];
  for (const story of regions.stories) {
    const anchor = story.title ?? story.blocks[0]!;
    pieces.push({ top: anchor.top, x: anchor.x0, emit: () => emitStory(out, story, body) });
  }
  for (const run of regions.untitled) pieces.push({ top: run[0]!.top, x: run[0]!.x0, emit: () => emitText(out, run, new Set(), body) });
  pieces.sort((a, b) => a.top - b.top || a.x - b.x);
  for (const p of pieces) p.emit();
  // what no story holds, read apart: the running head, small type, rotated text
  for (const b of [...head, ...regions.furniture]) emitLines(out, b.lines, body, { caption: true });
  return truncated ? { lines: out, truncated } : { lines: out };
}

/**
 * The page's runs, as drawn, up to LIMITS.runsPerPage runs and LIMITS.charsPerPage characters: the run that
 * crosses the character limit is read up to it (whole characters), so what fits is read to the last character.
 */
function withinLimits(drawn: readonly TextRun[]): { runs: readonly TextRun[]; truncated?: PageCut } {
  let chars = 0;
  for (const r of drawn) chars += r.text.length;
  if (drawn.length <= LIMITS.runsPerPage && chars <= LIMITS.charsPerPage) return { runs: drawn };
  const runs: TextRun[] = [];
  let readChars = 0;
  for (const r of drawn) {
    if (runs.length === LIMITS.runsPerPage) break;
    const room = LIMITS.charsPerPage - readChars;
    const run = r.text.length <= room ? r : cutRun(r, room);
    if (run.text) runs.push(run);
    readChars += run.text.length;
    if (run !== r) break;
  }
  return { runs, truncated: { runs: drawn.length, chars, readRuns: runs.length, readChars } };
}

/** The run's first `room` code units (a pair of surrogates kept whole), its box shortened in proportion. */
function cutRun(run: TextRun, room: number): TextRun {
  const high = run.text.charCodeAt(room - 1), low = run.text.charCodeAt(room);
  const end = high >= 0xd800 && high < 0xdc00 && low >= 0xdc00 && low < 0xe000 ? room - 1 : room;
  const share = end / run.text.length;
  return run.dir === 'ttb' ? { ...run, text: run.text.slice(0, end), height: run.height * share } : { ...run, text: run.text.slice(0, end), width: run.width * share };
}

/**
 * The story decision's input on a page, for scripts/learn-layout.mjs: each block of text (or crosshead) with every
 * choice open to it and that choice's evidence; a choice of block names it by its index in `nodes`.
 */
export function membershipEvidence(page: PositionedPage) {
  const { blocks, body, drawn } = blocksOfPage(page);
  const { nodes, heads, context, crossheads } = titledPage(blocks, body, drawn, page.images);
  const candidates = candidatesOf(nodes, heads, { ...context, crossheads: new Set(crossheads.keys()) });
  const textOf = (bs: readonly Block[]) => bs.flatMap((b) => b.lines.map((l) => l.text)).join('\n');
  return {
    nodes: nodes.map((b) => ({
      text: textOf([b]),
      candidates: candidates.get(b)!.map((c) => ({
        kind: c.choice.kind,
        title: c.choice.kind === 'title' ? textOf(c.choice.title.blocks) : undefined,
        block: c.choice.kind === 'block' ? nodes.indexOf(c.choice.block) : undefined,
        evidence: c.evidence,
      })),
    })),
  };
}

/** The boxes that frame text (a sidebar, a boxed story); a tinted panel behind a title alone frames nothing. */
function framing(boxes: readonly Box[] = [], blocks: readonly Block[], body: number): Box[] {
  return boxes.filter((box) => blocks.some((b) => b.size < LAYOUT.titleScale * body && b.x0 >= box.x0 - 2 && b.x1 <= box.x1 + 2 && b.top >= box.top - 2 && b.bottom <= box.bottom + 2));
}

const blank = (out: PageLine[]) => { if (out.length && out[out.length - 1]!.text !== '') out.push({ text: '' }); };

function emitLines(out: PageLine[], lines: readonly LayoutLine[], body: number, extra: LineHints): void {
  blank(out);
  for (const l of lines) out.push({ text: l.text, hints: { ...sizeHints(l, body), ...extra } });
}

function emitStory(out: PageLine[], story: StoryRegion, body: number): void {
  blank(out);
  let first = true;
  if (story.title) {
    for (const b of story.title.blocks) {
      blank(out);
      for (const l of b.lines) {
        // geometry says title, whatever its size: a heading (its parts told apart by fontScale)
        out.push({ text: l.text, hints: { ...sizeHints(l, body), heading: 1, ...(first ? { storyStart: true } : {}) } });
        first = false;
      }
    }
  }
  for (const a of story.asides) emitLines(out, a.lines, body, {});
  blank(out);
  emitText(out, story.blocks, story.crossheads, body, first);
  for (const t of story.trailer) emitLines(out, t.lines, body, { caption: true });
}

/**
 * A story's text, block after block, with no break between blocks (a column break is not a paragraph's end):
 * paragraph starts are told by their indent against the column's left edge; a crosshead is a paragraph of its
 * own, and so is what follows it.
 */
function emitText(out: PageLine[], blocks: readonly Block[], crossheads: ReadonlySet<Block>, body: number, storyStart = false): void {
  blank(out);
  const setIns = blocks.map((b, at) => {
    if (crossheads.has(b)) return [];
    const around = blocks.slice(Math.max(0, at - LIMITS.neighbours), at + LIMITS.neighbours + 1);
    const left = columnEdge(b, around, 'left');
    let right: number | undefined;
    return b.lines.map((l, k) => {
      // lines set beside a drop capital stand off the edge by the capital, not by an indent
      const setIn = b.dropCapBottom !== undefined && l.top < b.dropCapBottom && k > 0 ? 0 : (l.x0 - left) / l.size;
      if (setIn < LAYOUT.centredMargin) return { setIn, centred: false };
      right ??= columnEdge(b, around, 'right');
      return { setIn, centred: Math.abs(l.x0 - left - (right - l.x1)) <= l.size };
    });
  });
  // a line set centred (a date, a day's heading) stands apart: where the story indents its paragraphs it is one,
  // and so is the line after it; where they are set flush, it is no indent, and the lines' ends tell
  const indents = setIns.some((lines) => lines.some((l) => l.setIn >= LAYOUT.indent && !l.centred));
  let afterCrosshead = false, afterCentred = false;
  blocks.forEach((b, at) => {
    if (crossheads.has(b)) {
      // a crosshead is one paragraph however its lines are set (staggered, centred): one line, read as such
      const text = b.lines.map((l) => l.text).reduce((a, t) => joinPieces(a, t, true));
      out.push({ text, hints: { bold: true, indent: 1, ...(storyStart ? { storyStart } : {}) } });
      storyStart = false;
      afterCrosshead = true;
      return;
    }
    b.lines.forEach((l, k) => {
      const { setIn, centred } = setIns[at]![k]!;
      let indent = setIn >= LAYOUT.indent && (indents || !centred) ? round1(setIn) : 0;
      if ((afterCrosshead && k === 0) || (indents && afterCentred)) indent = Math.max(indent, 1);
      const hints: LineHints = { ...sizeHints(l, body), indent };
      if (storyStart) { hints.storyStart = true; storyStart = false; }
      out.push({ text: l.text, hints });
      afterCentred = centred;
    });
    afterCrosshead = false;
  });
}

/**
 * Where the block's column starts (`left`) or ends (`right`): the edge most of its lines share (not the outermost
 * line) — the block's own where it has lines enough (text set narrower beside a picture or a pull quote has an edge
 * of its own), else its column's, over the story's blocks set in that column (those read near it:
 * LIMITS.neighbours either side).
 */
function columnEdge(b: Block, story: readonly Block[], side: 'left' | 'right'): number {
  // the right edge is read as a left one mirrored, so that one count serves both
  const at = side === 'left' ? (l: LayoutLine) => l.x0 : (l: LayoutLine) => -l.x1;
  const sign = side === 'left' ? 1 : -1;
  if (b.lines.length >= LAYOUT.edgeLines) { const own = usualEdge([b], at); if (own !== null) return sign * own; }
  const column = story.filter((o) => !o.vertical && Math.min(o.x1, b.x1) - Math.max(o.x0, b.x0) >= LAYOUT.sameColumn * Math.min(o.x1 - o.x0, b.x1 - b.x0));
  const edge = usualEdge(column, at);
  return edge === null ? (side === 'left' ? b.x0 : b.x1) : sign * edge;
}

/** The edge most lines of these blocks share (two at least), the outermost of equals. */
function usualEdge(blocks: readonly Block[], at: (l: LayoutLine) => number): number | null {
  const counts = new Map<number, number>();
  for (const o of blocks) for (const l of o.lines) { const k = Math.round(at(l) * 2) / 2; counts.set(k, (counts.get(k) ?? 0) + 1); }
  let best: number | null = null, most = 1;
  for (const [x, n] of counts) if (n > most || (n === most && best !== null && x < best)) { most = n; best = x; }
  return best;
}

function sizeHints(l: LayoutLine, body: number): LineHints {
  const scale = Math.round((l.size / body) * 100) / 100;
  const hints: LineHints = {};
  if (Math.abs(scale - 1) > 0.08) hints.fontScale = scale;
  if (l.bold) hints.bold = true;
  return hints;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
