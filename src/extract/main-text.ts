/**
 * Finding the article body in a page model: paragraphs are scored by their weight of text and their
 * commas (Latin or full-width), the scores flow to the enclosing containers, the best container (with
 * its worthy siblings) is taken, and boxes inside it that look like page furniture (link lists, share
 * bars, forms, image galleries without text) are left out.
 */
import { IN_LINK, IN_LIST_ITEM, IN_UNLIKELY, isBlockName, type PageModel } from './page-model.js';
import { filter, map, slice, sort } from './builtins.js';
import { isPaginationLine } from './pagination.js';
import { withoutNotices } from './notices.js';
import { withoutPromoLinks } from './promo-links.js';
import { isDatedLine, isLinkedHeading, isTeaserBox } from './teasers.js';
import { weightOf } from './text-stats.js';

export interface MainText {
  /** The chosen container. */
  root: number;
  /** Indices into model.lines, in document order. */
  lines: number[];
  /** Weighted length of the chosen text (Latin-letter equivalents). */
  weight: number;
  /** Share of the chosen text that sits in links. */
  linkDensity: number;
}

/** Per-element totals over its subtree. */
export interface Totals {
  weight: Float64Array;
  link: Float64Array;
  commas: Int32Array;
  punct: Int32Array;
  paragraphs: Int32Array;
  listItems: Int32Array;
  images: Int32Array;
  inputs: Int32Array;
  embeds: Int32Array;
  /** Blocks (runs of lines) whose nearest block element is this one. */
  ownBlocks: Int32Array;
  /** Header cells, table heads and captions: the marks of a table of data rather than of layout. */
  tableHeads: Int32Array;
  /** Headings that are links, and short lines that print a date or a time: the marks of teasers (teasers.ts). */
  linkedHeads: Int32Array;
  dated: Int32Array;
}

export function subtreeTotals(model: PageModel): Totals {
  const n = model.elements.length;
  const t: Totals = {
    weight: new Float64Array(n), link: new Float64Array(n), commas: new Int32Array(n), punct: new Int32Array(n),
    paragraphs: new Int32Array(n), listItems: new Int32Array(n), images: Int32Array.from(model.images),
    inputs: Int32Array.from(model.inputs), embeds: Int32Array.from(model.embeds), ownBlocks: new Int32Array(n),
    tableHeads: new Int32Array(n), linkedHeads: new Int32Array(n), dated: new Int32Array(n),
  };
  for (const line of model.lines) {
    const w = weightOf(line.chars, line.cjk);
    t.weight[line.el]! += w;
    t.link[line.el]! += line.chars > 0 ? (w * line.linkChars) / line.chars : 0;
    t.commas[line.el]! += line.commas;
    t.punct[line.el]! += line.punct;
    if (line.blockStart) t.ownBlocks[line.el]!++;
    if (isLinkedHeading(line)) t.linkedHeads[line.el]!++;
    if (isDatedLine(line)) t.dated[line.el]!++;
  }
  for (let i = 0; i < n; i++) {
    const name = model.names[i];
    if (name === 'p') t.paragraphs[i]!++;
    else if (name === 'li') t.listItems[i]!++;
    else if (name === 'th' || name === 'thead' || name === 'caption') t.tableHeads[i]!++;
  }
  for (let i = n - 1; i > 0; i--) {
    const p = model.parent[i]!;
    if (p < 0) continue;
    t.weight[p]! += t.weight[i]!;
    t.link[p]! += t.link[i]!;
    t.commas[p]! += t.commas[i]!;
    t.punct[p]! += t.punct[i]!;
    t.paragraphs[p]! += t.paragraphs[i]!;
    t.listItems[p]! += t.listItems[i]!;
    t.images[p]! += t.images[i]!;
    t.inputs[p]! += t.inputs[i]!;
    t.embeds[p]! += t.embeds[i]!;
    t.tableHeads[p]! += t.tableHeads[i]!;
    t.linkedHeads[p]! += t.linkedHeads[i]!;
    t.dated[p]! += t.dated[i]!;
  }
  return t;
}

const TAG_BASE: Record<string, number> = {
  div: 5, article: 8, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** Below this weight a first attempt that skipped "unlikely" regions is retried without skipping them. */
const ENOUGH_TEXT = 500;
const MIN_PARAGRAPH = 25;
/** Prose around pictures that makes their box more than a gallery: about two sentences. */
const GALLERY_PROSE = 250;

export function findMainText(model: PageModel, totals: Totals, within = -1): MainText | null {
  const first = attempt(model, totals, within, true);
  if (first && first.weight >= ENOUGH_TEXT) return first;
  const second = attempt(model, totals, within, false);
  if (!first) return second;
  if (!second) return first;
  return second.weight > first.weight ? second : first;
}

function attempt(model: PageModel, totals: Totals, within: number, skipUnlikely: boolean): MainText | null {
  const scores = scoreContainers(model, totals, within, skipUnlikely);
  let top = -1;
  let best = 0;
  for (const [id, score] of scores) {
    const final = score * (1 - linkDensity(totals, id));
    if (final > best) {
      best = final;
      top = id;
    }
  }
  if (top < 0) return null;
  top = enclosingBlock(model, widen(model, totals, scores, top, best, within), within);
  const roots = withSiblings(model, totals, scores, top, within);
  return { root: top, ...collectLines(model, roots, furniture(model, totals, scores, roots, skipUnlikely), skipUnlikely) };
}

/** The lines of given regions (several stories, a story list), without the furniture inside them. */
export function cleanedLines(model: PageModel, totals: Totals, roots: readonly number[]): number[] {
  const scores = scoreContainers(model, totals, -1, false);
  return collectLines(model, roots, furniture(model, totals, scores, roots, true), true).lines;
}

function collectLines(model: PageModel, roots: readonly number[], dropped: Uint8Array, skipUnlikely: boolean): Omit<MainText, 'root'> {
  const candidates: number[] = [];
  let r = 0;
  for (let i = 0; i < model.lines.length; i++) {
    const line = model.lines[i]!;
    while (r < roots.length && line.el >= model.end[roots[r]!]!) r++;
    if (r >= roots.length) break;
    if (line.el < roots[r]! || dropped[line.el]) continue;
    if (skipUnlikely && (line.flags & IN_UNLIKELY) !== 0 && !insideUnlikelyRoot(model, roots[r]!)) continue;
    if (isPaginationLine(line.text)) continue;
    candidates.push(i);
  }
  const lines = withoutNotices(model, withoutPromoLinks(model.lines, candidates), roots);
  let weight = 0;
  let link = 0;
  for (const i of lines) {
    const line = model.lines[i]!;
    const w = weightOf(line.chars, line.cjk);
    weight += w;
    link += line.chars > 0 ? (w * line.linkChars) / line.chars : 0;
  }
  return { lines, weight, linkDensity: weight > 0 ? link / weight : 0 };
}

function insideUnlikelyRoot(model: PageModel, root: number): boolean {
  return (model.flags[root]! & IN_UNLIKELY) !== 0;
}

export function linkDensity(totals: Totals, id: number): number {
  const w = totals.weight[id]!;
  return w > 0 ? Math.min(1, totals.link[id]! / w) : 0;
}

/** Paragraph scores flow up to five ancestors: fully to the first, half to the second, less beyond. */
function scoreContainers(model: PageModel, totals: Totals, within: number, skipUnlikely: boolean): Map<number, number> {
  const scores = new Map<number, number>();
  const lo = within >= 0 ? within : 0;
  const hi = within >= 0 ? model.end[within]! : model.elements.length;
  const lines = model.lines;
  let i = 0;
  while (i < lines.length) {
    const start = lines[i]!;
    let w = 0;
    let link = 0;
    let commas = 0;
    let j = i;
    do {
      const line = lines[j]!;
      const lw = weightOf(line.chars, line.cjk);
      w += lw;
      link += line.chars > 0 ? (lw * line.linkChars) / line.chars : 0;
      commas += line.commas;
      j++;
    } while (j < lines.length && !lines[j]!.blockStart && lines[j]!.el === start.el);
    i = j;
    if (start.el < lo || start.el >= hi || w < MIN_PARAGRAPH || start.heading > 0) continue;
    if (skipUnlikely && (start.flags & IN_UNLIKELY) !== 0) continue;
    // A block that is a link, and a list item that opens with one (an entry of a thread index or of related
    // stories: headline link, then author, date, counts), are pointers to other pages, not prose.
    if ((start.flags & IN_LINK) !== 0 && (link >= w * 0.9 || (start.flags & IN_LIST_ITEM) !== 0)) continue;
    const score = 1 + commas + Math.min(Math.floor(w / 100), 3);
    // A paragraph element passes its score to its parent; text sitting loose in a container scores the container.
    let target = totals.ownBlocks[start.el]! > 1 ? start.el : model.parent[start.el]!;
    for (let level = 0; level < 5 && target >= lo && target >= 0; level++) {
      if (target < lo || target >= hi) break;
      if (!scores.has(target)) scores.set(target, initialScore(model, target));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(target, scores.get(target)! + score / divider);
      target = model.parent[target]!;
    }
  }
  return scores;
}

function initialScore(model: PageModel, id: number): number {
  return (TAG_BASE[model.names[id]!] ?? 0) + model.weight[id]!;
}

/** Moves the choice up when the best containers share an ancestor, or the parent scores higher. */
function widen(model: PageModel, totals: Totals, scores: Map<number, number>, top: number, best: number, within: number): number {
  const finals: [number, number][] = [];
  for (const [id, score] of scores) finals.push([id, score * (1 - linkDensity(totals, id))]);
  sort(finals, (a, b) => b[1] - a[1]);
  const close = map(filter(slice(finals, 1, 6), ([, s]) => s >= best * 0.75), ([id]) => id);
  if (close.length >= 3) {
    for (let a = model.parent[top]!; a >= 0 && a !== within && model.names[a] !== 'body'; a = model.parent[a]!) {
      const inside = filter(close, (id) => id >= a && id < model.end[a]!).length;
      if (inside >= 3) {
        top = a;
        break;
      }
    }
  }
  // A lone child is the same region as its parent.
  let last = scores.get(top) ?? 0;
  for (let p = model.parent[top]!; p >= 0 && p !== within && model.names[p] !== 'body'; p = model.parent[p]!) {
    const ps = scores.get(p);
    if (ps === undefined) {
      if (onlyChildWithText(totals, top, p)) {
        top = p;
        continue;
      }
      break;
    }
    if (ps < best / 3) break;
    if (ps > last) {
      top = p;
      break;
    }
    last = ps;
  }
  while (model.parent[top]! >= 0 && model.parent[top] !== within && model.names[model.parent[top]!] !== 'body'
    && onlyChildWithText(totals, top, model.parent[top]!)) {
    top = model.parent[top]!;
  }
  return top;
}

/**
 * An inline element (a <font>, a <span>) is no region of its own: its loose text is counted on the block
 * around it, and a parser that closes a paragraph at a table re-opens the inline element after it as a
 * sibling, with the rest of the text. The body is that block.
 */
function enclosingBlock(model: PageModel, top: number, within: number): number {
  while (!isBlockName(model.names[top]!) && top !== within && model.parent[top]! >= 0) top = model.parent[top]!;
  return top;
}

function onlyChildWithText(totals: Totals, child: number, parent: number): boolean {
  return totals.weight[parent]! - totals.weight[child]! < 1;
}

/** The chosen container plus siblings that read as more of the same article. */
function withSiblings(model: PageModel, totals: Totals, scores: Map<number, number>, top: number, within: number): number[] {
  const parent = model.parent[top]!;
  if (parent < 0 || top === within) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = model.elements[top] ? model.access.attr(model.elements[top]!, 'class') : null;
  const roots: number[] = [];
  for (let s = parent + 1; s < model.end[parent]!; s = model.end[s]!) {
    if (s === top) {
      roots.push(s);
      continue;
    }
    let bonus = 0;
    const cls = model.access.attr(model.elements[s]!, 'class');
    if (topClass && cls === topClass) bonus = topScore * 0.2;
    const score = scores.get(s);
    // A column of links beside the article (archives, latest posts, latest comments) scores on its
    // snippets' punctuation but is no more of the article.
    if (score !== undefined && score + bonus >= threshold && linkDensity(totals, s) < 0.33) {
      roots.push(s);
      continue;
    }
    const w = totals.weight[s]!;
    const ld = linkDensity(totals, s);
    // A page that cuts its article into blocks of one template (a video or a picture set between them) repeats
    // the block's class: a sibling of that class holding prose that scores as an article's is more of it.
    if (topClass && cls === topClass && ld < 0.33 && bestScoreInside(model, scores, s) >= threshold) {
      roots.push(s);
      continue;
    }
    if (model.names[s] === 'p') {
      if ((w > 80 && ld < 0.25) || (w > 0 && w <= 80 && ld === 0 && totals.punct[s]! > 0)) roots.push(s);
    } else if (w > 80 && ld < 0.25 && holdsOnlyLooseText(model, totals, s)) {
      // a short one is more often a headline, a label or a date line than a paragraph
      roots.push(s);
    }
  }
  return roots;
}

function bestScoreInside(model: PageModel, scores: Map<number, number>, id: number): number {
  let best = 0;
  for (const [e, score] of scores) if (e > id && e < model.end[id]! && score > best) best = score;
  return best;
}

/**
 * A block whose text all sits loose in it, none in a block inside it: a paragraph whatever its tag (a page that
 * sets each paragraph as a <div>), judged as a <p> is.
 */
function holdsOnlyLooseText(model: PageModel, totals: Totals, id: number): boolean {
  if (totals.ownBlocks[id]! === 0 || !isBlockName(model.names[id]!)) return false;
  // text is counted on its nearest block: weight under a child, inline or not, is text in a block inside
  for (let c = id + 1; c < model.end[id]!; c = model.end[c]!) if (totals.weight[c]! > 0) return false;
  return true;
}

/**
 * Marks boxes inside the chosen roots that are page furniture; their lines are left out. Inner boxes are
 * judged first, and a box is judged on what is left of it once its own furniture is gone (a story with a
 * list of related links inside stays).
 */
function furniture(model: PageModel, totals: Totals, scores: Map<number, number>, roots: readonly number[], skipUnlikely: boolean): Uint8Array {
  const dropped = new Uint8Array(model.elements.length);
  const left = remainderTotals(model.elements.length);
  for (const root of roots) {
    for (let e = model.end[root]! - 1; e > root; e--) {
      const kept = keptOf(totals, left, e);
      if (isFurniture(model, kept, scores, e, skipUnlikely) && !isDataTable(model, totals, kept, e) && !wrapsOneParagraph(model, totals, kept, e)) dropped[e] = 1;
      else if (isTeaserBox(totals.linkedHeads[e]!, totals.dated[e]!, kept.weight, kept.link)) dropped[e] = 1;
      const p = model.parent[e]!;
      if (dropped[e]) addAll(left, totals, p, e);
      else addRemoved(left, p, e);
    }
    for (let e = root + 1; e < model.end[root]!; e++) if (dropped[model.parent[e]!]) dropped[e] = 1;
  }
  return dropped;
}

/** What was removed below each element, to be subtracted from its totals. */
type Removed = Omit<Totals, 'ownBlocks' | 'tableHeads' | 'linkedHeads' | 'dated'>;

const REMOVED_KEYS = ['weight', 'link', 'commas', 'punct', 'paragraphs', 'listItems', 'images', 'inputs', 'embeds'] as const;

function remainderTotals(n: number): Removed {
  return {
    weight: new Float64Array(n), link: new Float64Array(n), commas: new Int32Array(n), punct: new Int32Array(n),
    paragraphs: new Int32Array(n), listItems: new Int32Array(n), images: new Int32Array(n), inputs: new Int32Array(n),
    embeds: new Int32Array(n),
  };
}

/** The dropped child's whole subtree is removed from its parent. */
function addAll(removed: Removed, totals: Totals, parent: number, child: number): void {
  for (const key of REMOVED_KEYS) removed[key][parent]! += totals[key][child]!;
}

/** A kept child passes up what was removed inside it. */
function addRemoved(removed: Removed, parent: number, child: number): void {
  for (const key of REMOVED_KEYS) removed[key][parent]! += removed[key][child]!;
}

interface Kept {
  weight: number;
  link: number;
  commas: number;
  punct: number;
  paragraphs: number;
  listItems: number;
  images: number;
  inputs: number;
  embeds: number;
}

function keptOf(totals: Totals, removed: Removed, e: number): Kept {
  return {
    weight: totals.weight[e]! - removed.weight[e]!, link: totals.link[e]! - removed.link[e]!,
    commas: totals.commas[e]! - removed.commas[e]!, punct: totals.punct[e]! - removed.punct[e]!,
    paragraphs: totals.paragraphs[e]! - removed.paragraphs[e]!, listItems: totals.listItems[e]! - removed.listItems[e]!,
    images: totals.images[e]! - removed.images[e]!, inputs: totals.inputs[e]! - removed.inputs[e]!,
    embeds: totals.embeds[e]! - removed.embeds[e]!,
  };
}

const CLEANED = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'aside', 'header', 'footer', 'nav', 'figure', 'fieldset', 'center', 'span', 'p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A table with header cells or a caption holds data (results, figures, a fact box): it is part of the
 * article even when its cells are short and unpunctuated, unless it is mostly links (a navigation grid).
 */
function isDataTable(model: PageModel, totals: Totals, kept: Kept, e: number): boolean {
  return model.names[e] === 'table' && totals.tableHeads[e]! > 0 && kept.link <= kept.weight * 0.5;
}

/**
 * A <div> around one paragraph and nothing else (a template's wrapper for a paragraph it credits, named like
 * media) is that paragraph: judged as one, not as a box.
 */
function wrapsOneParagraph(model: PageModel, totals: Totals, kept: Kept, e: number): boolean {
  const child = e + 1;
  if (model.names[e] !== 'div' || child >= model.end[e]! || model.end[child] !== model.end[e] || model.names[child] !== 'p') return false;
  return totals.weight[child] === totals.weight[e] && kept.weight >= MIN_PARAGRAPH && kept.link < kept.weight * 0.25;
}

function isFurniture(model: PageModel, kept: Kept, scores: Map<number, number>, e: number, skipUnlikely: boolean): boolean {
  const name = model.names[e]!;
  const weight = model.weight[e]!;
  if (skipUnlikely && model.unlikelyHere[e] && weight <= 0) return true;
  const w = kept.weight;
  const ld = w > 0 ? Math.min(1, kept.link / w) : 0;
  if (HEADINGS.has(name)) return weight < 0 || ld > 0.33;
  if (!CLEANED.has(name)) return false;
  if (name === 'p' || name === 'span') return w > 0 && ld > 0.8 && kept.punct === 0;
  // A scored box's score already carries its class weight: counted once. A list's tag base ranks it below
  // a container of prose, but a list is no furniture for it: a short list (one item, two) would read as such.
  const score = scores.get(e);
  if ((score === undefined ? weight : score - Math.min(0, TAG_BASE[name] ?? 0)) < 0) return true;
  if (kept.commas >= 10) return false;
  const { paragraphs, images, listItems, embeds } = kept;
  const isList = name === 'ul' || name === 'ol';
  // one short item is a line of the article set as a list (a deal's "Get it at …"), not a list of links
  if (isList && listItems === 1 && w < 100) return false;
  // Pictures that outnumber the paragraphs two to one are a gallery, unless their box holds an article's
  // worth of prose besides (a photo story: two paragraphs among six pictures).
  if (images > 1 && paragraphs / images < 0.5 && name !== 'figure' && w - kept.link < GALLERY_PROSE) return true;
  if (!isList && listItems > paragraphs + 1 && ld > 0.2) return true;
  if (kept.inputs > Math.floor(paragraphs / 3) + 1) return true;
  if (w < MIN_PARAGRAPH && (images === 0 || images > 2) && w > 0 && kept.punct === 0) return true;
  if (weight < 25 && ld > 0.2 + (isList ? 0.1 : 0) && kept.punct < 3) return true;
  if (ld > 0.5) return true;
  if ((embeds === 1 && w < 75) || embeds > 1) return true;
  return false;
}
