/**
 * Cards: the few fields of every saved story that the notes page needs before anything else — order,
 * count, tag and site filters — kept beside the stories so the page need not read the whole library
 * (tens of MB at 10 000 stories) before it shows. They are spread over a fixed number of shard keys
 * ("cards:<n>"), so a save rewrites one small shard, not a record of every story. The cards are
 * derived data: the stories stay the truth, and a shard that is missing, unreadable or of another
 * layout makes the whole set of cards be rebuilt from the stories. A shard of the layout before this
 * one is carried forward instead (migrateShard): rebuilding reads the whole library, over a minute at
 * 100 000 stories.
 */
import { isObject, isStringArray, isStringOrNull, isTime } from './decode.js';
import { fnv1a64 } from './identity.js';
import { nextTurn } from '../core/turn.js';
import type { SavedStory, TitleBlock } from './record.js';

export interface Card {
  id: string;
  savedAt: number;
  updatedAt: number;
  site: string | null;
  title: TitleBlock;
  tags: string[];
  /** Shown in the notes list and sorted by before the stories themselves are read. */
  byline: string | null;
  publishedTime: string | null;
  /** The printed page it was read from: shown in the list, and what "group by page" groups an edition's stories by. */
  page: string | null;
}

/**
 * Bumped whenever Card or the shard layout changes: shards of an older version are migrated where a
 * step is known (SHARD_MIGRATIONS), others rebuilt. 3: a shard's cards as one JSON text, each with its
 * printed page.
 */
export const CARDS_VERSION = 3;
export const CARD_SHARDS = 16;
export const CARD_KEY_PREFIX = 'cards:';

/** A card as stored: a tuple, not an object, which halves the bytes to read (no field names 10 000 times). */
type StoredCard = [id: string, savedAt: number, updatedAt: number, site: string | null, kicker: string | null, headline: string | null, subheadline: string | null, tags: string[], byline: string | null, publishedTime: string | null, page: string | null];

/**
 * The stored form of one shard: its cards in id order (so equal shards are equal texts), as one JSON
 * text. storage.local hands a page one string far faster than the same data as a million small values
 * (each turned into the browser's value tree, sent, and made a JavaScript object one by one): at
 * 100 000 stories the 16 shards read in seconds as arrays of tuples.
 */
export interface StoredShard {
  v: number;
  cards: string;
}

/**
 * One step per older layout: SHARD_MIGRATIONS[n] turns the cards of a version-n shard into stored cards
 * of version n + 1. Version 2 kept the tuples as an array, without the printed page (none known then);
 * version 1, without byline and published time, cannot be carried forward: rebuilt.
 */
const SHARD_MIGRATIONS: Readonly<Record<number, (cards: unknown) => unknown>> = {
  2: (cards) => (Array.isArray(cards) ? JSON.stringify(cards.map((card: unknown) => (Array.isArray(card) ? [...card, null] : card))) : null),
};

export const shardKey = (shard: number): string => `${CARD_KEY_PREFIX}${shard}`;

export function shardOf(id: string, shards: number): number {
  return Number.parseInt(fnv1a64(id).slice(-6), 16) % shards;
}

export function cardOf(story: SavedStory): Card {
  const { id, savedAt, updatedAt, site, title, tags, byline, publishedTime, page } = story;
  return { id, savedAt, updatedAt, site, title: { kicker: title.kicker, headline: title.headline, subheadline: title.subheadline }, tags: [...tags], byline, publishedTime, page };
}

export function encodeShard(cards: readonly Card[]): StoredShard {
  return { v: CARDS_VERSION, cards: JSON.stringify([...cards].sort(byId).map(toStored)) };
}

/** Whether a stored value is a shard in this version's layout (else it is migrated or rebuilt before it is relied on). */
export function isCurrentShard(value: unknown): boolean {
  return isObject(value) && value['v'] === CARDS_VERSION;
}

/** A stored shard carried forward to this version (as it is, if of this version), or null where no migration leads here. */
export function migrateShard(value: unknown): StoredShard | null {
  if (!isObject(value) || typeof value['v'] !== 'number' || value['v'] > CARDS_VERSION) return null;
  let cards = value['cards'];
  for (let version = value['v']; version < CARDS_VERSION; version++) {
    const step = SHARD_MIGRATIONS[version];
    if (!step) return null;
    cards = step(cards);
  }
  return typeof cards === 'string' ? { v: CARDS_VERSION, cards } : null;
}

/**
 * A stored shard's cards (an older version's migrated first), or null where it cannot be read as this
 * version's: then the cards are rebuilt.
 */
export function decodeShard(value: unknown): Card[] | null {
  const shard = migrateShard(value);
  return shard ? decodeCards(shard.cards) : null;
}

const toStored = ({ id, savedAt, updatedAt, site, title, tags, byline, publishedTime, page }: Card): StoredCard =>
  [id, savedAt, updatedAt, site, title.kicker, title.headline, title.subheadline, tags, byline, publishedTime, page];

/** Cards stored as one JSON text of tuples, or null where it is not that. */
function decodeCards(text: unknown): Card[] | null {
  if (typeof text !== 'string') return null;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(stored)) return null;
  const cards: Card[] = [];
  for (const item of stored as unknown[]) {
    if (!Array.isArray(item) || item.length !== 11) return null;
    const [id, savedAt, updatedAt, site, kicker, headline, subheadline, tags, byline, publishedTime, page] = item as unknown[];
    if (typeof id !== 'string' || !id || !isTime(savedAt) || !isTime(updatedAt) || !isStringArray(tags)) return null;
    if (![site, kicker, headline, subheadline, byline, publishedTime, page].every(isStringOrNull)) return null;
    cards.push({ id, savedAt: savedAt as number, updatedAt: updatedAt as number, site: site as string | null,
      title: { kicker: kicker as string | null, headline: headline as string | null, subheadline: subheadline as string | null }, tags: tags as string[],
      byline: byline as string | null, publishedTime: publishedTime as string | null, page: page as string | null });
  }
  return cards;
}

// ---- The newest cards ----

/**
 * The newest cards and how many there are, in one small key: the notes page paints its first screen from this one read
 * (at 100 000 stories the shards are 17 MB, a second to read), and the rest when the shards are read. Written with the
 * shards in the same set(). It holds the first cards in order — all of them up to NEWEST_CARDS, fewer after deletions
 * (a card after them is not known without reading every shard) until the cards are next read whole.
 */
export const NEWEST_KEY = `${CARD_KEY_PREFIX}newest`;
export const NEWEST_CARDS = 60;

export interface Newest {
  /** How many cards there are in all. */
  count: number;
  /** The first cards, newest first. */
  cards: Card[];
}

interface StoredNewest {
  v: number;
  count: number;
  cards: string;
}

export function encodeNewest({ count, cards }: Newest): StoredNewest {
  return { v: CARDS_VERSION, count, cards: JSON.stringify(cards.map(toStored)) };
}

/** The stored newest cards, or null where they are missing or not this version's (then the notes page waits for the shards). */
export function decodeNewest(value: unknown): Newest | null {
  if (!isObject(value) || value['v'] !== CARDS_VERSION || !Number.isInteger(value['count'])) return null;
  const cards = decodeCards(value['cards']);
  const count = value['count'] as number;
  return cards && count >= cards.length ? { count, cards } : null;
}

/** The newest of every card (in any order). */
export function newestOf(cards: readonly Card[]): Newest {
  return { count: cards.length, cards: [...cards].sort(newestFirst).slice(0, NEWEST_CARDS) };
}

/**
 * The newest cards after these cards were saved (`added` of them new) and these ids removed (`gone` of them there):
 * still the first cards in order. A card ordering after the last one kept is not known to be among the first (some
 * card not held may come before it) unless every card was held.
 */
export function updateNewest(newest: Newest, saved: readonly Card[], removed: readonly string[], added: number, gone: number): Newest {
  const count = newest.count + added - gone;
  const last = newest.cards.at(-1);
  const whole = newest.cards.length === newest.count;
  const changed = new Set([...saved.map((c) => c.id), ...removed]);
  const cards = [...newest.cards.filter((c) => !changed.has(c.id)), ...saved.filter((c) => whole || (last !== undefined && newestFirst(c, last) <= 0))];
  return { count, cards: cards.sort(newestFirst).slice(0, NEWEST_CARDS) };
}

/** Every shard's stored value for these stories: what the stored shards must equal. */
export function shardsFor(stories: readonly SavedStory[], shards: number): Map<number, StoredShard> {
  const grouped = new Map<number, Card[]>();
  for (let shard = 0; shard < shards; shard++) grouped.set(shard, []);
  for (const story of stories) grouped.get(shardOf(story.id, shards))?.push(cardOf(story));
  return new Map([...grouped].map(([shard, cards]) => [shard, encodeShard(cards)]));
}

/** A shard with these stories' cards put in (replacing their old ones) and the removed ids' cards taken out. */
export function updateShard(cards: readonly Card[], saved: readonly SavedStory[], removed: readonly string[]): StoredShard {
  const gone = new Set([...saved.map((s) => s.id), ...removed]);
  return encodeShard([...cards.filter((c) => !gone.has(c.id)), ...saved.map(cardOf)]);
}

export function newestFirst<T extends Pick<Card, 'id' | 'savedAt'>>(a: T, b: T): number {
  return b.savedAt - a.savedAt || byId(a, b);
}

function byId(a: Pick<Card, 'id'>, b: Pick<Card, 'id'>): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Lists each sorted newest first, merged into one, in passes that each merge pairs of lists, a turn of the event
 * loop once `perTurn` items were merged: sorting 100,000 cards at once held a notes page for a fifth of a second.
 */
export async function mergeNewest<T extends Pick<Card, 'id' | 'savedAt'>>(lists: T[][], perTurn: number): Promise<T[]> {
  let runs = lists;
  while (runs.length > 1) {
    const merged: T[][] = [];
    let work = 0;
    for (let i = 0; i < runs.length; i += 2) {
      const [a, b = []] = [runs[i] as T[], runs[i + 1]];
      const out: T[] = [];
      let x = 0, y = 0;
      while (x < a.length || y < b.length) {
        if (y >= b.length || (x < a.length && newestFirst(a[x] as T, b[y] as T) <= 0)) out.push(a[x++] as T);
        else out.push(b[y++] as T);
        if (++work >= perTurn) { await nextTurn(); work = 0; }
      }
      merged.push(out);
    }
    runs = merged;
  }
  return runs[0] ?? [];
}
