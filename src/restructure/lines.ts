import type { LineHints, PageLine, RestructureInput } from '../core/types.js';
import { dropSpacesNextToCjk, normaliseLine } from '../text/normalise.js';
import { cjkShare, emWidth } from '../text/script.js';
import { endsSentence } from './features.js';
import { paragraphIndent } from './measure.js';

/** One non-blank line of the page, normalised, with what its surroundings say about it. */
export interface Line {
  /** Position among the input's lines (blank ones included). */
  index: number;
  /** Normalised text: differs from the input only in whitespace. */
  text: string;
  hints: LineHints;
  /** A blank line, or a block start the markup asserts, stands between this line and the one before. */
  breakBefore: boolean;
  breakAfter: boolean;
  /** The markup opens a block here (and block starts are informative on this page): a paragraph boundary. */
  blockStart: boolean;
  /** Printed width in em. */
  width: number;
  /** The text layer spaced its CJK characters out: the line was stretched to the column's full width. */
  spaced: boolean;
  cjk: boolean;
}

/** How the page's text is laid out, as a whole. */
export interface Layout {
  /**
   * Lines are whole paragraphs (an ordinary article's text, one block per line) rather than lines of a printed
   * column: every break is a paragraph break, and no line is "too wide" for a column.
   */
  prose: boolean;
  /**
   * Some line has a break (blank line, block start) before it. Without any — one <br> line each — nothing sets a
   * headline apart but the sentence before it, and nothing tells a kicker from its headline.
   */
  breaks: boolean;
  /** How far Latin paragraphs' first lines are set in (em), as the page shows it; 0: not known to indent. */
  indent: number;
}

export const COLUMN_LAYOUT: Layout = Object.freeze({ prose: false, breaks: true, indent: 0 });

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
      if (l.spaced) continue;
      const text = dropSpacesNextToCjk(l.text);
      if (text !== l.text) { l.text = text; l.width = emWidth(text); }
    }
  }
  const breaks = lines.some((l, k) => k > 0 && l.breakBefore);
  const prose = typicalWidth(lines) >= PROSE_WIDTH;
  return { lines, language, layout: { prose, breaks, indent: prose ? 0 : paragraphIndent(lines) } };
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
  for (const pl of raw) {
    const text = textOf(pl).trim();
    if (!text) continue;
    if (typeof pl !== 'string' && pl.hints?.blockStart && previous !== null) {
      starts++;
      if (endsSentence(previous) || /[:：]$/.test(previous)) afterSentence++;
    }
    previous = text;
  }
  return starts > 0 && afterSentence >= starts * 0.6;
}
