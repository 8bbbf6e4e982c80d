import type { RestructureInput, Story, StoryPage } from '../core/types.js';
import { classifyLines } from './classify.js';
import { collectHyphenated, joinAll, type JoinContext } from './join.js';
import { storyStartsMarked } from './features.js';
import { detectLanguage } from './language.js';
import { toLines } from './lines.js';
import type { DraftStory, Layout, Line, LineKind, Placed, TitlePiece } from './model.js';
import { reassembleColumns } from './assemble.js';
import { datelineOf, inlineBylineOf, isOpening } from './patterns.js';
import { reflow } from './reflow.js';
import { mergeContinuations } from './continuations.js';
import { segment } from './segment.js';
import { giveAuthorLines } from './authors.js';
import { assignTitles, nameTitleParts, pieceText, type TitleGroup } from './titles.js';

/** Unmarked stories (no opening, no byline) shorter than this many characters are page debris. */
const MIN_UNMARKED_CHARS = { cjk: 30, latin: 80 };

/**
 * The restructuring pipeline: lines → classes → stories and title pieces → continuations joined → title
 * assignment → paragraphs and metadata. Pure; every character of the input lands in one field or in
 * `unassigned` (index.ts checks it).
 */
export function restructurePage(input: RestructureInput): StoryPage {
  const page = toLines(input);
  const { language, layout } = page;
  const startsMarked = storyStartsMarked(page.lines);
  const { lines, kinds } = readingOrder(page.lines, classifyLines(page.lines, layout), layout, startsMarked);
  const seg = segment(lines, kinds, layout);
  const ctx: JoinContext = { hyphenated: collectHyphenated(lines.map((l) => l.text)) };
  const unassigned: Placed[] = [...seg.furniture];

  // stray fragments first, so they neither take titles nor stand between an article and its continuation
  const kept = seg.stories.filter((d) => {
    if (!d.body.length || !isDebris(d, true)) return true;
    for (const b of d.body) unassigned.push({ at: b.line.index, text: b.text });
    return false;
  });
  const { stories: drafts, pieces } = joinContinuations(kept, seg.pieces, kinds, layout, ctx);
  const titled = assignTitles(drafts, pieces, ctx);
  for (const g of titled.leftover) for (const p of g.pieces) unassigned.push({ at: p.lines[0]!.index, text: pieceText(p, ctx) });
  giveAuthorLines(seg.authors, drafts, unassigned);

  const stories: Array<{ at: number; story: Story }> = [];
  drafts.forEach((draft, s) => {
    const group = titled.byStory[s] ?? null;
    if (!draft.body.length || isDebris(draft, group !== null) || isBoxOfLines(draft, startsMarked && !layout.prose)) {
      const at = draft.body[0]?.line.index ?? lines[draft.first]!.index;
      for (const b of draft.bylines) unassigned.push({ at, text: b });
      for (const b of draft.body) unassigned.push({ at: b.line.index, text: b.text });
      if (group) for (const p of group.pieces) unassigned.push({ at: p.lines[0]!.index, text: pieceText(p, ctx) });
      return;
    }
    stories.push({ at: draft.body[0]!.line.index, story: buildStory(draft, group, ctx, layout, unassigned) });
  });

  stories.sort((a, b) => a.at - b.at);
  unassigned.sort((a, b) => a.at - b.at);
  return {
    language: language ?? detectLanguage(lines.map((l) => l.text)),
    stories: stories.map((s) => s.story),
    unassigned: unassigned.map((u) => u.text).filter(Boolean),
  };
}

/**
 * Plain text in columns may come out of reading order; a page's layout (the layout stage's story starts) or prose
 * (one paragraph a line) needs no reassembling.
 */
function readingOrder(lines: Line[], kinds: LineKind[], layout: Layout, startsMarked: boolean): { lines: readonly Line[]; kinds: readonly LineKind[] } {
  if (layout.prose || !layout.breaks || startsMarked) return { lines, kinds };
  return reassembleColumns(lines, kinds);
}

/**
 * Joins articles with their continuations. Which title pieces between two parts are crossheads depends on the
 * titles' assignment, so a first assignment says which pieces belong to a third story and must stay titles.
 */
function joinContinuations(kept: DraftStory[], pieces: TitlePiece[], kinds: readonly LineKind[], layout: Layout, ctx: JoinContext) {
  const firstPass = assignTitles(kept, pieces, ctx);
  const owner = new Map<TitlePiece, DraftStory>();
  firstPass.byStory.forEach((g, s) => g?.pieces.forEach((p) => owner.set(p, kept[s]!)));
  return mergeContinuations(kept, pieces, kinds, (piece) => owner.get(piece), layout);
}

/** The story as printed: title block, dateline (a copy), byline, whole paragraphs. */
function buildStory(draft: DraftStory, group: TitleGroup | null, ctx: JoinContext, layout: Layout, unassigned: Placed[]): Story {
  const paragraphs = reflow(draft.body, ctx, layout);
  const first = paragraphs[0] ?? '';
  const title = group ? nameTitleParts(group, ctx) : { kicker: null, headline: null, subheadline: null };
  const byline = draft.bylines.length ? joinAll(draft.bylines, ctx) : null;
  // a byline printed apart whose words also stand in the text reads as a copy of them: keep its own text too
  if (byline && compact(paragraphs.join('')).includes(compact(byline))) unassigned.push({ at: draft.body[0]!.line.index, text: byline });
  return {
    ...title,
    dateline: isOpening(first) ? datelineOf(first) : null,
    byline: byline ?? inlineBylineOf(first),
    paragraphs,
    ...(draft.continuesOn && { continuesOn: draft.continuesOn }),
    ...(draft.continuedFrom && { continuedFrom: draft.continuedFrom }),
  };
}

const compact = (s: string) => s.replace(/\s+/g, '');

/** Too little unmarked text to be a story (an advert's line, a stray fragment); a title halves the bar. */
function isDebris(draft: DraftStory, titled: boolean): boolean {
  if (draft.marked || draft.bylines.length) return false;
  let chars = 0;
  for (const b of draft.body) chars += b.text.length;
  const bar = draft.body[0]!.line.cjk ? MIN_UNMARKED_CHARS.cjk : MIN_UNMARKED_CHARS.latin;
  return chars < (titled ? bar / 2 : bar);
}

/**
 * On a printed page read by its geometry (whose layout marks story starts), a story of Latin lines with not one sentence in
 * them, nor a byline or an opening, is a box of lines (a staff list, an advert's slogans, a table): no story. Weighed
 * once titles are given, so that it takes none from a story.
 */
function isBoxOfLines(draft: DraftStory, printed: boolean): boolean {
  if (!printed || draft.marked || draft.bylines.length || draft.body[0]!.line.cjk || draft.body.length > BOX_LINES) return false;
  return !draft.body.some((b) => SENTENCE_END.test(b.text));
}

/** Lines a box holds at most: a longer run without a sentence is a table a reader may keep (results, listings). */
const BOX_LINES = 40;

/** A sentence's end: a word in lower case closed by a full stop, a question or an exclamation mark. */
const SENTENCE_END = /\p{Ll}{2}[.!?…]["”’)]?(?:\s|$)/u;
