/**
 * The restructurer's shared shapes, in one module that imports none of the steps: lines (lines.ts), what a line is
 * (classify.ts), stories and title pieces as segmentation finds them (segment.ts). Every step imports its types
 * from here, so no two steps depend on each other through their types.
 */
import type { LineHints } from '../core/types.js';

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
  /** How wide the page sets quotes and marks between CJK letters (em): half width unless its lines show full. */
  cjkMarkWidth?: number;
}

export const COLUMN_LAYOUT: Layout = Object.freeze({ prose: false, breaks: true, indent: 0 });


/**
 * What a line is on the page. `title` lines are candidates only: whether a title block belongs to a story is
 * decided later, for the whole page at once; those that find none go to `unassigned`.
 */
export type LineKind = 'furniture' | 'caption' | 'byline' | 'bylineMore' | 'author' | 'title' | 'opening' | 'body';

/** A line of a story's body, or the part of it left once a closing byline was cut off its end. */
export interface BodyLine {
  line: Line;
  text: string;
  /** Set on the lines of a crosshead set inside the story (one id per crosshead): a paragraph of its own. */
  crosshead?: number;
}

/** Where a jump line sends the reader (jumps.ts reads it): on to a page, or `back` to where the story began. */
export interface Jump {
  back: boolean;
  /** The page as the jump names it: "A6", "7A", "第4版". */
  page: string;
}

/** A story as segmentation finds it: body lines in order, bylines set apart, where it stands on the page. */
export interface DraftStory {
  body: BodyLine[];
  bylines: string[];
  /** Opened by an opening (本报讯, CITY —) or a byline, rather than merely by body text after a break. */
  marked: boolean;
  /** A closing byline ended it, or a jump line sent it on to another page: nothing on this page continues it. */
  closed: boolean;
  /** Index (into the page's lines) of its first and last line. */
  first: number;
  last: number;
  /** The pages named by the jump its last part ends on (下转第4版, See X, Page 7A) and the one its first opens with (上接第1版, Continued from Page 1). */
  continuesOn?: string;
  continuedFrom?: string;
}

/** A run of title lines standing together: a kicker, a headline, a subheadline, or a stray that is none. */
export interface TitlePiece {
  lines: Line[];
  first: number;
  last: number;
}

/** Text placed by its position on the page (the input line index), for `unassigned` in page order. */
export interface Placed {
  at: number;
  text: string;
}

export interface Segmentation {
  stories: DraftStory[];
  pieces: TitlePiece[];
  /** Page furniture, captions: to `unassigned`, in page order. */
  furniture: Placed[];
  /** Author lines (a bare name on its own): each goes to the story that starts after it. */
  authors: Placed[];
}
