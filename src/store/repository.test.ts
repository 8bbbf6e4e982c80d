import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_SHARDS, cardOf, type Card, decodeNewest, decodeShard, encodeShard, isCurrentShard, NEWEST_KEY, shardKey } from './cards.js';
import { storyId } from './identity.js';
import { localLock } from './lock.js';
import { SCHEMA_VERSION, STORY_KEY_PREFIX, type SavedStory } from './record.js';
import { createStoryRepository } from './repository.js';
import { memoryStorageArea, type StorageArea } from './storage-area.js';
import { inputOf, storyOf } from './test-stories.js';

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

/** The cards as stored, read shard by shard (not through cards(), which would rebuild what is missing). */
async function storedCards(area: StorageArea, shards = CARD_SHARDS): Promise<Card[]> {
  const raw = await area.get(Array.from({ length: shards }, (_, shard) => shardKey(shard)));
  const cards: Card[] = [];
  for (let shard = 0; shard < shards; shard++) {
    const decoded = decodeShard(raw[shardKey(shard)]);
    if (!decoded) throw new Error(`shard ${shard} missing or unreadable`);
    cards.push(...decoded);
  }
  return cards.sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id));
}

/** The stored newest cards: the first of the stored cards, in order, and their count. */
async function expectNewestInStep(area: StorageArea, shards = CARD_SHARDS): Promise<void> {
  const newest = decodeNewest((await area.get(NEWEST_KEY))[NEWEST_KEY]);
  const cards = await storedCards(area, shards);
  expect(newest?.count).toBe(cards.length);
  expect(newest?.cards).toEqual(cards.slice(0, newest?.cards.length));
}

/** The cards the stories call for: what stored cards must equal. */
async function expectedCards(area: StorageArea): Promise<Card[]> {
  const stories = unwrap(await createStoryRepository(memoryStorageArea(await area.get(null))).list());
  return stories.map(cardOf);
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

  it('keeps one key per story, and the cards in a fixed set of shard keys', async () => {
    const area = memoryStorageArea();
    const repo = createStoryRepository(area);
    unwrap(await repo.cards());
    const saved = unwrap(await repo.saveMany([flood, rates]));
    const shards = Array.from({ length: CARD_SHARDS }, (_, shard) => shardKey(shard));
    expect([...area.data.keys()].sort()).toEqual([...saved.map((s) => `${STORY_KEY_PREFIX}${s.id}`), ...shards, NEWEST_KEY].sort());
    expect(JSON.parse(area.data.get(`${STORY_KEY_PREFIX}${saved[0]?.id}`) ?? '')).toMatchObject({ v: SCHEMA_VERSION });
  });
});

describe('StoryRepository cards', () => {
  /** Records each set() call's keys. */
  function watchedArea(area: StorageArea & { data: Map<string, string> }) {
    const sets: string[][] = [];
    let fullReads = 0;
    const watched: StorageArea = {
      get: (keys) => { if (keys === null) fullReads++; return area.get(keys); },
      set: (items) => { sets.push(Object.keys(items).sort()); return area.set(items); },
      remove: (keys) => area.remove(keys),
    };
    return { watched, sets, fullReads: () => fullReads };
  }

  it('lists every story’s card, newest first, without the bulky fields', async () => {
    const repo = createStoryRepository(memoryStorageArea(), { now: clock() });
    const saved = [unwrap(await repo.save(flood)), unwrap(await repo.save(rates)), unwrap(await repo.save(sport))];
    const cards = unwrap(await repo.cards());
    expect(cards.map((c) => c.id)).toEqual([...saved].reverse().map((s) => s.id));
    expect(cards[2]).toEqual({ id: saved[0]?.id, savedAt: saved[0]?.savedAt, updatedAt: saved[0]?.updatedAt, site: '示例日报', title: saved[0]?.title, tags: ['防汛'], byline: saved[0]?.byline, publishedTime: saved[0]?.publishedTime, page: null });
  });

  it('keeps the printed page a story was read from, and where it goes on; saving it again from a page that names none keeps its page', async () => {
    const repo = createStoryRepository(memoryStorageArea(), { now: clock() });
    const first = unwrap(await repo.save({ ...inputOf('https://paper.example/content_7.htm', '改造提速', ['重点解决']), page: '第01版：要闻', story: { ...storyOf('改造提速', ['重点解决']), continuesOn: '第4版' } }));
    expect([first.page, first.continuesOn]).toEqual(['第01版：要闻', '第4版']);
    const again = unwrap(await repo.save({ ...inputOf('https://paper.example/content_7.htm', '改造提速', ['重点解决']), story: { ...storyOf('改造提速', ['重点解决']), continuesOn: '第4版' }, note: 'n' }));
    expect([again.id, again.page, again.continuesOn, again.note]).toEqual([first.id, '第01版：要闻', '第4版', 'n']);
    expect(unwrap(await repo.cards())[0]?.page).toBe('第01版：要闻');
  });

  it('keeps the newest cards and the count in one key; cards() writes it where a library has none', async () => {
    const area = memoryStorageArea();
    const repo = createStoryRepository(area, { now: clock() });
    unwrap(await repo.saveMany([flood, rates, sport]));
    await area.remove(NEWEST_KEY); // a library from before it
    expect(unwrap(await repo.newest())).toBeNull();
    const cards = unwrap(await repo.cards());
    expect(unwrap(await repo.newest())).toEqual({ count: 3, cards });
    unwrap(await repo.remove(cards[0]!.id));
    expect(unwrap(await repo.newest())).toEqual({ count: 2, cards: cards.slice(1) });
  });

  it('writes each change to a story and to its card in the same set() call', async () => {
    const area = memoryStorageArea();
    const { watched, sets } = watchedArea(area);
    const repo = createStoryRepository(watched, { now: clock() });
    unwrap(await repo.cards());
    const keysOf = (id: string) => [`${STORY_KEY_PREFIX}${id}`, shardKey(shardOfStored(area, id)), NEWEST_KEY].sort();
    const changes: [string, () => Promise<{ id: string }[]>][] = [
      ['save', async () => [unwrap(await repo.save(flood))]],
      ['update', async () => [unwrap(await repo.update(storyId(flood.url, flood.story), { addTags: ['天气'] }))]],
      ['saveMany', async () => unwrap(await repo.saveMany([rates, sport]))],
      ['import', async () => { const c = { ...unwrap(await repo.get(storyId(rates.url, rates.story)))!, id: 'imported', note: 'n' }; unwrap(await repo.importStories([c])); return [c]; }],
    ];
    for (const [name, change] of changes) {
      sets.length = 0;
      const stories = await change();
      expect(sets, name).toHaveLength(1);
      for (const story of stories) expect(sets[0], name).toEqual(expect.arrayContaining(keysOf(story.id)));
      expect(await storedCards(area), name).toEqual(await expectedCards(area));
      await expectNewestInStep(area);
    }
    const removed = unwrap(await repo.remove('imported'));
    expect(await storedCards(area)).toEqual(await expectedCards(area));
    await expectNewestInStep(area);
    sets.length = 0;
    unwrap(await repo.restore(removed!));
    expect(sets).toEqual([keysOf('imported')]);
    expect(await storedCards(area)).toEqual(await expectedCards(area));
    expect(await storedCards(area)).toHaveLength(4);
  });

  it('rebuilds missing cards from the stories (seeded directly, or saved before cards existed), once', async () => {
    const source = createStoryRepository(memoryStorageArea(), { now: clock() });
    const a = [unwrap(await source.save(flood)), unwrap(await source.save(rates))];
    const area = memoryStorageArea(Object.fromEntries(a.map((story) => [`${STORY_KEY_PREFIX}${story.id}`, { v: SCHEMA_VERSION, story }])));
    const { watched, fullReads } = watchedArea(area);
    const repo = createStoryRepository(watched);
    expect(unwrap(await repo.cards())).toEqual([...a].reverse().map(cardOf));
    expect(fullReads()).toBe(1);
    expect(await storedCards(area)).toEqual(await expectedCards(area));
    unwrap(await repo.cards());
    expect(fullReads()).toBe(1); // read from the shards now
  });

  it('rebuilds shards of another version', async () => {
    const area = memoryStorageArea();
    const repo = createStoryRepository(area, { now: clock() });
    const saved = unwrap(await repo.save(flood));
    unwrap(await repo.cards());
    await area.set({ [shardKey(shardOfStored(area, saved.id))]: { v: 0, cards: [{ id: saved.id }] } });
    expect(unwrap(await repo.cards())).toEqual([cardOf(saved)]);
    expect(await storedCards(area)).toEqual([cardOf(saved)]);
  });

  it('opens from version-2 shards without reading the stories, and rewrites them in this version once', async () => {
    const source = memoryStorageArea();
    const saved = unwrap(await createStoryRepository(source, { now: clock() }).saveMany([flood, rates, sport]));
    unwrap(await createStoryRepository(source).cards());
    // The shards as Broadsheet wrote them before: the same tuples without the printed page, stored as an array.
    const version2 = Object.fromEntries([...source.data].map(([key, json]) => {
      const value = JSON.parse(json) as { v: number; cards: string };
      return [key, key.startsWith(STORY_KEY_PREFIX) ? value : { v: 2, cards: (JSON.parse(value.cards) as unknown[][]).map((card) => card.slice(0, 10)) }];
    }));
    const area = memoryStorageArea(version2);
    const { watched, fullReads, sets } = watchedArea(area);
    const repo = createStoryRepository(watched);
    expect(unwrap(await repo.cards())).toEqual([...saved].sort((a, b) => b.savedAt - a.savedAt).map(cardOf));
    expect(fullReads()).toBe(0);
    const shards = Array.from({ length: CARD_SHARDS }, (_, shard) => shardKey(shard));
    const stored = await area.get(shards);
    expect(shards.every((key) => isCurrentShard(stored[key]))).toBe(true);
    expect(await storedCards(area)).toEqual(await expectedCards(area));
    sets.length = 0;
    unwrap(await repo.cards());
    expect(sets).toEqual([]);
    expect(stored[shardKey(0)]).toEqual(encodeShard(decodeShard(version2[shardKey(0)])!));
  });

  it('list() finds cards out of step with the stories (an older Broadsheet wrote them) and rewrites them', async () => {
    const area = memoryStorageArea();
    const repo = createStoryRepository(area, { now: clock() });
    const [a, b] = unwrap(await repo.saveMany([flood, rates])) as [SavedStory, SavedStory];
    unwrap(await repo.cards());
    // What a version without cards does: story keys only.
    const edited = { ...a, tags: ['改过'], updatedAt: a.updatedAt + 1 };
    const added = { ...b, id: 'added-by-old-version', savedAt: b.savedAt + 1 };
    await area.set({ [`${STORY_KEY_PREFIX}${a.id}`]: { v: SCHEMA_VERSION, story: edited }, [`${STORY_KEY_PREFIX}${added.id}`]: { v: SCHEMA_VERSION, story: added } });
    await area.remove(`${STORY_KEY_PREFIX}${b.id}`);
    expect(unwrap(await repo.list())).toEqual([added, edited]);
    expect(await storedCards(area)).toEqual([cardOf(added), cardOf(edited)]);
    expect(unwrap(await repo.cards())).toEqual([cardOf(added), cardOf(edited)]);
  });

  describe('checkCards', () => {
    it('reads no story where the cards name exactly the stories stored', async () => {
      const area = memoryStorageArea();
      const repo = createStoryRepository(area, { now: clock() });
      unwrap(await repo.saveMany([flood, rates]));
      const cards = unwrap(await repo.cards());
      const read: (string | string[] | null)[] = [];
      const watched: StorageArea = { ...area, get: (keys) => { read.push(keys); return area.get(keys); }, getKeys: area.getKeys?.bind(area) };
      expect(unwrap(await createStoryRepository(watched).checkCards(cards))).toBeNull();
      expect(read).toEqual([]);
    });

    it('rebuilds and stores the cards where a story was saved or deleted behind their back', async () => {
      const area = memoryStorageArea();
      const repo = createStoryRepository(area, { now: clock() });
      const [saved] = unwrap(await repo.saveMany([flood, rates])) as [SavedStory, SavedStory];
      const cards = unwrap(await repo.cards());
      const behind = { ...saved, id: 'saved-by-older-version', savedAt: saved.savedAt + 1 };
      await area.set({ [`${STORY_KEY_PREFIX}${behind.id}`]: { v: SCHEMA_VERSION, story: behind } });
      const mended = unwrap(await repo.checkCards(cards));
      expect(mended?.map((c) => c.id)).toEqual([behind.id, ...cards.map((c) => c.id)]);
      expect(await storedCards(area)).toEqual(await expectedCards(area));
      await area.remove(`${STORY_KEY_PREFIX}${behind.id}`);
      expect(unwrap(await repo.checkCards(mended ?? []))?.map((c) => c.id)).toEqual(cards.map((c) => c.id));
    });

    it('trusts the cards where the storage cannot list its keys', async () => {
      const area = memoryStorageArea();
      unwrap(await createStoryRepository(area, { now: clock() }).save(flood));
      const { getKeys: _, ...withoutKeys } = area;
      expect(unwrap(await createStoryRepository(withoutKeys).checkCards([]))).toBeNull();
    });
  });

  it('fetches stories by id in the order asked, leaving out those no longer saved', async () => {
    const repo = createStoryRepository(memoryStorageArea(), { now: clock() });
    const [a, b] = unwrap(await repo.saveMany([flood, rates])) as [SavedStory, SavedStory];
    expect(unwrap(await repo.getMany([b.id, 'gone', a.id]))).toEqual([b, a]);
  });
});

/** The shard a stored card of this id is in: the one whose key changes when it is saved. */
function shardOfStored(area: { data: Map<string, string> }, id: string): number {
  for (let shard = 0; shard < CARD_SHARDS; shard++) if (area.data.get(shardKey(shard))?.includes(id)) return shard;
  throw new Error(`no card for ${id}`);
}

describe('StoryRepository under concurrent writers', () => {
  /** Every storage call resolves when the scheduler says so: any interleaving of the two pages. */
  function scheduledArea(area: StorageArea, s: fc.Scheduler): StorageArea {
    return {
      get: s.scheduleFunction((keys: string | string[] | null) => area.get(keys)),
      set: s.scheduleFunction((items: Record<string, unknown>) => area.set(items)),
      remove: s.scheduleFunction((keys: string | string[]) => area.remove(keys)),
    };
  }

  it('loses no update, to a story or to the cards, when the popup and the notes page write at once (shared Web Lock)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        const area = memoryStorageArea();
        // One shard: every write rewrites the same cards key, the worst case for lost updates.
        const setup = createStoryRepository(area, { cardShards: 1 });
        const seeded = unwrap(await setup.save(flood));
        const doomed = unwrap(await setup.save(inputOf('https://news.example.com/old', 'Old news', ['Gone soon.'])));
        unwrap(await setup.cards());
        const lock = localLock(); // stands for navigator.locks, which spans the extension's pages
        const popup = createStoryRepository(scheduledArea(area, s), { lock, now: clock(5_000), cardShards: 1 });
        const notes = createStoryRepository(scheduledArea(area, s), { lock, now: clock(9_000), cardShards: 1 });
        const imported = { ...seeded, id: 'imported', tags: ['import'] };
        const results = await s.waitFor(
          Promise.all([
            popup.update(seeded.id, { addTags: ['popup'] }),
            notes.update(seeded.id, { addTags: ['notes'] }),
            notes.update(seeded.id, { note: 'from the notes page' }),
            popup.save({ ...flood, tags: undefined, summary: 'from the popup' }),
            popup.save(rates),
            notes.save(sport),
            notes.remove(doomed.id),
            popup.importStories([imported]),
          ]),
        );
        expect(results.every((r) => r.ok)).toBe(true);
        const cards = await storedCards(area, 1); // before list(), which would mend them
        await expectNewestInStep(area, 1);
        const stories = unwrap(await createStoryRepository(area, { cardShards: 1 }).list());
        expect(stories).toHaveLength(4);
        const first = stories.find((x) => x.id === seeded.id);
        expect(new Set(first?.tags)).toEqual(new Set(['防汛', 'popup', 'notes']));
        expect(first).toMatchObject({ note: 'from the notes page', summary: 'from the popup', savedAt: seeded.savedAt });
        expect(cards).toEqual(stories.map(cardOf));
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

  it('reports a full storage in words and leaves what was saved, and its cards, intact', async () => {
    const area = memoryStorageArea();
    const saved = unwrap(await createStoryRepository(area).save(flood));
    unwrap(await createStoryRepository(area).cards());
    const before = new Map(area.data);
    const repo = createStoryRepository(failingArea(area, 'QUOTA_BYTES quota exceeded'));
    for (const result of [await repo.save(rates), await repo.save({ ...flood, note: 'x' }), await repo.update(saved.id, { note: 'y' })]) {
      expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/storage for Broadsheet is full.*Nothing already saved was lost/) });
    }
    expect(await repo.remove(saved.id)).toMatchObject({ ok: false, error: expect.stringMatching(/^Could not delete/) });
    expect(area.data).toEqual(before);
    expect(unwrap(await repo.list())).toEqual([saved]);
    expect(unwrap(await repo.cards())).toEqual([cardOf(saved)]);
  });

  it('still opens the library when rebuilding the cards cannot be written', async () => {
    const area = memoryStorageArea();
    const saved = unwrap(await createStoryRepository(area).save(flood));
    const repo = createStoryRepository(failingArea(area, 'QUOTA_BYTES quota exceeded'));
    expect(unwrap(await repo.cards())).toEqual([cardOf(saved)]);
    expect(unwrap(await repo.list())).toEqual([saved]);
  });

  it('a card left behind when a delete could not update it is dropped by the next list()', async () => {
    const area = memoryStorageArea();
    const repo = createStoryRepository(area);
    const saved = unwrap(await repo.save(flood));
    unwrap(await repo.cards());
    const setFails: StorageArea = { ...area, set: async () => Promise.reject(new Error('IO error')) };
    expect(unwrap(await createStoryRepository(setFails).remove(saved.id))).toEqual(saved);
    expect(await storedCards(area)).toEqual([cardOf(saved)]);
    expect(unwrap(await repo.list())).toEqual([]);
    expect(await storedCards(area)).toEqual([]);
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

describe('a save of a story edited from its saved copy', () => {
  it('applies what the reader changed to the record as it is: an edit made elsewhere meanwhile stays', async () => {
    const repo = createStoryRepository(memoryStorageArea(), { lock: localLock(), now: clock() });
    const first = await repo.save({ ...flood, tags: ['防汛', '城市'], summary: '', note: '' });
    if (!first.ok) throw new Error(first.error);
    const seen = { tags: first.value.tags, summary: first.value.summary, note: first.value.note };
    // The notes page adds a tag and writes a note meanwhile.
    await repo.update(first.value.id, { addTags: ['暴雨'], note: '对比去年' });
    // The popup, still showing the copy it read, removes a tag and writes the summary.
    const saved = await repo.save({ ...flood, tags: ['防汛'], summary: '市政府部署防汛。', note: '', editedFrom: seen });
    expect(saved.ok && saved.value).toMatchObject({ tags: ['防汛', '暴雨'], summary: '市政府部署防汛。', note: '对比去年' });
    // Without editedFrom the values given are the record's (a first save, or an old caller).
    const plain = await repo.save({ ...flood, tags: ['防汛'], summary: '', note: '' });
    expect(plain.ok && plain.value).toMatchObject({ tags: ['防汛'], summary: '', note: '' });
  });
});
