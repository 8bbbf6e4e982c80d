import type { LineHints, PageLine, RestructureInput } from '../core/types.js';
import { dropSpacesNextToCjk, normaliseLine } from '../text/normalise.js';
import { cjkShare, emWidth } from '../text/script.js';
import { endsSentence } from './features.js';

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

export interface PageLines {
  lines: Line[];
  language: string | null;
}

/** Splits the input into its non-blank lines; blank lines and meaningful block starts become `breakBefore`. */
export function toLines(input: RestructureInput): PageLines {
  const raw: PageLine[] = typeof input === 'string' ? input.split(/\r\n|\r|\n/).map((text) => ({ text })) : input.lines;
  const language = typeof input === 'string' ? null : (input.language ?? null);
  const blockStartsMean = blockStartsAreInformative(raw);
  const lines: Line[] = [];
  let pendingBreak = false;
  raw.forEach((pl, index) => {
    const { text, spaced } = normaliseLine(typeof pl?.text === 'string' ? pl.text : '');
    if (!text) { pendingBreak = true; return; }
    const hints = pl.hints ?? {};
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
  return { lines, language };
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

/**
 * Markup block starts mark paragraphs — unless the page gives one element per printed line (an e-paper text
 * layer of <div>s), where blocks start mid-sentence. So they count only while most of them follow a line
 * that ends a sentence.
 */
function blockStartsAreInformative(raw: PageLine[]): boolean {
  let starts = 0, afterSentence = 0;
  let previous: string | null = null;
  for (const pl of raw) {
    const text = pl?.text?.trim();
    if (!text) continue;
    if (pl.hints?.blockStart && previous !== null) {
      starts++;
      if (endsSentence(previous) || /[:：]$/.test(previous)) afterSentence++;
    }
    previous = text;
  }
  return starts > 0 && afterSentence >= starts * 0.6;
}
