/**
 * What the notes page holds of the library: the cards (order, count, filters) and only the stories it has
 * fetched by id — the rows on screen and the one in the pane — never the whole library. Changes from other
 * pages (the change feed) land in whichever of these exist; those seen before the cards were read are put over
 * them, and those seen before the stored search index was opened are brought into it once it is.
 */
import { cardOf, newestFirst, type Card } from '../../src/store/cards.js';
import type { SavedStory } from '../../src/store/record.js';
import type { StoredSearch } from '../../src/review/search-store.js';

export interface Shelf {
  /** Newest first; null until read. */
  cards: Card[] | null;
  /** The stories fetched for display, and those the change feed brought. */
  stories: Map<string, SavedStory>;
  index: StoredSearch | null;
  /** Changes seen before the cards were read (null: deleted), put over what that read returns. */
  early: Map<string, SavedStory | null>;
  /** Ids changed before the index was ready, brought up to date in it once built. */
  pending: Set<string>;
}

export function emptyShelf(): Shelf {
  return { cards: null, stories: new Map(), index: null, early: new Map(), pending: new Set() };
}

/** One story saved (or edited) elsewhere, or deleted (null). */
export function applyChange(shelf: Shelf, id: string, story: SavedStory | null): void {
  if (story) shelf.stories.set(id, story); else shelf.stories.delete(id);
  if (shelf.cards) shelf.cards = withCard(shelf.cards, id, story);
  else shelf.early.set(id, story);
  if (shelf.index) shelf.index.apply(id, story);
  else shelf.pending.add(id);
}

/** The cards read, with the changes seen while they were read, and the stories fetched for them. */
export function showCards(shelf: Shelf, cards: readonly Card[], fetched: readonly SavedStory[]): void {
  let shown = [...cards];
  for (const [id, story] of shelf.early) shown = withCard(shown, id, story);
  shelf.early.clear();
  shelf.cards = shown;
  addFetched(shelf, fetched);
}

/** Stories fetched by id for display; a copy the change feed brought meanwhile is as new or newer and stays. */
export function addFetched(shelf: Shelf, fetched: readonly SavedStory[]): void {
  for (const story of fetched) {
    const known = shelf.stories.get(story.id);
    if (!known || known.updatedAt < story.updatedAt) shelf.stories.set(story.id, story);
  }
}

/** The stored index opened: told what changed while it was opened (or built). */
export function indexReady(shelf: Shelf, index: StoredSearch): void {
  for (const id of shelf.pending) index.apply(id, shelf.stories.get(id) ?? null);
  shelf.pending.clear();
  shelf.index = index;
}

/** The cards with this story's put in its place (or taken out): a search and a splice, not a sort of them all. */
function withCard(cards: readonly Card[], id: string, story: SavedStory | null): Card[] {
  const next = cards.filter((c) => c.id !== id);
  if (!story) return next;
  const card = cardOf(story);
  let low = 0;
  let high = next.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (newestFirst(next[mid] as Card, card) < 0) low = mid + 1;
    else high = mid;
  }
  next.splice(low, 0, card);
  return next;
}
