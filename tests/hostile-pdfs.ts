/**
 * Hostile PDFs made in the tests, small versions of those of ../shared/tools/hostile-pdfs.py: a page tree that
 * loops.
 */
import { pdfOf } from './pdf-writer.js';

/** A page tree whose only kid is the tree itself. */
export const cyclicPageTree = (): Buffer => pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>']);
