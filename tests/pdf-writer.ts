/** PDFs written in tests: numbered objects (text or bytes) with a correct cross-reference table. */

/** One object's body: PDF syntax, or raw bytes (a compressed stream). */
export type PdfObject = string | Buffer;

/** Objects 1…n (object 1 the catalog) → a PDF file. */
export function pdfOf(objects: readonly PdfObject[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  let length = parts[0]!.length;
  const push = (part: PdfObject) => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    parts.push(bytes);
    length += bytes.length;
  };
  const offsets = objects.map((body, i) => {
    const at = length;
    push(`${i + 1} 0 obj\n`);
    push(body);
    push('\nendobj\n');
    return at;
  });
  const xref = length;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/** A stream object: its dictionary entries (besides /Length) and its bytes. */
export function streamOf(data: PdfObject, entries = ''): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  return Buffer.concat([Buffer.from(`<< /Length ${bytes.length} ${entries}>>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
}
