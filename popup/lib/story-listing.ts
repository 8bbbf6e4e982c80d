import type { Story } from '../../src/core/types.js';
import type { PageProblem } from '../../src/extract/pdf.js';
import type { PageCut } from '../../src/layout/index.js';
import type { PageReading } from '../../src/messages.js';
import type { PageFacts } from '../../src/store/input.js';

/** What a story list shows and saves: stories, the page (or PDF) they came from, and where they were printed. */
export interface StoryListing {
  /** Read from a web page's DOM, or from a PDF's printed pages. */
  kind: 'page' | 'pdf';
  facts: PageFacts;
  /** The stories' language: the on-device summarizer is asked for a summary in it. */
  language: string;
  stories: readonly Story[];
  /** Each story's own page where the stories come from several (a page view's articles); absent: all from `facts`. */
  sources?: readonly PageFacts[];
  /** Each story's printed page (版) where a whole edition was read, shown as a heading over its stories. */
  groups?: readonly (string | null)[];
  /** Each story's page in a PDF of several pages; null for a web page or a one-page PDF. */
  pages: readonly number[] | null;
  /** A long PDF read only up to the page limit: pages read of pages in it. */
  cut: { read: number; count: number } | null;
  /** A PDF's pages read in part (too much text, or more runs and characters than the layout reads) or left out (too costly to decode). */
  pageProblems: readonly ListedPageProblem[];
}

/** The printed page a listed story was read from, as it is saved: its edition page's label, or its PDF page's number; null for neither. */
export function printedPageOf(listing: StoryListing, index: number): string | null {
  const page = listing.groups?.[index] ?? listing.pages?.[index];
  return page === undefined || page === null ? null : String(page);
}

/** A page's problem as the reader is told it: pdf.js's limits (PageProblem), or the layout's, with what the page draws and what was read. */
export type ListedPageProblem = Pick<PageProblem, 'page' | 'kind'> | { page: number; kind: 'layoutCut'; cut: PageCut };

export const listingOfPage = (reading: PageReading): StoryListing => ({
  kind: 'page',
  facts: reading,
  language: reading.page.language ?? reading.lang ?? 'en',
  stories: reading.page.stories,
  pages: null,
  cut: null,
  pageProblems: [],
});
