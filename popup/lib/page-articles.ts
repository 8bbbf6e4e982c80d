/**
 * "Read all on this page": each article an e-paper page view links, read one at a time through the tab (the
 * content script fetches it from the page's own origin), and the stories gathered on one list as they arrive.
 */
import { err, ok, type Result } from '../../src/core/result.js';
import type { EpaperArticleLink, Story } from '../../src/core/types.js';
import type { AskError, PageReading } from '../../src/messages.js';
import { askPage } from '../../src/platform/browser.js';
import type { PageFacts } from '../../src/store/input.js';
import type { StoryListing } from './story-listing.js';

/** One article read, or why it could not be (a short reason for the reader: "HTTP 404", "no story"). */
export type ArticleRead = Result<PageReading, string>;

/** A run over the page's articles: told each one as it is read, stopped by the reader's Cancel. */
export interface ArticleRun {
  signal: AbortSignal;
  onArticle: (index: number, read: ArticleRead) => void;
}

const reasonOf = (error: AskError): string => ('detail' in error ? error.detail : error.kind);

/**
 * Reads the articles in the page's order, one request at a time; a failed one is told and the rest still read.
 * After Cancel no further article is asked for, and what the pending one brings is dropped.
 */
export async function readArticles(tabId: number, articles: readonly EpaperArticleLink[], run: ArticleRun): Promise<void> {
  for (const [index, article] of articles.entries()) {
    if (run.signal.aborted) return;
    const answer = await askPage(tabId, { type: 'read-article', url: article.url });
    if (run.signal.aborted) return;
    if (!answer.ok) run.onArticle(index, err(reasonOf(answer.error)));
    else run.onArticle(index, answer.value.page.stories.length ? ok(answer.value) : err('no story'));
  }
}

/** The stories of the articles read so far on one list, each saved under its own article's address and title. */
export function listingOfArticles(page: PageFacts, language: string, readings: readonly PageReading[]): StoryListing {
  const stories: Story[] = [];
  const sources: PageFacts[] = [];
  for (const reading of readings) {
    for (const story of reading.page.stories) {
      stories.push(story);
      sources.push(reading);
    }
  }
  return {
    kind: 'page',
    facts: page,
    language: readings.find((r) => r.page.language)?.page.language ?? language,
    stories,
    sources,
    pages: null,
    cut: null,
    pageProblems: [],
  };
}
