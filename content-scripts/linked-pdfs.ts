import { documentLink, leadsToPdf } from '../src/extract/links.js';
import type { LinkedPdf } from '../src/messages.js';

/** An e-paper page links one PDF per printed page; past this many the page is an archive index, not a page. */
const MAX_LINKS = 40;

/** The page's same-origin links to PDFs, in page order, each address once. Other origins and the page itself are never offered. */
export function linkedPdfs(doc: Document, pageUrl: string): LinkedPdf[] {
  const found = new Map<string, LinkedPdf>();
  for (const a of doc.querySelectorAll('a[href]')) {
    const label = (a.textContent ?? '').replace(/\s+/g, ' ').trim() || a.getAttribute('title')?.trim() || '';
    const url = documentLink(a.getAttribute('href')!, doc.baseURI || pageUrl);
    if (!url || !leadsToPdf(url, label) || new URL(url).origin !== new URL(pageUrl).origin) continue;
    if (!found.has(url)) found.set(url, { url, label: label || decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') });
    if (found.size === MAX_LINKS) break;
  }
  return [...found.values()];
}
