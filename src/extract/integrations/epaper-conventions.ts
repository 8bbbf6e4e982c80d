/**
 * How the e-paper systems most Chinese papers publish on name their pages: Founder (方正) `node_N.htm` page
 * views and `content_N.htm` article views under `html/YYYY-MM/DD/`; People's Daily's `nbs.D110000renmrb_NN.htm`
 * / `nw.D110000renmrb_YYYYMMDD_K-NN.htm` and its newer `pc/layout/YYYYMM/DD/node_NN.html` /
 * `pc/content/YYYYMM/DD/content_N.html`.
 */

/** The address of a page view (one printed page: its image, map and title list). */
export const PAGE_VIEW_ADDRESS = /(?:^|\/)(?:node_\d+|nbs\.D\d+\w*?_\d+)\.html?(?:[?#]|$)/i;
/** The address of an article view (one article's text). */
export const ARTICLE_VIEW_ADDRESS = /(?:^|\/)(?:content_\d+|nw\.D\d+\w*?_\d{8}_\d+-\d+)\.html?(?:[?#]|$)/i;

/** One article under any of its addresses: Founder's `?div=-1` and `?div=0` (which part of the page to light up) name the same article. */
export function articleKey(address: string): string {
  return address.replace(/[?#].*$/, '');
}
