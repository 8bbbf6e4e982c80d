/**
 * pdf.js in the extension's pages: this module (and pdf.js with it) is loaded by a dynamic import only when a
 * PDF is read, so an article page opens as fast as without it. The worker and the CMaps ship as extension files.
 */
// the legacy build: the modern one calls Map.prototype.getOrInsertComputed, which Firefox ESR 140 lacks
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { err, type Result } from '../../src/core/result.js';
import { isPdf, readPositionedWith, type PdfEngine, type PdfWorkerThread } from '../../src/extract/pdf.js';
import { decodedBytesOf } from './counted-decompression.js';
import { extensionUrl } from '../../src/platform/browser.js';
import { startLayout, type LayoutSession } from './layout-in-worker.js';
import { listingOfPdf } from './pdf-listing.js';
import type { PositionedPage } from '../../src/layout/model.js';
import type { LaidOutStoryPage } from '../../src/read-printed.js';
import type { PageFacts } from '../../src/store/input.js';
import { pdfProblemOf, type PdfProblem, type PdfRun } from './printed-page.js';
import type { StoryListing } from './story-listing.js';

/**
 * pdf.js's worker in a web worker of the reader's own (bundled by Vite from the extension's files, script-src 'self'),
 * which tells the bytes it decodes and which `terminate` ends at once, in the middle of a page too.
 */
function startWorker(): PdfWorkerThread {
  const thread = new Worker(new URL('../pdf-worker.ts', import.meta.url), { type: 'module' });
  let decoded = 0;
  thread.addEventListener('message', ({ data }: MessageEvent<unknown>) => { decoded = decodedBytesOf(data) ?? decoded; });
  const failed = new Promise<never>((_, reject) => thread.addEventListener('error', (event) => reject(new Error(event.message || 'pdf.js\'s worker failed'))));
  failed.catch(() => {}); // rejected only while a read waits on it; otherwise the error is not the reader's
  // pdf.js documents `port` as a Worker, but its types say null
  const worker = new pdfjs.PDFWorker({ port: thread as unknown as null, verbosity: 0 });
  return { worker, failed, bytesDecoded: () => decoded, terminate: () => { worker.destroy(); thread.terminate(); } };
}

/** The first worker, started as this module loads: the PDF's bytes are usually still on their way. */
let firstWorker: PdfWorkerThread | null = startWorker();

/** pdf.js with a web worker per PDF read (and per restart after a page over its limits). */
const engine: PdfEngine = {
  pdfjs,
  startWorker() {
    const thread = firstWorker ?? startWorker();
    firstWorker = null;
    return thread;
  },
};

/**
 * A PDF's bytes → its stories on one list; every way of failing is a problem the reader is told. Each page is laid
 * out as soon as pdf.js has read it, and the stories of the pages laid out so far are handed to `run.onStories`.
 */
export async function readPrintedPages(bytes: Uint8Array, facts: PageFacts, run: PdfRun): Promise<Result<StoryListing, PdfProblem>> {
  if (!isPdf(bytes)) return err({ key: 'notAPdf' });
  // Cancel answers at once: pdf.js's pending page request may never settle once its document is destroyed.
  const cancelled = new Promise<Result<never, PdfProblem>>((resolve) => run.signal.addEventListener('abort', () => resolve(err({ key: 'pdfCancelled' })), { once: true }));
  /** Started with the first page read: while pdf.js opens the PDF and reads that page, no second worker competes with it. */
  let layout = null as LayoutSession | null;
  const laidOut: LaidOutStoryPage[] = [];
  let total = 0;
  const pagesLaidOut: Array<Promise<Result<unknown, PdfProblem>>> = [];
  const onPage = (page: { page: number; positioned: PositionedPage }) => {
    layout ??= startLayout(run.signal);
    pagesLaidOut.push(layout.layOut([page]).then((result) => {
      if (!result.ok || run.signal.aborted) return result;
      laidOut.push(...result.value);
      const sofar = listingOfPdf(facts, { pageCount: total, readUpTo: total, pageProblems: [] }, laidOut);
      if (sofar.ok) run.onStories(sofar.value);
      return result;
    }));
  };
  const onProgress = (done: number, pages: number) => { total = pages; run.onProgress(done, pages); };
  try {
    const reading = readPositionedWith(engine, bytes, { cMapUrl: extensionUrl('/pdfjs/cmaps/'), onProgress, onPage, signal: run.signal })
      .then((read) => (read.ok ? read : err(pdfProblemOf(read.error))));
    const read = await Promise.race([reading, cancelled]);
    if (!read.ok) return read;
    run.onLayout();
    const results = await Promise.race([Promise.all(pagesLaidOut), cancelled]);
    if (!Array.isArray(results)) return results;
    const failed = results.find((result) => !result.ok);
    if (failed && !failed.ok) return failed;
    return listingOfPdf(facts, read.value, laidOut);
  } finally {
    layout?.end();
  }
}
