/**
 * What the notes page holds of the library while it opens: first the cards (order, count, filters)
 * with the stories on screen fetched by id, then every story, then the search index. Changes from
 * other pages (the change feed) land in whichever of these exist, and are remembered until the
 * later ones are read, so a save made while the page opens is not lost to a read that began before it.
 */
import { cardOf, newestFirst, type Card } from '../../src/store/cards.js';
import type { SavedStory } from '../../src/store/record.js';
import type { SearchIndex } from '../../src/review/search.js';

export interface Shelf {
  /** Newest first, until every story is read (then null). */
  cards: Card[] | null;
  /** Every story once `complete`; before that, those fetched for display. */
  stories: Map<string, SavedStory>;
  complete: boolean;
  index: SearchIndex | null;
  /** Changes seen before every story was read (null: deleted), put over what that read returns. */
  early: Map<string, SavedStory | null>;
  /** Ids changed before the index was ready, brought up to date in it once built. */
  pending: Set<string>;
}

export function emptyShelf(): Shelf {
  return { cards: null, stories: new Map(), complete: false, index: null, early: new Map(), pending: new Set() };
}

/** One story saved (or edited) elsewhere, or deleted (null). */
export function applyChange(shelf: Shelf, id: string, story: SavedStory | null): void {
  if (story) shelf.stories.set(id, story); else shelf.stories.delete(id);
  if (shelf.cards) shelf.cards = withCard(shelf.cards, id, story);
  if (!shelf.complete) shelf.early.set(id, story);
  if (!shelf.index) shelf.pending.add(id);
  else if (story) shelf.index.upsert(story);
  else shelf.index.remove(id);
}

/** The first read done: the cards, with the changes seen while they were read, and the stories fetched for them. */
export function showCards(shelf: Shelf, cards: readonly Card[], fetched: readonly SavedStory[]): void {
  let shown = [...cards];
  for (const [id, story] of shelf.early) shown = withCard(shown, id, story);
  shelf.cards = shown;
  addFetched(shelf, fetched);
}

/** Stories fetched by id for display; a copy the change feed brought meanwhile is newer and stays. */
export function addFetched(shelf: Shelf, fetched: readonly SavedStory[]): void {
  for (const story of fetched) if (!shelf.early.has(story.id)) shelf.stories.set(story.id, story);
}

/** Every story read: it replaces the cards, with the changes seen while it was read put over it. */
export function completeShelf(shelf: Shelf, stories: readonly SavedStory[]): void {
  shelf.stories = new Map(stories.map((s) => [s.id, s]));
  for (const [id, story] of shelf.early) if (story) shelf.stories.set(id, story); else shelf.stories.delete(id);
  shelf.early.clear();
  shelf.cards = null;
  shelf.complete = true;
}

/** The index built from the stories as they were: brought up to date with what changed meanwhile. */
export function indexReady(shelf: Shelf, index: SearchIndex): void {
  for (const id of shelf.pending) {
    const story = shelf.stories.get(id);
    if (story) index.upsert(story); else index.remove(id);
  }
  shelf.pending.clear();
  shelf.index = index;
}

function withCard(cards: readonly Card[], id: string, story: SavedStory | null): Card[] {
  const rest = cards.filter((c) => c.id !== id);
  return story ? [...rest, cardOf(story)].sort(newestFirst) : rest;
}
