/**
 * Every threshold the layout stage weighs geometry with, in one table. Lengths are in em of the type concerned
 * (its size in pt) unless said otherwise; ratios are plain numbers. Set from how newspapers are typeset (a word
 * space is about a third of an em, a gutter one em or more, a paragraph indent one or two em), not from any one page.
 */
export const LAYOUT = Object.freeze({
  /** Runs this far off a line's baseline are on another line. */
  baselineTolerance: 0.3,
  /** Runs whose sizes differ more than this ratio are not one line... */
  lineSizeRatio: 1.3,
  /** ...but a short word in small type (By, di, de) may lead a name set this much larger. */
  leadWordRatio: 1.8,
  leadWordChars: 3,
  /** Widest gap between two runs of one line when the page drew no space between them (em). */
  wordGap: 0.6,
  /** Widest gap when a space was drawn: a justified line's stretched word space, never a gutter (em). */
  spacedGap: 1.6,
  /** Runs may overlap this much and still follow each other (kerning, italics, CJK punctuation set half width). */
  overlapTolerance: 1.1,
  /** Gap from which a space stands between two pieces of a line (em). */
  spaceGap: 0.15,
  /** ...and between CJK characters only where they stand this far apart (em): names in a row, a title's two phrases. */
  cjkSpaceGap: 0.8,
  /**
   * A page whose runs, read row by row, make fewer than this share of the lines they make as drawn is drawn in an
   * order of its own (by font, backwards): its lines are built row by row.
   */
  disorderedLines: 0.8,
  /** Pieces of one line drawn out of order are joined when they stand this close (em). */
  touchingGap: 0.25,
  /** Widest word space of a justified line in a narrow column (a few long words stretched across it), told from a gutter by the lines around it (em). */
  justifiedGap: 3,
  /** ...its stretched word spaces alike: the widest at most this many times the narrowest. */
  evenSpaces: 1.25,
  /** How far above and below (em) lines are looked at to tell a justified word space from a gutter. */
  bridgeLines: 2.5,
  /** ...lines of the same column: no wider than this many times the pieces' own line. */
  bridgeWidth: 1.3,
  /** Copies of a line drawn within this distance of it are overprints (em). */
  duplicateTolerance: 0.3,
  /**
   * A piece of a run drawn again over it stands where its characters fall in the run, give or take this much
   * more (em): the run's width shared out evenly among its characters only estimates where each one is.
   */
  pieceSlack: 0.5,

  /** Lines of one block differ in size by at most this ratio. */
  blockSizeRatio: 1.15,
  /** Widest pitch (baseline to baseline) from a block's first line to its second (em). */
  firstPitch: 1.9,
  /** A line further below the block's last than this many times its usual pitch starts another block. */
  pitchGrowth: 1.35,
  /** Least horizontal overlap of a line with its block (share of the narrower of the two). */
  blockOverlap: 0.5,
  /** How far a line's left edge may stand from its block's (indents, centred lines) (em). */
  blockEdgeShift: 3,

  /** Type this many times the body's size, or larger, is a title's. */
  titleScale: 1.2,
  /** Bold type this many times the body's size, or larger, in a block of a few lines is a title's too. */
  boldTitleScale: 1.08,
  boldTitleLines: 4,
  /** Type this many times the body's size, or smaller, is a caption's, a credit's or a folio's. */
  smallScale: 0.86,
  /** Title blocks this close under one another (em of the smaller) belong to one title (kicker, headline, deck)... */
  titleGroupGap: 1.2,
  /** ...or this close in em of the larger (a deck under a very large headline). */
  titleGroupGapLarge: 0.4,
  /** A title over no text this close over a title that has some (em of body type) is part of that title. */
  titleOverTitle: 2.5,
  /** A single large letter this close left of a block's first line (em of body type) is its drop capital. */
  dropCapGap: 1,
  /** ...whose box rises over that line's top by up to this share of the capital's size (its font's ascent over its capital height). */
  dropCapRise: 0.35,
  /** Title lines this close (em) in the same small title type are lines of one title, however each is aligned. */
  titleLineGap: 0.5,
  /** Titles up to this many times the body's size are small (crossheads, briefs' titles); larger ones align their parts. */
  smallTitleScale: 1.8,
  /** A title stands over a block when it covers this share of the block's width (or the block of the title's). */
  claimOverlap: 0.25,
  /** A vertical title stands beside a block when they share this share of the block's height. */
  besideOverlap: 0.3,
  /** ...and stands at most this far from it (em of body type: a few columns). */
  besideDistance: 40,
  /** A column this close beside a headline set among its columns (em of body type) is the headline's story's. */
  insetGap: 3,
  /** A title no wider than one column by this ratio, set under its story's text, is a crosshead. */
  crossheadWidth: 1.25,
  /** ...when its story's headline is at least this many times wider. */
  crossheadHeadlineWidth: 1.5,
  /** ...and when the text above stops this close over it (em of body type). */
  crossheadGap: 3,
  /** Titles whose sizes differ by no more than this (natural log of their ratio: about 5%) are set in one type. */
  sameTypeSize: 0.05,

  /** A story's text has a block of at least this many lines: a title over less heads an advert or a graphic. */
  storyLeastLines: 3,
  /** ...or a sentence of body type this long (characters): a brief of a line or two. */
  sentenceChars: 30,
  /** Lines of small type, at most, that a caption or a credit takes. */
  captionLines: 3,
  /** Text set this close under a title (em of body type) is its byline or deck, whatever its type. */
  underTitle: 2.5,

  /** A block of this many lines shows its own left edge (set narrower beside a picture or a pull quote). */
  edgeLines: 3,
  /** The running head is parted from the page below by white this high (em of body type) across the page... */
  runningHeadGap: 2,
  /** ...and ends within this share of the page's height. */
  runningHeadDepth: 0.06,
  /** A line set in this far from its column's left edge opens a paragraph (em). */
  indent: 0.6,
  /** A line set in by this much (em) and centred between its column's edges stands apart: a heading in body type. */
  centredMargin: 2,
  /** Blocks in one story whose horizontal extents overlap by this share of the narrower are one column. */
  sameColumn: 0.5,
});

/**
 * What the layout stage reads of one page at most, and how many neighbours it weighs for one thing: bounds on its
 * time and memory whatever a PDF draws. No printed page comes near them (a broadsheet page draws some 10,000 runs
 * and 100,000 characters); a page over a page-level limit is read as far as it fits and says so.
 */
export const LIMITS = Object.freeze({
  /** Text runs read on one page. */
  runsPerPage: 200_000,
  /** Characters (UTF-16 code units) read on one page. */
  charsPerPage: 2_000_000,
  /**
   * Runs drawn near one spot that a run is weighed against as its overprint. Only a page that draws scores of
   * texts over one spot reaches it; past it a copy may be kept as text, never text dropped as a copy.
   */
  overprintCandidates: 64,
  /** Runs drawn near one spot that are looked at at all (most pass over at a glance: they hold other text). */
  overprintLooks: 1024,
  /** Blocks competing to continue the same blocks that are settled as one exact assignment; a larger knot best gain first. */
  knotBlocks: 60,
  /**
   * Neighbours weighed for one line or block: lines after it on its baseline and lines above or below a gap (to
   * join pieces of a line), blocks ending just over it (to run a column on), blocks around it in its story (for
   * its column's left edge). Past it pieces stay apart and an edge is judged on fewer lines: nothing is dropped.
   */
  neighbours: 64,
});
