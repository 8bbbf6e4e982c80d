import { COLUMN_LAYOUT, type BodyLine, type DraftStory, type Layout, type LineKind, type TitlePiece } from './model.js';

/** Column widths within this ratio count as the same column. */
const SAME_COLUMN = 1.18;

/**
 * Joins a story with the unmarked body that follows it when that body is its continuation: the first story is
 * not closed by a byline and has no title set right above it, the next has no opening or byline of its own, both
 * are set in the same script and column width, and what stands between them are narrow title-like lines — the
 * crossheads of one long article, which become one-line paragraphs of it. In prose (an ordinary article's text)
 * and under subheads (marked by the markup, h2…, or numbered: 一、 2.), unmarked text after a subhead simply
 * continues the article. A piece that the page-wide title assignment gives to a third story stays a title.
 * Where the markup starts a new story (LineHints.storyStart), nothing joins across it.
 */
export function mergeContinuations(
  stories: readonly DraftStory[], pieces: readonly TitlePiece[], kinds: readonly LineKind[],
  ownerOf: (piece: TitlePiece) => DraftStory | undefined, layout: Layout = COLUMN_LAYOUT,
): { stories: DraftStory[]; pieces: TitlePiece[] } {
  const merged: DraftStory[] = [];
  const column = new Map<DraftStory, number>();
  // a story's column is taken from its own lines, before any continuation joins it
  const columnOf = (story: DraftStory) => column.get(story) ?? column.set(story, medianWidth(story)).get(story)!;
  const crossheads = new Set<TitlePiece>();
  let nextId = 0;
  let p = 0;
  for (const b of stories) {
    const a = merged[merged.length - 1];
    while (p < pieces.length && pieces[p]!.first < (a?.last ?? -1)) p++;
    const between: TitlePiece[] = [];
    for (let k = p; k < pieces.length && pieces[k]!.first < b.first; k++) between.push(pieces[k]!);
    const ofOther = (piece: TitlePiece) => { const o = ownerOf(piece); return o !== undefined && o !== a && o !== b; };
    // rubrics over titles are a printed page's; in an article's own text a line over a heading is a section's
    const inner = a ? between.filter((piece) => !ofOther(piece) && (layout.prose || headsText(piece, between, b, ownerOf))) : [];
    const subheads = inner.length > 0 && inner.every(isSubhead);
    // a part that says it comes from another page (上接第1版, Continued from Page 1) starts there, not here
    const joins = a !== undefined && !b.continuedFrom && !startsStoryByMarkup(b, between) && (layout.prose || subheads
      ? continuesProse(a, b)
      : continues(a, b, kinds, columnOf) && inner.every((piece) => narrow(piece, columnOf(a))));
    if (!joins) { merged.push(b); continue; }
    for (const piece of inner) {
      const id = nextId++;
      a.body.push(...piece.lines.map((line) => ({ line, text: line.text, crosshead: id })));
      crossheads.add(piece);
    }
    // text that joins from beyond another story's title, with no crosshead of its own, was displaced
    const displaced = !layout.prose && inner.length === 0 && between.length > 0;
    a.body = displaced ? placeUnderEmptyCrosshead(a.body, b.body) : [...a.body, ...b.body];
    a.last = b.last;
    a.closed = b.closed;
    if (b.continuesOn) a.continuesOn = b.continuesOn;
  }
  return { stories: merged, pieces: pieces.filter((piece) => !crossheads.has(piece)) };
}

/**
 * A crosshead heads the text set right under it. A title-like line set directly above the title of a story printed
 * further on (a title set apart from its text, beyond this continuation) is no crosshead of the article around it
 * but a rubric or kicker over that title: it finds a story's title block or goes to `unassigned`.
 */
function headsText(piece: TitlePiece, between: readonly TitlePiece[], b: DraftStory, ownerOf: (piece: TitlePiece) => DraftStory | undefined): boolean {
  const below = between.find((other) => other.first === piece.last + 1);
  const owner = below && ownerOf(below);
  return !(owner && owner.first > b.first);
}

/**
 * Two crossheads in a row head no text between them: the text under the first was extracted elsewhere, out of
 * column order. A continuation displaced beyond another story's title, without a crosshead of its own, is that
 * text, so it goes under the first empty crosshead; with none, it follows the article's end.
 */
function placeUnderEmptyCrosshead(body: BodyLine[], more: readonly BodyLine[]): BodyLine[] {
  const out: BodyLine[] = [];
  let placed = false;
  body.forEach((line, k) => {
    out.push(line);
    const next = body[k + 1];
    if (!placed && line.crosshead !== undefined && next?.crosshead !== undefined && next.crosshead !== line.crosshead) {
      for (const m of more) out.push(m); // a loop, not a spread: bodies can be longer than an argument list
      placed = true;
    }
  });
  if (!placed) for (const m of more) out.push(m);
  return out;
}

function continues(a: DraftStory, b: DraftStory, kinds: readonly LineKind[], columnOf: (s: DraftStory) => number): boolean {
  if (a.closed || b.marked || b.bylines.length || !a.body.length || !b.body.length) return false;
  if (a.body[0]!.line.cjk !== b.body[0]!.line.cjk || (titledAbove(a, kinds) && !signedFeature(a, b, kinds))) return false;
  const wa = columnOf(a), wb = columnOf(b);
  return wa > 0 && wb > 0 && Math.max(wa, wb) / Math.min(wa, wb) <= SAME_COLUMN;
}

/** The markup said a new story starts at b or at a title printed right before it (a new <article>, a post). */
function startsStoryByMarkup(b: DraftStory, between: readonly TitlePiece[]): boolean {
  return b.body[0]?.line.hints.storyStart === true || between.some((piece) => piece.lines.some((l) => l.hints.storyStart));
}

/** A subhead by the markup (h2 and below), its numbering (一、 （二） 3. 第四章 IV.) or a bullet (■): an article's section. */
function isSubhead(piece: TitlePiece): boolean {
  if (piece.lines.every((l) => (l.hints.heading ?? 0) >= 2)) return true;
  return /^(?:[■◆●▲□◇]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．)）] ?\S|第[一二三四五六七八九十\d]{1,3}[章节部分]|[IVX]{1,4}\. )/.test(piece.lines[0]!.text);
}

function continuesProse(a: DraftStory, b: DraftStory): boolean {
  return !a.closed && !b.marked && !b.bylines.length && a.body.length > 0 && b.body.length > 0 && a.body[0]!.line.cjk === b.body[0]!.line.cjk;
}

/**
 * A titled story is followed by others titled above too, so a title between two bodies is the next one's — unless
 * the first is a Chinese feature signed on a line of its own under its title (本报记者 X) and the text after the
 * title bears no mark or author line of its own: on a page that signs its stories, that text is the same article's,
 * under a crosshead.
 */
function signedFeature(a: DraftStory, b: DraftStory, kinds: readonly LineKind[]): boolean {
  if (!a.body[0]!.line.cjk || !a.bylines.length || a.closed) return false;
  for (let i = a.last + 1; i < b.first; i++) if (kinds[i] === 'author' || kinds[i] === 'byline') return false;
  return true;
}

/** A title piece stands right above the story's first line (furniture, author lines and bylines aside). */
function titledAbove(story: DraftStory, kinds: readonly LineKind[]): boolean {
  for (let i = story.first - 1; i >= 0; i--) {
    const k = kinds[i];
    if (k === 'title') return true;
    if (k !== 'furniture' && k !== 'caption' && k !== 'author' && k !== 'byline' && k !== 'bylineMore') return false;
  }
  return false;
}

/** The story's column width: the median width of its lines. */
function medianWidth(story: DraftStory): number {
  const widths = story.body.map((b) => b.line.width).sort((x, y) => x - y);
  return widths[widths.length >> 1] ?? 0;
}

/** Set within the story's column, as a crosshead is (a title over several columns is wider). */
function narrow(piece: TitlePiece, column: number): boolean {
  return Math.max(...piece.lines.map((l) => l.width)) <= column;
}
