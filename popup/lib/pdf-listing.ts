/** A PDF read by pdf.js and laid out in the worker → the story list the reader sees, with each page's problems. */
import { err, ok, type Result } from '../../src/core/result.js';
import type { PageProblem } from '../../src/extract/pdf.js';
import { printedStoriesOf, type LaidOutStoryPage } from '../../src/read-printed.js';
import type { PageFacts } from '../../src/store/input.js';
import type { PdfProblem } from './printed-page.js';
import type { ListedPageProblem, StoryListing } from './story-listing.js';

/** What pdf.js's reading tells besides the pages: how many there are, how many were read, and each page's problem. */
export interface PdfReadFacts {
  pageCount: number;
  readUpTo: number;
  pageProblems: readonly PageProblem[];
}

/** The laid-out pages' stories on one list; pdf.js's problems and the layout's cuts said page by page, in page order. */
export function listingOfPdf(facts: PageFacts, read: PdfReadFacts, laidOut: readonly LaidOutStoryPage[]): Result<StoryListing, PdfProblem> {
  const printed = printedStoriesOf(laidOut);
  if (!printed.stories.length) return err({ key: 'pdfNoStories' });
  const { pageCount, readUpTo } = read;
  const pageProblems: ListedPageProblem[] = [
    ...read.pageProblems.map(({ page, kind }) => ({ page, kind })),
    ...laidOut.flatMap(({ page, truncated }) => (truncated ? [{ page, kind: 'layoutCut' as const, cut: truncated }] : [])),
  ];
  return ok({
    kind: 'pdf',
    facts,
    language: printed.language ?? 'en',
    stories: printed.stories,
    pages: pageCount > 1 ? printed.stories.map((s) => s.page) : null,
    cut: pageCount > readUpTo ? { read: readUpTo, count: pageCount } : null,
    // stable: on one page, pdf.js's problem before the layout's
    pageProblems: pageProblems.sort((a, b) => a.page - b.page),
  });
}
