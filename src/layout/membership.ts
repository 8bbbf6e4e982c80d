import { endsSentence } from '../text/sentence.js';
import { firstCodePoint, isLatinLower } from '../text/script.js';
import { NARROW_RULE, type Dividers } from './dividers.js';
import { overlap, type Block, type Box } from './model.js';
import { LAYOUT, LIMITS } from './parameters.js';
import type { Evidence } from './evidence.js';
import { weights as learned } from './membership-weights.json';
import { assignMaxWeight } from '../core/hungarian.js';

/**
 * Which story each block of a page's text belongs to, decided at once for the whole page. Every block chooses
 * what it follows:
 *   - a title: it is text set under the title (or beside a vertical one, or beside a headline set in among its
 *     columns);
 *   - a block it continues: the block above it in its column (the column runs on past a paragraph gap, a photo,
 *     a crosshead), or the last block of a column to its left (the story turns to its next column);
 *   - nothing: it opens text no title holds.
 * Each choice is scored as a weighted sum of the evidence named in evidence.ts, with the weights learned from the
 * gold pages by `scripts/learn-layout.mjs` (leave one paper out; kept as data in membership-weights.json). The
 * choices are decoded together under the column flow's constraint — a block is continued by one block at most —
 * as a maximum-weight assignment (columnFlow), and a block's story is where its chain of choices ends: a title,
 * or the block that opened untitled text. Each choice points to a title or to text above or in a column to the
 * left, so the choices make chains; a loop (possible only where blocks are narrower than an em) is cut at its
 * weakest link.
 */

export type Weights = Readonly<Partial<Record<Evidence, number>>>;

export const LEARNED_WEIGHTS: Weights = learned;

/** Small type: a caption's, a credit's (as the rest of the layout stage reads it). */
const SMALL = LAYOUT.smallScale;

/** A title as membership sees it: where it stands, whether it is set vertically. */
export interface TitleBox {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
  vertical: boolean;
}

export type Choice<T> = { kind: 'title'; title: T } | { kind: 'block'; block: Block } | { kind: 'none' };

export interface Candidate<T> {
  choice: Choice<T>;
  evidence: Partial<Record<Evidence, number>>;
}

export interface MembershipPage {
  body: number;
  dividers: Dividers;
  /** Blocks that are crossheads: small titles inside a story's text, set in type of their own. */
  crossheads?: ReadonlySet<Block>;
  /** Where the page paints its pictures. */
  pictures?: readonly Box[];
}

/**
 * Every choice open to each block, with its evidence (the learning script reads these too). Neighbours are found
 * through indexes sorted by position, each search looking at no more than LIMITS.neighbours of them, so a page of
 * tens of thousands of blocks is weighed in near-linear time.
 */
export function candidatesOf<T extends TitleBox>(blocks: readonly Block[], titles: readonly T[], page: MembershipPage): Map<Block, Candidate<T>[]> {
  const crossheads = page.crossheads ?? new Set<Block>();
  const { body } = page;
  const horizontal = titles.filter((t) => !t.vertical);
  const titlesByBottom = new Sorted(horizontal, (t) => t.bottom);
  const verticalByTop = new Sorted(titles.filter((t) => t.vertical), (t) => t.top);
  const byBottom = new Sorted(blocks, (b) => b.bottom), byTop = new Sorted(blocks, (b) => b.top), byRight = new Sorted(blocks, (b) => b.x1);
  const columnText = new Sorted(blocks.filter((o) => o.size > SMALL * body && o.lines.length >= LAYOUT.storyLeastLines), (b) => b.bottom);
  const picturesByBottom = new Sorted(page.pictures ?? [], (p) => p.bottom);
  const picturesByTop = new Sorted(page.pictures ?? [], (p) => p.top);
  /** A picture stands under `upper` (its bottom or a title's) and over the block `b`, across part of its width. */
  const pictureBetween = (upperBottom: number, b: Block) => {
    for (const p of picturesByBottom.downFrom(b.top + 0.5 * body)) {
      if (p.bottom < upperBottom) return false;
      if (p.top >= upperBottom - 0.5 * body && overlap(p.x0, p.x1, b.x0, b.x1) >= 0.3 * (b.x1 - b.x0)) return true;
    }
    return false;
  };
  /** A block of a few lines set right under or right over a picture, across it: a caption's place. */
  const byPicture = (b: Block) => {
    if (b.lines.length > LAYOUT.captionLines + 1) return false;
    const across = (p: Box) => overlap(p.x0, p.x1, b.x0, b.x1) >= 0.5 * (b.x1 - b.x0);
    const under = first(picturesByBottom.downFrom(b.top + 0.5 * body), (p) => across(p));
    if (under && b.top - under.bottom <= 1.5 * body) return true;
    const over = first(picturesByTop.upFrom(b.bottom - 0.5 * body), (p) => across(p));
    return over !== null && over.top - b.bottom <= 1.5 * body;
  };
  const sameColumn = (a: Block, b: Block) => overlap(a.x0, a.x1, b.x0, b.x1) >= 0.3 * Math.min(a.x1 - a.x0, b.x1 - b.x0);

  // the titles over a block (horizontally overlapping it), nearest first
  const titlesAbove = new Map<Block, T[]>();
  for (const b of blocks) {
    const found: T[] = [];
    for (const t of titlesByBottom.downFrom(b.top + 0.5 * body)) if (overlap(t.x0, t.x1, b.x0, b.x1) > 0 && found.push(t) > 3) break;
    titlesAbove.set(b, found);
  }
  const nearestTitleAbove = (b: Block) => titlesAbove.get(b)!.find((t) => !page.dividers.separates(t, b)) ?? null;
  // the text right above a block in its column, and right below
  const above = (b: Block) => first(byBottom.downFrom(b.top + 0.5 * body), (p) => p !== b && sameColumn(p, b));
  const below = (p: Block) => first(byTop.upFrom(p.bottom - 0.5 * body), (b) => b !== p && sameColumn(p, b));
  /** Blocks of column text standing between a title and a block, under the title and over the block (at most 3). */
  const textBetween = (t: T, b: Block) => {
    let n = 0;
    for (const o of columnText.downFrom(b.top + 0.5 * body)) {
      if (o.bottom < t.bottom) break;
      if (o !== b && o.top >= t.bottom - 0.5 * body && overlap(o.x0, o.x1, b.x0, b.x1) >= 0.3 * Math.min(o.x1 - o.x0, b.x1 - b.x0) && ++n === 3) break;
    }
    return n;
  };
  /** A title stands between an upper and a lower block, over the block `b`. */
  const titleBetween = (upper: Block, lower: Block, b: Block) => {
    for (const t of titlesByBottom.downFrom(lower.top + 0.5 * body)) {
      if (t.bottom < upper.bottom - 0.5 * body) return false;
      if (t.top >= upper.bottom - 0.5 * body && overlap(t.x0, t.x1, b.x0, b.x1) > 0) return true;
    }
    return false;
  };

  /** Only a rule far narrower than the title runs between it and the block (a sig's, an inset's, inside its span). */
  const narrowRuleOnly = (t: T, b: Block) => {
    const rule = page.dividers.widestRuleBetween(t, b);
    return rule > 0 && rule < NARROW_RULE * (t.x1 - t.x0) && !page.dividers.boxed(t, b);
  };

  const out = new Map<Block, Candidate<T>[]>();
  for (const b of blocks) {
    const list: Candidate<T>[] = [];
    const width = b.x1 - b.x0;
    const over = titlesAbove.get(b)!;
    over.slice(0, 3).forEach((t, rank) => {
      const shared = overlap(t.x0, t.x1, b.x0, b.x1), gap = Math.max(0, b.top - t.bottom) / body;
      const titlesBetween = over.slice(0, rank).filter((o) => overlap(o.x0, o.x1, b.x0, b.x1) >= LAYOUT.claimOverlap * Math.min(width, o.x1 - o.x0)).length;
      list.push({ choice: { kind: 'title', title: t }, evidence: {
        title: 1,
        titleCover: shared / width,
        titleSpan: shared / (t.x1 - t.x0),
        titleGap: Math.min(gap / 10, 4),
        titleClose: gap <= LAYOUT.underTitle ? 1 : 0,
        titleCloseShort: b.lines.length <= 2 ? 1 / (1 + gap) : 0,
        titleNearest: titlesBetween === 0 ? 1 : 0,
        titlesBetween,
        textBetween: textBetween(t, b),
        titleDivided: page.dividers.separates(t, b) ? 1 : 0,
        titleNarrowRule: narrowRuleOnly(t, b) ? 1 : 0,
        titleSameBox: page.dividers.sameBox(t, b) ? 1 : 0,
        titlePictureBetween: pictureBetween(t.bottom, b) ? 1 : 0,
      } });
    });
    // a vertical title beside the block (sharing its height)
    for (const t of verticalByTop.downFrom(b.bottom)) {
      if (t.bottom < b.top) continue;
      const share = overlap(t.top, t.bottom, b.top, b.bottom) / Math.max(1e-6, Math.min(b.bottom - b.top, t.bottom - t.top));
      const gap = Math.max(0, t.x0 - b.x1, b.x0 - t.x1) / body;
      if (share <= 0 || gap > LAYOUT.besideDistance) continue;
      list.push({ choice: { kind: 'title', title: t }, evidence: { beside: 1, besideShare: share, besideGap: Math.min(gap / 10, 4), titleDivided: page.dividers.separates(t, b) ? 1 : 0 } });
    }
    // a headline set in among the columns, beside a column that starts at its level and runs on below it
    for (const t of titlesByBottom.upFrom(b.top)) {
      if (t.bottom > b.bottom - LAYOUT.underTitle * body) break;
      const gap = Math.max(t.x0 - b.x1, b.x0 - t.x1, 0) / body;
      if (gap > 4 || overlap(t.top, t.bottom, b.top, b.bottom) <= 0) continue;
      list.push({ choice: { kind: 'title', title: t }, evidence: {
        inset: 1,
        insetGap: gap,
        insetRunsOn: Math.min((b.bottom - t.bottom) / body / 10, 4),
        insetStartsAbove: b.top <= t.top ? 1 : 0,
        titleDivided: page.dividers.separates(t, b) ? 1 : 0,
      } });
    }
    const up = above(b);
    if (up) list.push({ choice: { kind: 'block', block: up }, evidence: { up: 1, ...continuity(up, b, titleBetween(up, b, b), page, crossheads), pictureBetween: pictureBetween(up.bottom, b) ? 1 : 0, upGap: Math.min(Math.max(0, b.top - up.bottom) / b.size, 6), upRunOn: b.top - up.bottom <= b.size ? 1 : 0, upOverlap: overlap(up.x0, up.x1, b.x0, b.x1) / Math.min(width, up.x1 - up.x0) } });
    // the top of a column may continue the foot of a column to its left
    if (!up || b.top - up.bottom > 2 * b.size || page.dividers.separates(up, b) || titleBetween(up, b, b)) {
      for (const p of byRight.downFrom(b.x0 + body)) {
        if (p.x1 < b.x0 - 6 * body) break;
        if (p === b || p.vertical || p.bottom <= b.top) continue;
        const next = below(p);
        if (next && next.top - p.bottom <= 2 * p.size) continue;
        const titleOfB = nearestTitleAbove(b), titleOfP = nearestTitleAbove(p);
        list.push({ choice: { kind: 'block', block: p }, evidence: {
          jump: 1,
          ...continuity(p, b, false, page, crossheads),
          jumpGutter: Math.min((b.x0 - p.x1) / body, 6),
          jumpWidth: Math.min(Math.abs(Math.log((p.x1 - p.x0) / width)), 2),
          jumpRise: Math.min((p.bottom - b.top) / body / 10, 6),
          jumpSameTitle: titleOfB !== null && titleOfB === titleOfP ? 1 : 0,
          jumpUnderOtherTitle: titleOfB !== null && titleOfB !== titleOfP && titleOfB.bottom > p.top ? 1 : 0,
        } });
      }
    }
    list.push({ choice: { kind: 'none' }, evidence: { none: 1, noneSmall: b.size <= SMALL * body ? 1 : 0, noneShort: b.lines.length <= 2 ? 1 : 0, noneNoTitleAbove: over.length ? 0 : 1, noneColumnText: b.size > SMALL * body ? Math.log(b.lines.length) : 0, noneByPicture: byPicture(b) ? 1 : 0 } });
    out.set(b, list);
  }
  return out;
}

/** Items sorted by a key, walked from a value down or up, no more than LIMITS.neighbours of them. */
class Sorted<X> {
  private readonly items: X[];
  private readonly keys: Float64Array;

  constructor(items: readonly X[], key: (x: X) => number) {
    this.items = [...items].sort((a, b) => key(a) - key(b));
    this.keys = Float64Array.from(this.items, key);
  }

  /** Items whose key is at most `value`, the largest key first. */
  *downFrom(value: number): Generator<X> {
    const end = this.firstAbove(value);
    for (let k = end - 1; k >= 0 && end - k <= LIMITS.neighbours; k--) yield this.items[k]!;
  }

  /** Items whose key is at least `value`, the smallest key first. */
  *upFrom(value: number): Generator<X> {
    const start = this.firstAtLeast(value);
    for (let k = start; k < this.items.length && k - start < LIMITS.neighbours; k++) yield this.items[k]!;
  }

  private firstAtLeast(value: number): number {
    let lo = 0, hi = this.keys.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.keys[mid]! >= value) hi = mid; else lo = mid + 1; }
    return lo;
  }

  private firstAbove(value: number): number {
    let lo = 0, hi = this.keys.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.keys[mid]! > value) hi = mid; else lo = mid + 1; }
    return lo;
  }
}

function first<X>(items: Iterable<X>, wanted: (x: X) => boolean): X | null {
  for (const x of items) if (wanted(x)) return x;
  return null;
}

/** What the text and type say of one block running on into another. */
function continuity(from: Block, to: Block, titleBetween: boolean, page: MembershipPage, crossheads: ReadonlySet<Block>): Partial<Record<Evidence, number>> {
  const crosshead = crossheads.has(from) || crossheads.has(to);
  const last = from.lines[from.lines.length - 1]!.text, first = to.lines[0]!.text;
  const openEnd = !endsSentence(last.trimEnd()), lowerStart = isLatinLower(firstCodePoint(first.trimStart()));
  return {
    sizeChange: crosshead ? 0 : Math.min(Math.abs(Math.log(from.size / to.size)) * 10, 3),
    fontChange: !crosshead && fontOf(from) !== fontOf(to) ? 1 : 0,
    intoCrosshead: crossheads.has(to) ? 1 : 0,
    outOfCrosshead: crossheads.has(from) ? 1 : 0,
    divided: page.dividers.separates(from, to) ? 1 : 0,
    titleBetweenThem: titleBetween ? 1 : 0,
    openEnd: openEnd ? 1 : 0,
    lowerStart: lowerStart ? 1 : 0,
    openAndLower: openEnd && lowerStart ? 1 : 0,
    smallAfterBody: to.size <= SMALL * page.body && from.size > SMALL * page.body ? 1 : 0,
    bodyAfterSmall: from.size <= SMALL * page.body && to.size > SMALL * page.body ? 1 : 0,
  };
}

const fonts = new WeakMap<Block, string>();

/** The font most of a block's characters are set in (worked out once a block). */
function fontOf(b: Block): string {
  const known = fonts.get(b);
  if (known !== undefined) return known;
  const font = mainFont(b);
  fonts.set(b, font);
  return font;
}

function mainFont(b: Block): string {
  const chars = new Map<string, number>();
  for (const l of b.lines) chars.set(l.font, (chars.get(l.font) ?? 0) + l.text.length);
  let best = '', most = -1;
  for (const [font, n] of chars) if (n > most) { most = n; best = font; }
  return best;
}

function scoreOf(evidence: Partial<Record<Evidence, number>>, weights: Weights): number {
  let s = 0;
  for (const k in evidence) s += (weights[k as Evidence] ?? 0) * evidence[k as Evidence]!;
  return s;
}

/** Each block's best choice, and the story it ends in: a title, or the block opening untitled text (null title). */
export function decideMembership<T extends TitleBox>(blocks: readonly Block[], titles: readonly T[], page: MembershipPage, weights: Weights = LEARNED_WEIGHTS): Map<Block, { title: T | null; root: Block }> {
  const best = columnFlow(blocks, candidatesOf(blocks, titles, page), weights);
  const result = new Map<Block, { title: T | null; root: Block }>();
  for (const start of blocks) {
    if (result.has(start)) continue;
    // follow the choices from this block until they end (a title, nothing) or reach a block already settled
    const chain: Block[] = [], at = new Map<Block, number>();
    let b = start, end: { title: T | null; root: Block } | undefined;
    while (!(end = result.get(b))) {
      const choice = best.get(b)!.choice;
      if (choice.kind !== 'block') {
        chain.push(b);
        end = { title: choice.kind === 'title' ? choice.title : null, root: b };
        break;
      }
      const seen = at.get(b);
      if (seen !== undefined) {
        // a loop: cut it where its choice scored least; that block opens untitled text, and the walk goes on from it
        const loop = chain.slice(seen);
        const weakest = loop.reduce((w, x) => (best.get(x)!.score < best.get(w)!.score ? x : w));
        best.set(weakest, { choice: { kind: 'none' }, score: -Infinity });
        for (const x of loop) at.delete(x);
        chain.length = seen;
        b = loop[0]!;
        continue;
      }
      at.set(b, chain.length);
      chain.push(b);
      b = choice.block;
    }
    for (const x of chain) result.set(x, end);
  }
  return result;
}

type Scored<T> = { choice: Choice<T>; score: number };

/**
 * Each block's choice under the column flow's constraint: a block is continued by one block at most (a column
 * runs on into one place). A block's gain in continuing another is its score over its best other choice (a title,
 * nothing); blocks competing for the same block are settled together, as a maximum-weight assignment of blocks
 * to the blocks they continue, knot by knot (blocks linked through the blocks they might continue).
 */
function columnFlow<T>(blocks: readonly Block[], candidates: ReadonlyMap<Block, Candidate<T>[]>, weights: Weights): Map<Block, Scored<T>> {
  const best = new Map<Block, Scored<T>>();
  const gains: Array<{ from: Block; to: Block; gain: number; score: number }> = [];
  for (const b of blocks) {
    let other: Scored<T> = { choice: { kind: 'none' }, score: -Infinity };
    const links: Array<{ to: Block; score: number }> = [];
    for (const c of candidates.get(b)!) {
      const score = scoreOf(c.evidence, weights);
      if (c.choice.kind === 'block') links.push({ to: c.choice.block, score });
      else if (score > other.score) other = { choice: c.choice, score };
    }
    best.set(b, other);
    for (const l of links) if (l.score > other.score) gains.push({ from: b, to: l.to, gain: l.score - other.score, score: l.score });
  }
  // knots: blocks linked through the blocks they might continue (union-find over the links)
  const parent = new Map<Block, Block>();
  const root = (x: Block): Block => { let r = x; while (parent.get(r) !== r) r = parent.get(r)!; parent.set(x, r); return r; };
  for (const g of gains) {
    for (const x of [g.from, g.to]) if (!parent.has(x)) parent.set(x, x);
    parent.set(root(g.from), root(g.to));
  }
  const knots = new Map<Block, typeof gains>();
  for (const g of gains) { const r = root(g.from); (knots.get(r) ?? knots.set(r, []).get(r)!).push(g); }
  for (const links of knots.values()) {
    const rows = [...new Set(links.map((l) => l.from))], cols = [...new Set(links.map((l) => l.to))];
    let chosen: Array<(typeof links)[number]>;
    if (rows.length <= LIMITS.knotBlocks && cols.length <= LIMITS.knotBlocks) {
      const rowAt = new Map(rows.map((r, k) => [r, k])), colAt = new Map(cols.map((c, k) => [c, k]));
      const matrix = rows.map(() => new Array<number>(cols.length).fill(0));
      const byCell = new Map<number, (typeof links)[number]>();
      for (const l of links) { const r = rowAt.get(l.from)!, c = colAt.get(l.to)!; matrix[r]![c] = l.gain; byCell.set(r * cols.length + c, l); }
      chosen = assignMaxWeight(matrix).flatMap((c, r) => (c >= 0 && byCell.has(r * cols.length + c) ? [byCell.get(r * cols.length + c)!] : []));
    } else {
      const taken = new Set<Block>(), placed = new Set<Block>();
      chosen = [];
      for (const l of [...links].sort((a, b) => b.gain - a.gain)) {
        if (placed.has(l.from) || taken.has(l.to)) continue;
        placed.add(l.from);
        taken.add(l.to);
        chosen.push(l);
      }
    }
    for (const l of chosen) best.set(l.from, { choice: { kind: 'block', block: l.to }, score: l.score });
  }
  return best;
}
