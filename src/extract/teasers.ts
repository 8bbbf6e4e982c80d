/**
 * Teasers for other stories set around an article (a next/previous pair, a related-stories rail): each a linked
 * headline, perhaps a line of excerpt, and the other story's byline or timestamp. A box of them points to other
 * pages; it is not the story. Marked by their shape (a headline that is a link, a dated line), not by names.
 */
import { printedDate } from './credits.js';
import type { RawLine } from './page-model.js';

/** Longer than this, a line with a date in it is prose, not a teaser's byline or timestamp. */
const DATED_LINE = 80;
/** The excerpt a teaser may carry besides its headline: about two sentences. */
const EXCERPT = 300;

export const isLinkedHeading = (line: RawLine): boolean => line.heading > 0 && line.chars > 0 && line.linkChars >= line.chars * 0.9;

export function isDatedLine(line: RawLine): boolean {
  const text = line.text.trim();
  return text.length <= DATED_LINE && (/\d:\d\d/.test(text) || printedDate(text) !== null);
}

/**
 * A box of teasers: each linked headline dated, and no more prose besides than their excerpts (`weight` and `link`:
 * what is left of the box once its own furniture is gone).
 */
export const isTeaserBox = (headings: number, dated: number, weight: number, link: number): boolean =>
  headings > 0 && dated >= headings && weight - link <= EXCERPT * headings;
