import type { LinkedPdf } from '../src/messages.js';

/** A link whose text says PDF is one too, where the address does not end in .pdf (download.jsp?id=…). */
const SAYS_PDF = /\bpdf\b|pdf下载|版面pdf/i;
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
