import type { LineHints, PageLine, RestructureInput } from '../core/types.js';
import type { Layout, Line } from './model.js';
import { dropSpacesNextToCjk, normaliseLine } from '../text/normalise.js';
import { cjkShare, emWidth, isCjkMark } from '../text/script.js';
import { endsSentence } from './features.js';
import { paragraphIndent } from './measure.js';
import { isCjkNameList } from './patterns.js';

/** Median line width (em) from which lines are taken for whole paragraphs rather than column lines. */
const PROSE_WIDTH = 40;

export interface PageLines {
  lines: Line[];
  language: string | null;
  layout: Layout;
}

/** Splits the input into its non-blank lines; blank lines and meaningful block starts become `breakBefore`. */
export function toLines(input: RestructureInput): PageLines {
  const raw: ReadonlyArray<PageLine | string> = typeof input === 'string' ? input.split(/\r\n|\r|\n/) : input.lines;
  const language = typeof input === 'string' ? null : (input.language || null);
  const blockStartsMean = blockStartsAreInformative(raw);
  const lines: Line[] = [];
  let pendingBreak = false;
  raw.forEach((pl, index) => {
    const { text, spaced } = normaliseLine(textOf(pl));
    if (!text) { pendingBreak = true; return; }
    const given = (typeof pl === 'string' ? undefined : pl.hints) ?? NO_HINTS;
    // plain text keeps a paragraph's first-line indent as leading spaces (two or more, or an ideographic space)
    const indent = given.indent === undefined ? leadingIndent(textOf(pl)) : given.indent;
    const hints = indent === given.indent ? given : { ...given, indent };
    const breakBefore = pendingBreak || (blockStartsMean && hints.blockStart === true);
    const prev = lines[lines.length - 1];
    if (prev && breakBefore) prev.breakAfter = true;
    lines.push({ index, text, hints, breakBefore: breakBefore || !prev, breakAfter: false, blockStart: blockStartsMean && hints.blockStart === true, width: emWidth(text), spaced, cjk: cjkShare(text) >= 0.5 });
    pendingBreak = false;
  });
  const last = lines[lines.length - 1];
  if (last) last.breakAfter = true;
  if (textLayerSpacesCjk(lines)) {
    for (const l of lines) {
      // names set apart in a row (汪 涛 吴光胜) keep the spaces that tell one name from the next
      if (l.spaced || isCjkNameList(l.text)) continue;
      const text = dropSpacesNextToCjk(l.text);
      if (text !== l.text) { l.text = text; l.width = emWidth(text); }
    }
  }
  const breaks = lines.some((l, k) => k > 0 && l.breakBefore);
  const prose = typicalWidth(lines) >= PROSE_WIDTH;
  const cjkMarkWidth = prose ? HALF : markWidthShown(lines);
  if (cjkMarkWidth !== HALF) for (const l of lines) if (l.cjk) l.width = emWidth(l.text, cjkMarkWidth);
  return { lines, language, layout: { prose, breaks, indent: prose ? 0 : paragraphIndent(lines), cjkMarkWidth } };
}

const HALF = 0.5, FULL = 1;
/** Lines either side of a line whose widths show its column's measure. */
const MARK_WINDOW = 8;
/** Least lines without marks around a line with marks that show its measure; least lines with marks that agree. */
const MEASURE_SAMPLES = 3, MARK_SAMPLES = 2;
/** Median shortfall per mark (em) from which marks are taken as set full width (0.5 when they are, 0 when not). */
const FULL_MARKS = 0.3;

/**
 * How wide the page sets quotes and marks between CJK letters (“”…—): full width on some papers, squeezed to half on
 * others. Lines of a justified column cut mid-sentence run to the same measure, so where marks are counted half
 * but set full, the lines that hold them look short of their neighbours by half an em per mark.
 */
function markWidthShown(lines: readonly Line[]): number {
  const n = lines.length;
  // per line, once: marks between CJK letters, and whether it is a CJK column line cut mid-sentence
  const marks = new Uint16Array(n), cut = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const l = lines[k]!;
    if (!l.cjk || l.spaced || k + 1 >= n || lines[k + 1]!.breakBefore || endsSentence(l.text)) continue;
    cut[k] = 1;
    for (let i = 0; i < l.text.length && i < 200; i++) if (isCjkMark(l.text, i)) marks[k] = marks[k]! + 1;
  }
  const shortfalls: number[] = [];
  const plain = new Float64Array(2 * MARK_WINDOW);
  for (let k = 0; k < n; k++) {
    if (!cut[k] || !marks[k]) continue;
    let m = 0;
    for (let j = Math.max(0, k - MARK_WINDOW); j < n && j <= k + MARK_WINDOW; j++) if (j !== k && cut[j] && !marks[j]) plain[m++] = lines[j]!.width;
    if (m < MEASURE_SAMPLES) continue;
    // the upper quartile: paragraphs' first lines, set in by the indent, are cut lines too but no full ones
    const sorted = plain.subarray(0, m).sort();
    shortfalls.push((sorted[Math.floor((m - 1) * 0.75)]! - lines[k]!.width) / marks[k]!);
  }
  if (shortfalls.length < MARK_SAMPLES) return HALF;
  shortfalls.sort((a, b) => a - b);
  return shortfalls[shortfalls.length >> 1]! >= FULL_MARKS ? FULL : HALF;
}

/** The width of the line that holds the page's middle character: where most of the text is, not most lines. */
function typicalWidth(lines: readonly Line[]): number {
  const widths = lines.map((l) => l.width).sort((a, b) => a - b);
  let total = 0;
  for (const w of widths) total += w;
  let seen = 0;
  for (const w of widths) {
    seen += w;
    if (seen >= total / 2) return w;
  }
  return 0;
}

/**
 * Where many lines came spaced out, the text layer puts spaces between CJK characters at will, and the odd space
 * in an unspaced line (习 近平) is one of its artefacts too; on other pages such a space was printed.
 */
function textLayerSpacesCjk(lines: readonly Line[]): boolean {
  let spaced = 0, cjk = 0;
  for (const l of lines) {
    if (!l.cjk) continue;
    cjk++;
    if (l.spaced) spaced++;
  }
  return spaced >= 3 && spaced >= cjk * 0.1;
}

const NO_HINTS: LineHints = Object.freeze({});

/** Leading indentation in characters (an ideographic space counts two), or undefined below two. */
function leadingIndent(raw: string): number | undefined {
  let n = 0;
  for (let i = 0; i < raw.length && i < 64; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x20 || c === 0xa0) n++;
    else if (c === 0x3000) n += 2;
    else if (c === 0x09) n += 4;
    else break;
  }
  return n >= 2 ? n : undefined;
}

/** A line's text, whatever shape a caller handed in (plain text lines are strings; never trust the rest). */
function textOf(pl: PageLine | string | null | undefined): string {
  if (typeof pl === 'string') return pl;
  return typeof pl?.text === 'string' ? pl.text : '';
}

/**
 * Markup block starts mark paragraphs — unless the page gives one element per printed line (an e-paper text
 * layer of <div>s), where blocks start mid-sentence. So they count only while most of them follow a line
 * that ends a sentence.
 */
function blockStartsAreInformative(raw: ReadonlyArray<PageLine | string>): boolean {
  let starts = 0, afterSentence = 0;
  let previous: string | null = null;
  let previousIsTitle = false;
  for (const pl of raw) {
    const text = textOf(pl).trim();
    if (!text) continue;
    // a title or crosshead ends no sentence, yet its block ends with it: the block after it says nothing either way
    if (typeof pl !== 'string' && pl.hints?.blockStart && previous !== null && !previousIsTitle) {
      starts++;
      if (endsSentence(previous) || /[:：]$/.test(previous)) afterSentence++;
    }
    previous = text;
    previousIsTitle = typeof pl !== 'string' && !!(pl.hints?.heading || pl.hints?.bold);
  }
  return starts > 0 && afterSentence >= starts * 0.6;
}
