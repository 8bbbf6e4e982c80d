/**
 * The content script's reading of a page made into the stories the popup shows: a printed page's positioned runs
 * laid out, then the lines restructured. This work runs here, in the extension, so that the script injected into
 * the page only reads its DOM; the layout stage is loaded only for a page that needs it.
 */
import type { PageExtract, PageReading } from '../../src/messages.js';
import { storiesOf } from '../../src/read-page.js';

export async function readingOf(extract: PageExtract): Promise<PageReading> {
  const text = extract.kind === 'positioned' ? (await import('../../src/extract/laid-out.js')).laidOut(extract) : extract;
  const { title, byline, authors, publishedTime, siteName, lang, canonicalUrl, url, linkedPdfs, articles, pages, label } = extract;
  return { kind: text.kind, title, byline, authors, publishedTime, siteName, lang, canonicalUrl, url, page: storiesOf(text), linkedPdfs, articles, pages, label };
}
