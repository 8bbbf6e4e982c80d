import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LinkedPdf } from '../../src/messages.js';
import { openExtensionPage, t } from '../../src/platform/browser.js';
import { keepForTab, readActivePage, readPdfOfTab, type PageRun, type PageState } from '../lib/page-state.js';
import { PageArticles, useArticlesRead } from './page-articles.js';
import { PdfProgress } from './pdf-progress.js';
import { countHeading, StoryList } from './story-list.js';

/** Where nothing can be read from the tab, the PDF page is the way on: never a dead end. */
const OFFER_PDF_PAGE = new Set<Extract<PageState, { status: 'message' }>['key']>(['cannotRead', 'pdfViewerClosed', 'pdfFetchFailed', 'pdfTooLarge', 'pdfCancelled', 'noArticle']);

/** Opens on the toolbar click: reads the page (or its PDF), lists its stories, saves what the reader annotates. */
export function PopupApp({ search }: { search: string }) {
  const [state, setState] = useState<PageState>({ status: 'reading' });
  const run = useRef<AbortController | null>(null);
  /** The page's stories while one of its printed pages is read: Cancel goes back to them. */
  const before = useRef<PageState | null>(null);

  /**
   * A run whose progress shows here: before the PDF's first stories in place of the list, then above the stories
   * of the pages read so far. Cancel ends it, and what it finds after is dropped.
   */
  const startRun = (): PageRun => {
    const controller = new AbortController();
    run.current = controller;
    let reading = { done: 0, total: 0, layingOut: false };
    const show = (next: typeof reading) => {
      reading = next;
      if (controller.signal.aborted) return;
      setState((prev) => (prev.status === 'ready' && prev.reading ? { ...prev, reading } : { status: 'reading-pdf', ...reading }));
    };
    return {
      signal: controller.signal,
      onProgress: (done, total) => show({ done, total, layingOut: false }),
      onShown: (sofar) => { if (!controller.signal.aborted) setState({ ...sofar, reading }); },
      onLayout: () => show({ ...reading, layingOut: true }),
    };
  };
  const finish = (pending: PageRun) => (next: PageState) => { if (!pending.signal.aborted) setState(next); };
  const fail = (error: unknown) => setState({ status: 'message', key: 'readFailed', detail: String(error) });
  /** Cancel keeps the stories of the pages already read, said to be a part; else goes back to what was shown before. */
  const cancel = () => {
    run.current?.abort();
    setState((prev) => (prev.status === 'ready' && prev.reading ? { ...prev, reading: undefined, notice: { key: 'pdfStoppedPart' } } : before.current ?? { status: 'message', key: 'pdfCancelled' }));
  };

  const articlesRead = useArticlesRead(state.status === 'ready' ? state.tabId : null);
  // A page's articles (or its edition) read before on this tab show as they were; one read now is kept for the tab.
  const keptRead = state.status === 'ready' ? state.articlesRead : undefined;
  useEffect(() => { if (keptRead) articlesRead.restore(keptRead); }, [keptRead]);
  useEffect(() => {
    if (state.status === 'ready' && articlesRead.read.status === 'done' && articlesRead.read !== keptRead) void keepForTab({ ...state, articlesRead: articlesRead.read });
  }, [articlesRead.read]);

  // A layout effect: the page is asked at once, not after the first frame ("Reading…") has been painted.
  useLayoutEffect(() => {
    const pending = startRun();
    readActivePage(search, pending).then(finish(pending)).catch(fail);
    return () => run.current?.abort();
  }, [search]);

  if (state.status === 'reading') return <p class="status" role="status">{t('reading')}</p>;
  if (state.status === 'reading-pdf') return <PdfProgress done={state.done} total={state.total} layingOut={state.layingOut} onCancel={cancel} />;
  if (state.status === 'message') {
    return (
      <div class="message">
        <p class="status" role="alert">{t(state.key, state.detail)}</p>
        {OFFER_PDF_PAGE.has(state.key) && <button type="button" onClick={() => openExtensionPage('/pdf.html')}>{t('openPdfPage')}</button>}
      </div>
    );
  }

  const { tabId, listing, linkedPdfs, articles, pages, label, notice, reading } = state;
  /** The list's title: its stories' count; on a page view whose text holds none, the page's label or what it lists. */
  const heading = listing.stories.length || !(linkedPdfs.length || articles.length || pages.length) ? countHeading(listing)
    : articles.length || pages.length ? label ?? t(articles.length ? 'pageArticles' : 'editionPages') : t('printedPageOnly');
  const readLinked = (link: LinkedPdf) => {
    const page = { ...state, notice: undefined };
    before.current = page;
    const pending = startRun();
    const facts = { ...listing.facts, url: link.url, canonicalUrl: null };
    // A PDF that cannot be read leaves the reader where they were, with the reason beside the page's stories.
    const backOnFailure = (next: PageState): PageState => (next.status === 'message' ? { ...page, notice: { key: next.key, detail: next.detail } } : next);
    readPdfOfTab(tabId, link.url, facts, pending).then(backOnFailure).then(finish(pending)).catch(fail);
  };

  return (
    <main>
      <StoryList
        listing={listing}
        heading={heading}
        level={1}
        idPrefix="story"
        actions={<button type="button" onClick={() => openExtensionPage('/notes.html')}>{t('openNotes')}</button>}
      >
        {reading && <PdfProgress done={reading.done} total={reading.total} layingOut={reading.layingOut} onCancel={cancel} />}
        {notice && !linkedPdfs.length && <p class="status" role="status">{t(notice.key, notice.detail)}</p>}
        {(articles.length > 0 || pages.length > 1) && (
          <PageArticles
            articles={articles}
            pages={pages}
            page={listing.facts}
            language={listing.language}
            read={articlesRead.read}
            onReadAll={() => articlesRead.readPage(articles)}
            onReadEdition={() => articlesRead.readWholeEdition({ url: listing.facts.url ?? '', articles }, pages, listing.facts)}
            onCancel={articlesRead.cancel}
          />
        )}
        {linkedPdfs.length > 0 && (
          <section class="printed-pages" aria-label={t('printedPages')}>
            <p>{t('printedPageOffer')}</p>
            {notice && <p class="status" role="alert">{t(notice.key, notice.detail)}</p>}
            <ul>
              {linkedPdfs.map((link) => (
                <li key={link.url}>
                  <button type="button" onClick={() => readLinked(link)}>{t('readPrintedPage')}</button>
                  {linkedPdfs.length > 1 && <span class="meta"> {link.label}</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
      </StoryList>
      <footer class="popup-footer">
        {listing.stories.length > 1 && <p class="keys-hint">{t('storyKeysHint')}</p>}
        <button type="button" class="link" onClick={() => openExtensionPage('/pdf.html')}>{t('openPdfPage')}</button>
      </footer>
    </main>
  );
}
