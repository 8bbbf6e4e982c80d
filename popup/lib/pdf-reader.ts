/**
 * pdf.js in the extension's pages: this module (and pdf.js with it) is loaded by a dynamic import only when a
 * PDF is read, so an article page opens as fast as without it. The worker and the CMaps ship as extension files.
 */
// the legacy build: the modern one calls Map.prototype.getOrInsertComputed, which Firefox ESR 140 lacks
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { err, type Result } from '../../src/core/result.js';
import { isPdf, readPositionedWith, type PdfEngine } from '../../src/extract/pdf.js';
import { extensionUrl } from '../../src/platform/browser.js';
import { layOutInWorker } from './layout-in-worker.js';
import { listingOfPdf } from './pdf-listing.js';
import type { PageFacts } from '../../src/store/input.js';
import { pdfProblemOf, type PdfProblem, type PdfRun } from './printed-page.js';
import type { StoryListing } from './story-listing.js';

pdfjs.GlobalWorkerOptions.workerSrc = extensionUrl('/pdfjs/pdf.worker.min.mjs');

const startWorker = () => new pdfjs.PDFWorker({ verbosity: 0 });

/** The first worker, started as this module loads: the PDF's bytes are usually still on their way. */
let firstWorker: pdfjs.PDFWorker | null = startWorker();

/** pdf.js with a web worker per PDF read (and per restart after a page over its limits); destroying one ends it. */
const engine: PdfEngine = {
  pdfjs,
  startWorker() {
    const worker = firstWorker ?? startWorker();
    firstWorker = null;
    return { worker, terminate: () => worker.destroy() };
  },
};

/** A PDF's bytes → its stories on one list; every way of failing is a problem the reader is told. */
export async function readPrintedPages(bytes: Uint8Array, facts: PageFacts, run: PdfRun): Promise<Result<StoryListing, PdfProblem>> {
  if (!isPdf(bytes)) return err({ key: 'notAPdf' });
  // Cancel answers at once: pdf.js's pending page request may never settle once its document is destroyed.
  const cancelled = new Promise<Result<never, PdfProblem>>((resolve) => run.signal.addEventListener('abort', () => resolve(err({ key: 'pdfCancelled' })), { once: true }));
  const reading = readPositionedWith(engine, bytes, { cMapUrl: extensionUrl('/pdfjs/cmaps/'), onProgress: run.onProgress, signal: run.signal })
    .then((read) => (read.ok ? read : err(pdfProblemOf(read.error))));
  const read = await Promise.race([reading, cancelled]);
  if (!read.ok) return read;
  run.onLayout();
  const laidOut = await layOutInWorker(read.value.pages, run.signal);
  if (!laidOut.ok) return laidOut;
  return listingOfPdf(facts, read.value, laidOut.value);
}
