/**
 * The layout stage's shapes: a printed page as positioned text runs (what a PDF's text layer, or a page of
 * absolutely positioned spans, gives), and what the stage builds from them. Page space: points, origin at the
 * page's top left, y growing downwards.
 */

export type WritingDirection = 'ltr' | 'rtl' | 'ttb';

/** One run of text as the page draws it: a line fragment, a word, sometimes one character. */
export interface TextRun {
  text: string;
  /** Left edge and top of the run's box. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The type's size (pt): the box's height for horizontal text, its width for vertical (`ttb`) text. */
  fontSize: number;
  /** The font's real name where known (subset prefix removed), e.g. 'Optimum-Bold-DTC'; '' when not. */
  font: string;
  bold: boolean;
  dir: WritingDirection;
  /** Drawn at an angle (neither horizontal nor vertical CJK): kept, read apart from the columns. */
  rotated?: boolean;
  /** The page's own text stream ends a line after this run (a PDF's text layer knows; positioned spans do not). */
  lineEnd?: boolean;
}

/** A rule or a box edge the page draws (a vector path), as a segment in page space. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A box the page draws (a frame, a tinted panel): what stands inside belongs together, apart from the rest. */
export interface Box {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** One printed page, as the layout stage reads it. */
export interface PositionedPage {
  width: number;
  height: number;
  runs: TextRun[];
  /** Horizontal (y0 = y1) and vertical (x0 = x1) rules. */
  rules?: Rule[];
  boxes?: Box[];
  /**
   * The pictures printed on the page (photos, graphics, drawn maps), each where it shows: neither rules, dots and
   * icons printed as images nor a scanned page's image behind its text.
   */
  images?: Box[];
}

/** A line of one column (or one title), made of runs on one baseline that stand close together. */
export interface LayoutLine {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Baseline for horizontal lines; top for vertical ones. */
  baseline: number;
  size: number;
  bold: boolean;
  font: string;
  vertical: boolean;
  rotated: boolean;
}

/** Lines set one under another in one column, in one type: a column's stretch of text, a title, a caption. */
export interface Block {
  lines: LayoutLine[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
  bold: boolean;
  vertical: boolean;
  /** A drop capital opened the block: its lines above this y are set beside it, not indented. */
  dropCapBottom?: number;
}

export const boxOf = (items: ReadonlyArray<{ x0: number; x1: number; top: number; bottom: number }>) => {
  let x0 = Infinity, x1 = -Infinity, top = Infinity, bottom = -Infinity;
  for (const b of items) {
    if (b.x0 < x0) x0 = b.x0;
    if (b.x1 > x1) x1 = b.x1;
    if (b.top < top) top = b.top;
    if (b.bottom > bottom) bottom = b.bottom;
  }
  return { x0, x1, top, bottom };
};

/** Length of the overlap of two intervals (0 when apart). */
export const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
