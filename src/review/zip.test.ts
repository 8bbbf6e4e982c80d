import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, zipFiles } from './zip.js';

/** Reads a stored-only archive back through its central directory, checking every header and CRC. */
function unzip(archive: Uint8Array): { name: string; content: string; flags: number }[] {
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

describe('zipFiles', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('stores files with UTF-8 names that read back exactly', () => {
    const files = [
      { name: '2024-07-07 市政府部署防汛工作.md', content: '# 市政府部署防汛工作\n' },
      { name: 'English.md', content: '' },
    ];
    const read = unzip(zipFiles(files, new Date('2024-07-07T10:00:00Z')));
    expect(read.map(({ name, content }) => ({ name, content }))).toEqual(files);
    expect(read.every((f) => f.flags & 0x0800)).toBe(true);
  });

  it('round-trips any set of files (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.string({ minLength: 1, unit: 'grapheme' }), content: fc.string({ unit: 'grapheme' }) }), { maxLength: 5 }), (files) => {
        expect(unzip(zipFiles(files)).map(({ name, content }) => ({ name, content }))).toEqual(files);
      }),
    );
  });

  it('makes an empty archive for no files', () => {
    expect(zipFiles([])).toHaveLength(22);
  });
});
