/**
 * The saved stories, over browser.storage.local (or any StorageArea).
 *
 * Layout: one key per story ("story:<id>" → {v: schema version, story}), read whole with get(null),
 * and beside them the stories' cards in a few shard keys ("cards:<n>", each one JSON text, see cards.ts),
 * which the notes page reads first, in one get(). Every read-modify-write runs under a lock shared by the extension's pages (see
 * lock.ts) and writes the stories and their cards' shards with one set() call, which storage.local
 * applies atomically: a failed write changes nothing, and the cards never disagree with the stories
 * they were written with. Edits are patches applied to the freshly read record, so concurrent edits
 * of one story (a tag added in the popup, the note changed on the notes page) both survive.
 *
 * The cards heal themselves: shards that are missing (a library saved before cards existed, or
 * seeded directly), of another version (an older one migrated where it can be, see cards.ts), or that disagree with the stories (written by an older
 * Broadsheet) are rebuilt from the stories — by cards() when it cannot read them, by list() when it
 * finds them out of step, by checkCards() when the stored stories' keys are not the cards'. A companion
 * (the search index's record of changes) is written in the same set() as the stories.
 */
import { type Locale, message } from '../annotate/messages.js';
import { uniqueTags } from '../annotate/tags.js';
import { err, ok, type Result } from '../core/result.js';
import { nextTurn } from '../core/turn.js';
import { CARD_SHARDS, type Card, cardOf, decodeNewest, decodeShard, encodeNewest, isCurrentShard, mergeNewest, migrateShard, type Newest, NEWEST_CARDS, NEWEST_KEY, newestFirst, newestOf, shardKey, shardOf, shardsFor, type StoredShard, updateNewest, updateShard } from './cards.js';
import { decodeStoredStory, isObject } from './decode.js';
import { storyId } from './identity.js';
import { editPatch, patchAnnotations, type StoryPatch } from './edit.js';
import { defaultLock, NoSharedLock, type Lock } from './lock.js';
import { mergeStory } from './merge.js';
import { SCHEMA_VERSION, STORY_KEY_PREFIX, hostName, type Annotations, type SavedStory, type StoryInput } from './record.js';
import type { StorageArea } from './storage-area.js';
import { attemptStorage, type StorageAction } from './storage-error.js';

export type { StoryPatch } from './edit.js';

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface StoryRepository {
  /** Every readable saved story, newest saved first. Records a newer Broadsheet wrote are left alone. */
  list(): Promise<Result<SavedStory[]>>;
  /** Every listed story's card, newest saved first: a fraction of list()'s reading. */
  cards(): Promise<Result<Card[]>>;
  /** The first cards and the count, from one small key (see NEWEST_KEY); null where it is not stored. */
  newest(): Promise<Result<Newest | null>>;
  /**
   * The cards checked against the stored stories' keys (the keys alone, a fraction of reading the stories): null
   * where they name exactly the stories stored, else every card again, rebuilt (and stored) from the stories — some
   * were written behind the cards' back, as by a Broadsheet from before them. Null too where the storage cannot list its keys.
   */
  checkCards(cards: readonly Card[]): Promise<Result<Card[] | null>>;
  get(id: string): Promise<Result<SavedStory | null>>;
  /** The readable stories of these ids, in their order; ids no longer saved are left out. */
  getMany(ids: readonly string[]): Promise<Result<SavedStory[]>>;
  /** For each input (a story on the open page), the saved record if there is one. */
  findSaved(inputs: readonly StoryInput[]): Promise<Result<(SavedStory | null)[]>>;
  /** Saves or, when the story is already saved, updates it (same identity → same record). */
  save(input: StoryInput): Promise<Result<SavedStory>>;
  /** Several stories in one atomic write. */
  saveMany(inputs: readonly StoryInput[]): Promise<Result<SavedStory[]>>;
  update(id: string, patch: StoryPatch): Promise<Result<SavedStory>>;
  /** Returns what was deleted (null if nothing was), for undo via restore(). */
  remove(id: string): Promise<Result<SavedStory | null>>;
  /** Puts a deleted story back as it was; a copy saved meanwhile wins. */
  restore(story: SavedStory): Promise<Result<SavedStory>>;
  /** Merges stories by identity (newer updatedAt wins), in one atomic write. */
  importStories(stories: readonly SavedStory[]): Promise<Result<ImportCounts>>;
}

/**
 * Data derived from the stories that is written with them, in the same set() (the search index's record of
 * changes): a write can never land without it.
 */
export interface Companion {
  /** What it reads (under the lock) before each write. */
  keys: readonly string[];
  /** The items to write with these stories saved and these ids deleted, given what `keys` held. */
  changes(read: Record<string, unknown>, saved: readonly SavedStory[], removed: readonly string[]): Record<string, unknown>;
  /** What is removed where the stories turn out to have been written behind the repository's back (the cards out of step): it missed those writes too. */
  dropped: readonly string[];
}

export interface RepositoryOptions {
  /** Defaults to the Web Locks API where present; in a browser page without it writes are refused; in Node a realm lock. */
  lock?: Lock;
  now?: () => number;
  /** The language of the messages in errors. Default English. */
  locale?: Locale;
  /** How many keys the cards are spread over (default CARD_SHARDS); tests use 1 so every write contends for it. */
  cardShards?: number;
  companion?: Companion;
}

interface Envelope {
  v: number;
  story: SavedStory;
}

const keyOf = (id: string): string => `${STORY_KEY_PREFIX}${id}`;

/** The longest the cards are decoded between turns (a small library's in one). */
const DECODE_SLICE_MS = 25;
/** Cards merged, or checked against the stored keys, in one turn: a few milliseconds' work. */
const CARDS_PER_TURN = 20_000;

/** Whether every card passes, checked a batch a turn. */
async function everyInTurns(cards: readonly Card[], test: (card: Card) => boolean): Promise<boolean> {
  for (let at = 0; at < cards.length; at += CARDS_PER_TURN) {
    if (at) await nextTurn();
    for (let i = at; i < Math.min(cards.length, at + CARDS_PER_TURN); i++) if (!test(cards[i] as Card)) return false;
  }
  return true;
}

export function createStoryRepository(area: StorageArea, options: RepositoryOptions = {}): StoryRepository {
  const given = options.lock ?? defaultLock();
  // a refused lock is the reader's to know, as a Result like any failed write, never a lost one
  const lock: Lock = (critical) => given(critical).catch((error: unknown) => {
    if (error instanceof NoSharedLock) return err(message(locale, 'noSharedLock')) as Awaited<ReturnType<typeof critical>>;
    throw error;
  });
  const now = options.now ?? Date.now;
  const locale = options.locale ?? 'en';
  const shards = options.cardShards ?? CARD_SHARDS;
  const { companion } = options;
  const allShardKeys = Array.from({ length: shards }, (_, shard) => shardKey(shard));
  const attempt = <T>(action: StorageAction, call: () => Promise<T>) => attemptStorage(action, call, locale);

  async function read(ids: readonly string[]): Promise<Result<Map<string, SavedStory>>> {
    const raw = await attempt('read', () => area.get(ids.map(keyOf)));
    if (!raw.ok) return raw;
    const found = new Map<string, SavedStory>();
    for (const id of ids) {
      const value = raw.value[keyOf(id)];
      if (value === undefined) continue;
      const story = decodeStoredStory(value);
      if (!story.ok) return err(isNewer(value) ? message(locale, 'newerRecord') : message(locale, 'unreadableRecord', { detail: story.error }));
      found.set(id, story.value);
    }
    return ok(found);
  }

  /**
   * The shards holding these ids, with the saved stories' cards put in and the removed ones taken out, and the companion's changes.
   * Shards not readable as this version's are left alone: the cards are rebuilt as a whole then.
   * Called under the lock, so no other write comes between this read and the write of its result.
   */
  async function updatedShards(saved: readonly SavedStory[], removed: readonly string[]): Promise<Result<Record<string, unknown>>> {
    const touched = [...new Set([...saved.map((s) => s.id), ...removed].map((id) => shardOf(id, shards)))];
    const raw = await attempt('read', () => area.get([...touched.map(shardKey), NEWEST_KEY, ...(companion?.keys ?? [])]));
    if (!raw.ok) return raw;
    const items: Record<string, unknown> = companion ? companion.changes(raw.value, saved, removed) : {};
    // How many cards come and go, for the count kept with the newest; unknown where a shard cannot be read.
    let added = 0, gone = 0, counted = true;
    for (const shard of touched) {
      const cards = decodeShard(raw.value[shardKey(shard)]);
      if (!cards) { counted = false; continue; }
      const inShard = (id: string) => shardOf(id, shards) === shard;
      const held = new Set(cards.map((c) => c.id));
      const savedHere = saved.filter((s) => inShard(s.id));
      const removedHere = removed.filter(inShard);
      added += new Set(savedHere.filter((s) => !held.has(s.id)).map((s) => s.id)).size;
      gone += new Set(removedHere.filter((id) => held.has(id))).size;
      items[shardKey(shard)] = updateShard(cards, savedHere, removedHere);
    }
    const newest = decodeNewest(raw.value[NEWEST_KEY]);
    // Not known to be right, it goes (null): the notes page then waits for the shards, and cards() writes it anew.
    if (newest || raw.value[NEWEST_KEY] !== undefined) items[NEWEST_KEY] = newest && counted ? encodeNewest(updateNewest(newest, saved.map(cardOf), removed, added, gone)) : null;
    return ok(items);
  }

  /** The stories and their cards' shards, in one atomic set(). */
  async function write(action: StorageAction, stories: readonly SavedStory[]): Promise<Result<void>> {
    const shardItems = await updatedShards(stories, []);
    if (!shardItems.ok) return shardItems;
    const items: Record<string, unknown> = { ...shardItems.value };
    for (const story of stories) items[keyOf(story.id)] = { v: SCHEMA_VERSION, story } satisfies Envelope;
    return attempt(action, () => area.set(items));
  }

  /** Everything stored, read at once: the readable stories (newest first), and the shards out of step with them. */
  async function readAll(): Promise<Result<{ stories: SavedStory[]; stale: Record<string, unknown> }>> {
    const raw = await attempt('read', () => area.get(null));
    if (!raw.ok) return raw;
    const stories: SavedStory[] = [];
    for (const [key, value] of Object.entries(raw.value)) {
      if (!key.startsWith(STORY_KEY_PREFIX)) continue;
      const story = decodeStoredStory(value);
      if (story.ok) stories.push(story.value);
    }
    const stale: Record<string, unknown> = {};
    for (const [shard, expected] of shardsFor(stories, shards)) {
      // Written by this version, a shard reads back exactly as encoded; anything else is out of step.
      if (JSON.stringify(raw.value[shardKey(shard)]) !== JSON.stringify(expected)) stale[shardKey(shard)] = expected;
    }
    const newest = encodeNewest(newestOf(stories.map(cardOf)));
    if (Object.keys(stale).length || JSON.stringify(raw.value[NEWEST_KEY]) !== JSON.stringify(newest)) stale[NEWEST_KEY] = newest;
    return ok({ stories: stories.sort(newestFirst), stale });
  }

  /**
   * Rewrites the shards out of step with the stories, under the lock (re-read there, so a write that
   * finished meanwhile is not undone). The stories read are returned even when that write fails:
   * the cards are a shortcut, and a full storage must not stop the reader from seeing the library.
   */
  function healCards(): Promise<Result<SavedStory[]>> {
    return lock(async () => {
      const all = await readAll();
      if (!all.ok) return all;
      const stale = Object.keys(all.value.stale);
      if (stale.length) await attempt('save', () => area.set(all.value.stale));
      // Shards out of step mean stories were written behind the repository's back (not the newest cards alone, which deletions shorten).
      if (companion && stale.some((key) => key !== NEWEST_KEY)) await attempt('save', () => area.remove([...companion.dropped]));
      return ok(all.value.stories);
    });
  }

  /**
   * Rewrites these shards in this version's layout where they are still of an older one, under the lock
   * (re-read there: a shard written meanwhile is already current). A failed write leaves them to be
   * migrated on the next read, as they were.
   */
  /**
   * Writes the newest cards from the shards as they are, under the lock (re-read there): where they were missing, or
   * fewer than they could be after deletions.
   */
  function writeNewest(): Promise<unknown> {
    return lock(async () => {
      const raw = await attempt('read', () => area.get(allShardKeys));
      if (!raw.ok) return raw;
      const cards = allShardKeys.map((key) => decodeShard(raw.value[key]));
      if (cards.some((shard) => !shard)) return ok(undefined); // rebuilt whole on the next read
      return attempt('save', () => area.set({ [NEWEST_KEY]: encodeNewest(newestOf(cards.flatMap((shard) => shard ?? []))) }));
    });
  }

  function migrateShards(keys: readonly string[]): Promise<unknown> {
    return lock(async () => {
      const raw = await attempt('read', () => area.get([...keys]));
      if (!raw.ok) return raw;
      const items: Record<string, StoredShard> = {};
      for (const key of keys) {
        const migrated = isCurrentShard(raw.value[key]) ? null : migrateShard(raw.value[key]);
        if (migrated) items[key] = migrated;
      }
      return Object.keys(items).length ? attempt('save', () => area.set(items)) : ok(undefined);
    });
  }

  function saveUnderLock(inputs: readonly StoryInput[]): Promise<Result<SavedStory[]>> {
    return lock(async () => {
      const ids = inputs.map((input) => storyId(input.url, input.story));
      const existing = await read(ids);
      if (!existing.ok) return existing;
      const time = now();
      const byId = new Map<string, SavedStory>();
      inputs.forEach((input, i) => {
        const id = ids[i] ?? '';
        byId.set(id, recordFromInput(id, input, byId.get(id) ?? existing.value.get(id), time));
      });
      const written = await write('save', [...byId.values()]);
      return written.ok ? ok(ids.map((id) => byId.get(id) as SavedStory)) : written;
    });
  }

  async function list(): Promise<Result<SavedStory[]>> {
    const all = await readAll();
    if (!all.ok) return all;
    return Object.keys(all.value.stale).length ? healCards() : ok(all.value.stories);
  }

  async function getMany(ids: readonly string[]): Promise<Result<SavedStory[]>> {
    const raw = await attempt('read', () => area.get(ids.map(keyOf)));
    if (!raw.ok) return raw;
    const stories: SavedStory[] = [];
    for (const id of ids) {
      const story = raw.value[keyOf(id)] === undefined ? null : decodeStoredStory(raw.value[keyOf(id)]);
      if (story?.ok) stories.push(story.value);
    }
    return ok(stories);
  }

  return {
    list,

    async newest() {
      const raw = await attempt('read', () => area.get(NEWEST_KEY));
      return raw.ok ? ok(decodeNewest(raw.value[NEWEST_KEY])) : raw;
    },

    async cards() {
      const raw = await attempt('read', () => area.get([...allShardKeys, NEWEST_KEY]));
      if (!raw.ok) return raw;
      const shards: Card[][] = [];
      let sliceStart = Date.now();
      for (const key of allShardKeys) {
        // Letting the page's other work in between shards once a while has passed: at 100,000 stories all at once held it for seconds.
        if (Date.now() - sliceStart > DECODE_SLICE_MS) { await nextTurn(); sliceStart = Date.now(); }
        const shard = decodeShard(raw.value[key]);
        if (!shard) {
          const healed = await healCards();
          return healed.ok ? ok(healed.value.map(cardOf)) : healed;
        }
        shards.push(shard.sort(newestFirst));
      }
      const outdated = allShardKeys.filter((key) => !isCurrentShard(raw.value[key]));
      if (outdated.length) await migrateShards(outdated);
      const cards = await mergeNewest(shards, CARDS_PER_TURN);
      const newest = decodeNewest(raw.value[NEWEST_KEY]);
      if (!newest || newest.count !== cards.length || newest.cards.length < Math.min(cards.length, NEWEST_CARDS)) await writeNewest();
      return ok(cards);
    },

    async checkCards(cards) {
      const { getKeys } = area;
      if (!getKeys) return ok(null);
      const keys = await attempt('read', () => getKeys.call(area));
      if (!keys.ok) return keys;
      const stored = new Set(keys.value.filter((key) => key.startsWith(STORY_KEY_PREFIX)));
      if (stored.size === cards.length && (await everyInTurns(cards, (card) => stored.has(keyOf(card.id))))) return ok(null);
      const healed = await healCards();
      return healed.ok ? ok(healed.value.map(cardOf)) : healed;
    },

    async get(id) {
      const found = await read([id]);
      return found.ok ? ok(found.value.get(id) ?? null) : found;
    },

    getMany,

    async findSaved(inputs) {
      const ids = inputs.map((input) => storyId(input.url, input.story));
      const found = await read(ids);
      return found.ok ? ok(ids.map((id) => found.value.get(id) ?? null)) : found;
    },

    async save(input) {
      const saved = await saveUnderLock([input]);
      return saved.ok ? ok(saved.value[0] as SavedStory) : saved;
    },

    saveMany: saveUnderLock,

    update(id, patch) {
      return lock(async () => {
        const found = await read([id]);
        if (!found.ok) return found;
        const current = found.value.get(id);
        if (!current) return err(message(locale, 'storyGone'));
        const next = applyPatch(current, patch, now());
        const written = await write('save', [next]);
        return written.ok ? ok(next) : written;
      });
    },

    remove(id) {
      return lock(async () => {
        const found = await read([id]);
        if (!found.ok) return found;
        // storage.local cannot remove one key and set another atomically. The story goes first: if its
        // card (and the search index's record of it) then stays behind (a failed second write), the next list()
        // finds the card out of step and drops it; a search shows only stories with a card.
        const removed = await attempt('delete', () => area.remove(keyOf(id)));
        if (!removed.ok) return removed;
        const story = found.value.get(id) ?? null;
        const shardItems = story ? await updatedShards([], [id]) : null;
        if (shardItems?.ok) await attempt('delete', () => area.set(shardItems.value));
        return ok(story);
      });
    },

    restore(story) {
      return lock(async () => {
        const found = await read([story.id]);
        if (!found.ok) return found;
        const current = found.value.get(story.id);
        if (current) return ok(current);
        const written = await write('save', [story]);
        return written.ok ? ok(story) : written;
      });
    },

    importStories(stories) {
      return lock(async () => {
        const ids = [...new Set(stories.map((s) => s.id))];
        const found = await read(ids);
        if (!found.ok) return found;
        const merged = new Map(found.value);
        for (const incoming of stories) merged.set(incoming.id, mergeStory(merged.get(incoming.id), incoming).story);
        // Counted per story, however often a file repeats it.
        const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
        const changed: SavedStory[] = [];
        for (const id of ids) {
          const before = found.value.get(id);
          const after = merged.get(id) as SavedStory;
          if (after !== before) changed.push(after);
          counts[!before ? 'added' : after !== before ? 'updated' : 'unchanged']++;
        }
        if (changed.length) {
          const written = await write('import', changed);
          if (!written.ok) return written;
        }
        return ok(counts);
      });
    },
  };
}

function recordFromInput(id: string, input: StoryInput, existing: SavedStory | undefined, time: number): SavedStory {
  const { story } = input;
  return {
    id,
    url: input.url,
    site: input.site ?? existing?.site ?? hostName(input.url),
    title: { kicker: story.kicker, headline: story.headline, subheadline: story.subheadline },
    byline: story.byline,
    dateline: story.dateline,
    paragraphs: [...story.paragraphs],
    ...annotationsFromInput(input, existing),
    savedAt: existing?.savedAt ?? time,
    // Never earlier than the stored copy (a clock set back must not make an edit look stale to a merge).
    updatedAt: Math.max(time, existing?.updatedAt ?? 0),
    pageTitle: input.pageTitle ?? existing?.pageTitle ?? null,
    publishedTime: input.publishedTime ?? existing?.publishedTime ?? null,
    page: input.page ?? existing?.page ?? null,
    continuesOn: story.continuesOn ?? null,
  };
}

/** The annotations a save leaves: the input's, or where it says what they were edited from, the stored ones with those edits applied. */
function annotationsFromInput(input: StoryInput, existing: SavedStory | undefined): Annotations {
  const from = input.editedFrom;
  if (existing && from) {
    const edited = { tags: input.tags ? uniqueTags(input.tags) : from.tags, summary: input.summary ?? from.summary, note: input.note ?? from.note };
    return patchAnnotations({ tags: existing.tags, summary: existing.summary, note: existing.note }, editPatch(from, edited));
  }
  return {
    tags: input.tags ? uniqueTags(input.tags) : (existing?.tags ?? []),
    summary: input.summary ?? existing?.summary ?? '',
    note: input.note ?? existing?.note ?? '',
  };
}

export function applyPatch(story: SavedStory, patch: StoryPatch, time: number): SavedStory {
  return { ...story, ...patchAnnotations(story, patch), updatedAt: Math.max(time, story.updatedAt) };
}

function isNewer(stored: unknown): boolean {
  return isObject(stored) && typeof stored['v'] === 'number' && stored['v'] > SCHEMA_VERSION;
}
