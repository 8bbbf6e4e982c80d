import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EpaperArticleLink } from '../../src/core/types.js';
import type { PageReading } from '../../src/messages.js';
import { t } from '../../src/platform/browser.js';
import type { PageFacts } from '../../src/store/input.js';
import { listingOfArticles, readArticles, type ArticleRead } from '../lib/page-articles.js';
import type { StoryListing } from '../lib/story-listing.js';
import { StoryList } from './story-list.js';

/** An article that could not be read, said by its title (or address) with the reason. */
interface FailedArticle {
  article: EpaperArticleLink;
  reason: string;
}

/** "Read all on this page": not begun, under way (how many of how many), ended, or stopped by the reader. */
export interface ArticlesRead {
  status: 'idle' | 'reading' | 'done' | 'cancelled';
  done: number;
  total: number;
  readings: readonly PageReading[];
  failed: readonly FailedArticle[];
}

const idle: ArticlesRead = { status: 'idle', done: 0, total: 0, readings: [], failed: [] };

/**
 * The reading of a page view's articles, kept by the popup (not by the list that shows it) so that reading the
 * printed page's PDF and coming back finds the stories read so far.
 */
export function useArticlesRead(tabId: number | null): { read: ArticlesRead; start: (articles: readonly EpaperArticleLink[]) => void; cancel: () => void } {
  const [read, setRead] = useState<ArticlesRead>(idle);
  const run = useRef<AbortController | null>(null);
  useEffect(() => () => run.current?.abort(), []);
  const start = (articles: readonly EpaperArticleLink[]) => {
    if (tabId === null || run.current) return;
    const controller = new AbortController();
    run.current = controller;
    setRead({ ...idle, status: 'reading', total: articles.length });
    const onArticle = (index: number, result: ArticleRead) => setRead((prev) => ({
      ...prev,
      done: index + 1,
      readings: result.ok ? [...prev.readings, result.value] : prev.readings,
      failed: result.ok ? prev.failed : [...prev.failed, { article: articles[index]!, reason: result.error }],
    }));
    void readArticles(tabId, articles, { signal: controller.signal, onArticle })
      .finally(() => { if (!controller.signal.aborted) setRead((prev) => ({ ...prev, status: 'done' })); });
  };
  const cancel = () => {
    run.current?.abort();
    setRead((prev) => ({ ...prev, status: 'cancelled' }));
  };
  return { read, start, cancel };
}

interface Props {
  articles: readonly EpaperArticleLink[];
  /** The page view's facts: the list's own (each story keeps its article's). */
  page: PageFacts;
  language: string;
  read: ArticlesRead;
  onReadAll: () => void;
  onCancel: () => void;
}

/** A page view's articles by title, "Read all on this page", its progress and Cancel, and the stories read so far. */
export function PageArticles({ articles, page, language, read, onReadAll, onCancel }: Props) {
  const listing: StoryListing = useMemo(() => listingOfArticles(page, language, read.readings), [page, language, read.readings]);
  const count = listing.stories.length;
  return (
    <section class="page-articles" aria-label={t('pageArticles')}>
      <p>{t('pageArticles')}</p>
      <ul>
        {articles.map((article) => (
          <li key={article.url}><a href={article.url} target="_blank" rel="noopener">{article.title ?? article.url}</a></li>
        ))}
      </ul>
      {read.status === 'idle' && <button type="button" class="read-all" onClick={onReadAll}>{t('readAllOnPage')}</button>}
      {read.status === 'reading' && (
        <div class="pdf-progress articles-progress" role="status">
          <span>{t('readingArticles', [String(read.done), String(read.total)])}</span>
          <progress max={read.total} value={read.done} />
          <button type="button" onClick={onCancel}>{t('cancel')}</button>
        </div>
      )}
      {read.status === 'cancelled' && <p class="status" role="status">{t('articlesCancelled', [String(read.done), String(read.total)])}</p>}
      {read.failed.map(({ article, reason }) => (
        <p key={article.url} class="status article-failed" role="alert">{t('articleFailed', [article.title ?? article.url, reason])}</p>
      ))}
      {count > 0 && (
        <StoryList
          listing={listing}
          heading={count === 1 ? t('oneStoryFromArticles') : t('storiesFromArticles', String(count))}
          level={2}
          idPrefix="article"
        />
      )}
    </section>
  );
}
