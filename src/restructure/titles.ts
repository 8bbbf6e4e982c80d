import { forEachTerm, termSet, type Term } from '../text/terms.js';
import { assignMaxWeight } from '../core/hungarian.js';
import { joinAll, type JoinContext } from './join.js';
import type { DraftStory, TitlePiece } from './model.js';

/** Least affinity (shared words) that ties a title piece to a story on its own. */
const ANCHOR = 0.25;
/** Adjacent title pieces go to different stories only if one is tied this much less to the other's story. */
const SPLIT_RATIO = 0.5;
/** A piece is tied to its best story only if no other story comes this close (share of the best's affinity). */
const CLEAR_BEST = 0.8;
/** Least score (affinity plus layout prior) for a title block to be given to a story at all. */
const ACCEPT = 0.3;
/** Layout prior: a title right above a story's start, right after its end; less for each story in between. */
const PRIOR_BEFORE = 0.35, PRIOR_AFTER = 0.15, PER_STORY_BETWEEN = 0.05, MAX_DISTANCE_PENALTY = 0.25;
/** Layout prior where the page's geometry set the title over the story that follows it (LineHints.storyStart). */
const PRIOR_GEOMETRY = 1;
/** Stories per assignment window on very large pages (keeps the Hungarian method's cubic cost bounded). */
const WINDOW = 40;
/** Pieces one title block may hold: kicker, headline, subheadline. */
const MAX_PIECES = 3;
/** Title groups per story worth offering to the assignment: a story takes one of its best few or none. */
const CANDIDATES_PER_STORY = 3;

export interface TitleGroup {
  pieces: TitlePiece[];
  /** Indexes of its pieces in the list of pieces being assigned (one window's). */
  pieceIndexes: number[];
  /** The story it stands right above / right after, when no other title group stands between (-1: none). */
  above: number;
  after: number;
  /** How many stories start before it. */
  rank: number;
}

export interface TitleBlock {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
}

export interface TitleAssignment {
  /** Per story, its title group or null. */
  byStory: Array<TitleGroup | null>;
  /** Groups no story took. */
  leftover: TitleGroup[];
}

/**
 * Gives each story at most one title block and each block at most one story, for the whole page at once:
 * affinity by shared terms (CJK bigrams, Latin words, weighted by how few stories share them) plus a layout prior
 * (a title just above a story, or just after it), solved as a maximum-weight assignment.
 */
export function assignTitles(stories: readonly DraftStory[], pieces: readonly TitlePiece[], ctx: JoinContext): TitleAssignment {
  const byStory: Array<TitleGroup | null> = stories.map(() => null);
  const leftover: TitleGroup[] = [];
  // on a very large page, pieces and stories are taken window by window (by where the pieces stand), so that
  // affinities and the assignment stay linear in the page's size
  let p = 0;
  for (const [s0, s1] of windows(stories.length)) {
    const windowStories = stories.slice(s0, s1);
    const end = s1 < stories.length ? stories[s1]!.first : Infinity;
    const windowPieces: TitlePiece[] = [];
    while (p < pieces.length && pieces[p]!.first < end) windowPieces.push(pieces[p++]!);
    const affinity = pieceAffinities(windowStories, windowPieces, ctx);
    const groups = groupPieces(windowPieces, affinity);
    placeGroups(groups, windowStories);
    const weights = groups.map((g) => windowStories.map((_, k) => groupScore(g, k, affinity) - ACCEPT));
    const rows = candidateRows(weights);
    const chosen = assignMaxWeight(rows.map((r) => weights[r]!));
    const storyOf = new Map<number, number>();
    rows.forEach((r, k) => { if (chosen[k]! >= 0) storyOf.set(r, chosen[k]!); });
    groups.forEach((g, r) => {
      const s = storyOf.get(r);
      if (s === undefined) leftover.push(g); else byStory[s0 + s] = g;
    });
  }
  return { byStory, leftover };
}

/**
 * The groups that can matter: for each story, its few best-scoring groups with a positive weight. Keeps the
 * assignment's matrix at most CANDIDATES_PER_STORY × WINDOW rows, however many stray title lines a page has.
 */
function candidateRows(weights: readonly (readonly number[])[]): number[] {
  const rows = new Set<number>();
  const stories = weights[0]?.length ?? 0;
  for (let s = 0; s < stories; s++) {
    const best: number[] = [];
    weights.forEach((row, r) => {
      if (row[s]! <= 0) return;
      best.push(r);
      best.sort((a, b) => weights[b]![s]! - weights[a]![s]!);
      if (best.length > CANDIDATES_PER_STORY) best.pop();
    });
    for (const r of best) rows.add(r);
  }
  return [...rows].sort((a, b) => a - b);
}

function windows(n: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let s = 0; s < n; s += WINDOW) out.push([s, Math.min(n, s + WINDOW)]);
  return out.length ? out : [[0, 0]];
}

export function pieceText(piece: TitlePiece, ctx: JoinContext): string {
  return joinAll(piece.lines.map((l) => l.text), ctx);
}

/** affinity[p][s]: the weighted share of piece p's terms found in story s's body. */
function pieceAffinities(stories: readonly DraftStory[], pieces: readonly TitlePiece[], ctx: JoinContext): number[][] {
  if (!pieces.length) return [];
  const pieceTerms = pieces.map((p) => termSet(pieceText(p, ctx)));
  const wanted = new Map<Term, Set<number>>();
  for (const terms of pieceTerms) for (const t of terms) wanted.set(t, new Set());
  stories.forEach((story, s) => {
    for (const b of story.body) forEachTerm(b.text, (t) => wanted.get(t)?.add(s));
  });
  const n = stories.length;
  // rare terms weigh most; a term in no story says nothing about which story, so it weighs least
  const weight = (t: Term) => {
    const df = wanted.get(t)!.size;
    return Math.log(1 + (n + 1) / (1 + (df === 0 ? n : df)));
  };
  return pieceTerms.map((terms) => {
    const row = new Array<number>(n).fill(0);
    let total = 0;
    for (const t of terms) {
      const w = weight(t);
      total += w;
      for (const s of wanted.get(t)!) row[s]! += w;
    }
    // shrunk by one term's weight: a piece of one or two words shares them with a story by chance more often
    const shrunk = total + total / terms.size;
    return total ? row.map((x) => x / shrunk) : row;
  });
}

/** Finds, for each group, the story it stands right above and right after, with no other group in between. */
function placeGroups(groups: TitleGroup[], stories: readonly DraftStory[]): void {
  let s = 0;
  groups.forEach((g, k) => {
    const first = g.pieces[0]!.first, last = g.pieces[g.pieces.length - 1]!.last;
    while (s < stories.length && stories[s]!.first <= last) s++;
    g.rank = s;
    const nextGroup = groups[k + 1], prevGroup = groups[k - 1];
    if (s < stories.length && !(nextGroup && nextGroup.pieces[0]!.first < stories[s]!.first)) g.above = s;
    for (let a = s - 1; a >= 0 && a >= s - 3; a--) {
      if (stories[a]!.last < first) {
        if (!(prevGroup && prevGroup.pieces[0]!.first > stories[a]!.last)) g.after = a;
        break;
      }
    }
  });
}

/** The layout (or the markup) starts a story with this title: it is no part of a title before it. */
const opensStory = (piece: TitlePiece) => piece.lines[0]!.hints.storyStart === true;

function groupScore(g: TitleGroup, s: number, affinity: number[][]): number {
  let score = 0;
  for (const p of g.pieceIndexes) score = Math.max(score, affinity[p]![s]!);
  if (g.above === s) score += opensStory(g.pieces[0]!) ? PRIOR_GEOMETRY : PRIOR_BEFORE;
  if (g.after === s) score += PRIOR_AFTER;
  const between = s >= g.rank ? s - g.rank : g.rank - 1 - s;
  return score - Math.min(MAX_DISTANCE_PENALTY, PER_STORY_BETWEEN * between);
}

/**
 * Splits runs of adjacent pieces into title groups: a piece tied by affinity to a different story than the group
 * so far starts a new group; pieces tied to none stay with their neighbours (a kicker with no shared words).
 */
function groupPieces(pieces: readonly TitlePiece[], affinity: number[][]): TitleGroup[] {
  const groups: TitleGroup[] = [];
  let groupStory = -1;
  pieces.forEach((piece, p) => {
    const row = affinity[p]!;
    let best = -1, second = 0;
    for (let s = 0; s < row.length; s++) {
      if (row[s]! >= ANCHOR && (best < 0 || row[s]! > row[best]!)) { if (best >= 0) second = row[best]!; best = s; } else if (row[s]! > second) second = row[s]!;
    }
    // a piece whose words tie it about as much to another story singles out none (a kicker's one word)
    if (best >= 0 && second > CLEAR_BEST * row[best]!) best = -1;
    const prev = groups[groups.length - 1];
    const adjacent = prev && prev.pieces[prev.pieces.length - 1]!.last + 1 === piece.first;
    // lines set together part only on clear evidence: this piece is tied far more to another story than the group's
    const sameStory = best < 0 || groupStory < 0 || best === groupStory || row[groupStory]! >= SPLIT_RATIO * row[best]! || kickerOver(prev, piece);
    const fits = adjacent && prev.pieces.length < MAX_PIECES && sameStory && !opensStory(piece);
    if (fits) {
      prev.pieces.push(piece);
      prev.pieceIndexes.push(p);
      if (groupStory < 0) groupStory = best;
    } else {
      groups.push({ pieces: [piece], pieceIndexes: [p], above: -1, after: -1, rank: 0 });
      groupStory = best;
    }
  });
  return groups;
}

/**
 * Names the parts of a title group. With font hints the largest piece is the headline, what stands above it the
 * kicker, below it the subheadline. Without: a piece led by a dash is a subheadline; of two pieces the first is
 * the kicker; a lone CJK piece whose first line is clearly shorter than the rest reads as kicker + headline.
 */
/**
 * The page's geometry set a lone piece (the layout's title opens with it) right over a piece in larger type that
 * opens nothing: a kicker over its headline, one title whatever words either shares with other stories.
 */
function kickerOver(group: TitleGroup | undefined, piece: TitlePiece): boolean {
  if (!group || group.pieces.length !== 1 || !opensStory(group.pieces[0]!)) return false;
  const size = (p: TitlePiece) => Math.max(...p.lines.map(typeSize));
  return size(piece) > size(group.pieces[0]!);
}

/** How prominent a line's type is: the heading level first (h1 over h2), the font size within a level. */
function typeSize(line: { hints: { heading?: number; fontScale?: number } }): number {
  const { heading, fontScale } = line.hints;
  if (heading === undefined && fontScale === undefined) return 0;
  return (heading ? (7 - heading) * 10 : 0) + (fontScale ?? 1);
}

export function nameTitleParts(group: TitleGroup, ctx: JoinContext): TitleBlock {
  const texts = group.pieces.map((p) => pieceText(p, ctx));
  const sizes = group.pieces.map((p) => Math.max(...p.lines.map(typeSize)));
  const hinted = sizes.some((s) => s > 0);
  if (hinted && texts.length > 1) {
    const h = sizes.indexOf(Math.max(...sizes));
    return { kicker: texts.slice(0, h).join(' ') || null, headline: texts[h]!, subheadline: texts.slice(h + 1).join(' ') || null };
  }
  const dashed = (t: string) => /^[—–-]{1,2}/.test(t);
  if (texts.length === 1) {
    const all = group.pieces[0]!.lines;
    // a line led by a dash (——…) opens the subheadline, also within one run of lines
    const dash = all.findIndex((l, k) => k > 0 && dashed(l.text));
    const lines = dash > 0 ? all.slice(0, dash) : all;
    const subheadline = dash > 0 ? joinAll(all.slice(dash).map((l) => l.text), ctx) : null;
    if (lines.length >= 2 && lines[0]!.cjk && lines[0]!.width <= 0.75 * Math.max(...lines.slice(1).map((l) => l.width))) {
      return { kicker: lines[0]!.text, headline: joinAll(lines.slice(1).map((l) => l.text), ctx), subheadline };
    }
    return { kicker: null, headline: joinAll(lines.map((l) => l.text), ctx), subheadline };
  }
  if (texts.length === 2) return dashed(texts[1]!) ? { kicker: null, headline: texts[0]!, subheadline: texts[1]! } : { kicker: texts[0]!, headline: texts[1]!, subheadline: null };
  return { kicker: texts[0]!, headline: texts[1]!, subheadline: texts.slice(2).join(' ') };
}
