/** Test helper: reads a stored-only ZIP archive (what the Markdown export writes) back, checking headers and CRCs. */
import { expect } from 'vitest';
import { crc32 } from '../src/review/zip.js';

export function unzip(archive: Uint8Array): { name: string; content: string; flags: number }[] {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = archive.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const files = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(archive.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const data = archive.subarray(local + 30 + nameLength, local + 30 + nameLength + size);
    expect(crc32(data)).toBe(crc);
    files.push({ name, content: decoder.decode(data), flags: view.getUint16(at + 8, true) });
    at += 46 + nameLength;
  }
  return files;
}
