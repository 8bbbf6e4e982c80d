/**
 * Hostile PDFs made in the tests, small versions of those of ../shared/tools/hostile-pdfs.py: a page tree that
 * loops, a Flate bomb on one page among readable ones, a ToUnicode map that turns one code into thousands of
 * characters, a page of 200,000 runs.
 */
import { constants, createDeflate, deflateSync } from 'node:zlib';
import { pdfOf, streamOf, type PdfObject } from './pdf-writer.js';

/** A page tree whose only kid is the tree itself. */
export const cyclicPageTree = (): Buffer => pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>']);

const line = (text: string, y: number) => `BT /F1 12 Tf 72 ${y} Td (${text}) Tj ET`;

/** Pages of Helvetica text: each page one content stream, or several (drawn one after the other). */
function helveticaPdf(pages: ReadonlyArray<readonly PdfObject[]>, font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>', extra: readonly PdfObject[] = []): Buffer {
  const objects: PdfObject[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', font, ...extra];
  const kids: number[] = [];
  for (const streams of pages) {
    const contents = streams.map((stream) => objects.push(stream));
    kids.push(objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents [${contents.map((n) => `${n} 0 R`).join(' ')}] >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((n) => `${n} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  return pdfOf(objects);
}

/** Spaces (which a page's content may hold without end) deflated twice: a few KB that decode to `bytes`. */
async function doubleFlateSpaces(bytes: number): Promise<Buffer> {
  // run-length deflate: as small as level 9 for one repeated byte, and ten times faster to make
  const deflate = createDeflate({ level: 1, strategy: constants.Z_RLE });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  const chunk = Buffer.alloc(2 ** 20, ' ');
  for (let left = bytes; left > 0; left -= chunk.length) deflate.write(left >= chunk.length ? chunk : chunk.subarray(0, left));
  deflate.end();
  await ended;
  return deflateSync(Buffer.concat(parts), { strategy: constants.Z_RLE });
}

/** A headline over two lines of text: a story on its own. */
const story = (headline: string, body: readonly string[]) =>
  [line(headline, 700).replace('/F1 12', '/F1 24'), ...body.map((text, i) => line(text, 660 - 14 * i))].join('\n');

/**
 * Three pages; the second draws a line, then `bytes` of spaces behind two Flate layers, then another line (the
 * shared generator's deflate_bomb_2GiB_double.pdf, as large as asked); the first and the third a story each.
 */
export async function flateBombOnPage2(bytes: number): Promise<Buffer> {
  const bomb = streamOf(await doubleFlateSpaces(bytes), '/Filter [/FlateDecode /FlateDecode] ');
  return helveticaPdf([
    [streamOf(story('Bridge reopens after repairs', ['The river bridge reopened to traffic on Monday after', 'six weeks of repairs to its deck, the county said.']))],
    [streamOf(line('Text before the bomb', 700)), bomb, streamOf(line('Text after the bomb', 680))],
    [streamOf(story('Library extends its hours', ['The central library will stay open until nine on', 'weekdays from March, the board decided on Tuesday.']))],
  ]);
}

/**
 * Two pages in a font whose ToUnicode map turns code A into 5,000 X's: the first page draws A 20,000 times (100 M
 * characters from 40 KB of content), the second a line in plain codes.
 */
export function toUnicodeAmplifier(): Buffer {
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Amplifier def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfchar <41> <${'0058'.repeat(5000)}> endbfchar
2 beginbfrange <20> <40> <0020> <42> <7E> <0042> endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`;
  const amplified = Array.from({ length: 50 }, (_, i) => `BT /F1 12 Tf 40 ${760 - 14 * i} Td <${'41'.repeat(400)}> Tj ET`).join('\n');
  return helveticaPdf(
    [[streamOf(amplified)], [streamOf(line('Council approves harbor budget', 700))]],
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 4 0 R >>',
    [streamOf(cmap)],
  );
}

/**
 * One page of `count` short runs, each its own text object, 60 lines of them overprinting one another (the shared
 * generator's runs_200k_overlapping.pdf): the worst case for laying a page out.
 */
export function overlappingRuns(count: number): Buffer {
  const ops = Array.from({ length: count }, (_, k) => `BT /F1 9 Tf 1 0 0 1 ${20 + ((k * 13) % 560)} ${780 - (k % 60) * 12} Tm (w${k % 1000}) Tj ET`);
  return helveticaPdf([[streamOf(deflateSync(ops.join('\n')), '/Filter /FlateDecode ')]]);
}

/**
 * One page: a story (its headline and two lines), then one word drawn `copies` times at one spot. With 200,000
 * copies the page draws more runs than the layout reads (LIMITS.runsPerPage): the story, drawn first, is read,
 * and the copies cost little to lay out, as they all overprint one another.
 */
export function overdrawnPage(copies: number): Buffer {
  const ops = Array.from({ length: copies }, () => 'BT /F1 9 Tf 1 0 0 1 300 100 Tm (copy) Tj ET');
  return helveticaPdf([[streamOf(deflateSync([story('Harbor budget approved', ['The council approved the harbor budget on Tuesday,', 'after a year of talks with the port authority.']), ...ops].join('\n')), '/Filter /FlateDecode ')]]);
}
