/** A PDF's laid-out pages → their stories, as the CLI and the extension both list them. */
import type { Story, StoryPage } from './core/types.js';
import type { PrintedPage } from './extract/pdf.js';
import { layoutPage, type PageCut } from './layout/index.js';
import type { PositionedPage } from './layout/model.js';
import { restructure } from './restructure/index.js';
import { joinJumps } from './restructure/jumps.js';

/** A story with the PDF page it was printed on (1-based). */
export type PrintedStory = Story & { page: number };

/** One printed page's stories, with its page number in the PDF. */
export type PrintedStoryPage = StoryPage & { page: number };

/** Each page restructured on its own: a story never runs across a page break in print. */
export const restructurePrinted = (pages: readonly PrintedPage[]): PrintedStoryPage[] =>
  pages.map((p) => ({ page: p.page, ...restructure(p) }));

/** A printed page's stories, and what the layout left unread when the page draws more than it reads (LIMITS). */
export type LaidOutStoryPage = PrintedStoryPage & { truncated?: PageCut };

/** Positioned pages → laid out → restructured: the whole of a PDF's reading after pdf.js. */
export const layOutPrinted = (pages: ReadonlyArray<{ page: number; positioned: PositionedPage }>): LaidOutStoryPage[] =>
  pages.map(({ page, positioned }) => {
    const laidOut = layoutPage(positioned);
    const [stories] = restructurePrinted([{ page, ...laidOut }]);
    return laidOut.truncated ? { ...stories!, truncated: laidOut.truncated } : stories!;
  });

/**
 * All pages' stories on one list, each with its page number (a story that jumps to a later page joined with its
 * second part, under its first part's page); the first page that names a language names it.
 */
export function printedStoriesOf(pages: readonly PrintedStoryPage[]): Omit<StoryPage, 'stories'> & { stories: PrintedStory[] } {
  const joined = joinJumps(pages.flatMap((p) => p.stories.map((story) => ({ page: p.page, story }))), new Map(pages.map((p) => [p.page, p.unassigned])));
  return {
    language: pages.find((p) => p.language)?.language ?? null,
    stories: joined.stories.map(({ page, story }) => ({ ...story, page })),
    unassigned: [...pages.flatMap((p) => p.unassigned), ...joined.unassigned],
  };
}
