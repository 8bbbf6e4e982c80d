/**
 * pdf.js's worker, its decompression counted (see counted-decompression.ts): the reader's page ends it when a page
 * decodes more than the page's memory limit. pdf.js's worker module starts answering on this worker's port as it loads.
 */
import { countDecompression } from './lib/counted-decompression.js';
import 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';

countDecompression(self as unknown as Parameters<typeof countDecompression>[0]);
