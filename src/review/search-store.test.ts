import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_SHARDS, shardKey, shardOf } from '../store/cards.js';
import { localLock } from '../store/lock.js';
import type { SavedStory } from '../store/record.js';
import { createStoryRepository } from '../store/repository.js';
import { memoryStorageArea, type StorageArea } from '../store/storage-area.js';
import { savedStory } from '../store/test-stories.js';
import { SearchIndex, searchableText } from './search.js';
import { encodePostings, markPostings, rebuildStoredSearch, SEARCH_META_KEY, SEARCH_VERSION, searchCompanion, StoredSearch } from './search-store.js';
import { foldForSearch, searchPieces } from './search-text.js';

function setup(area = memoryStorageArea()) {
  const lock = localLock();
  const repo = createStoryRepository(area, { lock, companion: searchCompanion });
  const unwrap = async <T>(result: Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<T> => {
    const done = await result;
    if (!done.ok) throw new Error(done.error);
    return done.value;
  };
  const rebuild = (pause?: () => Promise<void>) => unwrap(rebuildStoredSearch(area, { lock, ...(pause ? { pause } : {}) }));
  const open = async () => {
    const search = await StoredSearch.open({ area, getMany: (ids) => repo.getMany(ids), lock });
    if (!search) throw new Error('no stored index');
    return search;
  };
  return { area, lock, repo, unwrap, rebuild, open };
}

const sorted = (ids: Iterable<string> | null) => [...(ids ?? [])].sort();
const PART = 'search:part:';
const partKeys = (area: { data: Map<string, string> }) => [...area.data.keys()].filter((key) => key.startsWith(PART));

/** The index as an older version stored it: its parts under the unnamed keys, each with its build's number; version 2 its ids alone. */
async function asVersion(area: StorageArea & { data: Map<string, string> }, v: 2 | 3): Promise<void> {
  const stored = await area.get([SEARCH_META_KEY, 'search:ids']);
  const { parts: name, ...meta } = stored[SEARCH_META_KEY] as { gen: number; parts: string };
  const named = await area.get(partKeys(area));
  await area.remove(partKeys(area));
  const unnamed = Object.fromEntries(Object.entries(named).map(([key, terms]) => [`${PART}${key.slice(`${PART}${name}:`.length)}`, { gen: meta.gen, terms }]));
  const ids = v === 2 ? { 'search:ids': JSON.stringify(JSON.parse(stored['search:ids'] as string).ids) } : {};
  await area.set({ ...unnamed, ...ids, [SEARCH_META_KEY]: { ...meta, v } });
}

const flood = savedStory({ id: 'flood', headline: '市政府部署防汛工作', paragraphs: ['本报讯 7月7日下午，市政府召开防汛工作会议。'], tags: ['防汛'], savedAt: 3000, updatedAt: 3000 });
const fed = savedStory({ id: 'fed', headline: 'Fed raises interest rates', paragraphs: ['The Federal Reserve raised rates on Wednesday.'], note: 'Follow the bond market', savedAt: 2000, updatedAt: 2000 });
const apart = savedStory({ id: 'apart', headline: '政府工作', paragraphs: ['部署会议，市政。'], savedAt: 1000, updatedAt: 1000 });

describe('the stored search index', () => {
  it('is missing until built; built, it answers Chinese by a character, a pair or a longer run (checked on the text), English by word starts', async () => {
    const { repo, unwrap, rebuild, open } = setup();
    await unwrap(repo.importStories([flood, fed, apart]));
    expect(await StoredSearch.open({ area: setup().area, getMany: async () => ({ ok: true, value: [] }) })).toBeNull();
    await rebuild();
    const search = await open();
    expect(sorted(await search.search('汛'))).toEqual(['flood']);
    expect(sorted(await search.search('政府'))).toEqual(['apart', 'flood']);
    // 市政 and 政府 are both in "apart", but not as 市政府.
    expect(sorted(await search.search('市政府'))).toEqual(['flood']);
    expect(sorted(await search.search('RAIS bond'))).toEqual(['fed']);
    expect(sorted(await search.search('ate'))).toEqual([]); // "rates" holds it, but no word begins with it
    expect(await search.search('  ')).toBeNull();
  });

  it('answers newest saved first, base and changed stories alike, so a page can show the first results before it reads the cards', async () => {
    const { repo, unwrap, rebuild, open } = setup();
    await unwrap(repo.importStories([apart, flood, fed])); // stored in id order: apart, fed, flood (oldest first)
    await rebuild();
    const search = await open();
    expect([...(await search.search('政府')) ?? []]).toEqual(['flood', 'apart']);
    const later = savedStory({ id: 'later', headline: '政府会议', paragraphs: [], savedAt: 2500, updatedAt: 2500 });
    await unwrap(repo.importStories([later]));
    await unwrap(repo.update('apart', { note: '政府' })); // changed, but saved when it was
    expect([...(await (await open()).search('政府')) ?? []]).toEqual(['flood', 'later', 'apart']);
    search.apply('later', later);
    search.apply('apart', (await unwrap(repo.getMany(['apart'])))[0]);
    expect([...(await search.search('政府')) ?? []]).toEqual(['flood', 'later', 'apart']);
  });

  it('sees saves, edits and deletes made after it was built, whether stored before it is opened or seen by the page after', async () => {
    const { repo, unwrap, rebuild, open } = setup();
    await unwrap(repo.importStories([flood, fed]));
    await rebuild();
    await unwrap(repo.update('fed', { note: '防汛 note' }));
    await unwrap(repo.remove('flood'));
    await unwrap(repo.importStories([apart]));
    const search = await open();
    expect(sorted(await search.search('防汛'))).toEqual(['fed']);
    expect(sorted(await search.search('政府'))).toEqual(['apart']);
    const edited = { ...apart, paragraphs: ['Flood walls.'], updatedAt: 5000 };
    search.apply('apart', edited);
    search.apply('fed', null);
    expect(sorted(await search.search('flood'))).toEqual(['apart']);
    expect(sorted(await search.search('防汛'))).toEqual([]);
  });

  it('keeps the changes made while it is rebuilt, and only those, in its record of changes', async () => {
    const { area, repo, unwrap, rebuild, open } = setup();
    await unwrap(repo.importStories([flood, fed]));
    await rebuild();
    await unwrap(repo.update('fed', { note: 'before the rebuild' }));
    let once = true;
    await rebuild(async () => {
      if (once) await unwrap(repo.importStories([apart])); // saved while the stories are read
      once = false;
    });
    const meta = (await area.get(SEARCH_META_KEY))[SEARCH_META_KEY] as { changed: Record<string, number> };
    expect(Object.keys(meta.changed)).toEqual(['apart']);
    const search = await open();
    expect(sorted(await search.search('政府'))).toEqual(['apart', 'flood']);
    expect(sorted(await search.search('before'))).toEqual(['fed']);
  });

  it('stores nothing from a build that another build began after, or that the index was dropped during', async () => {
    const { area, repo, unwrap, rebuild, open } = setup();
    await unwrap(repo.importStories([flood]));
    let inner = true;
    await rebuild(async () => {
      if (!inner) return;
      inner = false;
      await area.set({ 'story:behind': { v: 1, story: { ...fed, id: 'behind' } } }); // written behind the repository's back
      await rebuild(); // a later build, which reads it
    });
    expect(sorted(await (await open()).search('fed'))).toEqual(['behind']);
    await rebuild(async () => { await area.remove(SEARCH_META_KEY); });
    expect(await StoredSearch.open({ area, getMany: (ids) => repo.getMany(ids) })).toBeNull();
  });

  it('is dropped, to be built again, where the cards show stories written behind the repository\'s back', async () => {
    const { area, repo, unwrap, rebuild } = setup();
    await unwrap(repo.importStories([flood]));
    const cards = await unwrap(repo.cards()); // built from the stories
    await rebuild();
    await area.set({ 'story:behind': { v: 1, story: { ...fed, id: 'behind' } } });
    expect(await unwrap(repo.checkCards(cards))).not.toBeNull();
    expect(await StoredSearch.open({ area, getMany: (ids) => repo.getMany(ids) })).toBeNull();
  });

  it('is rebuilt, not read, where it is of another version', async () => {
    const { area, repo, unwrap, rebuild, open } = setup();
    await unwrap(repo.importStories([flood]));
    await rebuild();
    const meta = (await area.get(SEARCH_META_KEY))[SEARCH_META_KEY] as object;
    await area.set({ [SEARCH_META_KEY]: { ...meta, v: SEARCH_VERSION + 1 } });
    expect(await StoredSearch.open({ area, getMany: (ids) => repo.getMany(ids) })).toBeNull();
    await rebuild();
    expect(sorted(await (await open()).search('防汛'))).toEqual(['flood']);
  });

  it('carries an index of version 2 forward without reading the stories: its ids given their saved times from the cards, changes recorded meanwhile kept', async () => {
    const { area, repo, unwrap, rebuild, open } = setup();
    await unwrap(repo.importStories([apart, flood, fed]));
    await unwrap(repo.cards()); // as the notes page that built it read them, writing the newest cards and the count
    await rebuild();
    // Version 2 as it was stored: the same parts, unnamed, the ids alone.
    const meta = (await area.get(SEARCH_META_KEY))[SEARCH_META_KEY] as { gen: number };
    await asVersion(area, 2);
    const later = savedStory({ id: 'later', headline: '政府会议', paragraphs: [], savedAt: 2500, updatedAt: 2500 });
    await unwrap(repo.importStories([later])); // recorded in the version 2 index
    const read: string[] = [];
    const search = await StoredSearch.open({ area, getMany: (ids) => { read.push(...ids); return repo.getMany(ids); }, lock: setup().lock });
    expect([...(await search!.search('政府')) ?? []]).toEqual(['flood', 'later', 'apart']);
    expect(read).toEqual(['later']); // the story changed since, not the library
    const migrated = (await area.get(SEARCH_META_KEY))[SEARCH_META_KEY] as { v: number; gen: number; changed: object };
    expect(migrated).toMatchObject({ v: SEARCH_VERSION, gen: meta.gen, changed: { later: expect.any(Number) }, parts: null });
    expect([...(await (await open()).search('会议')) ?? []]).toEqual(['flood', 'later', 'apart']);
  });

  it('leaves an index of version 2 to be rebuilt where the cards cannot give its saved times', async () => {
    const { area, repo, unwrap, rebuild, open } = setup();
    await unwrap(repo.importStories([flood, fed]));
    await unwrap(repo.cards());
    await rebuild();
    await asVersion(area, 2);
    await area.set({ [shardKey(shardOf('flood', CARD_SHARDS))]: { v: 3, cards: 'unreadable' } });
    expect(await StoredSearch.open({ area, getMany: (ids) => repo.getMany(ids), lock: setup().lock })).toBeNull();
    await rebuild();
    expect([...(await (await open()).search('the')) ?? []]).toEqual(['fed']);
  });

  it('writes postings as ASCII that JSON leaves as it is, one character per small gap, and reads them back', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.nat(200_000), { maxLength: 3000 }), (docs) => {
      const sorted = [...docs].sort((a, b) => a - b);
      const encoded = encodePostings(sorted);
      expect(JSON.stringify(encoded)).toBe(`"${encoded}"`);
      const mask = new Uint8Array(200_001);
      markPostings(encoded, mask);
      expect(mask.reduce<number[]>((found, bit, doc) => (bit ? [...found, doc] : found), [])).toEqual(sorted);
    }), { numRuns: 40 });
    expect(encodePostings([0, 1, 2, 3])).toHaveLength(4);
  });

  it('answers like the in-memory index through any sequence of saves, edits, deletes and rebuilds', async () => {
    const text = fc.array(fc.constantFrom('中', '国', '人', '民', 'ab', 'abc', 'b', ' ', 'x'), { maxLength: 8 }).map((p) => p.join(''));
    const op = fc.oneof(
      fc.record({ kind: fc.constant('save' as const), id: fc.integer({ min: 0, max: 5 }), body: text }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ kind: fc.constant('rebuild' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(text, { maxLength: 6 }), fc.array(op, { maxLength: 12 }), fc.array(text, { minLength: 1, maxLength: 4 }), async (initial, ops, queries) => {
        const { repo, unwrap, rebuild, open } = setup();
        const model = new Map<string, SavedStory>();
        let clock = 1;
        const story = (id: string, body: string) => savedStory({ id, headline: null, paragraphs: [body], savedAt: clock, updatedAt: clock++ });
        for (const [i, body] of initial.entries()) model.set(`d${i}`, story(`d${i}`, body));
        await unwrap(repo.importStories([...model.values()]));
        await rebuild();
        for (const o of ops) {
          if (o.kind === 'rebuild') await rebuild();
          else if (o.kind === 'remove') {
            await unwrap(repo.remove(`d${o.id}`));
            model.delete(`d${o.id}`);
          } else {
            const s = story(`d${o.id}`, o.body);
            await unwrap(repo.importStories([s]));
            model.set(s.id, s);
          }
        }
        const search = await open();
        const reference = SearchIndex.build(model.values());
        const newestFirst = (await unwrap(repo.list())).map((s) => s.id);
        for (const q of queries) {
          const expected = q.trim() ? reference.search({ text: q }) : null;
          const found = await search.search(q);
          expect(found === null ? null : [...found]).toEqual(expected === null ? null : newestFirst.filter((id) => expected.includes(id)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('confirms a longer Chinese run on texts it read for the run before it, reading no story twice', async () => {
    const { area, repo, unwrap, rebuild } = setup();
    await unwrap(repo.importStories([flood, fed, apart]));
    await rebuild();
    const read: string[] = [];
    const search = await StoredSearch.open({ area, getMany: (ids) => { read.push(...ids); return repo.getMany(ids); } });
    expect(sorted(await search!.search('市政'))).toEqual(['apart', 'flood']);
    expect(read).toEqual([]); // a pair: the index alone
    expect(sorted(await search!.search('市政府'))).toEqual(['flood']);
    expect(sorted(read)).toEqual(['apart', 'flood']); // the candidates, pairs 市政 and 政府 in both
    expect(sorted(await search!.search('市政府部署'))).toEqual(['flood']);
    expect(sorted(read)).toEqual(['apart', 'flood']);
  });

  it('reads, while two letters are searched, the part the next letter will need', async () => {
    const { area, repo, unwrap, rebuild } = setup();
    await unwrap(repo.importStories([flood, fed, apart]));
    await rebuild();
    const asked: string[] = [];
    const watched: StorageArea = { ...area, get: (keys) => { asked.push(...[keys ?? []].flat()); return area.get(keys); } };
    const search = await StoredSearch.open({ area: watched, getMany: (ids) => repo.getMany(ids) });
    expect(sorted(await search!.search('ra'))).toEqual(['fed']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const before = asked.length;
    expect(sorted(await search!.search('rat'))).toEqual(['fed']);
    expect(asked.slice(before)).toEqual([]);
  });
  it('confirms a long Chinese run in slices, telling the start of its answer first, and ends with the answer of a plain filter over every story', async () => {
    // Few characters, so a run's pairs often stand apart in a story (candidates the text check turns away).
    const han = fc.constantFrom('中', '国', '人', '民');
    const text = fc.array(fc.oneof(han, fc.constantFrom(' ', 'x')), { minLength: 5, maxLength: 30, size: 'max' }).map((p) => p.join(''));
    // A run of three or four characters, confirmed on the texts, and sometimes a shorter piece beside it.
    const query = fc.tuple(fc.array(han, { minLength: 3, maxLength: 4 }), fc.array(han, { maxLength: 2 })).map(([run, other]) => `${run.join('')} ${other.join('')}`);
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 20, maxLength: 150, size: 'max' }), fc.array(fc.record({ id: fc.nat(160), body: text }), { maxLength: 6 }), query, fc.integer({ min: 1, max: 5 }), async (bodies, edits, query, first) => {
        const { repo, unwrap, rebuild, open } = setup();
        let clock = 1;
        const story = (id: string, body: string) => savedStory({ id, headline: null, paragraphs: [body], savedAt: clock, updatedAt: clock++ });
        await unwrap(repo.importStories(bodies.map((body, i) => story(`d${i}`, body))));
        await rebuild();
        for (const edit of edits) await unwrap(repo.importStories([story(`d${edit.id}`, edit.body)])); // changed since the base was built
        const search = await open();
        const pieces = searchPieces(foldForSearch(query));
        const plain = (await unwrap(repo.list())).filter((s) => pieces.every((piece) => searchableText(s).includes(piece.text))).map((s) => s.id);
        const partials: (readonly string[])[] = [];
        let pauses = 0;
        const answer = await search.search(query, { sliceMs: 0, first, pause: async () => { pauses++; }, onPartial: (ids) => partials.push([...ids]) });
        expect(answer).toEqual(plain);
        for (const partial of partials) expect(answer?.slice(0, partial.length)).toEqual(partial);
        if ((answer?.length ?? 0) > first) {
          expect(partials[0]?.length).toBeGreaterThanOrEqual(first); // told before the whole answer was known
          expect(pauses).toBeGreaterThan(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('stops confirming a run the reader typed past: no more stories read, and the answer never given', async () => {
    const { area, repo, unwrap, rebuild } = setup();
    await unwrap(repo.importStories(Array.from({ length: 1200 }, (_, i) => savedStory({ id: `s${i}`, headline: null, paragraphs: ['市政府工作会议'], savedAt: i + 1, updatedAt: i + 1 }))));
    await rebuild();
    const read: string[] = [];
    const search = await StoredSearch.open({ area, getMany: (ids) => { read.push(...ids); return repo.getMany(ids); } });
    const typing = new AbortController();
    const partials: (readonly string[])[] = [];
    const answer = search!.search('市政府', { signal: typing.signal, first: 10, onPartial: (ids) => { partials.push(ids); typing.abort(); } });
    await expect(answer).rejects.toThrow(/abort/i);
    expect(partials).toHaveLength(1);
    expect(partials[0]?.slice(0, 3)).toEqual(['s1199', 's1198', 's1197']); // newest first
    const readWhenStopped = read.length;
    expect(readWhenStopped).toBeLessThan(1200 / 2); // the first batches (and those asked ahead), not the library
    // The next run finds the texts read so far in memory and reads only the rest.
    expect(await search!.search('市政府工作')).toHaveLength(1200);
    expect(read.length).toBe(1200);
  });
  it('reads an index of version 3 as it is, its parts unnamed, and a build after it removes them', async () => {
    const { area, repo, unwrap, rebuild, open } = setup();
    await unwrap(repo.importStories([apart, flood, fed]));
    await rebuild();
    await asVersion(area, 3);
    await unwrap(repo.update('fed', { note: '政府' })); // recorded in the version 3 index: still read as such
    expect([...(await (await open()).search('政府')) ?? []]).toEqual(['flood', 'fed', 'apart']);
    expect(partKeys(area).every((key) => /^search:part:\d+$/.test(key))).toBe(true);
    await rebuild();
    expect(partKeys(area).some((key) => /^search:part:\d+$/.test(key))).toBe(false);
    expect([...(await (await open()).search('政府')) ?? []]).toEqual(['flood', 'fed', 'apart']);
  });

  it('stores a build\'s parts a few in each write, under its own name, and removes the parts no index names', async () => {
    const { area, repo, unwrap, open } = setup();
    await unwrap(repo.importStories([apart, flood, fed]));
    const writes: string[][] = [];
    const watched: StorageArea = { ...area, set: (items) => { writes.push(Object.keys(items)); return area.set(items); } };
    const lock = localLock();
    const build = async (pause?: () => Promise<void>) => unwrap(rebuildStoredSearch(watched, { lock, ...(pause ? { pause } : {}) }));
    await area.set({ [`${PART}lefthalfway:3`]: 'a build cut short' });
    await build();
    const first = partKeys(area);
    expect(first).toHaveLength(256);
    const name = ((await area.get(SEARCH_META_KEY))[SEARCH_META_KEY] as { parts: string }).parts;
    expect(first.every((key) => key.startsWith(`${PART}${name}:`))).toBe(true);
    const partWrites = writes.filter((keys) => keys.some((key) => key.startsWith(PART)));
    expect(partWrites.length).toBeGreaterThan(8);
    expect(Math.max(...partWrites.map((keys) => keys.length))).toBeLessThanOrEqual(16);
    // The write that makes it the index holds no part; no index's write holds the meta and a part together.
    expect(partWrites.every((keys) => !keys.includes(SEARCH_META_KEY))).toBe(true);
    // A second build: the first one's parts removed; one overtaken while it writes its parts leaves none behind.
    await build();
    expect(partKeys(area).filter((key) => first.includes(key))).toEqual([]);
    // Where the storage cannot list its keys (nothing swept), the overtaken build removes its own.
    const unlisted: StorageArea = { get: (keys) => watched.get(keys), set: (items) => watched.set(items), remove: (keys) => watched.remove(keys) };
    const buildUnlisted = async (pause?: () => Promise<void>) => unwrap(rebuildStoredSearch(unlisted, { lock, ...(pause ? { pause } : {}) }));
    let pauses = 0;
    const writesBefore = writes.length;
    await buildUnlisted(async () => {
      // Some of its parts written (its pauses: one after reading the stories, one after each write of parts).
      if (++pauses === 4) await buildUnlisted(); // begun later, made the index first
    });
    expect(writes.slice(writesBefore).filter((keys) => keys.some((key) => key.startsWith(PART))).length).toBeGreaterThan(16 + 1); // the later build's 16 and some of the overtaken one's
    const current = ((await area.get(SEARCH_META_KEY))[SEARCH_META_KEY] as { parts: string }).parts;
    expect(partKeys(area)).toHaveLength(256);
    expect(partKeys(area).every((key) => key.startsWith(`${PART}${current}:`))).toBe(true);
    expect(sorted(await (await open()).search('政府'))).toEqual(['apart', 'flood']);
  });
});
