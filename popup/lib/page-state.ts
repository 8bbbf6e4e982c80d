import { fetchPdf } from '../../content-scripts/fetch-pdf.js';
import { err, type Result } from '../../src/core/result.js';
import type { EpaperArticleLink } from '../../src/core/types.js';
import { decodePdfBytes, type EditionPage, type LinkedPdf, type PdfFetchError } from '../../src/messages.js';
import { askPage, readsClickedTab, runInTab, sessionStorageArea, targetTab } from '../../src/platform/browser.js';
import type { PageFacts } from '../../src/store/input.js';
import { readingOf } from './page-reading.js';
import { listPdfStories, loadPdfReader, MAX_PDF_BYTES, tooLarge, type PdfProblem, type PdfRun } from './printed-page.js';
import { createTabMemory } from './tab-memory.js';
import type { ArticlesRead } from './page-articles.js';
import { listingOfPage, type StoryListing } from './story-listing.js';

/** What the popup shows: a reading in progress, a reason there is nothing to show, or the stories. */
export type PageState =
  | { status: 'reading' }
  | { status: 'reading-pdf'; done: number; total: number; layingOut: boolean }
  | { status: 'message' } & PageMessage
  | ReadyPage;

/** A page's (or a PDF's) stories, shown to be saved. */
export interface ReadyPage {
  status: 'ready'; tabId: number; listing: StoryListing; linkedPdfs: readonly LinkedPdf[]; articles: readonly EpaperArticleLink[];
  /** The edition's pages the page lists (a page view's page list, an edition index's pages). */
  pages: readonly EditionPage[];
  /** A page view's label ("第01版：要闻"): the popup's title where the page's own text holds no story. */
  label: string | null;
  /** Why the printed page the reader chose could not be read, said beside the page's stories. */
  notice?: PageMessage;
  /** A PDF's pages still being read: the stories shown are those of the pages laid out so far. */
  reading?: { done: number; total: number; layingOut: boolean };
  /** The tab's address when it was read (where the browser tells it): what the reading is kept for the tab under. */
  address?: string;
  /** The page's articles (or its whole edition) read on the reader's click, kept with the page's reading. */
  articlesRead?: ArticlesRead;
}

/** A PDF read for the popup: its run, and where each page's stories go as soon as they are laid out. */
export interface PageRun extends Omit<PdfRun, 'onStories'> {
  onShown: (sofar: ReadyPage) => void;
}

/** A PDF read on a tab, kept so that the popup opened on it again shows its stories without reading it again. */
const tabMemory = createTabMemory<ReadyPage>(sessionStorageArea);

/** A reason there is nothing (more) to show, as a message key with its detail, where there is one. */
export interface PageMessage {
  key: 'cannotRead' | 'pdfViewerClosed' | 'pageNotLoaded' | 'noArticle' | 'readFailed' | 'pageNoAnswer' | 'pageBadReply' | 'pdfStoppedPart' | PdfProblem['key'];
  detail?: string;
}

/** User Timing marks around the wait for the page's answer, and after its stories are made of it (named for `npm run bench -- popup`). */
const PAGE_ASKED = 'broadsheet:page-asked';
const PAGE_ANSWERED = 'broadsheet:page-answered';
const PAGE_RESTRUCTURED = 'broadsheet:page-restructured';

/** A tab whose address names a PDF, where the extension could not reach in: Firefox's own PDF viewer. */
const looksLikePdf = (url: string | undefined) => !!url && /\.pdf(?:$|[?#])/i.test(url);

/** The tab's page read: a PDF read on this tab before (at the same address) is shown as kept, not read again. */
export async function readActivePage(search: string, run: PageRun): Promise<PageState> {
  const tab = await targetTab(search);
  if (tab?.id === undefined) return { status: 'message', key: 'cannotRead' };
  const address = tab.url;
  const kept = address ? await tabMemory.recall(tab.id, address) : null;
  if (kept) return kept;
  // The page's own reading (the content script's work in the tab) between these marks: the bench leaves it out
  // of the popup's share.
  performance.mark(PAGE_ASKED);
  const answer = await askPage(tab.id, { type: 'read-page' }, readsClickedTab(search));
  performance.mark(PAGE_ANSWERED);
  if (!answer.ok) {
    const error = answer.error;
    switch (error.kind) {
      case 'cannot-inject':
        return { status: 'message', key: looksLikePdf(tab.url) ? 'pdfViewerClosed' : 'cannotRead' };
      case 'error-page':
        return { status: 'message', key: 'pageNotLoaded' };
      case 'page-failed':
        return { status: 'message', key: 'readFailed', detail: error.detail };
      case 'no-answer':
        return { status: 'message', key: 'pageNoAnswer', detail: error.detail };
      case 'bad-reply':
        return { status: 'message', key: 'pageBadReply', detail: error.detail };
    }
  }
  if (answer.value.kind === 'pdf') {
    const { url, title } = answer.value;
    const facts: PageFacts = { url, canonicalUrl: null, siteName: null, title, publishedTime: null };
    const state = await readPdfOfTab(tab.id, url, facts, run);
    if (state.status !== 'ready' || run.signal.aborted) return state;
    const read = { ...state, address };
    await keepForTab(read);
    return read;
  }
  // the server answered with its error page (404, 500 …): there was no page to read
  if (answer.value.kind === 'error-page') return { status: 'message', key: 'pageNotLoaded' };
  const page = await readingOf(answer.value);
  performance.mark(PAGE_RESTRUCTURED);
  if (page.page.stories.length === 0 && page.linkedPdfs.length === 0 && page.articles.length === 0 && page.pages.length < 2) return { status: 'message', key: 'noArticle' };
  return { status: 'ready', tabId: tab.id, listing: listingOfPage(page), linkedPdfs: page.linkedPdfs, articles: page.articles, pages: page.pages, label: page.label, address };
}

/**
 * Keeps a reading for its tab (a PDF read, a page's articles or its whole edition read), so that the popup opened
 * again on the same address shows it at once. A page read with nothing more is not kept: reading it is quick,
 * and the page may have changed.
 */
export function keepForTab(state: ReadyPage): Promise<void> {
  const { reading: _reading, notice: _notice, ...kept } = state;
  return state.address ? tabMemory.remember(state.tabId, state.address, kept) : Promise.resolve();
}

const fetchProblems: Record<PdfFetchError, PdfProblem> = {
  'too-large': tooLarge,
  'not-same-origin': { key: 'pdfFetchFailed' },
  'not-linked': { key: 'pdfFetchFailed' },
  'fetch-failed': { key: 'pdfFetchFailed' },
};

/**
 * The tab's own PDF, or a PDF it links: the page side fetches it from the page's origin (the one a toolbar
 * click grants), the popup reads it with pdf.js and lists its stories.
 */
export async function readPdfOfTab(tabId: number, url: string, facts: PageFacts, run: PageRun): Promise<PageState> {
  const ready = (listing: StoryListing): ReadyPage => ({ status: 'ready', tabId, listing, linkedPdfs: [], articles: [], pages: [], label: null });
  run.onProgress(0, 0); // the reader sees a PDF is being read, and can cancel, from the start
  const listed = await listPdfOfTab(tabId, url, facts, { ...run, onStories: (sofar) => run.onShown(ready(sofar)) });
  return listed.ok ? ready(listed.value) : { status: 'message', ...listed.error };
}

/** A PDF the tab shows or links, fetched through the tab and read: its stories, or why there are none. */
export async function listPdfOfTab(tabId: number, url: string, facts: PageFacts, run: PdfRun): Promise<Result<StoryListing, PageMessage>> {
  void loadPdfReader();
  const raw = await runInTab(tabId, fetchPdf, [url, MAX_PDF_BYTES]);
  if (!raw.ok) return err({ key: 'cannotRead' });
  const bytes = decodePdfBytes(raw.value);
  if (!bytes.ok) return err(fetchProblems[bytes.error]);
  return listPdfStories(bytes.value, facts, run);
}
