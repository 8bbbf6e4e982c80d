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
  applyChanges(shelf, [[id, story]]);
}

/**
 * Stories saved, edited or deleted (null) elsewhere, as one change event brings them: the cards are put in order
 * once for them all (an import of thousands writes them hundreds at a time), not once per story.
 */
export function applyChanges(shelf: Shelf, changes: ReadonlyArray<readonly [string, SavedStory | null]>): void {
  for (const [id, story] of changes) {
    if (story) shelf.stories.set(id, story); else shelf.stories.delete(id);
    if (!shelf.cards) shelf.early.set(id, story);
    if (shelf.index) shelf.index.apply(id, story);
    else shelf.pending.add(id);
  }
  if (shelf.cards) shelf.cards = withCards(shelf.cards, changes);
}

/** The cards read, with the changes seen while they were read, and the stories fetched for them. */
export function showCards(shelf: Shelf, cards: readonly Card[], fetched: readonly SavedStory[]): void {
  shelf.cards = withCards(cards, [...shelf.early]);
  shelf.early.clear();
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

/**
 * The cards with the changed stories' put in their places (or taken out), the last change to a story counting: one
 * pass over the cards and a merge with the new ones in order, not a pass per story. A new card goes before the cards
 * that order as its equals.
 */
function withCards(cards: readonly Card[], changes: ReadonlyArray<readonly [string, SavedStory | null]>): Card[] {
  const last = new Map(changes);
  const kept = cards.filter((c) => !last.has(c.id));
  const added = [...last.values()].filter((s): s is SavedStory => s !== null).map(cardOf).sort(newestFirst);
  if (!added.length) return kept;
  const out: Card[] = [];
  let i = 0, j = 0;
  while (i < kept.length || j < added.length) {
    if (j >= added.length || (i < kept.length && newestFirst(kept[i]!, added[j]!) < 0)) out.push(kept[i++]!);
    else out.push(added[j++]!);
  }
  return out;
}
