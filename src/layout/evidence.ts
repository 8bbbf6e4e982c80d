/**
 * The evidence the story decision (membership.ts) weighs, one line each: what the learning script prints beside
 * each weight, and the names the weights file must hold. Lengths in em of the page's body type unless said
 * otherwise. Kept apart from membership.ts so the extension ships the names' weights, not their descriptions.
 */
export const EVIDENCE = {
  title: 'choice: the block follows a title set above it',
  titleCover: 'share of the block\'s width the title above covers',
  titleSpan: 'share of the title\'s width the block covers (a headline over this one column)',
  titleGap: 'white between the title and the block, in tens of em (at most 4)',
  titleClose: 'the block starts right under the title (within the width of a byline)',
  titleCloseShort: 'the block is a line or two under the title, the nearer the more (1 / (1 + white in em)): its byline, its deck',
  titleNearest: 'no other title stands between this title and the block',
  titlesBetween: 'other titles standing between this title and the block (at most 3)',
  textBetween: 'blocks of column text (three lines or more, not small type) standing between the title and the block in its column (at most 3)',
  titleDivided: 'a rule or a box edge runs between the title and the block',
  titleSameBox: 'a box holds both the title and the block (a sidebar)',
  beside: 'choice: the block follows a vertical title set beside it',
  besideShare: 'share of the shorter of the two\'s height they share',
  besideGap: 'white between the vertical title and the block, in tens of em',
  inset: 'choice: the block follows a headline set in among its columns, beside it',
  insetGap: 'white between that headline and the block, in em (at most 4)',
  insetRunsOn: 'how far the block runs on below that headline, in tens of em (at most 4)',
  insetStartsAbove: 'the block starts above that headline\'s top (its story\'s first column)',
  up: 'choice: the block continues the block above it in its column',
  upGap: 'white between the two, in lines of the block\'s type (at most 6)',
  upRunOn: 'the white between them is no more than a line',
  upOverlap: 'share of the narrower of the two\'s width they share',
  sizeChange: 'the type changes size between the two, neither a crosshead (log ratio, x10, at most 3)',
  fontChange: 'the two are set in different fonts, neither a crosshead',
  intoCrosshead: 'the block is a crosshead, under the text it follows',
  outOfCrosshead: 'the earlier block is a crosshead, over the text that follows it',
  divided: 'a rule or a box edge runs between the two',
  titleBetweenThem: 'a title stands between the two',
  openEnd: 'the earlier block ends mid-sentence',
  lowerStart: 'the block starts with a lower-case letter (mid-sentence)',
  openAndLower: 'both: the earlier block ends mid-sentence, the block starts in lower case',
  smallAfterBody: 'the block is in small type, the earlier in body type (a caption under text)',
  bodyAfterSmall: 'the block is in body type, the earlier in small type (text under a caption)',
  jump: 'choice: the block continues the last block of a column to its left',
  jumpGutter: 'white between the two columns, in em (at most 6)',
  jumpWidth: 'the two columns differ in width (log ratio, at most 2)',
  jumpRise: 'how much higher the block starts than the earlier one ends, in tens of em (at most 6)',
  jumpSameTitle: 'the nearest title above both (no rule between) is the same',
  jumpUnderOtherTitle: 'the nearest title above the block is lower than the earlier block\'s top',
  none: 'choice: the block follows nothing (it opens text no title holds)',
  noneSmall: 'the block is in small type (a caption, a credit)',
  noneShort: 'the block has one or two lines',
  noneNoTitleAbove: 'no title stands above the block at all',
  noneColumnText: 'the block is column text: lines of body type (log of their number)',
} as const;


export type Evidence = keyof typeof EVIDENCE;
