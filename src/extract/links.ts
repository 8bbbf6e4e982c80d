/**
 * Where a page's links lead, for the links Broadsheet offers or follows (a printed page's PDF, an e-paper's
 * article views): only a document of the page's own site counts, never the page itself ('#', '#top') nor a
 * script ('javascript:').
 */

/** A link whose whole text says PDF ("PDF", "PDF下载", "版面PDF", "Download PDF") leads to one, whatever its address (download.jsp?id=…). */
const SAYS_PDF = /^(?:版面|下载|download)?\s*pdf\s*(?:下载|版|版面|download|file)?$/i;

/**
 * The absolute address `href` leads to on the site of the page at `pageUrl`, without its #fragment; null for
 * another origin or a non-web scheme ('javascript:'). Without the page's address (a saved file) nothing can be
 * resolved: `href` is kept as written, unless it only points into the page or runs a script.
 */
export function siteLink(href: string, pageUrl: string | null): string | null {
  const written = href.trim();
  if (!pageUrl) return written && !written.startsWith('#') && !/^javascript:/i.test(written) ? written : null;
  try {
    const page = new URL(pageUrl);
    const target = new URL(written, page);
    if (target.origin !== page.origin || !/^https?:$/.test(target.protocol)) return null;
    target.hash = '';
    return target.href;
  } catch {
    return null;
  }
}

/** Where `href` leads on the page's own site, where that is another document than the page itself ('#', '#top' are not). */
export function documentLink(href: string, pageUrl: string | null): string | null {
  const target = siteLink(href, pageUrl);
  return target !== null && target !== (pageUrl && siteLink(pageUrl, pageUrl)) ? target : null;
}

/** A link to a PDF: its address ends in .pdf, or its text says PDF. */
export function leadsToPdf(address: string, text: string): boolean {
  return /\.pdf$/i.test(address.replace(/[?#].*$/, '')) || SAYS_PDF.test(text);
}
