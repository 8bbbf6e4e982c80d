import { err, type Result } from '../../src/core/result.js';
import type { PdfFailure } from '../../src/extract/pdf.js';
import type { PageFacts } from '../../src/store/input.js';
import type { StoryListing } from './story-listing.js';

/** Larger PDFs are refused up front: reading one would hold hundreds of MB in the page and in pdf.js's worker. */
export const MAX_PDF_MB = 200;
export const MAX_PDF_BYTES = MAX_PDF_MB * 1024 * 1024;

/** Why a PDF gave no stories, as a message key (with its detail, where there is one). */
export interface PdfProblem {
  key: 'pdfCancelled' | 'pdfEncrypted' | 'pdfDamaged' | 'pdfNoText' | 'pdfTooCostly' | 'pdfFailed' | 'pdfNoStories' | 'pdfTooLarge' | 'notAPdf' | 'pdfFetchFailed';
  detail?: string;
}

/**
 * A bounded run: told each page read, the stories of the pages laid out so far (while the rest are read), and when
 * only the layout is left; stopped by the reader's Cancel.
 */
export interface PdfRun {
  onProgress: (done: number, total: number) => void;
  onStories: (sofar: StoryListing) => void;
  onLayout: () => void;
  signal: AbortSignal;
}

export const tooLarge: PdfProblem = { key: 'pdfTooLarge', detail: String(MAX_PDF_MB) };

const problemKeys: Record<Exclude<PdfFailure['kind'], 'unreadable'>, PdfProblem['key']> = {
  cancelled: 'pdfCancelled',
  encrypted: 'pdfEncrypted',
  damaged: 'pdfDamaged',
  noTextLayer: 'pdfNoText',
  tooCostly: 'pdfTooCostly',
};

/** The reader's message for a PDF the reader gave up on: pdf.js's own reason goes inside the worded 'pdfFailed'. */
export const pdfProblemOf = (failure: PdfFailure): PdfProblem =>
  failure.kind === 'unreadable' ? { key: 'pdfFailed', detail: failure.reason } : { key: problemKeys[failure.kind] };

/** pdf.js, loaded on first use (and its worker started): called as soon as a PDF is known to come, to overlap its fetch. */
export const loadPdfReader = () => import('./pdf-reader.js');

/** A PDF's bytes → its stories, loading pdf.js on first use. */
export async function listPdfStories(bytes: Uint8Array, facts: PageFacts, run: PdfRun): Promise<Result<StoryListing, PdfProblem>> {
  if (bytes.byteLength > MAX_PDF_BYTES) return err(tooLarge);
  const { readPrintedPages } = await loadPdfReader();
  if (run.signal.aborted) return err({ key: 'pdfCancelled' });
  return readPrintedPages(bytes, facts, run);
}
