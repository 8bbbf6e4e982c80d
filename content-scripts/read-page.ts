import { err, ok } from '../src/core/result.js';
import { extractDocument } from '../src/extract/index.js';
import type { ContentAnswer, ContentRequest } from '../src/messages.js';
import { storiesOf } from '../src/read-page.js';

/** Answers the popup's questions about the page this script runs in. Reads the DOM, never changes it. */
export function answer(request: ContentRequest, doc: Document, url: string): ContentAnswer<'read-page'> {
  switch (request.type) {
    case 'read-page':
      return readPage(doc, url);
  }
}

function readPage(doc: Document, url: string): ContentAnswer<'read-page'> {
  try {
    const extracted = extractDocument(doc, { url });
    const { text: _text, lines: _lines, ...meta } = extracted;
    return ok({ ...meta, url, page: storiesOf(extracted) });
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }
}
