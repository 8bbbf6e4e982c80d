/**
 * Where a page's links lead, for the links Broadsheet offers or follows (a printed page's PDF, an e-paper's
 * article views): only a document of the page's own site counts, never the page itself ('#', '#top') nor a
 * script ('javascript:').
 */

/** A link whose whole text says PDF ("PDF", "PDF下载", "版面PDF", "Download PDF") leads to one, whatever its address (download.jsp?id=…). */
const SAYS_PDF = /^(?:版面|下载|download)?\s*pdf\s*(?:下载|版|版面|download|file)?$/i;

/**
 * The absolute address `href` leads to from the page at `pageUrl`, without its #fragment; null for another
 * origin, a non-web scheme, or the page itself. Without the page's address (a saved file) nothing can be
 * resolved: `href` is kept as written, unless it only points into the page or runs a script.
 */
export function documentLink(href: string, pageUrl: string | null): string | null {
  const written = href.trim();
  if (!pageUrl) return written && !written.startsWith('#') && !/^javascript:/i.test(written) ? written : null;
  let page: URL, target: URL;
  try {
    page = new URL(pageUrl);
    target = new URL(written, page);
  } catch {
    return null;
  }
  if (target.origin !== page.origin || !/^https?:$/.test(target.protocol)) return null;
  target.hash = '';
  page.hash = '';
  return target.href === page.href ? null : target.href;
}

/** A link to a PDF: its address ends in .pdf, or its text says PDF. */
export function leadsToPdf(address: string, text: string): boolean {
  return /\.pdf$/i.test(address.replace(/[?#].*$/, '')) || SAYS_PDF.test(text);
}
