import { emWidth, lastCodePoint } from '../text/script.js';
import { endsSentence } from './features.js';
import { joinAll, type JoinContext } from './join.js';
import { isOpening, tail } from './patterns.js';
import { isListItem, type BodyLine } from './segment.js';
import { COLUMN_LAYOUT, type Layout } from './lines.js';

/** Lines either side of a line that estimate its column's width (columns differ between stories and boxes). */
const WINDOW = 8;

/**
 * Joins a story's body lines into whole paragraphs. A paragraph ends where the markup says so, at an indent, or
 * where a sentence ends and something shows the line stopped early: the next line's first word would have fit
 * on it (judged against the column width around it), a blank line follows, the next line opens a quote (Latin),
 * a list item or a new story. A blank line after an unfinished sentence is a column break, not a paragraph end.
 */
export function reflow(body: readonly BodyLine[], ctx: JoinContext, layout: Layout = COLUMN_LAYOUT): string[] {
  if (!body.length) return [];
  const widths = body.map((b) => (b.text === b.line.text ? b.line.width : emWidth(b.text)));
  const indents = indentsMarkParagraphs(body);
  const paragraphs: string[] = [];
  let run: string[] = [body[0]!.text];
  for (let i = 0; i + 1 < body.length; i++) {
    if ((layout.prose && body[i + 1]!.line.breakBefore) || endsParagraph(body, widths, i, indents)) { paragraphs.push(joinAll(run, ctx)); run = []; }
    run.push(body[i + 1]!.text);
  }
  paragraphs.push(joinAll(run, ctx));
  return paragraphs.filter((p) => p.length > 0);
}

function endsParagraph(body: readonly BodyLine[], widths: readonly number[], i: number, indents: boolean): boolean {
  const cur = body[i]!, next = body[i + 1]!;
  if (cur.crosshead !== next.crosshead) return true;
  if (cur.crosshead !== undefined) return false;
  if (next.line.blockStart) return true;
  // where indents mark paragraph starts, they decide: an indented line opens a paragraph, no other does
  if (indents) return (next.line.hints.indent ?? 0) > 0;
  const listNext = isListItem(next.text);
  const colon = lastCodePoint(cur.text) === 0x3a || lastCodePoint(cur.text) === 0xff1a;
  if (listNext && (isListItem(cur.text) || colon)) return true;
  if (!endsSentence(cur.text)) return false;
  if (next.line.breakBefore || isOpening(next.text)) return true;
  // news style in Latin script: a quote opens its own paragraph (CJK text runs quotes on within paragraphs)
  if (!next.line.cjk && /^[“"]/.test(next.text)) return true;
  if (!cur.line.cjk && endsQuoteOrAttribution(cur.text)) return true;
  const column = columnWidth(widths, i);
  // a spaced-out CJK line was stretched to the full column: it only looks short once its spaces are gone
  if (cur.line.spaced && widths[i]! >= 0.75 * column) return false;
  const width = widths[i]! > 1.3 * column ? widths[i]! % column : widths[i]!;
  return width + firstWordWidth(next.text, next.line.cjk) <= column + 0.01;
}

/** Some lines of the story, not (nearly) all, are indented: the indents mark its paragraph starts. */
function indentsMarkParagraphs(body: readonly BodyLine[]): boolean {
  let indented = 0;
  for (const b of body) if (b.line.hints.indent) indented++;
  return indented > 0 && indented < body.length * 0.8;
}

/** Scratch space for the widths around a line: sorted in place, so estimating a column allocates nothing. */
const around = new Float64Array(2 * WINDOW + 1);

/** The widest line around line i, leaving out lines wider than a column (two lines merged by the extractor). */
function columnWidth(widths: readonly number[], i: number): number {
  const from = Math.max(0, i - WINDOW), to = Math.min(widths.length, i + WINDOW + 1);
  for (let k = from; k < to; k++) around[k - from] = widths[k]!;
  const window = around.subarray(0, to - from).sort();
  const median = window[window.length >> 1]!;
  let widest = 0;
  for (const w of window) if (w <= 1.4 * median && w > widest) widest = w;
  return widest;
}

/** News style: a quote closing at a sentence end, or its attribution (…,” Ebbs said.), ends the paragraph. */
function endsQuoteOrAttribution(text: string): boolean {
  const t = tail(text, 80);
  return /[.?!][”"]$/.test(t) || /[”"][^“”"]{0,40}\b(?:said|says|added|asked|explained|wrote)\.$/.test(t) ||
    /[”"],? (?:said|says|added|asked) [^“”"]{1,40}\.$/.test(t);
}

function firstWordWidth(text: string, cjk: boolean): number {
  if (cjk) return 1;
  const space = text.indexOf(' ');
  return 0.3 + emWidth(space < 0 ? text.slice(0, 40) : text.slice(0, space));
}
