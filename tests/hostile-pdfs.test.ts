/** Hostile PDFs through the Node reader (pdf.js's legacy build): each ends with stories or one line that says why. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../src/extract/read-pdf.node.js';
import { pdfProblemOf } from '../popup/lib/printed-page.js';
import { cyclicPageTree, flateBombOnPage2, toUnicodeAmplifier } from './hostile-pdfs.js';

const textOf = (lines: ReadonlyArray<{ text: string }>) => lines.map((l) => l.text).filter(Boolean);

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

describe('a Flate bomb on one page', () => {
  let bomb: Buffer;
  beforeAll(async () => { bomb = await flateBombOnPage2(512 * 2 ** 20); });

  it('leaves that page out with one line and reads the others', async () => {
    // the limit lowered from 512 MB so that the test stays light: the bomb decodes to 512 MB
    const read = await readPdf(bomb, { limits: { memoryBytes: 64 * 2 ** 20 } });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.pages.map((p) => [p.page, textOf(p.lines)[0]])).toEqual([[1, 'Bridge reopens after repairs'], [3, 'Library extends its hours']]);
    expect(read.value.pageProblems).toEqual([{ page: 2, kind: 'tooCostly', message: 'Page 2 takes more time or memory to read than Broadsheet allows (15 s, 64 MB): it is left out.' }]);
  }, 30_000);
});

describe('a ToUnicode map that turns one code into 5,000 characters', () => {
  it('reads the page up to the character limit, says so, and reads the next page whole', async () => {
    const read = await readPdf(toUnicodeAmplifier());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [first, second] = read.value.pages;
    expect(textOf(first!.lines).join('').length).toBeLessThanOrEqual(1_000_000);
    expect(textOf(second!.lines)).toEqual(['Council approves harbor budget']);
    expect(read.value.pageProblems).toEqual([{ page: 1, kind: 'textCut', message: 'Page 1 has more text than Broadsheet reads on one page (1,000,000 characters): the rest of it is left out.' }]);
  }, 30_000);
});
