import { describe, expect, it } from 'vitest';
import { memoryStorageArea, type StorageArea } from '../../src/store/storage-area.js';
import { createTabMemory } from './tab-memory.js';

const reading = { stories: ['Bridge reopens', '大桥重新通车'], pages: [1, 4] };

describe('tab memory', () => {
  it('gives back what was kept for the tab at the same address, and nothing for another tab or address', async () => {
    const memory = createTabMemory<typeof reading>(memoryStorageArea());
    await memory.remember(7, 'https://paper.example/a1.pdf', reading);
    expect(await memory.recall(7, 'https://paper.example/a1.pdf')).toEqual(reading);
    expect(await memory.recall(7, 'https://paper.example/a2.pdf')).toBeNull();
    expect(await memory.recall(8, 'https://paper.example/a1.pdf')).toBeNull();
  });

  it('without storage.session keeps nothing and reads as nothing kept', async () => {
    const memory = createTabMemory<typeof reading>(null);
    await memory.remember(7, 'https://paper.example/a1.pdf', reading);
    expect(await memory.recall(7, 'https://paper.example/a1.pdf')).toBeNull();
  });

  it('reads a record of another version, or a malformed one, as nothing kept', async () => {
    const area = memoryStorageArea({ 'tab:7': { v: 0, url: 'u', json: '{}' }, 'tab:8': 'junk', 'tab:9': { v: 1, url: 'u', json: '{not json' } });
    const memory = createTabMemory(area);
    for (const tab of [7, 8, 9]) expect(await memory.recall(tab, 'u')).toBeNull();
  });

  it('over the quota, other tabs’ readings make room; the drafts kept beside them stay', async () => {
    const inner = memoryStorageArea({ 'draft:abc': { tags: [] } });
    const quota = 600;
    const area: StorageArea = {
      ...inner,
      async set(items) {
        const size = [...inner.data.values()].join('').length + JSON.stringify(items).length;
        if (size > quota) throw new Error('QUOTA_BYTES quota exceeded');
        await inner.set(items);
      },
    };
    const memory = createTabMemory<{ text: string }>(area);
    await memory.remember(1, 'a', { text: 'x'.repeat(200) });
    await memory.remember(2, 'b', { text: 'y'.repeat(200) });
    await memory.remember(3, 'c', { text: 'z'.repeat(300) });
    expect(await memory.recall(3, 'c')).toEqual({ text: 'z'.repeat(300) });
    expect(await memory.recall(1, 'a')).toBeNull();
    expect(inner.data.has('draft:abc')).toBe(true);
    // a reading too large even alone is not kept, and does not fail the popup
    await expect(memory.remember(4, 'd', { text: 'w'.repeat(1000) })).resolves.toBeUndefined();
    expect(await memory.recall(4, 'd')).toBeNull();
  });
});
