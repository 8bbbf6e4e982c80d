/**
 * The content script's reading of a page made into the stories the popup shows: a printed page's positioned runs
 * laid out, then the lines restructured. This work runs here, in the extension, so that the script injected into
 * the page only reads its DOM.
 */
import { laidOut } from '../../src/extract/index.js';
import type { PageExtract, PageReading } from '../../src/messages.js';
import { storiesOf } from '../../src/read-page.js';

export function readingOf(extract: PageExtract): PageReading {
  const text = extract.kind === 'positioned' ? laidOut(extract) : extract;
  const { title, byline, authors, publishedTime, siteName, lang, canonicalUrl, url, linkedPdfs, articles, pages, label } = extract;
  return { kind: text.kind, title, byline, authors, publishedTime, siteName, lang, canonicalUrl, url, page: storiesOf(text), linkedPdfs, articles, pages, label };
}
