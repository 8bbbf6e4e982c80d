/** `readPdf` for Node: pdf.js's legacy build, its CMaps read from the installed package. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Result } from '../core/result.js';
import { readPdfWith, readPositionedWith, type PdfFailure, type PdfRead, type ReadPdfOptions } from './pdf.js';

let cMapDir: string | null = null;
const cMaps = () => (cMapDir ??= join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + '/');

/** A PDF's bytes → each page's lines in reading order, with layout hints; `restructure(page)` takes each page. */
export async function readPdf(data: Uint8Array, options: ReadPdfOptions = {}): Promise<Result<PdfRead, PdfFailure>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes the buffer over (and refuses a Node Buffer): hand it a plain copy, the caller's bytes stay whole
  return readPdfWith(pdfjs, new Uint8Array(data), { cMapUrl: cMaps(), ...options });
}

/** The pages as positioned text runs, before the layout stage (benchmarks and layout tests). */
export async function readPositionedPdf(data: Uint8Array, options: ReadPdfOptions = {}) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return readPositionedWith(pdfjs, new Uint8Array(data), { cMapUrl: cMaps(), ...options });
}
