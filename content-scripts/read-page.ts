import { err, ok } from '../src/core/result.js';
import { decodeServedHtml } from '../src/extract/decode-html.js';
import { readDocument } from '../src/extract/index.js';
import { documentLink, siteLink } from '../src/extract/links.js';
import { LIMITS } from '../src/layout/parameters.js';
import type { ContentAnswer, ContentRequest, PageExtract, PageReplies } from '../src/messages.js';
import { linkedPdfs } from './linked-pdfs.js';

/** An article view is a page of text: past this size the address is not one. */
const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/**
 * The most text one answer carries to the extension (whose messages Chrome caps at 64 MiB): twice the characters,
 * and as many lines or runs, as the layout reads of one page. A page past them is too large to read.
 */
const MAX_TEXT_CHARS = 2 * LIMITS.charsPerPage;
const MAX_TEXT_PIECES = LIMITS.runsPerPage;

function tooMuchText(pieces: ReadonlyArray<{ text: string }>): boolean {
  if (pieces.length > MAX_TEXT_PIECES) return true;
  let chars = 0;
  for (const piece of pieces) chars += piece.text.length;
  return chars > MAX_TEXT_CHARS;
}

/**
 * Answers the popup's questions about the page this script runs in. Reads the DOM, never changes it; the layout
 * and restructuring of what it read run in the extension (popup/lib/page-reading.ts), keeping this script small.
 */
export async function answer(request: ContentRequest, doc: Document, url: string): Promise<ContentAnswer<keyof PageReplies>> {
  switch (request.type) {
    case 'read-page':
      return readPage(doc, url);
    case 'read-article':
    case 'read-page-view':
      return readLinked(request.url, doc, url);
  }
}

function readPage(doc: Document, url: string): ContentAnswer<'read-page'> {
  // Chrome's PDF viewer: the top frame's document is the PDF itself, read from its bytes by the popup.
  if (doc.contentType === 'application/pdf') return ok({ kind: 'pdf', url, title: doc.title || null });
  return extractOf(doc, url, true);
}

function extractOf(doc: Document, url: string, rendered: boolean): ContentAnswer<'read-article'> {
  try {
    const read = readDocument(doc, rendered ? { url } : { url, computedStyle: false });
    if (tooMuchText(read.kind === 'positioned' ? read.positioned.runs : read.lines)) return err('too large');
    const { title, byline, authors, publishedTime, siteName, lang, canonicalUrl } = read;
    const text = read.kind === 'positioned' ? { kind: read.kind, positioned: read.positioned } : { kind: read.kind, lines: read.lines };
    const articles = read.kind === 'epaper-page' ? read.articles : [];
    const pages = read.kind === 'epaper-page' ? read.pages.map((page) => ({ ...page, articles: null }))
      : read.kind === 'epaper-edition' ? read.pages : [];
    const label = read.kind === 'epaper-page' ? read.label : null;
    const extract: PageExtract = {
      ...text, title, byline, authors, publishedTime, siteName, lang, canonicalUrl, url, linkedPdfs: linkedPdfs(doc, url), articles, pages, label,
    };
    return ok(extract);
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }
}

/**
 * What the page views of the edition read for the reader link (their articles and pages): reading the whole
 * edition follows those too. Kept while the page is open (the listener, registered once, keeps this module's).
 */
const linkedByPagesRead = new Set<string>();

/**
 * One page the page links (an e-paper page view's article view, or another page view of its edition), fetched
 * from the page's own origin and read as if the reader had opened it. Only on the popup's request, which follows
 * the reader's click; an address on another origin, or one neither the page nor a page view read from it links,
 * is refused.
 */
async function readLinked(address: string, doc: Document, pageUrl: string): Promise<ContentAnswer<'read-article'>> {
  const target = siteLink(address, pageUrl);
  if (!target) return err('not on this page’s site');
  const base = doc.baseURI || pageUrl;
  const linked = linkedByPagesRead.has(target) || [...doc.querySelectorAll('a[href], area[href]')].some((link) => documentLink(link.getAttribute('href')!, base) === target);
  if (!linked) return err('not linked from this page');
  try {
    const response = await fetch(target, { credentials: 'same-origin' });
    if (!response.ok) return err(`HTTP ${response.status}`);
    if (response.url && !siteLink(response.url, pageUrl)) return err('not on this page’s site');
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > MAX_ARTICLE_BYTES) return err('too large');
    const charset = /charset=\s*["']?([^;"']+)/i.exec(response.headers.get('content-type') ?? '')?.[1] ?? null;
    const read = extractOf(new DOMParser().parseFromString(decodeServedHtml(bytes, charset), 'text/html'), target, false);
    if (read.ok) for (const link of [...read.value.articles, ...read.value.pages]) if (link.url) linkedByPagesRead.add(link.url);
    return read;
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }
}
