import { describe, expect, it } from 'vitest';
import { storyChanges, type StorageChange } from './changes.js';
import { createStoryRepository } from './repository.js';
import { memoryStorageArea, type StorageArea } from './storage-area.js';
import { inputOf } from './test-stories.js';

/** Records what each write changed, in storage.onChanged's shape. */
function observed(area: StorageArea, log: Record<string, StorageChange>[]): StorageArea {
  return {
    get: (keys) => area.get(keys),
    async set(items) {
      const before = await area.get(Object.keys(items));
      await area.set(items);
      log.push(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { oldValue: before[k], newValue: v }])));
    },
    async remove(keys) {
      const before = await area.get(keys);
      await area.remove(keys);
      log.push(Object.fromEntries(Object.entries(before).map(([k, v]) => [k, { oldValue: v }])));
    },
  };
}

describe('storyChanges', () => {
  it('turns storage change events into saved stories and deleted ids', async () => {
    const log: Record<string, StorageChange>[] = [];
    const repo = createStoryRepository(observed(memoryStorageArea(), log));
    const saved = await repo.save(inputOf('https://e.com/a', 'A', ['a.']));
    if (!saved.ok) throw new Error(saved.error);
    await repo.update(saved.value.id, { note: 'n' });
    await repo.remove(saved.value.id);
    const [first, second, third] = log.map(storyChanges);
    expect(first).toEqual({ saved: [saved.value], removed: [] });
    expect(second?.saved[0]?.note).toBe('n');
    expect(third).toEqual({ saved: [], removed: [saved.value.id] });
  });

  it('ignores other keys and records it cannot read', () => {
    expect(storyChanges({ settings: { newValue: 1 }, 'story:x': { newValue: { v: 99, story: {} } } })).toEqual({ saved: [], removed: [] });
  });
});
