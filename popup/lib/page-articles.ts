/**
 * "Read all on this page" and "Read the whole edition": the articles an e-paper page view (or each page view of
 * its edition) links, read one at a time through the tab (the content script fetches them from the page's own
 * origin), and the stories gathered on one list as they arrive, grouped by the page (版) they are printed on.
 */
import { err, ok, type Result } from '../../src/core/result.js';
import type { EpaperArticleLink, Story } from '../../src/core/types.js';
import type { AskError, EditionPage, PageReading } from '../../src/messages.js';
import { askPage } from '../../src/platform/browser.js';
import { joinJumps } from '../../src/restructure/jumps.js';
import type { PageFacts } from '../../src/store/input.js';
import { readingOf } from './page-reading.js';
import type { StoryListing } from './story-listing.js';

/** A whole edition is read up to this many pages and this many articles, and says so when it stops there. */
export const MAX_EDITION_PAGES = 40;
export const MAX_EDITION_ARTICLES = 400;
/** Between two requests of an edition's reading: a reader's pace, not a crawler's, on the paper's server. */
export const EDITION_PAUSE_MS = 400;

/** One article read, or why it could not be (a short reason for the reader: "HTTP 404", "no story"). */
export type ArticleRead = Result<PageReading, string>;

/** Stories read from one article view (or one printed page's PDF), with the page (版) they are printed on where the whole edition is read. */
export interface GatheredReading {
  page: string | null;
  /** The page the stories are saved under: the article view (or the PDF). */
  source: PageFacts;
  stories: readonly Story[];
  /** What the article's reading left unassigned: its jump lines say which story goes on where. */
  unassigned: readonly string[];
  language: string | null;
}

export const gatheredFrom = (page: string | null, reading: PageReading): GatheredReading =>
  ({ page, source: reading, stories: reading.page.stories, unassigned: reading.page.unassigned, language: reading.page.language });

/** What could not be read, said by its title (an article's, else its address; a page's label) with the reason. */
interface Failure {
  what: string;
  reason: string;
}

/** "Read all on this page" / "Read the whole edition": not begun, under way, ended, or stopped by the reader. */
export interface ArticlesRead {
  status: 'idle' | 'reading' | 'done' | 'cancelled';
  scope: 'page' | 'edition';
  /** Articles read (or failed) so far, of `total` on the page; for the edition, the page under way of `pageTotal`. */
  done: number;
  total: number;
  page: { index: number; total: number; label: string } | null;
  gathered: readonly GatheredReading[];
  failed: readonly Failure[];
  /** The edition was larger than its bounds: the rest was not read. */
  bounded: boolean;
}

export const idleRead: ArticlesRead = { status: 'idle', scope: 'page', done: 0, total: 0, page: null, gathered: [], failed: [], bounded: false };

/** A run over the page's articles: told each one as it is read, stopped by the reader's Cancel. */
export interface ArticleRun {
  signal: AbortSignal;
  onArticle: (article: EpaperArticleLink, read: ArticleRead) => void;
}

/** A run over the edition: also told each page begun, a page view that could not be read, and the bound reached. */
export interface EditionRun extends ArticleRun {
  onPage: (index: number, total: number, page: EditionPage) => void;
  onPageFailed: (page: EditionPage, reason: string) => void;
  onBound: () => void;
  /** A page that names no article (a site without article views, or a page view that could not be read) but links its PDF: read that instead. */
  onPdfPage: (page: EditionPage & { pdf: string }) => Promise<void>;
  pauseMs?: number;
}

const reasonOf = (error: AskError): string => ('detail' in error ? error.detail : error.kind);

/** An article view's answer as the reader is told it: its reading where it has a story, else why not. */
async function askArticle(tabId: number, article: EpaperArticleLink): Promise<ArticleRead> {
  const answer = await askPage(tabId, { type: 'read-article', url: article.url });
  if (!answer.ok) return err(reasonOf(answer.error));
  const reading = await readingOf(answer.value);
  return reading.page.stories.length ? ok(reading) : err('no story');
}

/**
 * Reads the articles in the page's order, one request at a time; a failed one is told and the rest still read.
 * After Cancel no further article is asked for, and what the pending one brings is dropped.
 */
export async function readArticles(tabId: number, articles: readonly EpaperArticleLink[], run: ArticleRun): Promise<void> {
  for (const article of articles) {
    if (run.signal.aborted) return;
    const read = await askArticle(tabId, article);
    if (run.signal.aborted) return;
    run.onArticle(article, read);
  }
}

/** Waits `ms`, or less if the run is cancelled meanwhile. */
const pause = (ms: number, signal: AbortSignal) => new Promise<void>((done) => {
  const timer = setTimeout(done, ms);
  signal.addEventListener('abort', () => { clearTimeout(timer); done(); }, { once: true });
});

/**
 * Reads every page of the edition in the page list's order: the articles the list names for it (an edition
 * index), those of the page shown, or those its page view names (read first); then each article, a pause
 * before every request; a page that names none is read from its PDF where it links one. An article two pages
 * link is read once. Stops at the bounds, and at Cancel.
 */
export async function readEdition(
  tabId: number, here: { url: string; articles: readonly EpaperArticleLink[] }, pages: readonly EditionPage[], run: EditionRun,
): Promise<void> {
  const wait = run.pauseMs ?? EDITION_PAUSE_MS;
  let requests = 0;
  /** Before each request but the first, a pause; false once the run is cancelled. */
  const mayAsk = async () => {
    if (requests++ > 0) await pause(wait, run.signal);
    return !run.signal.aborted;
  };
  const read = new Set<string>();
  const toRead = pages.slice(0, MAX_EDITION_PAGES);
  for (const [index, page] of toRead.entries()) {
    if (run.signal.aborted) return;
    run.onPage(index, toRead.length, page);
    let articles = page.articles ?? (page.url === here.url ? here.articles : null);
    if (!articles && page.url) {
      if (!(await mayAsk())) return;
      const view = await askPage(tabId, { type: 'read-page-view', url: page.url });
      if (run.signal.aborted) return;
      if (!view.ok) run.onPageFailed(page, reasonOf(view.error));
      articles = view.ok ? view.value.articles : [];
    }
    if (!articles?.length && page.pdf) {
      if (!(await mayAsk())) return;
      await run.onPdfPage({ ...page, pdf: page.pdf });
      continue;
    }
    for (const article of articles ?? []) {
      if (read.has(article.url)) continue;
      if (read.size === MAX_EDITION_ARTICLES) return run.onBound();
      read.add(article.url);
      if (!(await mayAsk())) return;
      const answer = await askArticle(tabId, article);
      if (run.signal.aborted) return;
      run.onArticle(article, answer);
    }
  }
  if (pages.length > MAX_EDITION_PAGES) run.onBound();
}

/** A story's text: the same story printed on two pages (under two addresses) is shown once. */
const textOf = (story: Story) => [story.headline, ...story.paragraphs].join('\n');

/**
 * The stories of the articles read so far on one list, each saved under its own article's address and title,
 * with the page (版) it is printed on where the edition is read; a story already on the list is left out. Where the
 * edition is read, a story that jumps to another page (下转第4版) is one story with the part printed there, under
 * its first part's article and page.
 */
export function listingOfArticles(page: PageFacts, language: string, gathered: readonly GatheredReading[]): StoryListing {
  const listed: Array<{ story: Story; source: PageFacts; printedOn: string | null }> = [];
  const shown = new Set<string>();
  for (const { page: printedOn, source, stories: read } of gathered) {
    for (const story of read) {
      if (shown.has(textOf(story))) continue;
      shown.add(textOf(story));
      listed.push({ story, source, printedOn });
    }
  }
  const edition = listed.every((l) => l.printedOn !== null);
  const jumpLines = new Map<string, string[]>();
  for (const g of gathered) if (g.page !== null) jumpLines.set(g.page, [...(jumpLines.get(g.page) ?? []), ...g.unassigned]);
  const joined = edition && listed.length
    ? joinJumps(listed.map((l) => ({ page: l.printedOn!, story: l.story })), jumpLines).stories.map((s) => ({ ...listed[s.first]!, story: s.story }))
    : listed;
  const stories = joined.map((l) => l.story);
  const sources = joined.map((l) => l.source);
  const groups = joined.map((l) => l.printedOn);
  return {
    kind: 'page',
    facts: page,
    language: gathered.find((g) => g.language)?.language ?? language,
    stories,
    sources,
    groups: groups.some((g) => g !== null) ? groups : undefined,
    pages: null,
    cut: null,
    pageProblems: [],
  };
}
