/** Small PDFs made in the test: pages drawn from content streams. */
import { pdfOf, streamOf, type PdfObject } from '../pdf-writer.js';

/**
 * A PDF whose pages draw the given content streams (PDF operators), with Helvetica as /F1 and, as /F2, STSong-Light
 * as Chinese PDFs set it: not embedded, no ToUnicode map, text in UCS-2 through the UniGB-UCS2-H CMap. pdf.js reads
 * /F2's text only with its CMaps (UniGB-UCS2-H, then Adobe-GB1-UCS2 to Unicode).
 */
export function tinyPdf(pages: readonly string[]): Buffer {
  const objects: PdfObject[] = [];
  const add = (body: PdfObject) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const kids = pages.map((_, i) => `${7 + 2 * i} 0 R`).join(' ');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>');
  add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 6 0 R /DW 1000 >>');
  add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  pages.forEach((content, i) => {
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${8 + 2 * i} 0 R >>`);
    add(streamOf(content));
  });
  return pdfOf(objects);
}

/** Lines of text set down a page: a headline in large type, then body lines. */
export function textPage(headline: string, body: readonly string[]): string {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const lines = [`BT /F1 24 Tf 72 720 Td (${escape(headline)}) Tj ET`];
  body.forEach((line, i) => lines.push(`BT /F1 10 Tf 72 ${690 - 13 * i} Td (${escape(line)}) Tj ET`));
  return lines.join('\n');
}

/** Chinese lines set down a page in /F2 (UCS-2 hex strings): a headline in large type, then body lines. */
export function chinesePage(headline: string, body: readonly string[]): string {
  const ucs2 = (text: string) => `<${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
  const lines = [`BT /F2 24 Tf 72 720 Td ${ucs2(headline)} Tj ET`];
  body.forEach((line, i) => lines.push(`BT /F2 10 Tf 72 ${690 - 13 * i} Td ${ucs2(line)} Tj ET`));
  return lines.join('\n');
}

/** A page with only a drawn box on it: a scan without OCR, as far as text goes. */
export const pictureOnlyPage = '0.5 g 72 72 468 648 re f';
