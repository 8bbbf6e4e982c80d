/** The core, as Node and the extension see it: pure functions, no browser API. */
export { restructure } from './restructure/index.js';
export { extract } from './extract/extract.node.js';
export { decodeHtml, decodeText } from './extract/decode-html.js';
export type { ExtractOptions } from './extract/index.js';
export type {
  Story, StoryPage, PageLine, LineHints, RestructureInput, ExtractedPage, ExtractedText, ExtractedEpaperPage, ExtractedEpaperEdition, EpaperArticleLink, EpaperPageLink,
} from './core/types.js';
export type { Result } from './core/result.js';
export { readPdf, readPositionedPdf } from './extract/read-pdf.node.js';
export type { PdfFailure, PdfRead, PrintedPage, ReadPdfOptions } from './extract/pdf.js';
export { layoutPage, type LaidOutPage } from './layout/index.js';
export type { PositionedPage, TextRun, Rule, WritingDirection } from './layout/model.js';
