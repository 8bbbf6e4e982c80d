import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftStore, DRAFT_MAX_AGE_MS, DRAFT_VERSION } from './drafts.js';
import { memoryStorageArea } from './storage-area.js';

const typed = { tags: ['flooding'], summary: 'Council funds the wall.', note: 'Follow up in May.', basedOn: null };
const NOW = Date.parse('2026-12-04T12:00:00Z');

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('draft store', () => {
  it('writes once after the typing pauses, the latest text only', async () => {
    const area = memoryStorageArea();
    const set = vi.spyOn(area, 'set');
    const drafts = createDraftStore(area, { delayMs: 300 });
    drafts.keep('a', { ...typed, note: 'F' });
    await vi.advanceTimersByTimeAsync(200);
    drafts.keep('a', typed);
    await vi.advanceTimersByTimeAsync(200);
    expect(set).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(set).toHaveBeenCalledTimes(1);
    expect(JSON.parse(area.data.get('draft:a')!)).toEqual({ v: DRAFT_VERSION, ...typed, updatedAt: NOW + 200 });
  });

  it('restores what was kept, in a store opened later (the popup reopened)', async () => {
    const area = memoryStorageArea();
    const first = createDraftStore(area);
    first.keep('a', typed);
    first.keep('b', { ...typed, basedOn: NOW - 1000 });
    expect(await first.flush()).toEqual({ ok: true, value: undefined });
    const restored = await createDraftStore(area).read(['a', 'b', 'c']);
    expect(restored.ok && [...restored.value]).toEqual([['a', { ...typed, updatedAt: NOW }], ['b', { ...typed, basedOn: NOW - 1000, updatedAt: NOW }]]);
  });

  it('clear removes the stored draft and drops a pending write, leaving other stories’ drafts', async () => {
    const area = memoryStorageArea();
    const drafts = createDraftStore(area, { delayMs: 300 });
    drafts.keep('a', typed);
    drafts.keep('b', typed);
    await drafts.flush();
    drafts.keep('a', { ...typed, note: 'typed just before Save' });
    expect(await drafts.clear(['a'])).toEqual({ ok: true, value: undefined });
    await vi.advanceTimersByTimeAsync(1000);
    expect([...area.data.keys()]).toEqual(['draft:b']);
  });

  it('ignores and removes stale, malformed and other-version records', async () => {
    const stored = { v: DRAFT_VERSION, ...typed, updatedAt: NOW };
    const area = memoryStorageArea({
      'draft:stale': { ...stored, updatedAt: NOW - DRAFT_MAX_AGE_MS - 1 },
      'draft:text': 'not a draft',
      'draft:tags': { ...stored, tags: 'flooding' },
      'draft:time': { ...stored, updatedAt: 'yesterday' },
      'draft:newer': { ...stored, v: DRAFT_VERSION + 1 },
      'draft:good': stored,
    });
    const read = await createDraftStore(area).read(['stale', 'text', 'tags', 'time', 'newer', 'good']);
    expect(read.ok && [...read.value.keys()]).toEqual(['good']);
    expect([...area.data.keys()]).toEqual(['draft:good']);
  });

  it('a failed write comes back as an error in the reader’s language, not a throw', async () => {
    const area = memoryStorageArea();
    area.set = async () => { throw new Error('QUOTA_BYTES quota exceeded'); };
    const drafts = createDraftStore(area);
    drafts.keep('a', typed);
    const result = await drafts.flush();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/full/);
  });
});
