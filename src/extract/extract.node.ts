/** The package's `extract` for Node: an HTML string (or a Document already parsed) → ExtractedPage. */
import type { ExtractedPage } from '../core/types.js';
import { extractDocument, type ExtractOptions } from './index.js';
import { parseHtml } from './parse-html.node.js';

export function extract(input: string | Document, options: ExtractOptions = {}): ExtractedPage {
  const doc = typeof input === 'string' ? parseHtml(input) : input;
  // A DOM parsed in Node lays nothing out: computed styles would only cost time.
  return extractDocument(doc, { computedStyle: false, ...options });
}
