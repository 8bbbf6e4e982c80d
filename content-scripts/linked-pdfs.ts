import type { LinkedPdf } from '../src/messages.js';

/** A link whose whole text says PDF ("PDF", "PDF下载", "版面PDF", "Download PDF") is one too, whatever its address (download.jsp?id=…). */
const SAYS_PDF = /^(?:版面|下载|download)?\s*pdf\s*(?:下载|版|版面|download|file)?$/i;
/** An e-paper page links one PDF per printed page; past this many the page is an archive index, not a page. */
const MAX_LINKS = 40;

/** The page's same-origin links to PDFs, in page order, each address once. Other origins are never offered. */
export function linkedPdfs(doc: Document, pageUrl: string): LinkedPdf[] {
  const origin = new URL(pageUrl).origin;
  const found = new Map<string, LinkedPdf>();
  for (const a of doc.querySelectorAll('a[href]')) {
    let url: URL;
    try { url = new URL(a.getAttribute('href')!, doc.baseURI || pageUrl); } catch { continue; }
    const label = (a.textContent ?? '').replace(/\s+/g, ' ').trim() || a.getAttribute('title')?.trim() || '';
    if (url.origin !== origin || !(/\.pdf$/i.test(url.pathname) || SAYS_PDF.test(label))) continue;
    url.hash = '';
    if (!found.has(url.href)) found.set(url.href, { url: url.href, label: label || decodeURIComponent(url.pathname.split('/').pop() ?? '') });
    if (found.size === MAX_LINKS) break;
  }
  return [...found.values()];
}
