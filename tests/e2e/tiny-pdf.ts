/** Small PDFs made in the test: pages drawn from content streams. */
import { pdfOf, streamOf, type PdfObject } from '../pdf-writer.js';

/**
 * A PDF whose pages draw the given content streams (PDF operators), with Helvetica as /F1 and, as /F2, /F3 and /F4,
 * the Chinese, Japanese and Korean fonts PDFs set without embedding them: no ToUnicode map, text in UCS-2 through the
 * UniGB-, UniJIS- and UniKS-UCS2-H CMaps. pdf.js reads their text only with its CMaps (UniGB-UCS2-H, then
 * Adobe-GB1-UCS2 to Unicode; likewise for Japan1 and Korea1).
 */
export function tinyPdf(pages: readonly string[]): Buffer {
  const objects: PdfObject[] = [];
  const add = (body: PdfObject) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const first = 4 + 3 * CJK_FONTS.length;
  const kids = pages.map((_, i) => `${first + 2 * i} 0 R`).join(' ');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (const [i, { font, encoding, ordering, supplement }] of CJK_FONTS.entries()) {
    const n = 4 + 3 * i;
    add(`<< /Type /Font /Subtype /Type0 /BaseFont /${font} /Encoding /${encoding} /DescendantFonts [${n + 1} 0 R] >>`);
    add(`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${font} /CIDSystemInfo << /Registry (Adobe) /Ordering (${ordering}) /Supplement ${supplement} >> /FontDescriptor ${n + 2} 0 R /DW 1000 >>`);
    add(`<< /Type /FontDescriptor /FontName /${font} /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>`);
  }
  const fonts = ['/F1 3 0 R', ...CJK_FONTS.map((_, i) => `/F${i + 2} ${4 + 3 * i} 0 R`)].join(' ');
  pages.forEach((content, i) => {
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << ${fonts} >> >> /Contents ${first + 1 + 2 * i} 0 R >>`);
    add(streamOf(content));
  });
  return pdfOf(objects);
}

/** /F2, /F3, /F4: the CJK fonts Chinese, Japanese and Korean PDFs name without embedding them (Adobe's CID fonts). */
const CJK_FONTS = [
  { font: 'STSong-Light', encoding: 'UniGB-UCS2-H', ordering: 'GB1', supplement: 4 },
  { font: 'KozMinPr6N-Regular', encoding: 'UniJIS-UCS2-H', ordering: 'Japan1', supplement: 6 },
  { font: 'HYSMyeongJo-Medium', encoding: 'UniKS-UCS2-H', ordering: 'Korea1', supplement: 1 },
] as const;

/** Lines of text set down a page: a headline in large type, then body lines. */
export function textPage(headline: string, body: readonly string[]): string {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const lines = [`BT /F1 24 Tf 72 720 Td (${escape(headline)}) Tj ET`];
  body.forEach((line, i) => lines.push(`BT /F1 10 Tf 72 ${690 - 13 * i} Td (${escape(line)}) Tj ET`));
  return lines.join('\n');
}

/** Text as a UCS-2 hex string, for the CJK fonts' UCS2 CMaps. */
export const ucs2 = (text: string): string => `<${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;

/** Chinese, Japanese or Korean lines set down a page in /F2, /F3 or /F4 (UCS-2 hex strings): a headline in large type, then body lines. */
export function cjkPage(language: 'zh' | 'ja' | 'ko', headline: string, body: readonly string[]): string {
  const font = `/F${{ zh: 2, ja: 3, ko: 4 }[language]}`;
  const lines = [`BT ${font} 24 Tf 72 720 Td ${ucs2(headline)} Tj ET`];
  body.forEach((line, i) => lines.push(`BT ${font} 10 Tf 72 ${690 - 13 * i} Td ${ucs2(line)} Tj ET`));
  return lines.join('\n');
}

/** A page with only a drawn box on it: a scan without OCR, as far as text goes. */
export const pictureOnlyPage = '0.5 g 72 72 468 648 re f';
