import { median } from './blocks.js';
import { NO_DIVIDERS, type Dividers } from './dividers.js';
import { boxOf, overlap, type Block, type Box } from './model.js';
import { decideMembership, LEARNED_WEIGHTS, type TitleBox, type Weights } from './membership.js';
import { LAYOUT, LIMITS } from './parameters.js';

/** A title as printed: its blocks (kicker, headline, deck) top to bottom, and the lines set beside it (a vertical byline). */
export interface TitleGroup extends TitleBox {
  blocks: Block[];
}

/** What geometry says one story is: its title (if any) and its text, in reading order. */
export interface StoryRegion {
  title: TitleGroup | null;
  /** Lines set beside a vertical title (its author, printed vertically too). */
  asides: Block[];
  /** Text blocks in reading order: column by column, each top to bottom; crossheads in their place. */
  blocks: Block[];
  /** Blocks that are crossheads inside the story's text. */
  crossheads: Set<Block>;
  /**
   * Small type set right under the story's last text (a jump line, Please see X, Page A11): read after the story
   * as a caption, never as its text, so that the restructurer can tell by its words where the story goes on.
   */
  trailer: Block[];
}

export interface PageRegions {
  stories: StoryRegion[];
  /** Text no title stands over: runs of column text in reading order, each a candidate story of its own. */
  untitled: Block[][];
  /** Small type (captions, credits, folios) no story holds, and rotated text. */
  furniture: Block[];
}

/** A page's blocks sorted for the story decision: titles grouped, crossheads found, furniture set apart. */
export interface TitledPage {
  context: PageContext;
  /** Titles that may head a story. */
  heads: TitleGroup[];
  /** The blocks whose story is decided: column text and crossheads (each crosshead's lines as one block). */
  nodes: Block[];
  crossheads: Map<Block, TitleGroup>;
  /** Vertical text set beside a vertical title: its author, read with it. */
  asides: Map<TitleGroup, Block[]>;
  /** Vertical text no title stands beside: text of its own, each block read apart. */
  verticalText: Block[];
  furniture: Block[];
}

/**
 * The page's titles (type clearly larger than the body's, grouped into kicker, headline and deck), its crossheads
 * (a small title set in one column right under a story's text, under a far wider headline) and its pull quotes
 * (set into a column that passes them above and below: furniture).
 */
export function titledPage(blocks: readonly Block[], body: number, drawn: Dividers = NO_DIVIDERS, pictures: readonly Box[] = []): TitledPage {
  const context: PageContext = { body, dividers: drawn, pictures };
  const titles: Block[] = [], furniture: Block[] = [];
  let text: Block[] = [];
  for (const b of blocks) {
    if (b.lines[0]!.rotated) furniture.push(b);
    else if (isTitleType(b, body)) titles.push(b);
    else text.push(b);
  }
  const labels: Block[] = [];
  let words: PageWords | undefined;
  const dropCap = (t: Block) => joinDropCap(t, text, context, () => (words ??= pageWords(text)));
  const groups = withoutStackLabels(withoutStandingHeads(groupTitles(titles.filter((t) => !dropCap(t)), context), labels), context, labels);
  const { heads: titled, crossheads } = splitCrossheads(groups, text, context);
  const inset = titled.filter((g) => !isInset(g, text, context) || (furniture.push(...g.blocks), false));
  const heads = inset.filter((g) => !isSigLabel(g, inset, text, context) || (labels.push(...g.blocks), false));
  furniture.push(...labels);
  // a kicker joined to its headline leaves the text
  const rest: Block[] = [];
  for (const b of text) if (!joinSpacedKicker(b, heads, context)) rest.push(b);
  text = rest;
  const asides = new Map<TitleGroup, Block[]>(), verticalText: Block[] = [];
  text = text.filter((b) => {
    const g = signedBy(b, labels, heads, context);
    if (g) (asides.get(g) ?? asides.set(g, []).get(g)!).push(b);
    return !g;
  });
  for (const b of text) {
    if (!b.vertical) continue;
    const g = nearestTitle(b, heads, context);
    if (g) (asides.get(g) ?? asides.set(g, []).get(g)!).push(b);
    else verticalText.push(b);
  }
  // a crosshead's lines, however they are set, are one block of the story's text
  const cross = new Map<Block, TitleGroup>(crossheads.map((c) => [{ ...boxOf(c.blocks), lines: c.blocks.flatMap((b) => b.lines), size: c.size, bold: c.blocks.some((b) => b.bold), vertical: false }, c]));
  return { context, heads, nodes: [...text.filter((b) => !b.vertical), ...cross.keys()], crossheads: cross, asides, verticalText, furniture };
}

/**
 * Blocks → stories by geometry: the page's titles found (titledPage), then which story each block of text and
 * each crosshead belongs to decided for the whole page at once (membership.ts). A crosshead that follows no
 * story's text heads the text that follows it. Captions, titles over no text (an advert, a graphic) and small
 * type no story holds are furniture; text no title holds is left for the restructurer to read by its words.
 */
export function regionsOf(blocks: readonly Block[], body: number, drawn: Dividers = NO_DIVIDERS, weights: Weights = LEARNED_WEIGHTS, pictures: readonly Box[] = []): PageRegions {
  const { context: page, heads, nodes, crossheads, asides, verticalText, furniture } = titledPage(blocks, body, drawn, pictures);
  const members = decideMembership(nodes, heads, { ...page, crossheads: new Set(crossheads.keys()) }, weights);
  const stories: StoryRegion[] = heads.map((title) => ({ title, asides: asides.get(title) ?? [], blocks: [], crossheads: new Set<Block>(), trailer: [] }));
  const byTitle = new Map(stories.map((s) => [s.title!, s]));
  const untitled = new Map<Block, Block[]>();
  for (const b of nodes) {
    const { title, root } = members.get(b)!;
    const story = title && byTitle.get(title);
    if (story) {
      story.blocks.push(b);
      if (crossheads.has(b)) story.crossheads.add(b);
    } else (untitled.get(root) ?? untitled.set(root, []).get(root)!).push(b);
  }
  const loose: Block[][] = [];
  for (const [root, chain] of untitled) {
    const cross = crossheads.get(root);
    if (cross) stories.push({ title: cross, asides: [], blocks: chain.filter((b) => b !== root), crossheads: new Set(), trailer: [] });
    else loose.push(chain);
  }
  for (const s of stories) s.blocks = storyOrder(s, s.blocks.filter((b) => !isCaption(b, s, page) || (furniture.push(b), false)), page);
  // a title over no text of its own, right over another title that has some, is the upper part of that title; over
  // two or more stories' titles, it is a standing head (LOCAL BRIEFING) that heads none of them
  for (const s of stories) {
    if (!s.title || s.blocks.length) continue;
    const below = stories.filter((o) => o !== s && o.title && o.blocks.length && !o.title.vertical && !s.title!.vertical &&
      o.title.top >= s.title!.bottom && o.title.top - s.title!.bottom <= LAYOUT.titleOverTitle * body &&
      overlap(o.title.x0, o.title.x1, s.title!.x0, s.title!.x1) >= 0.5 * Math.min(o.title.x1 - o.title.x0, s.title!.x1 - s.title!.x0) &&
      !page.dividers.boxed(o.title, s.title!));
    const under = below.length === 1 ? below[0]! : null;
    if (!under) continue;
    under.title = { ...under.title!, ...boxOf([under.title!, s.title]), blocks: [...s.title.blocks, ...under.title!.blocks], size: Math.max(under.title!.size, s.title.size) };
    under.asides.push(...s.asides);
    s.title = null;
    s.asides = [];
  }
  // a title over no column of text and no sentence (only labels, a phone number, a slogan) heads an advert or a
  // graphic, no story
  for (const s of stories) {
    if (!s.title || s.blocks.some((b) => b.lines.length >= LAYOUT.storyLeastLines || isSentence(b, body))) continue;
    furniture.push(...s.title.blocks, ...s.asides, ...s.blocks);
    s.blocks = [];
    s.title = null;
  }
  // untitled text: each chain of blocks that run on into one another, in reading order; small type alone is furniture
  const runs: Block[][] = [];
  for (const chain of loose) {
    const kept = chain.filter((b) => !(b.size <= LAYOUT.smallScale * body && b.lines.length <= 3) || (furniture.push(b), false));
    if (kept.length) runs.push(readingOrder(kept));
  }
  for (const b of verticalText) runs.push([b]);
  runs.sort((a, b) => a[0]!.top - b[0]!.top || a[0]!.x0 - b[0]!.x0);
  const told = stories.filter((s) => s.blocks.length);
  return { stories: told, untitled: runs, furniture: furniture.filter((b) => !endsStory(b, told, body)) };
}

/**
 * A few lines of small type among a story's body text, not set right under its title (where a byline or a deck
 * stands): a caption, a photo credit, a jump line.
 */
function isCaption(b: Block, story: StoryRegion, page: PageContext): boolean {
  const { body } = page;
  if (!small(b, body) || b.lines.length > LAYOUT.captionLines || !story.blocks.some((o) => !small(o, body))) return false;
  const title = story.title;
  return !title || b.top - title.bottom > LAYOUT.underTitle * body || overlap(b.x0, b.x1, title.x0, title.x1) <= 0;
}

/**
 * Small type set apart from the stories that stands right under a story's last text, in its column, a line or two
 * long, is what ends that story (a jump line, an end note): put in its trailer.
 */
function endsStory(b: Block, stories: readonly StoryRegion[], body: number): boolean {
  if (b.vertical || b.lines.length > 2 || !small(b, body)) return false;
  const story = stories.find((s) => {
    const last = s.blocks[s.blocks.length - 1]!;
    return b.top >= last.bottom - 0.5 * body && b.top - last.bottom <= LAYOUT.underTitle * body &&
      overlap(b.x0, b.x1, last.x0, last.x1) >= 0.5 * Math.min(b.x1 - b.x0, last.x1 - last.x0);
  });
  story?.trailer.push(b);
  return story !== undefined;
}

/**
 * A large letter or two set at the top left of a block (a drop capital) is the first letter of its first line:
 * joined to it, and the lines beside it are marked so that they are not taken for indented.
 */
function joinDropCap(cap: Block, text: readonly Block[], page: PageContext, words: () => PageWords): boolean {
  const letters = cap.lines[0]!.text;
  if (cap.vertical || cap.lines.length !== 1 || letters.length > 2) return false;
  const { body } = page;
  // its first line starts right of the capital; the lines under the capital come back to the column's edge
  // the capital's box rises over its first line by its font's ascent, a share of its own size; the lines set in
  // beside it may stand as a block of their own, ending level with it
  const rise = Math.max(body, LAYOUT.dropCapRise * cap.size);
  const b = text.find((b) => !b.vertical && b.lines[0]!.x0 - cap.x1 >= -0.5 * body && b.lines[0]!.x0 - cap.x1 <= LAYOUT.dropCapGap * body &&
    Math.abs(b.top - cap.top) <= rise && b.bottom >= cap.bottom - 0.5 * body);
  if (!b) return false;
  const first = b.lines[0]!;
  b.lines[0] = { ...first, text: letters + (isWordOfItsOwn(letters, first.text, words()) ? ' ' : '') + first.text, x0: cap.x0 };
  b.x0 = Math.min(b.x0, cap.x0);
  b.dropCapBottom = cap.bottom;
  return true;
}

/** The words of the page's text, by how often each stands (lower case), and its one-letter capitals standing alone. */
interface PageWords {
  counts: Map<string, number>;
  capitals: Set<string>;
}

function pageWords(text: readonly Block[]): PageWords {
  const counts = new Map<string, number>(), capitals = new Set<string>();
  for (const b of text) for (const l of b.lines) for (const w of l.text.split(/[^\p{L}\p{N}'’]+/u)) {
    if (!w) continue;
    if (/^\p{Lu}$/u.test(w)) capitals.add(w);
    const key = w.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { counts, capitals };
}

/**
 * A drop capital that is a word of its own ("I" over "was intrigued"): the page prints that capital alone as a word
 * elsewhere, and the letters after it as a word elsewhere too, but never the two joined. Nothing else on the page
 * tells "I was" from "Iwas"; where the page does not, the capital is the first letter of its word.
 */
function isWordOfItsOwn(capital: string, line: string, words: PageWords): boolean {
  const rest = /^[\p{L}'’]+/u.exec(line)?.[0];
  if (capital.length !== 1 || !rest || rest.length < 2 || !words.capitals.has(capital)) return false;
  const seen = (w: string) => words.counts.get(w.toLowerCase()) ?? 0;
  // the line itself holds the letters after the capital once
  return seen(rest) >= 2 && seen(capital + rest) === 0;
}

/**
 * A label set letter-spaced in body type right over a headline (G i u s t i z i a) is the headline's kicker, though
 * its type is no larger than the text's: joined to the title, as its first part.
 */
function joinSpacedKicker(b: Block, heads: readonly TitleGroup[], page: PageContext): boolean {
  if (b.vertical || b.lines.length !== 1 || !LETTER_SPACED.test(b.lines[0]!.text)) return false;
  const g = heads.find((g) => !g.vertical && g.top >= b.bottom - 0.5 * page.body && g.top - b.bottom <= LAYOUT.titleGroupGap * g.size &&
    overlap(g.x0, g.x1, b.x0, b.x1) > 0 && !page.dividers.separates(b, g));
  if (!g) return false;
  g.blocks.unshift(b);
  Object.assign(g, boxOf([g, b]));
  return true;
}

/** Letters set apart, one by one: four or more, each alone between spaces. */
const LETTER_SPACED = /^(?:\p{L} ){3,}\p{L}$/u;

/** Type clearly larger than the body's, or bold and somewhat larger in a few lines (a brief's title, a crosshead). */
function isTitleType(b: Block, body: number): boolean {
  return b.size >= LAYOUT.titleScale * body || (b.bold && b.size >= LAYOUT.boldTitleScale * body && b.lines.length <= LAYOUT.boldTitleLines);
}

interface PageContext {
  /** The body type's size (pt). */
  body: number;
  dividers: Dividers;
  /** Where the page paints its pictures. */
  pictures: readonly Box[];
}

const small = (b: Block, body: number) => b.size <= LAYOUT.smallScale * body;

/** A block of body type that reads as a sentence or two: long enough, ended by a full stop (a brief's text). */
function isSentence(b: Block, body: number): boolean {
  if (b.size > LAYOUT.blockSizeRatio * body || b.size < LAYOUT.smallScale * body) return false;
  const text = b.lines.map((l) => l.text).join(' ');
  return text.length >= LAYOUT.sentenceChars && /[.!?。！？][”"’)）]?$/.test(text);
}

/** Title blocks set close under one another, overlapping: one title (kicker, headline, deck). */
function groupTitles(titles: readonly Block[], page: PageContext): TitleGroup[] {
  const groups: TitleGroup[] = [];
  const sorted = [...titles].sort((a, b) => a.top - b.top || a.x0 - b.x0);
  sorted.forEach((t, at) => {
    const beside = titlesBeside(sorted, at);
    const g = groups.find((g) => {
      if (g.vertical || t.vertical || t.top < g.top || page.dividers.boxed(g, t)) return false;
      // titles side by side under one label are the heads of stories side by side, not parts of the label's title
      if (beside.some((u) => overlap(u.x0, u.x1, g.x0, g.x1) > 0)) return false;
      const last = g.blocks[g.blocks.length - 1]!;
      const size = Math.min(last.size, t.size);
      const gap = t.top - g.bottom;
      // the next line of a small title, however it is set (staggered lines of a crosshead), or a part aligned on it
      const nextLine = gap <= LAYOUT.titleLineGap * size && Math.max(last.size, t.size) <= LAYOUT.blockSizeRatio * size &&
        t.size <= LAYOUT.smallTitleScale * page.body && overlap(g.x0, g.x1, t.x0, t.x1) > 0;
      const close = gap <= Math.max(LAYOUT.titleGroupGap * size, LAYOUT.titleGroupGapLarge * Math.max(last.size, t.size));
      return nextLine || (close && aligned(g, t, size));
    });
    if (g) {
      g.blocks.push(t);
      Object.assign(g, boxOf([g, t]));
      g.size = Math.max(g.size, t.size);
    } else groups.push({ blocks: [t], x0: t.x0, x1: t.x1, top: t.top, bottom: t.bottom, size: t.size, vertical: t.vertical });
  });
  return groups;
}

/**
 * A label printed in the same words over two or more stories of the page (OTHER VIEWS over each column) names a
 * recurring column or section: a standing head, no story's title. Its blocks go to the furniture; a title that
 * was nothing else heads nothing.
 */
function withoutStandingHeads(groups: readonly TitleGroup[], furniture: Block[]): TitleGroup[] {
  const wordsOf = (b: Block) => b.lines.map((l) => l.text).join(' ').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const seen = new Map<string, number>();
  for (const g of groups) for (const key of new Set(g.blocks.map(wordsOf))) if (key) seen.set(key, (seen.get(key) ?? 0) + 1);
  const out: TitleGroup[] = [];
  for (const g of groups) {
    const standing = g.blocks.filter((b) => (seen.get(wordsOf(b)) ?? 0) >= 2);
    if (!standing.length) { out.push(g); continue; }
    furniture.push(...standing);
    const rest = g.blocks.filter((b) => !standing.includes(b));
    if (rest.length) out.push(withBlocks(g, rest));
  }
  return out;
}

/** The title with only these of its blocks: its box and size theirs. */
function withBlocks(g: TitleGroup, blocks: Block[]): TitleGroup {
  return { ...g, ...boxOf(blocks), blocks, size: Math.max(...blocks.map((b) => b.size)) };
}

/**
 * A label set larger than the titles under it, over a stack of stories titled alike in its column and no wider
 * than that column (a "looking back" column of items, a column of briefs), labels them all: it is no story's
 * title. Its blocks go to `labels`.
 */
function withoutStackLabels(groups: readonly TitleGroup[], page: PageContext, labels: Block[]): TitleGroup[] {
  const { body } = page;
  // the two nearest titles under the label, in its column
  const under = (label: Block, g: TitleGroup) => {
    const below: TitleGroup[] = [];
    for (const o of groups) {
      if (o === g || o.vertical || o.top < label.bottom - 0.5 * body || overlap(o.x0, o.x1, label.x0, label.x1) < 0.5 * Math.min(o.x1 - o.x0, label.x1 - label.x0)) continue;
      const at = below.findIndex((n) => o.top < n.top);
      below.splice(at < 0 ? below.length : at, 0, o);
      below.length = Math.min(below.length, 2);
    }
    return below;
  };
  const out: TitleGroup[] = [];
  for (const g of groups) {
    const [label, ...rest] = g.blocks;
    const below = g.vertical ? [] : under(label!, g);
    // the first story's title: the rest of this group, or the title right under the label; then the next story's
    const first = rest.length ? rest[0] : below[0] && below[0].top - label!.bottom <= LAYOUT.titleOverTitle * body ? below[0].blocks[0] : undefined;
    const next = rest.length ? below[0] : below[1];
    const narrow = first && next && label!.x1 - label!.x0 <= LAYOUT.crossheadWidth * Math.max(first.x1 - first.x0, next.x1 - next.x0);
    if (!narrow || label!.size <= first.size || !sameType(first, next.blocks[0]!)) { out.push(g); continue; }
    labels.push(label!);
    if (rest.length) out.push(withBlocks(g, rest));
  }
  return out;
}

/**
 * A column's sig: a label naming the column (LAYIN' IT ON THE LINE) set at the top of one of a story's columns, under
 * its far wider headline with no text between, beside or under a picture (the writer's) in that column. It heads no
 * story.
 */
function isSigLabel(g: TitleGroup, heads: readonly TitleGroup[], text: readonly Block[], page: PageContext): boolean {
  if (g.vertical) return false;
  const headline = titleAbove(g, heads.filter((o) => o !== g), page);
  if (!headline || headline.x1 - headline.x0 < LAYOUT.crossheadHeadlineWidth * (g.x1 - g.x0) || headline.size < g.size) return false;
  const { body } = page;
  if (textBetween(headline, g, text, body)) return false;
  // the column the label heads: the column text right under it (past the writer's name)
  let column: Block | null = null;
  for (const b of text) {
    if (b.vertical || b.lines.length < LAYOUT.storyLeastLines || b.top < g.bottom - 0.5 * body || overlap(b.x0, b.x1, g.x0, g.x1) <= 0) continue;
    if (!column || b.top < column.top) column = b;
  }
  const inColumn = (p: Box) => column !== null && overlap(p.x0, p.x1, column.x0, column.x1) >= 0.5 * (p.x1 - p.x0);
  return page.pictures.some((p) => p.bottom >= headline.bottom - 0.5 * body && p.top <= g.bottom &&
    (overlap(p.x0, p.x1, g.x0, g.x1) > 0 || (overlap(p.top, p.bottom, g.top, g.bottom) > 0 && (Math.max(p.x0 - g.x1, g.x0 - p.x1) <= LAYOUT.insetGap * body || inColumn(p)))));
}

/**
 * A line or two of text set right under a column's label (a sig's, a standing head's): the writer's name. It goes
 * with the headline right under it (the label set over the headline) or else the headline over the label.
 */
function signedBy(b: Block, labels: readonly Block[], heads: readonly TitleGroup[], page: PageContext): TitleGroup | null {
  const { body } = page;
  if (b.vertical || b.lines.length > 2) return null;
  const label = labels.find((l) => b.top >= l.bottom - 0.5 * body && b.top - l.bottom <= LAYOUT.underTitle * body && overlap(l.x0, l.x1, b.x0, b.x1) > 0);
  if (!label) return null;
  const below = heads.find((g) => !g.vertical && g.top >= b.bottom - 0.5 * body && g.top - b.bottom <= LAYOUT.titleOverTitle * body && overlap(g.x0, g.x1, b.x0, b.x1) > 0);
  return below ?? titleAbove(label, heads, page);
}

/** Horizontal titles set level with the title at `at` (titles sorted by top), apart from it: up to LIMITS.neighbours each way. */
function titlesBeside(sorted: readonly Block[], at: number): Block[] {
  const t = sorted[at]!, near = 0.5 * t.size, out: Block[] = [];
  if (t.vertical) return out;
  const level = (u: Block) => { if (!u.vertical && overlap(u.x0, u.x1, t.x0, t.x1) <= 0) out.push(u); };
  for (let k = at - 1; k >= Math.max(0, at - LIMITS.neighbours) && t.top - sorted[k]!.top <= near; k--) level(sorted[k]!);
  for (let k = at + 1; k < Math.min(sorted.length, at + 1 + LIMITS.neighbours) && sorted[k]!.top - t.top <= near; k++) level(sorted[k]!);
  return out;
}

/** Set flush left, flush right or centred on each other (a deck under its headline; not a box's title inside it). */
function aligned(a: { x0: number; x1: number }, b: { x0: number; x1: number }, size: number): boolean {
  return Math.abs(a.x0 - b.x0) <= size || Math.abs(a.x1 - b.x1) <= size || Math.abs(a.x0 + a.x1 - b.x0 - b.x1) / 2 <= size;
}

/** The text block right above a title in its column, if text stops close over it. */
function textAbove(g: TitleGroup, text: readonly Block[], page: PageContext): Block | null {
  const { body } = page;
  let best: Block | null = null;
  for (const b of text) {
    if (b.vertical || b.bottom > g.top + 0.5 * body || g.top - b.bottom > LAYOUT.crossheadGap * body) continue;
    if (overlap(b.x0, b.x1, g.x0, g.x1) < 0.5 * (g.x1 - g.x0)) continue;
    if ((!best || b.bottom > best.bottom) && !page.dividers.separates(b, g)) best = b;
  }
  return best;
}

/** Text runs on right under the title, in its column, nothing drawn between (what a crosshead heads). */
function textUnder(g: TitleGroup, text: readonly Block[], page: PageContext): boolean {
  const { body } = page;
  return text.some((b) => !b.vertical && b.top >= g.bottom - 0.5 * body && b.top - g.bottom <= LAYOUT.crossheadGap * body &&
    overlap(b.x0, b.x1, g.x0, g.x1) >= 0.5 * (g.x1 - g.x0) && !page.dividers.separates(g, b));
}

/** Small titles in one column right under text whose headline is far wider: crossheads, not headlines. */
function splitCrossheads(groups: readonly TitleGroup[], text: readonly Block[], page: PageContext) {
  const heads: TitleGroup[] = [], crossheads: TitleGroup[] = [];
  const under = new Map<TitleGroup, TitleGroup>();
  for (const g of groups) {
    const above = g.vertical ? null : textAbove(g, text, page);
    const column = above ? above.x1 - above.x0 : 0;
    const headline = above ? nearestTitle(above, groups.filter((o) => o !== g), page) : null;
    const cross = above && headline && textUnder(g, text, page) && g.x1 - g.x0 <= LAYOUT.crossheadWidth * column &&
      headline.x1 - headline.x0 >= LAYOUT.crossheadHeadlineWidth * (g.x1 - g.x0) && g.size < headline.size;
    (cross ? crossheads : heads).push(g);
    if (cross) under.set(g, headline);
  }
  // a crosshead set at the top of a column has no text over it: it is known by the type of the story's other
  // crossheads, under the same headline
  const known = [...under];
  // a byline or credit set right under the headline stands over the column's text, not in it
  const atColumnTop = (g: TitleGroup, headline: TitleGroup) => !textBetween(headline, g, text.filter((b) => !setUnderTitle(b, headline, page.body)), page.body);
  const alike = (g: TitleGroup) => known.some(([c, headline]) => sameType(c, g) && g.x1 - g.x0 <= LAYOUT.crossheadWidth * (c.x1 - c.x0) &&
    titleAbove(g, groups.filter((o) => o !== g), page) === headline && atColumnTop(g, headline));
  return { heads: heads.filter((g) => g.vertical || !alike(g) || (crossheads.push(g), false)), crossheads };
}

/**
 * How far under a title a line still stands right under it: the space under a headline grows with its type, so
 * a line of the title's own type, or a few of body type under a small one.
 */
function underTitleGap(title: TitleGroup, body: number): number {
  return Math.max(LAYOUT.underTitle * body, title.size);
}

/** A line or two set right under a title (its byline, a credit, a one-line deck). */
function setUnderTitle(b: Block, title: TitleGroup, body: number): boolean {
  const gap = b.top - bottomOver(title, b);
  return b.lines.length <= 2 && gap >= -0.5 * body && gap <= underTitleGap(title, body);
}

/** Text stands under `upper` and over `g`, in g's column. */
function textBetween(upper: Box, g: Box, text: readonly Block[], body: number): boolean {
  return text.some((b) => !b.vertical && b.top >= upper.bottom - 0.5 * body && b.bottom <= g.top + 0.5 * body && overlap(b.x0, b.x1, g.x0, g.x1) > 0);
}

/** Two titles (or their first blocks) set in one type: one font, sizes within LAYOUT.sameTypeSize of each other, both bold or neither. */
function sameType(a: TitleGroup | Block, b: TitleGroup | Block): boolean {
  const first = (t: TitleGroup | Block) => ('blocks' in t ? t.blocks[0]! : t);
  const [x, y] = [first(a), first(b)];
  return x.lines[0]!.font === y.lines[0]!.font && Math.abs(Math.log(a.size / b.size)) <= LAYOUT.sameTypeSize && x.bold === y.bold;
}

/** The title a block belongs to: the nearest of the title above it and a vertical title beside it. */
function nearestTitle(b: Block, groups: readonly TitleGroup[], page: PageContext): TitleGroup | null {
  const above = titleAbove(b, groups, page);
  // a column that starts above a headline set in among the columns (reaching over the column's edge), and runs
  // on past it, is beside it
  const inset = insetTitleBeside(b, groups, page);
  const setIn = inset && b.top < inset.title.top && overlap(inset.title.x0, inset.title.x1, b.x0, b.x1) > 0 ? inset : null;
  const candidates = [above && { title: above, gap: b.top - above.bottom }, besideVertical(b, groups, page), setIn];
  let best: { title: TitleGroup; gap: number } | null = null;
  for (const c of candidates) if (c && (!best || c.gap < best.gap)) best = c;
  return best?.title ?? null;
}

/**
 * The nearest title above a block that covers a good part of its width: a headline spanning columns cuts off
 * what stands under it from any story above, though it may not cover a column set beside a logo or a picture.
 */
function titleAbove(b: Box, groups: readonly TitleGroup[], page: PageContext): TitleGroup | null {
  const { body } = page;
  let best: TitleGroup | null = null;
  for (const g of groups) {
    if (g.vertical || bottomOver(g, b) > b.top + 0.5 * body) continue;
    if (overlap(g.x0, g.x1, b.x0, b.x1) < LAYOUT.claimOverlap * Math.min(b.x1 - b.x0, g.x1 - g.x0)) continue;
    if ((!best || g.bottom > best.bottom) && !dividedFromTitle(g, b, page)) best = g;
  }
  return best;
}

/**
 * Something drawn parts the title from the block; but a rule under a label set beneath the headline (OUT OF THE
 * PAST, in one column), no wider than that label, underlines the label: it parts nothing from the title's story.
 */
function dividedFromTitle(g: TitleGroup, b: Box, page: PageContext): boolean {
  if (!page.dividers.separates(g, b)) return false;
  const largest = g.blocks.reduce((m, p) => (p.size > m.size ? p : m));
  const lowest = g.blocks.filter((p) => overlap(p.x0, p.x1, b.x0, b.x1) > 0).reduce<Block | null>((m, p) => (!m || p.bottom > m.bottom ? p : m), null);
  if (!lowest || lowest === largest) return true;
  const rule = page.dividers.widestRuleBetween(lowest, b);
  return !(rule > 0 && rule <= LAYOUT.crossheadWidth * (lowest.x1 - lowest.x0)) || page.dividers.separatesFromTitle(g, b);
}

/**
 * Where a title ends over a block: the bottom of its lines over the block's width. A headline with a label or a
 * deck set under it in one column only ends higher over its other columns, whose text may start beside that label.
 */
function bottomOver(g: TitleGroup, b: Box): number {
  let bottom = -Infinity;
  for (const part of g.blocks) if (overlap(part.x0, part.x1, b.x0, b.x1) > 0) bottom = Math.max(bottom, part.bottom);
  return bottom === -Infinity ? g.bottom : bottom;
}

/**
 * A headline standing beside a column that starts at or above its level and runs on below it (the nearest): the
 * headline is inset among its story's columns.
 */
function insetTitleBeside(b: Block, groups: readonly TitleGroup[], page: PageContext): { title: TitleGroup; gap: number } | null {
  const { body } = page;
  let best: TitleGroup | null = null, bestGap = Infinity;
  for (const g of groups) {
    if (g.vertical || b.top > g.bottom || b.bottom < g.bottom + LAYOUT.underTitle * body || overlap(g.top, g.bottom, b.top, b.bottom) <= 0) continue;
    const gap = Math.max(g.x0 - b.x1, b.x0 - g.x1);
    if (gap > LAYOUT.insetGap * body || gap >= bestGap || page.dividers.separates(g, b)) continue;
    best = g;
    bestGap = gap;
  }
  return best && { title: best, gap: Math.max(0, bestGap) };
}

/** A title no wider than a column that a column of text passes by, beginning above it and ending below it. */
function isInset(g: TitleGroup, text: readonly Block[], page: PageContext): boolean {
  // a quote is set a little larger than the text, never as large as a headline
  if (g.vertical || g.size > LAYOUT.smallTitleScale * page.body) return false;
  return text.some((b) => !b.vertical && b.top < g.top && b.bottom > g.bottom && g.x1 - g.x0 <= LAYOUT.crossheadWidth * (b.x1 - b.x0) &&
    Math.max(g.x0 - b.x1, b.x0 - g.x1) <= LAYOUT.insetGap * page.body && !page.dividers.separates(g, b));
}

/** A vertical title standing beside a block (sharing its height), the nearest one on either side. */
function besideVertical(b: Block, groups: readonly TitleGroup[], page: PageContext): { title: TitleGroup; gap: number } | null {
  const { body } = page;
  let best: TitleGroup | null = null, bestGap = Infinity;
  for (const g of groups) {
    if (!g.vertical) continue;
    if (overlap(g.top, g.bottom, b.top, b.bottom) < LAYOUT.besideOverlap * Math.min(b.bottom - b.top, g.bottom - g.top)) continue;
    // a block that runs on under the title stands right at it
    const gap = Math.max(0, g.x0 - b.x1, b.x0 - g.x1);
    if (gap >= bestGap || page.dividers.separates(g, b)) continue;
    best = g;
    bestGap = gap;
  }
  // beside means next to: within a few columns' width of type
  return best && bestGap <= LAYOUT.besideDistance * body ? { title: best, gap: bestGap } : null;
}

/**
 * A story's text in reading order, what is set right under its title first: a byline or a deck centred under
 * the headline is read before the columns, whichever column it stands over.
 */
function storyOrder(story: StoryRegion, blocks: readonly Block[], page: PageContext): Block[] {
  const title = story.title;
  if (!title || title.vertical) return readingOrder(blocks);
  const under = (b: Block) => b.lines.length <= 2 && !story.crossheads.has(b) && b.top >= title.bottom - 0.5 * page.body && b.top - title.bottom <= underTitleGap(title, page.body) &&
    overlap(b.x0, b.x1, title.x0, title.x1) >= 0.8 * (b.x1 - b.x0) && !blocks.some((o) => o !== b && o.top < b.top && overlap(o.x0, o.x1, b.x0, b.x1) > 0 && o.bottom > b.top);
  const head = blocks.filter(under).sort((a, b) => a.top - b.top);
  return [...head, ...readingOrder(blocks.filter((b) => !head.includes(b)))];
}

/**
 * Blocks in reading order: cut into bands where no block crosses from one to the next (a byline or an intro set
 * over the columns, the columns, a second set of columns under a picture), each band column by column, left to
 * right, each column top to bottom.
 */
export function readingOrder(blocks: readonly Block[]): Block[] {
  const byTop = [...blocks].sort((a, b) => a.top - b.top);
  const out: Block[] = [];
  let band: Block[] = [], bottom = -Infinity;
  for (const b of byTop) {
    if (band.length && b.top >= bottom - 0.2 * b.size) { out.push(...columnsOf(band)); band = []; bottom = -Infinity; }
    band.push(b);
    bottom = Math.max(bottom, b.bottom);
  }
  out.push(...columnsOf(band));
  return out;
}

/**
 * Blocks → columns, left to right: each block, by its left edge, joins the first column holding a block it shares
 * most of the narrower's width with. Blocks still reaching past the next left edge are kept at hand, so a block
 * weighs only those it may share width with.
 */
function columnsOf(blocks: readonly Block[]): Block[] {
  const columns: Block[][] = [];
  const columnOf = new Map<Block, number>();
  // a block with no width shares enough with any: its column is every later block's candidate
  let widthless = Infinity;
  let reaching: Block[] = [];
  for (const b of [...blocks].sort((a, b) => a.x0 - b.x0 || a.top - b.top)) {
    reaching = reaching.filter((o) => o.x1 > b.x0);
    let col = b.x1 - b.x0 <= 0 ? (columns.length ? 0 : -1) : widthless;
    for (const o of reaching) {
      const c = columnOf.get(o)!;
      if (c < col && overlap(o.x0, o.x1, b.x0, b.x1) >= LAYOUT.sameColumn * Math.min(o.x1 - o.x0, b.x1 - b.x0)) col = c;
    }
    if (col === -1 || col === Infinity) { col = columns.length; columns.push([]); }
    columns[col]!.push(b);
    columnOf.set(b, col);
    if (b.x1 - b.x0 <= 0) widthless = Math.min(widthless, col); else reaching.push(b);
  }
  for (const c of columns) c.sort((a, b) => a.top - b.top);
  const at = new Map(columns.map((c) => [c, median(c.map((x) => x.x0))]));
  columns.sort((a, b) => at.get(a)! - at.get(b)!);
  return columns.flat();
}
