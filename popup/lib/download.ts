/** Text and bytes held in JavaScript before they are handed to the browser as one part of the file (a Blob). */
const PART_CHARS = 1 << 20;

/**
 * Hands a file to the browser's own download flow (export is the reader's choice, and needs no permission), made
 * from its chunks as they come: every megabyte or so becomes a Blob of its own, which the browser may keep outside
 * this page's heap, and the file is those Blobs; nothing joins the chunks into one string or array. Text is written
 * as UTF-8, so a text type says so (`text/csv;charset=utf-8`).
 */
export async function downloadChunks(name: string, chunks: AsyncIterable<string | Uint8Array<ArrayBuffer>>, type: string): Promise<void> {
  const parts: Blob[] = [];
  let pending: (string | Uint8Array<ArrayBuffer>)[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size < PART_CHARS) continue;
    parts.push(new Blob(pending));
    pending = [];
    size = 0;
  }
  parts.push(new Blob(pending));
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Only web pages are opened from a saved story; an imported `javascript:` or `data:` URL is shown, never followed. */
export const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);
