import { err, ok } from '../src/core/result.js';
import { extractDocument } from '../src/extract/index.js';
import type { ContentAnswer, ContentRequest } from '../src/messages.js';
import { storiesOf } from '../src/read-page.js';
import { linkedPdfs } from './linked-pdfs.js';

/** Answers the popup's questions about the page this script runs in. Reads the DOM, never changes it. */
export function answer(request: ContentRequest, doc: Document, url: string): ContentAnswer<'read-page'> {
  switch (request.type) {
    case 'read-page':
      return readPage(doc, url);
  }
}

function readPage(doc: Document, url: string): ContentAnswer<'read-page'> {
  // Chrome's PDF viewer: the top frame's document is the PDF itself, read from its bytes by the popup.
  if (doc.contentType === 'application/pdf') return ok({ kind: 'pdf', url, title: doc.title || null });
  try {
    const extracted = extractDocument(doc, { url });
    const { kind, title, byline, authors, publishedTime, siteName, lang, canonicalUrl } = extracted;
    const articles = extracted.kind === 'epaper-page' ? extracted.articles : [];
    return ok({ kind, title, byline, authors, publishedTime, siteName, lang, canonicalUrl, url, page: storiesOf(extracted), linkedPdfs: linkedPdfs(doc, url), articles });
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }
}
