/** Test helper: a ZIP export's bytes, joined from its chunks, and its files read back by fflate, in archive order. */
import { unzipSync } from 'fflate';

export async function bytesOf(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** In the central directory's order; names are read as UTF-8 only where the archive flags them so, as unzip tools read them. */
export function unzip(archive: Uint8Array): { name: string; content: string }[] {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const order: string[] = [];
  const files = unzipSync(archive, { filter: ({ name }) => order.push(name) > 0 });
  return order.map((name) => ({ name, content: decoder.decode(files[name]) }));
}
