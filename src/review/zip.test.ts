import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesOf, unzip } from '../../tests/unzip.js';
import { MAX_ZIP_FILES, zipChunks } from './zip.js';

const zipOf = (files: Iterable<{ name: string; content: string }>) => bytesOf(zipChunks(files, new Date('2024-07-07T10:00:00Z')));

describe('zipChunks', () => {
  it('stores files with UTF-8 names that read back exactly, in order', async () => {
    const files = [
      { name: '2024-07-07 市政府部署防汛工作.md', content: '# 市政府部署防汛工作\n' },
      { name: 'English.md', content: '' },
    ];
    const archive = await zipOf(files);
    expect(unzip(archive)).toEqual(files);
    expect(new DataView(archive.buffer).getUint16(6, true) & 0x0800).toBe(0x0800); // the first name flagged as UTF-8
  });

  it('round-trips any set of files (property)', async () => {
    const files = fc.uniqueArray(fc.record({ name: fc.string({ minLength: 1, unit: 'grapheme' }), content: fc.string({ unit: 'grapheme' }) }), { selector: (f) => f.name, maxLength: 5 });
    await fc.assert(fc.asyncProperty(files, async (list) => {
      expect(unzip(await zipOf(list))).toEqual(list);
    }));
  });

  it('writes the archive a file at a time, as the files come', async () => {
    let pulled = 0;
    async function* files() {
      for (const name of ['a.md', 'b.md']) {
        pulled++;
        yield { name, content: name };
      }
    }
    const chunks = zipChunks(files());
    const first = await chunks.next();
    expect(new TextDecoder().decode((first.value as Uint8Array).subarray(0, 4))).toBe('PK\u0003\u0004');
    expect(pulled).toBe(1);
  });

  it('makes an empty archive for no files', async () => {
    const archive = await zipOf([]);
    expect(archive).toHaveLength(22);
    expect(unzip(archive)).toEqual([]);
  });

  it('refuses a file more than an archive without ZIP64 holds, rather than write a damaged one', async () => {
    function* many() {
      for (let i = 0; i <= MAX_ZIP_FILES; i++) yield { name: `${i}.md`, content: '' };
    }
    await expect(bytesOf(zipChunks(many()))).rejects.toThrow('A ZIP archive holds at most 65,535 files.');
  });
});
