/**
 * pdf.js in the extension's pages: this module (and pdf.js with it) is loaded by a dynamic import only when a
 * PDF is read, so an article page opens as fast as without it. The worker and the CMaps ship as extension files.
 */
// the legacy build: the modern one calls Map.prototype.getOrInsertComputed, which Firefox ESR 140 lacks
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api.js';
import { err, ok, type Result } from '../../src/core/result.js';
import { isPdf, readPdfWith } from '../../src/extract/pdf.js';
import { extensionUrl } from '../../src/platform/browser.js';
import { printedStoriesOf, restructurePrinted } from '../../src/read-printed.js';
import type { PageFacts } from '../../src/store/input.js';
import { pdfProblemOf, type PdfProblem, type PdfRun } from './printed-page.js';
import type { StoryListing } from './story-listing.js';

pdfjs.GlobalWorkerOptions.workerSrc = extensionUrl('/pdfjs/pdf.worker.min.mjs');

/** One worker for the page's life, started as this module loads: the PDF's bytes are usually still on their way. */
const worker = new pdfjs.PDFWorker();

/** pdf.js as readPdfWith calls it, with that worker. */
const pdfjsForText = {
  getDocument: ((params: DocumentInitParameters) => pdfjs.getDocument({ ...params, worker })) as typeof pdfjs.getDocument,
  OPS: pdfjs.OPS,
};

/** A PDF's bytes → its stories on one list; every way of failing is a problem the reader is told. */
export async function readPrintedPages(bytes: Uint8Array, facts: PageFacts, run: PdfRun): Promise<Result<StoryListing, PdfProblem>> {
  if (!isPdf(bytes)) return err({ key: 'notAPdf' });
  // Cancel answers at once: pdf.js's pending page request may never settle once its document is destroyed.
  const cancelled = new Promise<Result<never, PdfProblem>>((resolve) => run.signal.addEventListener('abort', () => resolve(err({ key: 'pdfCancelled' })), { once: true }));
  const reading = readPdfWith(pdfjsForText, bytes, { cMapUrl: extensionUrl('/pdfjs/cmaps/'), onProgress: run.onProgress, signal: run.signal })
    .then((read) => (read.ok ? read : err(pdfProblemOf(read.error))));
  const read = await Promise.race([reading, cancelled]);
  if (!read.ok) return read;
  const printed = printedStoriesOf(restructurePrinted(read.value.pages));
  if (!printed.stories.length) return err({ key: 'pdfNoStories' });
  const { pages, pageCount } = read.value;
  return ok({
    kind: 'pdf',
    facts,
    language: printed.language ?? 'en',
    stories: printed.stories,
    pages: pageCount > 1 ? printed.stories.map((s) => s.page) : null,
    cut: pageCount > pages.length ? { read: pages.length, count: pageCount } : null,
  });
}
