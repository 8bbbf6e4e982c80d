/** Hostile PDFs through the Node reader (pdf.js's legacy build): each ends with stories or one line that says why. */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../src/extract/read-pdf.node.js';
import { pdfProblemOf } from '../popup/lib/printed-page.js';
import { cyclicPageTree } from './hostile-pdfs.js';

describe('a PDF whose page tree loops', () => {
  it('cannot be read, and says why in one line that names its prefix once', async () => {
    const read = await readPdf(cyclicPageTree());
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toEqual({ kind: 'unreadable', reason: 'Pages tree contains circular reference.', message: 'The PDF could not be read: Pages tree contains circular reference.' });
    // the extension words the prefix in the reader's language around pdf.js's reason alone
    expect(pdfProblemOf(read.error)).toEqual({ key: 'pdfFailed', detail: 'Pages tree contains circular reference.' });
  });
});
