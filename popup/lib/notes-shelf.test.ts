import { describe, expect, it } from 'vitest';
import { cardOf } from '../../src/store/cards.js';
import { rebuildStoredSearch, searchCompanion, StoredSearch } from '../../src/review/search-store.js';
import { localLock } from '../../src/store/lock.js';
import { createStoryRepository } from '../../src/store/repository.js';
import { memoryStorageArea } from '../../src/store/storage-area.js';
import { savedStory } from '../../src/store/test-stories.js';
import { addFetched, applyChange, applyChanges, cardsById, emptyShelf, indexReady, showCards, toFetch } from './notes-shelf.js';

const older = savedStory({ headline: 'Older', savedAt: 1_000 });
const newer = savedStory({ headline: 'Newer', savedAt: 2_000 });
const newest = savedStory({ headline: 'Newest flood', savedAt: 3_000 });

describe('the notes page shelf', () => {
  it('keeps the cards in order as stories are saved and deleted elsewhere, before every story is read', () => {
    const shelf = emptyShelf();
    showCards(shelf, [newer, older].map(cardOf), [newer.id], [newer]);
    applyChange(shelf, newest.id, newest);
    applyChange(shelf, older.id, null);
    expect(shelf.cards?.map((c) => c.id)).toEqual([newest.id, newer.id]);
  });

  it('holds only the stories it fetched, kept current: stories saved elsewhere become cards (an import seen by an open page)', () => {
    const shelf = emptyShelf();
    showCards(shelf, [newer].map(cardOf), [newer.id], [newer]);
    const imported = Array.from({ length: 300 }, (_, k) => savedStory({ headline: `Imported ${k}`, savedAt: 5_000 + k }));
    const edited = { ...newer, note: 'Edited elsewhere.', updatedAt: newer.updatedAt + 1 };
    applyChanges(shelf, [...imported.map((s) => [s.id, s] as const), [newer.id, edited] as const]);
    expect(shelf.cards).toHaveLength(301);
    expect([...shelf.stories.values()]).toEqual([edited]);
  });

  it('keeps a change the feed brings while the story is being fetched over the copy the fetch read before it', () => {
    const shelf = emptyShelf();
    showCards(shelf, [newer, older].map(cardOf), [], []);
    expect(toFetch(shelf, [newer.id, older.id, newer.id])).toEqual([newer.id, older.id]);
    expect(toFetch(shelf, [newer.id])).toEqual([]); // asked once
    const edited = { ...newer, note: 'Edited elsewhere.', updatedAt: newer.updatedAt + 1 };
    applyChange(shelf, newer.id, edited);
    addFetched(shelf, [newer.id, older.id], [newer, older]);
    expect(shelf.stories.get(newer.id)).toEqual(edited);
    expect(shelf.stories.get(older.id)).toEqual(older);
    expect(shelf.fetching.size).toBe(0);
  });

  it('puts a batch of changes (an import written hundreds at a time) in the order one change at a time would', () => {
    const stories = Array.from({ length: 40 }, (_, k) => savedStory({ headline: `Story ${k}`, savedAt: 1_000 + ((k * 7) % 13) * 100 }));
    const changes = [
      ...stories.slice(10).map((s) => [s.id, s] as const),
      [stories[3]!.id, null] as const, [stories[12]!.id, null] as const, // a card deleted, a story deleted in the same batch it came in
      [stories[20]!.id, { ...stories[20]!, savedAt: 9_000 }] as const, // saved twice: the last counts
    ];
    const oneByOne = emptyShelf(), batched = emptyShelf();
    for (const shelf of [oneByOne, batched]) showCards(shelf, stories.slice(0, 10).map(cardOf), [], []);
    for (const [id, story] of changes) applyChange(oneByOne, id, story);
    applyChanges(batched, changes);
    expect(batched.cards!.map((c) => c.id)).toEqual(oneByOne.cards!.map((c) => c.id));
    expect(batched.cards![0]!.id).toBe(stories[20]!.id);
    expect(batched.cards!.map((c) => c.id)).not.toContain(stories[12]!.id);
    // The cards by id follow them: each card under its id, nothing else.
    for (const shelf of [oneByOne, batched]) expect(shelf.byId).toEqual(new Map(shelf.cards!.map((c) => [c.id, c])));
  });

  it('keeps the cards by id, made beforehand a batch a turn, with the changes seen while the cards were read', async () => {
    const stories = Array.from({ length: 25_000 }, (_, k) => savedStory({ id: `s${k}`, savedAt: 1_000 + k }));
    const cards = stories.map(cardOf).reverse();
    const shelf = emptyShelf();
    const made = cardsById(cards);
    applyChanges(shelf, [['s7', null], ['late', savedStory({ id: 'late', savedAt: 99_000 })]]); // while it is made
    showCards(shelf, cards, [], [], await made);
    expect(shelf.byId).toEqual(new Map(shelf.cards!.map((c) => [c.id, c])));
    expect(shelf.byId.has('s7')).toBe(false);
    expect(shelf.byId.get('late')?.id).toBe('late');
  });

  it('puts changes seen while the cards were read over what that read returned, and keeps a newer copy over a fetched older one', () => {
    const shelf = emptyShelf();
    applyChange(shelf, newest.id, newest); // before the cards arrive
    applyChange(shelf, older.id, null);
    showCards(shelf, [newer, older].map(cardOf), [newer.id, older.id], [newer, older]);
    expect(shelf.cards?.map((c) => c.id)).toEqual([newest.id, newer.id]);
    const edited = { ...newer, note: 'Edited elsewhere.', updatedAt: newer.updatedAt + 1 };
    applyChange(shelf, newer.id, edited);
    addFetched(shelf, [newer.id], [newer]); // a fetch that began before the edit
    expect(shelf.stories.get(newer.id)).toEqual(edited);
  });

  it('brings the stored search index up to date with what changed while it was opened', async () => {
    const area = memoryStorageArea();
    const lock = localLock();
    const repo = createStoryRepository(area, { lock, companion: searchCompanion });
    await repo.importStories([newer, older]);
    expect((await rebuildStoredSearch(area, { lock })).ok).toBe(true);
    const shelf = emptyShelf();
    showCards(shelf, [newer, older].map(cardOf), [], []);
    const index = await StoredSearch.open({ area, getMany: (ids) => repo.getMany(ids) });
    applyChange(shelf, newest.id, newest); // seen by this page, not yet in what the index read, not held (read when searched)
    await repo.importStories([newest]);
    applyChange(shelf, older.id, null);
    await repo.remove(older.id);
    indexReady(shelf, index!);
    expect([...(await index!.search('flood'))!]).toEqual([newest.id]);
    expect([...(await index!.search('older'))!]).toEqual([]);
    applyChange(shelf, newer.id, null); // once ready, changes go straight in
    expect([...(await index!.search('newer'))!]).toEqual([]);
  });
});
