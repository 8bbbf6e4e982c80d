import { COLUMN_LAYOUT, type Layout, type Line, type LineKind } from './model.js';
import { endsMidClause, endsSentence, hasCjkClausePunctuation, storyStartsMarked, medianWidth, startsLowercase, startsSentenceLatin } from './features.js';
import {
  isBareCjkName, isCjkNameList, isCjkPersonalName, isBylineContinuation, isCjkBylineLine, isCjkCaptionStart, isFolio, isFurniture, isIndexEntry, isLatinBylineLine, isLatinPersonalName, isLatinSignature, isOpening, isPhotoCredit, isPlaceLine,
  trailingCjkByline,
} from './patterns.js';


/** Longest run of lines one title piece may span (a kicker, a headline and a subheadline of two lines each). */
const MAX_TITLE_LINES = 6;

interface Medians {
  cjk: number;
  latin: number;
}

export function classifyLines(lines: readonly Line[], layout: Layout = COLUMN_LAYOUT): LineKind[] {
  const kinds: LineKind[] = lines.map((l) => baseKind(l));
  const median: Medians = { cjk: medianWidth(lines, true), latin: medianWidth(lines, false) };
  markStandaloneFolios(lines, kinds);
  markAuthorLines(lines, kinds);
  if (!layout.prose) markCaptionBlocks(lines, kinds, median);
  if (!layout.prose) markCreditedCaptions(lines, kinds);
  if (!layout.prose) markIndexBoxes(lines, kinds);
  extendCaptions(lines, kinds);
  markBylineContinuations(lines, kinds);
  markNamesUnderHeadings(lines, kinds);
  if (!layout.prose) markSignatures(lines, kinds);
  markTitles(lines, kinds, median, layout);
  if (!layout.prose) markGraphicLabels(lines, kinds);
  if (!layout.prose) markPageRubric(lines, kinds);
  markNameBylines(lines, kinds);
  return kinds;
}

function baseKind(line: Line): LineKind {
  const t = line.text;
  if (line.hints.caption || isCjkCaptionStart(t)) return 'caption';
  if (isFurniture(t)) return 'furniture';
  if (isCjkBylineLine(t) || isLatinBylineLine(t)) return 'byline';
  if (isOpening(t)) return 'opening';
  if (isHeadingByHints(line)) return 'title';
  return 'body';
}

/** The markup says heading: an h1–h6, or type clearly larger than the body's. */
function isHeadingByHints(line: Line): boolean {
  return (line.hints.heading !== undefined && line.hints.heading >= 1) || (line.hints.fontScale ?? 1) >= 1.25;
}

/** Least blocks of labels in a row that make a graphic's labels rather than a title block (kicker, headline, deck). */
const LABEL_RUN = 4;
/** A label: a line of at most this many words and characters (a map's street, a chart's axis). */
const LABEL_WORDS = 3, LABEL_CHARS = 24, LABEL_LINES = 3;

/**
 * A map's or a chart's labels come out of the text layer as a run of tiny blocks — names, numbers, letters —
 * that the title rule would take for headlines. Several such blocks in a row, none of them text, are a graphic:
 * page furniture, and no title.
 */
function markGraphicLabels(lines: readonly Line[], kinds: LineKind[]): void {
  const blocks = blocksOf(lines);
  const label = ([s, e]: [number, number]) => {
    if (e - s > LABEL_LINES) return false;
    for (let i = s; i < e; i++) {
      const t = lines[i]!.text;
      if ((kinds[i] !== 'title' && kinds[i] !== 'body' && kinds[i] !== 'furniture') || lines[i]!.cjk || t.length > LABEL_CHARS || t.split(' ').length > LABEL_WORDS || endsSentence(t)) return false;
    }
    return true;
  };
  for (let b = 0; b < blocks.length;) {
    let e = b;
    while (e < blocks.length && label(blocks[e]!)) e++;
    if (e - b >= LABEL_RUN) for (let k = b; k < e; k++) for (let i = blocks[k]![0]; i < blocks[k]![1]; i++) kinds[i] = 'furniture';
    b = Math.max(e, b + 1);
  }
}

/** Lines a folio block may take: the date, the weekday, the page and its section, set together. */
const FOLIO_LINES = 3;

/**
 * Folios standing apart: a blank-separated block of a few lines that are all folios (a date over 第6版), or folio
 * lines heading the page (page furniture sits at its edge, whether or not the text keeps blank lines).
 */
function markStandaloneFolios(lines: readonly Line[], kinds: LineKind[]): void {
  for (let i = 0; i < lines.length && i < FOLIO_LINES && kinds[i] === 'body' && isFolio(lines[i]!.text); i++) kinds[i] = 'furniture';
  for (const [s, e] of blocksOf(lines)) {
    if (e - s > FOLIO_LINES) continue;
    let folios = true;
    for (let i = s; i < e && folios; i++) folios = (kinds[i] === 'body' || kinds[i] === 'furniture') && isFolio(lines[i]!.text);
    if (folios) for (let i = s; i < e; i++) kinds[i] = 'furniture';
  }
}

/**
 * A bare personal name on its own line (梁玉春, 邵景均) where no sentence runs into it, or a lone CJK letter set
 * apart: the author line under a title or above a signed article. Not a byline that opens a story: it goes to the
 * story that starts after it.
 */
function markAuthorLines(lines: readonly Line[], kinds: LineKind[]): void {
  lines.forEach((l, i) => {
    if (kinds[i] !== 'body') return;
    // a name the text layer broke into single characters (肖 … 培) leaves lone letters standing apart
    if (l.text.length === 1 && l.cjk && l.breakBefore && l.breakAfter) { kinds[i] = 'author'; return; }
    if (!(isBareCjkName(l.text) || isCjkNameList(l.text)) || headsTitleBlock(lines, i)) return;
    const prev = lines[i - 1];
    if (!prev || l.breakBefore || endsSentence(prev.text) || (prev.cjk && !hasCjkClausePunctuation(prev.text))) kinds[i] = 'author';
  });
}

/** Lines a title block set over a story may take (kicker, headline and subheadline, one or two lines each). */
const TITLE_BLOCK_LINES = 4;

/**
 * The lines after line i, up to the next break (or, after a break, the whole next block), are a few CJK lines
 * without clause punctuation: a title block. A name-like line over it (城市更新, 要闻) is its kicker or a rubric,
 * not an author line, which stands over text.
 */
function headsTitleBlock(lines: readonly Line[], i: number): boolean {
  let k = i + 1;
  const first = lines[k];
  if (!first || !first.cjk) return false;
  do {
    if (k - i > TITLE_BLOCK_LINES || !lines[k]!.cjk || hasCjkClausePunctuation(lines[k]!.text) || endsSentence(lines[k]!.text)) return false;
    k++;
  } while (k < lines.length && !lines[k]!.breakBefore);
  return true;
}

/**
 * A column signed by a bare name (Sam Park) set between its headline and its text: the last line of the title
 * lines, set apart from the headline, a personal name alone, with the text right under it. It is the byline, not a
 * subheadline.
 */
function markNameBylines(lines: readonly Line[], kinds: LineKind[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    // set apart from the headline above it: a headline's own last line follows it without a break
    if (kinds[i] !== 'title' || kinds[i - 1] !== 'title' || !lines[i]!.breakBefore || kinds[i + 1] !== 'body') continue;
    const line = lines[i]!;
    if (!lines[i + 1]!.breakBefore && isLatinPersonalName(line.text)) kinds[i] = 'byline';
    // a Chinese author's name set in larger type than the text's, yet well under the headline's (as 楷体 names
    // are): the text may follow after a break
    else if ((isBareCjkName(line.text) || isCjkNameList(line.text)) && scaleOf(lines[i - 1]!) >= SMALLER_THAN_HEADLINE * scaleOf(line)) kinds[i] = 'author';
  }
  // a person's name alone set as a title of its own over text, in type no larger than a byline's: the author over a
  // signed article (the geometry saw a title in type a little larger than the text's)
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (kinds[i] !== 'title' || kinds[i - 1] === 'title' || kinds[i + 1] !== 'body' || scaleOf(line) >= AUTHOR_LARGEST) continue;
    if (isCjkPersonalName(line.text)) kinds[i] = 'author';
  }
}

/** Largest type (times the text's) a Chinese author's name is set in over the text. */
const AUTHOR_LARGEST = 1.6;

const scaleOf = (line: Line) => line.hints.fontScale ?? 1;
/** A name line under a headline is set this many times smaller than it, at least: no short headline of its own. */
const SMALLER_THAN_HEADLINE = 1.5;

/**
 * A personal name alone on a line set apart, right under a title the markup or the geometry set (a heading, larger
 * type): the writer's name from a column's sig, its byline, not the text's first words.
 */
function markNamesUnderHeadings(lines: readonly Line[], kinds: LineKind[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (kinds[i] === 'body' && isHeadingByHints(lines[i - 1]!) && line.breakBefore && lines[i + 1]!.breakBefore && isLatinPersonalName(line.text)) kinds[i] = 'byline';
  }
}

/** Longest page rubric: a section's name (要闻, LOCAL, NATION & WORLD), not a headline. */
const RUBRIC_CHARS = { cjk: 6, latin: 30 };
/** Rubric lines a page may open with: a section and the page's own name. */
const RUBRIC_LINES = 2;

/**
 * A printed page opens with its section's name (要闻, NATION & WORLD) set apart over the first title: the first
 * line of the page that is no furniture, one title line standing alone (Latin: in capitals), with another title
 * right after the break. It heads the page, no one story. A kicker set on its headline has no break between.
 */
function markPageRubric(lines: readonly Line[], kinds: LineKind[]): void {
  // a section's name over the name of a page of it (OPINION over LETTERS TO THE EDITOR): each set apart
  for (let n = 0; n < RUBRIC_LINES; n++) {
    const i = kinds.findIndex((k) => k !== 'furniture' && k !== 'caption');
    const line = lines[i], next = lines[i + 1];
    if (!line || !next || kinds[i] !== 'title' || kinds[i + 1] !== 'title' || !line.breakAfter) return;
    const rubric = line.cjk ? line.text.length <= RUBRIC_CHARS.cjk : line.text.length <= RUBRIC_CHARS.latin && !/[a-z]/.test(line.text);
    if (!rubric) return;
    kinds[i] = 'furniture';
  }
}

/** The blank-separated blocks of the page, as [start, end) index pairs. */
export function blocksOf(lines: readonly Line[]): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i === lines.length || lines[i]!.breakBefore) { if (i > start) blocks.push([start, i]); start = i; }
  }
  return blocks;
}

/**
 * Captions and pull quotes stand apart in blocks of a few lines whose width is unlike the body's: set wider than
 * a column (a caption under a picture spanning columns) or much narrower and quoted (a pull quote).
 */
function markCaptionBlocks(lines: readonly Line[], kinds: LineKind[], median: Medians): void {
  for (const [s, e] of blocksOf(lines)) {
    const block = lines.slice(s, e);
    if (block.some((_, k) => kinds[s + k] !== 'body')) continue;
    const m = block[0]!.cjk ? median.cjk : median.latin;
    if (!m) continue;
    const last = block[block.length - 1]!.text;
    // a caption runs over a few columns, not a whole page: a paragraph set full width is no caption
    const chars = block.reduce((n, l) => n + l.text.length, 0);
    const wide = block.length <= 3 && block.every((l) => l.width > 1.6 * m && l.width < 6 * m) && chars <= (block[0]!.cjk ? 150 : 300) && endsSentence(last);
    const first = block[0]!.text;
    const quoted = /^[“"「]/.test(first) && /[”"」]$/.test(last);
    const pullQuote = block.length >= 3 && block.length <= 10 && quoted && block.every((l) => l.width < 0.6 * m);
    if (wide || pullQuote) for (let i = s; i < e; i++) kinds[i] = 'caption';
  }
}

/** Lines of a caption over its photo credit: a sentence or two, not a column of text. */
const CAPTION_LINES = 3;

/** A block of a few lines that finishes a sentence under or over a photo credit is a caption with its credit. */
function markCreditedCaptions(lines: readonly Line[], kinds: LineKind[]): void {
  for (const [s, e] of blocksOf(lines)) {
    const creditFirst = isPhotoCredit(lines[s]!.text), creditLast = !creditFirst && isPhotoCredit(lines[e - 1]!.text);
    const from = creditFirst ? s + 1 : s, to = creditLast ? e - 1 : e;
    if (!(creditFirst || creditLast) || to - from < 1 || to - from > CAPTION_LINES || !endsSentence(lines[to - 1]!.text)) continue;
    let plain = true;
    for (let i = from; i < to && plain; i++) plain = kinds[i] === 'body';
    if (plain) for (let i = from; i < to; i++) kinds[i] = 'caption';
  }
}

/** Least entries that make an index box (one or two lines like that may be text). */
const INDEX_ENTRIES = 3;

/** A block whose lines, but for a heading, are all index entries (Comics B4, Opinion A5) is page furniture. */
function markIndexBoxes(lines: readonly Line[], kinds: LineKind[]): void {
  for (const [s, e] of blocksOf(lines)) {
    let entries = 0;
    for (let i = s; i < e; i++) if (isIndexEntry(lines[i]!.text)) entries++;
    const headed = entries === e - s - 1 && !isIndexEntry(lines[s]!.text);
    if (entries >= INDEX_ENTRIES && (entries === e - s || headed)) for (let i = headed ? s + 1 : s; i < e; i++) kinds[i] = 'furniture';
  }
}

/** A CJK caption recognised at its first line (图为…) runs on to the end of its block. */
function extendCaptions(lines: readonly Line[], kinds: LineKind[]): void {
  let inCaption = false;
  lines.forEach((l, i) => {
    if (l.breakBefore) inCaption = false;
    if (kinds[i] === 'caption' && isCjkCaptionStart(l.text)) inCaption = true;
    else if (inCaption && kinds[i] === 'body') kinds[i] = 'caption';
  });
}

/**
 * A letter's or a column's signature: a Latin line with a personal name (and town) right after a finished sentence,
 * with nothing of the text after it — a break, the page's end, or a place line on its own under it.
 */
function markSignatures(lines: readonly Line[], kinds: LineKind[]): void {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!, prev = lines[i - 1]!, next = lines[i + 1];
    if (kinds[i] !== 'body' || line.cjk || line.breakBefore || kinds[i - 1] !== 'body' || !endsSentence(prev.text) || !isLatinSignature(line.text)) continue;
    const place = next !== undefined && !next.breakBefore && kinds[i + 1] === 'body' && isPlaceLine(next.text) && (next.breakAfter || lines[i + 2]?.breakBefore === true);
    if (next && !next.breakBefore && !place) continue;
    kinds[i] = 'byline';
    if (place) kinds[i + 1] = 'bylineMore';
  }
}

function markBylineContinuations(lines: readonly Line[], kinds: LineKind[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (kinds[i - 1] === 'byline' && !lines[i]!.breakBefore && isBylineContinuation(lines[i]!.text)) kinds[i] = 'bylineMore';
  }
}

/**
 * Could this line be (part of) a headline by its own form: no clause punctuation, not ending a sentence. A Latin
 * headline broken over lines may break after a comma or a colon (Councils set short-term, / long-term goals): a
 * line that more of the title follows may end so, the title's last line may not.
 */
function titleShaped(line: Line, moreFollows = false): boolean {
  const t = line.text;
  if (t.length < 2 || t.length > 120 || (endsMidClause(t) && !(moreFollows && !line.cjk && /[,:]$/.test(t)))) return false;
  if (line.cjk) return !hasCjkClausePunctuation(t);
  return (!endsSentence(t) || /[?!]$/.test(t)) && !/[a-z]{2}[.!?]["”’]? [A-Z]/.test(t);
}

/** Kinds after which a headline may start without a break. Not a byline: body text follows an opening byline. */
const closesUnit = (k: LineKind | undefined) => k === undefined || k === 'furniture' || k === 'caption' || k === 'title';

/**
 * Title pieces: runs of title-shaped lines that start a unit (after a break, page furniture or a title; CJK also
 * after a closing byline) and end hard: at a break, a byline, an opening or furniture; in
 * Latin script at a line that starts a new sentence; in CJK without a break, at a line clearly wider than the run
 * (the body set under a narrow headline).
 */
function markTitles(lines: readonly Line[], kinds: LineKind[], median: Medians, layout: Layout): void {
  let i = 0;
  const startsMarked = storyStartsMarked(lines);
  // the line a title run was ended on, set right under it: the body's first line, not the start of another title
  let bodyUnder = -1;
  while (i < lines.length) {
    const line = lines[i]!;
    const prev = lines[i - 1];
    // a headline stands after a break or a non-body line; in CJK also right after a closing byline
    const afterClosingByline = line.cjk && prev !== undefined && (kinds[i - 1] === 'byline' || trailingCjkByline(prev.text) !== null);
    // on a page without a single break (one <br> line each), a finished sentence is all there is to go by
    const afterSentence = !layout.breaks && prev !== undefined && endsSentence(prev.text);
    const startsUnit = line.breakBefore || (closesUnit(kinds[i - 1]) && i !== bodyUnder) || afterClosingByline || afterSentence;
    if (kinds[i] !== 'body' || !startsUnit || !titleShaped(line, true) || underMarkedTitle(lines, kinds, i) || (startsMarked && plainRunningText(lines, i))) { i++; continue; }
    let end = i + 1;
    while (end < lines.length && end - i < MAX_TITLE_LINES && kinds[end] === 'body' && !lines[end]!.breakBefore && titleShaped(lines[end]!, true) &&
      !endsHardAfter(lines, kinds, end - 1, i, median, layout)) end++;
    if (titleShaped(lines[end - 1]!) && endsHardAfter(lines, kinds, end - 1, i, median, layout)) {
      for (let k = i; k < end; k++) kinds[k] = 'title';
      if (end < lines.length && !lines[end]!.breakBefore && kinds[end] === 'body') bodyUnder = end;
    }
    i = end;
  }
}

/**
 * A line in plain body type right under a title the markup or the page's geometry set as one (a heading, larger
 * type), or under its byline: the text under the title starts there, whatever its words look like ("Developers of Keizer" over
 * "Station said…"); a deck is set apart by its type.
 */
function underMarkedTitle(lines: readonly Line[], kinds: readonly LineKind[], i: number): boolean {
  const line = lines[i]!;
  // the title's byline may stand between (a name set apart under a column's headline)
  let above = i - 1;
  while (above >= 0 && kinds[above] === 'byline' && !isHeadingByHints(lines[above]!)) above--;
  const prev = lines[above];
  return prev !== undefined && isHeadingByHints(prev) && inPlainBodyType(line);
}

/** Set in the text's own type: no heading, not bold, the body's size. */
const inPlainBodyType = (line: Line) => line.hints.heading === undefined && !line.hints.bold && Math.abs((line.hints.fontScale ?? 1) - 1) < 0.1;

/**
 * On a page read by its geometry, a line in plain body type whose sentence runs on into the next line (set right
 * under it, starting in lower case) is running text: the layout marks the titles it sees by their type.
 */
function plainRunningText(lines: readonly Line[], i: number): boolean {
  const line = lines[i]!, next = lines[i + 1];
  return !line.cjk && inPlainBodyType(line) && next !== undefined && !next.breakBefore && startsLowercase(next.text);
}

/** How much narrower than the column a line must be to be no line of it: more than a paragraph's indent (2 em). */
const SHORT_OF_COLUMN = 3.5;
/** Lines below that show the column's measure: enough to tell a column from a line or two. */
const COLUMN_LINES = 3;

/**
 * A CJK line set apart above a column of text, and clearly narrower than that column, without finishing a sentence:
 * no line of the column (its lines run full, its first set in by the indent only), but a title set on it — a
 * brief's title line in a narrow column of briefs — provided the line right below is as wide as the column's.
 */
function shortOfColumnBelow(lines: readonly Line[], from: number, width: number): boolean {
  const widths: number[] = [];
  let clauses = false;
  for (let k = from; k < lines.length && widths.length < COLUMN_LINES + 1 && (k === from || !lines[k]!.breakBefore) && lines[k]!.cjk; k++) {
    widths.push(lines[k]!.width);
    clauses ||= hasCjkClausePunctuation(lines[k]!.text);
  }
  if (widths.length < COLUMN_LINES || !clauses) return false;
  // the column's measure as most of its lines show it: one line over-wide (squeezed punctuation) does not set it
  const measure = widths.sort((a, b) => a - b)[widths.length >> 1]!;
  // and the line right below is one of the column's, not the rest of a title broken over two narrow lines
  return width + SHORT_OF_COLUMN < measure && lines[from]!.width + SHORT_OF_COLUMN >= measure;
}

function endsHardAfter(lines: readonly Line[], kinds: LineKind[], last: number, first: number, median: Medians, layout: Layout): boolean {
  const next = lines[last + 1];
  if (!next || next.breakBefore) return true;
  const k = kinds[last + 1];
  if (k !== 'body') return true;
  const run = lines.slice(first, last + 1);
  if (next.cjk) {
    const runWidth = Math.max(...run.map((l) => l.width));
    if (runWidth < 0.8 * median.cjk && next.width >= 1.5 * runWidth && hasCjkClausePunctuation(next.text)) return true;
    // set apart by a break, or on a page without any, where the run starts a unit by other evidence
    return last === first && (lines[first]!.breakBefore || !layout.breaks) && shortOfColumnBelow(lines, last + 1, runWidth);
  }
  // Latin without a break, a weak end, so strict: a new sentence follows a single line not over-wide, or a few
  // lines all clearly narrower than the column (a headline over two or three lines set on the body)
  const line = lines[last]!;
  const shaped = last === first ? line.width <= 1.2 * median.latin : last - first < 3 && run.every((l) => l.width < 0.85 * median.latin);
  return shaped && startsSentenceLatin(lines[first]!.text) && startsSentenceLatin(next.text) && !endsMidClause(line.text) &&
    !/\b(?:the|a|an|of|and|or|but|to|in|on|for|from|into|with|by|that|as|at|than|its|their|his|her)$/i.test(line.text);
}
