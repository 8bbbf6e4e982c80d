/** The core, as Node sees it: pure functions, no browser API. `extract` also takes an HTML string here. */
import type { ExtractedPage } from './core/types.js';
import { extractDocument, type ExtractOptions } from './extract/index.js';
import { parseHtml } from './extract/parse-html.node.js';

export { restructure } from './restructure/index.js';
export type { ExtractOptions } from './extract/index.js';
export type { Story, StoryPage, PageLine, LineHints, RestructureInput, ExtractedPage } from './core/types.js';
export type { Result } from './core/result.js';

export function extract(input: string | Document, options: ExtractOptions = {}): ExtractedPage {
  return extractDocument(typeof input === 'string' ? parseHtml(input) : input, options);
}
