import { emWidth, lastCodePoint } from '../text/script.js';
import { endsSentence } from './features.js';
import { joinAll, type JoinContext } from './join.js';
import { endsInAbbreviation, isOpening, tail } from './patterns.js';
import { isListItem } from './segment.js';
import { COLUMN_LAYOUT, type BodyLine, type Layout } from './model.js';
import { firstWordWidth, measuresOf, type Measures } from './measure.js';

/**
 * The paragraph indent of CJK text, in em: two characters (首行缩进两字), and as a first line's width shows it,
 * give or take the squeezed punctuation and letter-spacing of justified lines.
 */
const CJK_INDENT = { least: 1.5, most: 3.5 };
/** Squeezed punctuation and letter-spacing: how much narrower than the measure a full CJK line may come out (em). */
const CJK_SLACK = 1;

/**
 * Joins a story's body lines into whole paragraphs. A paragraph ends where the markup says so, at an indent, or
 * where a sentence ends and something shows the line stopped early: the next line's first word would have fit
 * on it (judged against the column's measure around it, see measure.ts), the next line is set in by the
 * paragraph indent the text layer lost, a blank line follows, the next line opens a quote (Latin), a list item or
 * a new story. A blank line after an unfinished sentence is a column break, not a paragraph end.
 */
export function reflow(body: readonly BodyLine[], ctx: JoinContext, layout: Layout = COLUMN_LAYOUT): string[] {
  if (!body.length) return [];
  const widths = body.map((b) => (b.text === b.line.text ? b.line.width : emWidth(b.text, layout.cjkMarkWidth)));
  const measures = measuresOf(body, widths);
  const indents = indentsMarkParagraphs(body);
  const paragraphs: string[] = [];
  let run: string[] = [body[0]!.text];
  for (let i = 0; i + 1 < body.length; i++) {
    const firstLine = run.length === 1;
    if ((layout.prose && body[i + 1]!.line.breakBefore) || endsParagraph(body, widths, measures, i, indents, firstLine, layout)) { paragraphs.push(joinAll(run, ctx)); run = []; }
    run.push(body[i + 1]!.text);
  }
  paragraphs.push(joinAll(run, ctx));
  return paragraphs.filter((p) => p.length > 0);
}

function endsParagraph(
  body: readonly BodyLine[], widths: readonly number[], measures: Measures, i: number, indents: boolean, firstLine: boolean, layout: Layout,
): boolean {
  const cur = body[i]!, next = body[i + 1]!;
  if (cur.crosshead !== next.crosshead) return true;
  if (cur.crosshead !== undefined) return false;
  if (next.line.blockStart) return true;
  // where indents mark paragraph starts, they decide: an indented line opens a paragraph, no other does
  if (indents) return (next.line.hints.indent ?? 0) > 0;
  const listNext = isListItem(next.text);
  const colon = lastCodePoint(cur.text) === 0x3a || lastCodePoint(cur.text) === 0xff1a;
  if (listNext && (isListItem(cur.text) || colon)) return true;
  if (!endsSentence(cur.text) || (!cur.line.cjk && endsInAbbreviation(cur.text, next.text))) return false;
  if (isOpening(next.text)) return true;
  if (next.line.breakBefore) return !(cur.line.cjk && next.line.cjk && !layout.prose && columnBreakInParagraph(widths, measures, i));
  // news style in Latin script: a quote opens its own paragraph (CJK text runs quotes on within paragraphs), and a
  // quote or its attribution ends one — but after a mid-paragraph attribution the speaker's next quote may run on:
  // there the line's width decides
  if (!next.line.cjk && /^[“"]/.test(next.text) && !continuesQuote(cur.text)) return true;
  if (!cur.line.cjk && endsQuoteOrAttribution(cur.text) && !/^[“"]/.test(next.text)) return true;
  // lines that are whole paragraphs (an ordinary article's text) have no column to measure against
  if (cur.line.cjk && next.line.cjk && !layout.prose) return endsCjkParagraph(body, widths, measures, i, firstLine);
  if (setInLatin(body, widths, measures, i + 1, layout.indent)) return true;
  const column = measures.widest(i);
  if (cur.line.spaced && widths[i]! >= 0.75 * column) return false;
  const width = widths[i]! > 1.3 * column ? widths[i]! % column : widths[i]!;
  // a paragraph's first line had the indent less room, though the text layer lost the indent itself
  const room = firstLine && !layout.prose ? column - Math.max(layout.indent, LATIN_LEAST_INDENT) : column;
  return width + firstWordWidth(next.text, next.line.cjk) <= room + 0.01;
}

/** Least indent (em) that tells a first line from the scatter of justified Latin lines. */
const LATIN_LEAST_INDENT = 1;

/**
 * On a page that indents its paragraphs, a Latin line set in by at least the page's usual indent and running on
 * mid-sentence is a paragraph's first line. Latin letters differ in width, so a full line holds more or fewer of
 * them: only a first line set in as far as the page's typical one counts.
 */
function setInLatin(body: readonly BodyLine[], widths: readonly number[], measures: Measures, k: number, indent: number): boolean {
  const line = body[k], after = body[k + 1];
  if (indent < LATIN_LEAST_INDENT || !line || !after || after.line.breakBefore || line.line.cjk || endsSentence(line.text)) return false;
  return measures.full(k) - widths[k]! >= indent;
}

/**
 * CJK text set in justified columns with indented paragraphs: after a finished sentence, a paragraph ends where the
 * next line is set in by the indent, or where the line stops clearly short of its measure — by more than the
 * squeezed punctuation and letter-spacing of a full line explain. A paragraph's own first line, set in by the
 * indent, is full at that width.
 */
function endsCjkParagraph(body: readonly BodyLine[], widths: readonly number[], measures: Measures, i: number, firstLine: boolean): boolean {
  if (setInByIndent(body, widths, measures, i + 1)) return true;
  const full = measures.full(i), widest = measures.widest(i);
  // a spaced-out CJK line was stretched to the full column: it only looks short once its spaces are gone
  if (body[i]!.line.spaced && widths[i]! >= 0.75 * widest) return false;
  const width = widths[i]! > 1.3 * widest ? widths[i]! % widest : widths[i]!;
  // lines that are not a column's (one paragraph or list item each) show no measure: the next character decides
  if (!measures.evident(i)) return width + 1 <= widest;
  // a paragraph's first line set in by the indent is as full as it gets
  if (firstLine && isIndentWidth(width, full)) return false;
  return width + 1 + CJK_SLACK <= full;
}

/**
 * Line k is a paragraph's first line, narrower than its measure by the indent, and not for ending early: it runs
 * on mid-sentence, or the full line after it continues it.
 */
function setInByIndent(body: readonly BodyLine[], widths: readonly number[], measures: Measures, k: number): boolean {
  const line = body[k], after = body[k + 1];
  if (!line || !after || !line.line.cjk || !measures.evident(k) || !isIndentWidth(widths[k]!, measures.full(k))) return false;
  // a column may break right after a paragraph's first line: running on mid-sentence, it is still one
  if (after.line.breakBefore) return !endsSentence(line.text);
  return !endsSentence(line.text) || widths[k + 1]! >= measures.full(k + 1) - 1;
}

/**
 * A blank line after a finished sentence in CJK columns: a column break inside a paragraph when the line runs full
 * to its measure and the next one, the new column's first, does too — a paragraph's first line would be set in
 * by the indent.
 */
function columnBreakInParagraph(widths: readonly number[], measures: Measures, i: number): boolean {
  if (!measures.evident(i) || !measures.evident(i + 1)) return false;
  return widths[i]! + 1 + CJK_SLACK > measures.full(i) && widths[i + 1]! >= measures.full(i + 1) - CJK_SLACK;
}

function isIndentWidth(width: number, full: number): boolean {
  return full - width >= CJK_INDENT.least && full - width <= CJK_INDENT.most;
}

/** Some lines of the story, not (nearly) all, are indented: the indents mark its paragraph starts. */
function indentsMarkParagraphs(body: readonly BodyLine[]): boolean {
  let indented = 0;
  for (const b of body) if (b.line.hints.indent) indented++;
  return indented > 0 && indented < body.length * 0.8;
}

/** News style: a quote closing at a sentence end, or its attribution (…,” Ebbs said.), ends the paragraph. */
function endsQuoteOrAttribution(text: string): boolean {
  const t = tail(text, 80);
  return /[.?!][”"]$/.test(t) || /[”"][^“”"]{0,40}\b(?:said|says|added|asked|explained|wrote)\.$/.test(t) ||
    /[”"],? (?:said|says|added|asked) [^“”"]{1,40}\.$/.test(t);
}

/** A quote's attribution set mid-paragraph (…,” she said.): the speaker's next quote may run on in the paragraph. */
function continuesQuote(text: string): boolean {
  return /[,?!][”"] [^“”"]{1,40}\b(?:said|says|added)\.$/.test(tail(text, 80));
}
