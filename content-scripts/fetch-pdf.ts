import type { PdfBytesAnswer } from '../src/messages.js';

/**
 * Injected by the popup (`scripting.executeScript({func})`, so it must stay self-contained: no imports, no
 * helpers): fetches a PDF from the page's own origin — the tab's own PDF, or one the page links — and returns
 * its bytes. Nothing else is fetched: another origin, or an address the page does not link, is refused.
 */
export async function fetchPdf(url: string, maxBytes: number): Promise<PdfBytesAnswer> {
  const target = new URL(url, location.href);
  target.hash = '';
  if (target.origin !== location.origin) return { ok: false, error: 'not-same-origin' };
  const here = location.href.split('#')[0];
  const isThisPdf = document.contentType === 'application/pdf' && target.href === here;
  if (!isThisPdf && !Array.from(document.links).some((a) => a.href.split('#')[0] === target.href)) return { ok: false, error: 'not-linked' };
  try {
    const response = await fetch(target.href, { credentials: 'same-origin' });
    if (!response.ok) return { ok: false, error: 'fetch-failed' };
    if (Number(response.headers.get('content-length')) > maxBytes) return { ok: false, error: 'too-large' };
    const bytes = await response.arrayBuffer();
    return bytes.byteLength > maxBytes ? { ok: false, error: 'too-large' } : { ok: true, value: bytes };
  } catch {
    return { ok: false, error: 'fetch-failed' };
  }
}
