/**
 * Teasers for other stories set around an article (a next/previous pair, a related-stories rail): each a linked
 * headline, perhaps a line of excerpt, and the other story's byline or timestamp. A box of them points to other
 * pages; it is not the story. Marked by their shape (a headline that is a link, a dated line), not by names.
 */
import { printedDate } from './credits.js';
import type { PageModel } from './page-model.js';

/** Per element, over its subtree: headings that are links, and short lines that print a date or a time. */
export interface TeaserMarks {
  linkedHeadings: Int32Array;
  datedLines: Int32Array;
}

/** Longer than this, a line with a date in it is prose, not a teaser's byline or timestamp. */
const DATED_LINE = 80;
/** The excerpt a teaser may carry besides its headline: about two sentences. */
const EXCERPT = 300;
const TIME = /\b\d{1,2}:\d{2}\b/u;

export function teaserMarks(model: PageModel): TeaserMarks {
  const n = model.elements.length;
  const marks: TeaserMarks = { linkedHeadings: new Int32Array(n), datedLines: new Int32Array(n) };
  for (const line of model.lines) {
    if (line.heading > 0 && line.blockStart && line.chars > 0 && line.linkChars >= line.chars * 0.9) marks.linkedHeadings[line.el]!++;
    const text = line.text.trim();
    if (line.heading === 0 && text.length <= DATED_LINE && (TIME.test(text) || printedDate(text) !== null)) marks.datedLines[line.el]!++;
  }
  for (let i = n - 1; i > 0; i--) {
    const p = model.parent[i]!;
    if (p < 0) continue;
    marks.linkedHeadings[p]! += marks.linkedHeadings[i]!;
    marks.datedLines[p]! += marks.datedLines[i]!;
  }
  return marks;
}

/**
 * A box of teasers: each linked headline dated, and no more prose besides than their excerpts. `weight` and
 * `link` are what is left of the box once its own furniture is gone.
 */
export function isTeaserBox(marks: TeaserMarks, e: number, weight: number, link: number): boolean {
  const headings = marks.linkedHeadings[e]!;
  return headings > 0 && marks.datedLines[e]! >= headings && weight - link <= EXCERPT * headings;
}
