import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storyId } from './identity.js';
import { localLock } from './lock.js';
import { SCHEMA_VERSION, STORY_KEY_PREFIX, type SavedStory } from './record.js';
import { createStoryRepository } from './repository.js';
import { memoryStorageArea, type StorageArea } from './storage-area.js';
import { inputOf } from './test-stories.js';

const flood = inputOf('https://news.example.cn/a?utm_source=rss', '市政府部署防汛工作', ['本报讯 市政府召开防汛工作会议。'], {
  site: '示例日报',
  tags: ['防汛'],
});
const rates = inputOf('https://news.example.com/fed', 'Fed raises rates', ['The Federal Reserve raised rates.']);
const sport = inputOf('https://news.example.com/sport', 'Cup final tonight', ['The final starts at eight.']);

function clock(start = 1_000) {
  let t = start;
  return () => (t += 1000);
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('StoryRepository', () => {
  it('saves a story and lists it with its identity, page and annotations', async () => {
    const repo = createStoryRepository(memoryStorageArea(), { now: clock() });
    const saved = unwrap(await repo.save(flood));
    expect(saved).toMatchObject({
      id: storyId(flood.url, flood.story),
      url: flood.url,
      site: '示例日报',
      title: { headline: '市政府部署防汛工作', kicker: null, subheadline: null },
      tags: ['防汛'],
      summary: '',
      note: '',
    });
    expect(unwrap(await repo.list())).toEqual([saved]);
  });

  it('updates instead of duplicating when the same story is saved again', async () => {
    const repo = createStoryRepository(memoryStorageArea(), { now: clock() });
    const first = unwrap(await repo.save(flood));
    const again = unwrap(await repo.save({ ...flood, url: 'https://news.example.cn/a#comments', tags: undefined, summary: '会议部署防汛。' }));
    expect(again.id).toBe(first.id);
    expect(again.savedAt).toBe(first.savedAt);
    expect(again.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(again.tags).toEqual(['防汛']);
    expect(again.summary).toBe('会议部署防汛。');
    expect(unwrap(await repo.list())).toHaveLength(1);
  });

  it('takes the host name as the site when the page gave none', async () => {
    const repo = createStoryRepository(memoryStorageArea());
    expect(unwrap(await repo.save(inputOf('https://www.example.org/x', 'T', ['P.']))).site).toBe('example.org');
  });

  it('lists newest saved first and tells which stories of a page are saved', async () => {
    const repo = createStoryRepository(memoryStorageArea(), { now: clock() });
    for (const input of [flood, rates, sport, flood]) unwrap(await repo.save(input));
    // Saving again updates; the first save date decides the place.
    expect(unwrap(await repo.list()).map((s) => s.title.headline)).toEqual(['Cup final tonight', 'Fed raises rates', '市政府部署防汛工作']);
    const found = unwrap(await repo.findSaved([rates, inputOf('https://news.example.com/fed', 'Unsaved', ['x'])]));
    expect(found.map((s) => s?.title.headline ?? null)).toEqual(['Fed raises rates', null]);
  });

  it('edits tags, summary and note by patch', async () => {
    const repo = createStoryRepository(memoryStorageArea(), { now: clock() });
    const { id } = unwrap(await repo.save(flood));
    unwrap(await repo.update(id, { addTags: ['天气', '防汛'], note: '要跟进' }));
    const edited = unwrap(await repo.update(id, { removeTags: ['防汛'], summary: '摘要' }));
    expect(edited).toMatchObject({ tags: ['天气'], note: '要跟进', summary: '摘要' });
    expect(unwrap(await repo.get(id))).toEqual(edited);
    expect(await repo.update('missing', { note: 'x' })).toMatchObject({ ok: false, error: expect.stringMatching(/no longer saved/) });
  });

  it('deletes and restores (undo) a story as it was', async () => {
    const repo = createStoryRepository(memoryStorageArea(), { now: clock() });
    const saved = unwrap(await repo.save(flood));
    const removed = unwrap(await repo.remove(saved.id));
    expect(removed).toEqual(saved);
    expect(unwrap(await repo.list())).toEqual([]);
    expect(unwrap(await repo.restore(saved))).toEqual(saved);
    expect(unwrap(await repo.list())).toEqual([saved]);
    expect(unwrap(await repo.remove('missing'))).toBeNull();
  });

  it('keeps one key per story and no index to fight over', async () => {
    const area = memoryStorageArea();
    const repo = createStoryRepository(area);
    const saved = unwrap(await repo.saveMany([flood, rates]));
    expect([...area.data.keys()].sort()).toEqual(saved.map((s) => `${STORY_KEY_PREFIX}${s.id}`).sort());
    expect(JSON.parse(area.data.get(`${STORY_KEY_PREFIX}${saved[0]?.id}`) ?? '')).toMatchObject({ v: SCHEMA_VERSION });
  });
});

describe('StoryRepository under concurrent writers', () => {
  /** Every storage call resolves when the scheduler says so: any interleaving of the two pages. */
  function scheduledArea(area: StorageArea, s: fc.Scheduler): StorageArea {
    return {
      get: s.scheduleFunction((keys: string | string[] | null) => area.get(keys)),
      set: s.scheduleFunction((items: Record<string, unknown>) => area.set(items)),
      remove: s.scheduleFunction((keys: string | string[]) => area.remove(keys)),
    };
  }

  it('loses no update when the popup and the notes page write at once (shared Web Lock)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        const area = memoryStorageArea();
        const seeded = unwrap(await createStoryRepository(area).save(flood));
        const lock = localLock(); // stands for navigator.locks, which spans the extension's pages
        const popup = createStoryRepository(scheduledArea(area, s), { lock, now: clock(5_000) });
        const notes = createStoryRepository(scheduledArea(area, s), { lock, now: clock(9_000) });
        const results = await s.waitFor(
          Promise.all([
            popup.update(seeded.id, { addTags: ['popup'] }),
            notes.update(seeded.id, { addTags: ['notes'] }),
            notes.update(seeded.id, { note: 'from the notes page' }),
            popup.save({ ...flood, tags: undefined, summary: 'from the popup' }),
            popup.save(rates),
            notes.save(sport),
          ]),
        );
        expect(results.every((r) => r.ok)).toBe(true);
        const stories = unwrap(await createStoryRepository(area).list());
        expect(stories).toHaveLength(3);
        const first = stories.find((x) => x.id === seeded.id);
        expect(new Set(first?.tags)).toEqual(new Set(['防汛', 'popup', 'notes']));
        expect(first).toMatchObject({ note: 'from the notes page', summary: 'from the popup', savedAt: seeded.savedAt });
      }),
      { numRuns: 60 },
    );
  });

  it('keeps different stories saved at once even without a shared lock (one key per story)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        const area = memoryStorageArea();
        const popup = createStoryRepository(scheduledArea(area, s), { lock: localLock() });
        const notes = createStoryRepository(scheduledArea(area, s), { lock: localLock() });
        await s.waitFor(Promise.all([popup.save(flood), notes.save(rates), popup.save(sport)]));
        expect(unwrap(await createStoryRepository(area).list())).toHaveLength(3);
      }),
      { numRuns: 40 },
    );
  });
});

describe('StoryRepository when storage fails', () => {
  function failingArea(area: StorageArea, message: string): StorageArea {
    return { ...area, set: async () => Promise.reject(new Error(message)), remove: async () => Promise.reject(new Error(message)) };
  }

  it('reports a full storage in words and leaves what was saved intact', async () => {
    const area = memoryStorageArea();
    const saved = unwrap(await createStoryRepository(area).save(flood));
    const before = new Map(area.data);
    const repo = createStoryRepository(failingArea(area, 'QUOTA_BYTES quota exceeded'));
    for (const result of [await repo.save(rates), await repo.save({ ...flood, note: 'x' }), await repo.update(saved.id, { note: 'y' })]) {
      expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/storage for Broadsheet is full.*Nothing already saved was lost/) });
    }
    expect(await repo.remove(saved.id)).toMatchObject({ ok: false, error: expect.stringMatching(/^Could not delete/) });
    expect(area.data).toEqual(before);
    expect(unwrap(await repo.list())).toEqual([saved]);
  });

  it('speaks the reader’s language', async () => {
    const area = memoryStorageArea();
    const repo = createStoryRepository(failingArea(area, 'QUOTA_BYTES quota exceeded'), { locale: 'zh' });
    expect(await repo.save(flood)).toEqual({ ok: false, error: expect.stringMatching(/^无法保存：浏览器为 Broadsheet 提供的存储空间已满/) });
    expect(await createStoryRepository(area, { locale: 'zh' }).update('missing', { note: 'x' })).toEqual({ ok: false, error: '无法保存：这篇文章已在别处被删除。' });
  });

  it('reports other storage errors, and read errors, without throwing', async () => {
    const area = memoryStorageArea();
    expect(await createStoryRepository(failingArea(area, 'IO error')).save(flood)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/reported an error \(IO error\)/),
    });
    const unreadable: StorageArea = { ...area, get: async () => Promise.reject(new Error('disk gone')) };
    expect(await createStoryRepository(unreadable).list()).toMatchObject({ ok: false, error: expect.stringMatching(/^Could not read/) });
  });

  it('leaves a record written by a newer version alone: not listed, never overwritten', async () => {
    const area = memoryStorageArea();
    const id = storyId(flood.url, flood.story);
    const future = { v: SCHEMA_VERSION + 1, story: { id, shape: 'unknown' } };
    await area.set({ [`${STORY_KEY_PREFIX}${id}`]: future, other: 'not a story' });
    const repo = createStoryRepository(area);
    expect(unwrap(await repo.list())).toEqual([]);
    expect(await repo.save(flood)).toMatchObject({ ok: false, error: expect.stringMatching(/newer version/) });
    expect(await area.get(`${STORY_KEY_PREFIX}${id}`)).toEqual({ [`${STORY_KEY_PREFIX}${id}`]: future });
  });
});

describe('StoryRepository.importStories', () => {
  it('adds new stories, updates older copies, leaves newer or equal ones, never duplicates', async () => {
    const repo = createStoryRepository(memoryStorageArea(), { now: clock() });
    const [a, b] = unwrap(await repo.saveMany([flood, rates])) as [SavedStory, SavedStory];
    const c: SavedStory = { ...a, id: 'c0ffee', note: 'new one' };
    const newerA: SavedStory = { ...a, note: 'edited elsewhere', updatedAt: a.updatedAt + 10_000, savedAt: a.savedAt + 5 };
    const olderB: SavedStory = { ...b, note: 'stale', updatedAt: b.updatedAt - 500 };
    const counts = unwrap(await repo.importStories([newerA, olderB, c, c]));
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 1 });
    const stories = unwrap(await repo.list());
    expect(stories).toHaveLength(3);
    expect(stories.find((s) => s.id === a.id)).toMatchObject({ note: 'edited elsewhere', savedAt: a.savedAt });
    expect(stories.find((s) => s.id === b.id)?.note).toBe('');
    expect(unwrap(await repo.importStories([newerA]))).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });
});
