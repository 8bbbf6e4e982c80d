import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EpaperArticleLink } from '../../src/core/types.js';
import type { EditionPage } from '../../src/messages.js';
import { t } from '../../src/platform/browser.js';
import type { PageFacts } from '../../src/store/input.js';
import { gatheredFrom, idleRead, listingOfArticles, MAX_EDITION_ARTICLES, MAX_EDITION_PAGES, readArticles, readEdition, type ArticleRead, type ArticlesRead } from '../lib/page-articles.js';
import { listPdfOfTab } from '../lib/page-state.js';
import type { StoryListing } from '../lib/story-listing.js';
import { StoryList } from './story-list.js';

/** The place an article is shown under when it could not be read. */
const articleName = (article: EpaperArticleLink) => article.title ?? article.url;

/**
 * The reading of a page view's articles (or its edition's), kept by the popup (not by the list that shows it)
 * so that reading the printed page's PDF and coming back finds the stories read so far.
 */
export function useArticlesRead(tabId: number | null) {
  const [read, setRead] = useState<ArticlesRead>(idleRead);
  const run = useRef<AbortController | null>(null);
  useEffect(() => () => run.current?.abort(), []);
  const begin = (scope: ArticlesRead['scope'], total: number) => {
    if (tabId === null || run.current) return null;
    const controller = new AbortController();
    run.current = controller;
    setRead({ ...idleRead, status: 'reading', scope, total });
    return { tabId, controller };
  };
  const onArticle = (printedOn: string | null) => (article: EpaperArticleLink, result: ArticleRead) => setRead((prev) => ({
    ...prev,
    done: prev.done + 1,
    gathered: result.ok ? [...prev.gathered, gatheredFrom(printedOn, result.value)] : prev.gathered,
    failed: result.ok ? prev.failed : [...prev.failed, { what: articleName(article), reason: result.error }],
  }));
  const end = (controller: AbortController) => () => {
    if (run.current === controller) run.current = null;
    if (!controller.signal.aborted) setRead((prev) => ({ ...prev, status: 'done' }));
  };

  const readPage = (articles: readonly EpaperArticleLink[]) => {
    const started = begin('page', articles.length);
    if (!started) return;
    void readArticles(started.tabId, articles, { signal: started.controller.signal, onArticle: onArticle(null) }).finally(end(started.controller));
  };
  /** A printed page read from its PDF: its stories under its label, or why it could not be read. */
  const readPdfPage = (tabId: number, signal: AbortSignal, facts: PageFacts) => async (page: EditionPage & { pdf: string }) => {
    const listed = await listPdfOfTab(tabId, page.pdf, { ...facts, url: page.pdf, canonicalUrl: null, title: page.label }, { signal, onProgress: () => undefined, onStories: () => undefined, onLayout: () => undefined });
    if (signal.aborted) return;
    setRead((prev) => (listed.ok
      ? { ...prev, gathered: [...prev.gathered, { page: page.label, source: listed.value.facts, stories: listed.value.stories, unassigned: [], language: listed.value.language }] }
      : { ...prev, failed: [...prev.failed, { what: page.label, reason: t(listed.error.key, listed.error.detail) }] }));
  };
  const readWholeEdition = (here: { url: string; articles: readonly EpaperArticleLink[] }, pages: readonly EditionPage[], facts: PageFacts) => {
    const started = begin('edition', 0);
    if (!started) return;
    let label: string | null = null;
    void readEdition(started.tabId, here, pages, {
      signal: started.controller.signal,
      onPage: (index, total, page) => { label = page.label; setRead((prev) => ({ ...prev, page: { index, total, label: page.label } })); },
      onArticle: (article, result) => onArticle(label)(article, result),
      onPageFailed: (page, reason) => setRead((prev) => ({ ...prev, failed: [...prev.failed, { what: page.label, reason }] })),
      onBound: () => setRead((prev) => ({ ...prev, bounded: true })),
      onPdfPage: readPdfPage(started.tabId, started.controller.signal, facts),
    }).finally(end(started.controller));
  };
  const cancel = () => {
    run.current?.abort();
    run.current = null;
    setRead((prev) => ({ ...prev, status: 'cancelled' }));
  };
  /** The articles read on this tab before (kept for it): shown as they ended, not read again. */
  const restore = (kept: ArticlesRead) => { if (!run.current) setRead(kept); };
  return { read, readPage, readWholeEdition, cancel, restore };
}

interface Props {
  articles: readonly EpaperArticleLink[];
  /** The edition's pages the page lists (more than one: the whole edition may be read). */
  pages: readonly EditionPage[];
  /** The page view's facts: the list's own (each story keeps its article's). */
  page: PageFacts;
  language: string;
  read: ArticlesRead;
  onReadAll: () => void;
  onReadEdition: () => void;
  onCancel: () => void;
}

function progressText(read: ArticlesRead): string {
  if (read.scope === 'page') return t('readingArticles', [String(read.done), String(read.total)]);
  const page = read.page;
  return page ? t('readingEdition', [String(page.index + 1), String(page.total), page.label, String(read.done)]) : t('reading');
}

/**
 * A page view's articles by title, "Read all on this page" and "Read the whole edition", the progress and
 * Cancel, and the stories read so far (by printed page, for the edition).
 */
export function PageArticles({ articles, pages, page, language, read, onReadAll, onReadEdition, onCancel }: Props) {
  const listing: StoryListing = useMemo(() => listingOfArticles(page, language, read.gathered), [page, language, read.gathered]);
  const count = listing.stories.length;
  return (
    <section class="page-articles" aria-label={t('pageArticles')}>
      {articles.length > 0 && (
        <>
          <p>{t('pageArticles')}</p>
          <ul>
            {articles.map((article) => (
              <li key={article.url}><a href={article.url} target="_blank" rel="noopener">{articleName(article)}</a></li>
            ))}
          </ul>
        </>
      )}
      {/* once the page is read (or stopped), the whole edition may still be read: it starts over, page by page */}
      {(read.status === 'idle' || (read.scope === 'page' && read.status !== 'reading')) && (
        <div class="read-actions">
          {read.status === 'idle' && articles.length > 0 && <button type="button" class="read-all" onClick={onReadAll}>{t('readAllOnPage')}</button>}
          {pages.length > 1 && <button type="button" class="read-edition" onClick={onReadEdition}>{t('readWholeEdition', String(pages.length))}</button>}
        </div>
      )}
      {read.status === 'reading' && (
        <div class="pdf-progress articles-progress" role="status">
          <span>{progressText(read)}</span>
          {read.scope === 'page' ? <progress max={read.total} value={read.done} /> : read.page && <progress max={read.page.total} value={read.page.index} />}
          <button type="button" onClick={onCancel}>{t('cancel')}</button>
        </div>
      )}
      {read.status === 'cancelled' && (
        <p class="status" role="status">
          {read.scope === 'page' ? t('articlesCancelled', [String(read.done), String(read.total)]) : t('editionCancelled', String(read.done))}
        </p>
      )}
      {read.bounded && <p class="status" role="status">{t('editionBounded', [String(MAX_EDITION_PAGES), String(MAX_EDITION_ARTICLES)])}</p>}
      {read.failed.map(({ what, reason }, i) => (
        <p key={i} class="status article-failed" role="alert">{t('articleFailed', [what, reason])}</p>
      ))}
      {count > 0 && (
        <StoryList
          listing={listing}
          heading={count === 1 ? t('oneStoryFromArticles') : t(read.scope === 'page' ? 'storiesFromArticles' : 'storiesFromEdition', String(count))}
          level={2}
          idPrefix="article"
        />
      )}
    </section>
  );
}
