/**
 * What the notes page holds of the library: the cards (order, count, filters) and only the stories it has
 * fetched by id — the rows on screen and the one in the pane — never the whole library. Changes from other
 * pages (the change feed) land in whichever of these exist: a story saved elsewhere becomes a card, and is kept
 * whole only where this page holds it already (an import of 100,000 stories seen by an open page leaves it
 * holding their cards). Those seen before the cards were read are put over them, and those seen before the stored
 * search index was opened are brought into it once it is (by id: it reads their text when a search needs it).
 */
import { cardOf, newestFirst, type Card, type Newest } from '../../src/store/cards.js';
import type { SavedStory } from '../../src/store/record.js';
import type { StoredSearch } from '../../src/review/search-store.js';
import { nextTurn } from '../../src/core/turn.js';

/** Cards put in the index by id in one turn (a few milliseconds). */
const BY_ID_PER_TURN = 10_000;

export interface Shelf {
  /** Newest first; null until read. */
  cards: Card[] | null;
  /** The same cards by id (empty until read), kept with them: the rows look their cards up here. */
  byId: Map<string, Card>;
  /** Until then, the first cards and the count (one small read): the first screen. */
  newest: Newest | null;
  /** The stories fetched for display, kept current by the change feed. */
  stories: Map<string, SavedStory>;
  /** Ids being fetched: a change the feed brings meanwhile is kept (the fetch may have read the story before it). */
  fetching: Set<string>;
  index: StoredSearch | null;
  /** Changes seen before the cards were read (null: deleted), put over what that read returns. */
  early: Map<string, Card | null>;
  /** Ids changed before the index was ready, brought up to date in it once built. */
  pending: Set<string>;
}

export function emptyShelf(): Shelf {
  return { cards: null, byId: new Map(), newest: null, stories: new Map(), fetching: new Set(), index: null, early: new Map(), pending: new Set() };
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
  const cards: [string, Card | null][] = [];
  for (const [id, story] of changes) {
    if (shelf.stories.has(id) || shelf.fetching.has(id)) {
      if (story) shelf.stories.set(id, story); else shelf.stories.delete(id);
    }
    cards.push([id, story && cardOf(story)]);
    if (shelf.index) shelf.index.apply(id, story);
    else shelf.pending.add(id);
  }
  if (shelf.cards) {
    shelf.cards = withCards(shelf.cards, cards);
    for (const [id, card] of cards) if (card) shelf.byId.set(id, card); else shelf.byId.delete(id);
  } else for (const [id, card] of cards) shelf.early.set(id, card);
}

/** The first cards and the count, read before the cards, and the stories fetched for them. */
export function showNewest(shelf: Shelf, newest: Newest, asked: readonly string[], fetched: readonly SavedStory[]): void {
  shelf.newest = newest;
  addFetched(shelf, asked, fetched);
}

/**
 * The cards read, with the changes seen while they were read, and the stories fetched for them; `byId` the same
 * cards by id where it was made beforehand (cardsById).
 */
export function showCards(shelf: Shelf, cards: readonly Card[], asked: readonly string[], fetched: readonly SavedStory[], byId?: Map<string, Card>): void {
  shelf.byId = byId ?? new Map(cards.map((card) => [card.id, card]));
  for (const [id, card] of shelf.early) if (card) shelf.byId.set(id, card); else shelf.byId.delete(id);
  shelf.cards = withCards(cards, [...shelf.early]);
  shelf.newest = null;
  shelf.early.clear();
  addFetched(shelf, asked, fetched);
}

/** Cards by id, made a batch a turn: at 100,000 cards, in one go (in the render that showed them), it held the page for a fifth of a second. */
export async function cardsById(cards: readonly Card[]): Promise<Map<string, Card>> {
  const byId = new Map<string, Card>();
  for (let at = 0; at < cards.length; at += BY_ID_PER_TURN) {
    if (at) await nextTurn();
    for (const card of cards.slice(at, at + BY_ID_PER_TURN)) byId.set(card.id, card);
  }
  return byId;
}

/** Of these ids, those to fetch for display: neither held nor being fetched. They count as being fetched from here. */
export function toFetch(shelf: Shelf, ids: readonly string[]): string[] {
  const missing = [...new Set(ids)].filter((id) => !shelf.stories.has(id) && !shelf.fetching.has(id));
  for (const id of missing) shelf.fetching.add(id);
  return missing;
}

/** Stories fetched by id for display (the ids asked); a copy the change feed brought meanwhile is as new or newer and stays. */
export function addFetched(shelf: Shelf, asked: readonly string[], fetched: readonly SavedStory[]): void {
  for (const id of asked) shelf.fetching.delete(id);
  for (const story of fetched) {
    const known = shelf.stories.get(story.id);
    if (!known || known.updatedAt < story.updatedAt) shelf.stories.set(story.id, story);
  }
}

/** The stored index opened: told what changed while it was opened (or built). */
export function indexReady(shelf: Shelf, index: StoredSearch): void {
  for (const id of shelf.pending) index.apply(id, shelf.stories.get(id)); // the text of those not held is read when searched
  shelf.pending.clear();
  shelf.index = index;
}

/**
 * The cards with the changed stories' put in their places (or taken out), the last change to a story counting: one
 * pass over the cards and a merge with the new ones in order, not a pass per story. A new card goes before the cards
 * that order as its equals.
 */
function withCards(cards: readonly Card[], changes: ReadonlyArray<readonly [string, Card | null]>): Card[] {
  if (!changes.length) return [...cards];
  const last = new Map(changes);
  const kept = cards.filter((c) => !last.has(c.id));
  const added = [...last.values()].filter((c): c is Card => c !== null).sort(newestFirst);
  if (!added.length) return kept;
  const out: Card[] = [];
  let i = 0, j = 0;
  while (i < kept.length || j < added.length) {
    if (j >= added.length || (i < kept.length && newestFirst(kept[i]!, added[j]!) < 0)) out.push(kept[i++]!);
    else out.push(added[j++]!);
  }
  return out;
}
