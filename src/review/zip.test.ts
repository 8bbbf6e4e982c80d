import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unzip } from '../../tests/unzip.js';
import { crc32, zipFiles } from './zip.js';

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
