import { describe, expect, it } from 'vitest';
import { cardOf } from '../../src/store/cards.js';
import { SearchIndex } from '../../src/review/search.js';
import { savedStory } from '../../src/store/test-stories.js';
import { applyChange, completeShelf, emptyShelf, indexReady, showCards } from './notes-shelf.js';

const older = savedStory({ headline: 'Older', savedAt: 1_000 });
const newer = savedStory({ headline: 'Newer', savedAt: 2_000 });
const newest = savedStory({ headline: 'Newest flood', savedAt: 3_000 });

describe('the notes page shelf', () => {
  it('keeps the cards in order as stories are saved and deleted elsewhere, before every story is read', () => {
    const shelf = emptyShelf();
    showCards(shelf, [newer, older].map(cardOf), [newer]);
    applyChange(shelf, newest.id, newest);
    applyChange(shelf, older.id, null);
    expect(shelf.cards?.map((c) => c.id)).toEqual([newest.id, newer.id]);
    expect([...shelf.stories.keys()].sort()).toEqual([newer.id, newest.id].sort());
  });

  it('puts changes seen while the cards or the stories were read over what those reads returned', () => {
    const shelf = emptyShelf();
    applyChange(shelf, newest.id, newest); // before the cards arrive
    showCards(shelf, [newer, older].map(cardOf), [newer, older]);
    expect(shelf.cards?.map((c) => c.id)).toEqual([newest.id, newer.id, older.id]);
    applyChange(shelf, older.id, null);
    completeShelf(shelf, [newer, older]); // read before the save and the delete
    expect(shelf.cards).toBeNull();
    expect([...shelf.stories.keys()].sort()).toEqual([newer.id, newest.id].sort());
  });

  it('brings the search index up to date with what changed while it was built', () => {
    const shelf = emptyShelf();
    completeShelf(shelf, [newer, older]);
    const index = SearchIndex.build([newer, older]);
    applyChange(shelf, newest.id, newest);
    applyChange(shelf, older.id, null);
    indexReady(shelf, index);
    expect(index.search({ text: 'flood' })).toEqual([newest.id]);
    expect(index.search({ text: 'older' })).toEqual([]);
    applyChange(shelf, newer.id, null); // once ready, changes go straight in
    expect(index.search({ text: 'newer' })).toEqual([]);
  });
});
