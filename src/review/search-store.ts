/**
 * The search index kept in storage beside the stories, so that a notes page opening with a search reads a few
 * keys instead of the library (hundreds of MB at 100 000 stories).
 *
 * Layout: a base index built from every story ("search:part:<build>:<n>": exact terms → the base documents holding
 * them, spread over PARTS keys by the term's first characters, so a query reads one key per term, stored under the
 * name of the build that made them, which "search:meta" names; "search:ids": the base
 * documents' story ids, when each was saved, and the documents newest saved first, so that a search answers in the
 * notes page's order and the page shows its first results before it reads every story's card) and a record of what changed since ("search:meta": each story saved, edited or deleted since
 * the base was built, with a sequence number). The repository writes that record in the same atomic set() as the
 * story (searchCompanion), so it never misses a change; a search reads the changed stories themselves, and the base
 * for every other. Once the changes pass CHANGED_LIMIT, or where the index is missing or of another version, it is
 * rebuilt from the stories (rebuildStoredSearch), without holding the lock while it reads or while it writes its
 * parts (a few at a time, under its own name: nothing reads them until it is made the index, in one small write).
 *
 * Terms are exact: a CJK character ("u"), a pair of adjacent CJK characters ("p"), a word ("w"), and the first one and
 * two characters of a word ("f": the stories with a word beginning so). A Chinese query of one or two characters is
 * answered by the index alone; a longer run by its pairs, confirmed on the candidates' text (pairs can occur apart); a
 * word piece of one or two characters by its "f" term, a longer one by every indexed word it begins (all in one part).
 */
import { err, ok, type Result } from '../core/result.js';
import { nextTurn } from '../core/turn.js';
import { CARD_SHARDS, decodeNewest, decodeShard, NEWEST_KEY, newestFirst, shardKey } from '../store/cards.js';
import { decodeStoredStory, isObject } from '../store/decode.js';
import type { Lock } from '../store/lock.js';
import { STORY_KEY_PREFIX, type SavedStory } from '../store/record.js';
import type { Companion } from '../store/repository.js';
import type { StorageArea } from '../store/storage-area.js';
import { searchableText, type SliceOptions } from './search.js';
import { CJK, charClass, foldForSearch, searchPieces, WORD } from './search-text.js';

/**
 * Bumped whenever the terms or the layout change: an index of another version is rebuilt, but for those carried
 * forward. 3: the base documents' saved times and newest-first order beside their ids. 4: a build's parts stored
 * under its own name, written a few at a time before the build is made the index (one write of 81 MB at 100,000
 * stories before), the parts of the index before removed after.
 */
export const SEARCH_VERSION = 4;
/** Version 2 had the same terms and parts, its ids alone in "search:ids": carried forward with the cards' saved times (migrateStoredSearch). */
const MIGRATES_FROM = 2;
/** Version 3 is version 4 with its parts under the unnamed keys: read as such, nothing written. */
const READ_AS_UNNAMED = 3;
export const SEARCH_META_KEY = 'search:meta';
const IDS_KEY = 'search:ids';
/** 2: 256 parts, words by their first two characters, and the "f" terms (a one-letter prefix read every word of its letter: 875 ms at 100 000 stories). */
const PARTS = 256;
const PART_PREFIX = 'search:part:';
/** A part's key: under its build's name, or (versions 2 and 3) unnamed. */
const partKey = (name: string | null, part: number) => (name === null ? `${PART_PREFIX}${part}` : `${PART_PREFIX}${name}:${part}`);
/** Parts stored in one write while a build stores them (about 5 MB at 100,000 stories). */
const PARTS_PER_WRITE = 16;
/** Past this many stories changed since the base was built, a notes page rebuilds it (the changed ones are read on each open). */
export const CHANGED_LIMIT = 2000;
/** Stories per read, while rebuilding: about 1 MB. */
const READ_BATCH = 400;
/** Stories per read while a long Chinese run is confirmed: a reply the page takes in within a few milliseconds. */
const CONFIRM_BATCH = 100;
/** Reads asked ahead of the batch being confirmed. */
const READS_AHEAD = 3;
/** The longest a confirmation works between pauses: input and painting wait no longer than this. */
const CONFIRM_SLICE_MS = 10;
/** Matches that fill a notes page's first screen (its visible rows, with room to scroll a little). */
const FIRST_MATCHES = 24;
/** While a long run is confirmed, how often the page is told the matches so far (and first, where the first screen is slow to fill). */
const PROGRESS_MS = 250;
/** The longest a build works between pauses while it encodes the parts. */
const SLICE_MS = 25;
/** The base stories' texts kept once read to confirm a long Chinese run, in characters (about 12 MB): the next keystroke's run is confirmed on them. */
const CONFIRMED_CHARS = 6_000_000;

export interface SearchMeta {
  v: number;
  /** The last change's number. */
  seq: number;
  /** Which build the parts belong to. */
  gen: number;
  /** Whether a base has been built (until then, searches wait for it). */
  ready: boolean;
  /** Story id → the number of its last change since the base was built. */
  changed: Record<string, number>;
  /** The build under way (a token): a build finds at its end whether it is still the one to store its result. */
  build: string | null;
  /** The name the base's parts are stored under (its build's token); null: the unnamed keys of versions 2 and 3. */
  parts: string | null;
}

/**
 * An unnamed part (versions 2 and 3), with the build it belongs to; a named part is the text of its terms alone, its
 * name saying which build it belongs to.
 */
interface UnnamedPart {
  gen: number;
  /** JSON of term → its base documents, gaps in a base-32 varint (see encodePostings). */
  terms: string;
}

/** The stored base documents: ids and saved times by document number, and the document numbers newest saved first. */
interface StoredIds {
  ids: string[];
  saved: number[];
  newest: number[];
}

/**
 * The record of this version's index, or of a version carried forward (their changes are recorded the same): version 3
 * read as this version with unnamed parts, version 2 as itself, for migrateStoredSearch.
 */
export function readMeta(value: unknown): SearchMeta | null {
  if (!isObject(value) || ![SEARCH_VERSION, READ_AS_UNNAMED, MIGRATES_FROM].includes(value['v'] as number) || !isObject(value['changed'])) return null;
  const { v, seq, gen, ready, build, parts } = value;
  if (typeof seq !== 'number' || typeof gen !== 'number' || typeof ready !== 'boolean') return null;
  return {
    v: v === READ_AS_UNNAMED ? SEARCH_VERSION : (v as number), seq, gen, ready, changed: value['changed'] as Record<string, number>,
    build: typeof build === 'string' ? build : null, parts: v === SEARCH_VERSION && typeof parts === 'string' ? parts : null,
  };
}

/** What the repository writes with every save and delete: the change, numbered, in the index's record. */
export const searchCompanion: Companion = {
  keys: [SEARCH_META_KEY],
  changes(read, saved, removed) {
    const meta = readMeta(read[SEARCH_META_KEY]);
    if (!meta) return {}; // no index yet: the one built later reads the stories as they are then
    const changed = { ...meta.changed };
    let seq = meta.seq;
    for (const id of [...saved.map((s) => s.id), ...removed]) changed[id] = ++seq;
    return { [SEARCH_META_KEY]: { ...meta, seq, changed } };
  },
  // Stories written behind the repository's back were never recorded: the index is built again.
  dropped: [SEARCH_META_KEY],
};

// ---- Terms and postings ----

/** The part a term is kept in, by its first two characters: so the words a prefix of two or more characters begins are in one part. */
function partOf(term: string): number {
  return (Math.imul(term.charCodeAt(1), 31) + (term.length > 2 ? term.charCodeAt(2) : 7)) % PARTS;
}

/** The distinct terms of folded text. */
export function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  let wordStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const kind = i < text.length ? charClass(text.charCodeAt(i)) : 0;
    if (kind === WORD) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      terms.add(`w${text.slice(wordStart, i)}`);
      terms.add(`f${text[wordStart] as string}`);
      if (i - wordStart > 1) terms.add(`f${text.slice(wordStart, wordStart + 2)}`);
      wordStart = -1;
    }
    if (kind === CJK) {
      terms.add(`u${text[i] as string}`);
      if (i > 0 && charClass(text.charCodeAt(i - 1)) === CJK) terms.add(`p${text.slice(i - 1, i + 1)}`);
    }
  }
  return terms;
}

const LAST_DIGIT = 0x30;
const MORE_DIGIT = 0x60;

/** Reused between calls: the digits of one list of postings (at most 7 per document: base 32 of a 32-bit gap). */
let digitBuffer = new Uint16Array(1024);

/** Increasing document numbers as gaps, each in base 32, most significant first: ASCII that JSON does not escape. */
export function encodePostings(docs: readonly number[]): string {
  if (digitBuffer.length < docs.length * 7) digitBuffer = new Uint16Array(docs.length * 7);
  const digits = digitBuffer;
  let length = 0;
  let previous = -1;
  for (const doc of docs) {
    let gap = doc - previous;
    previous = doc;
    const start = length;
    digits[length++] = LAST_DIGIT + (gap & 31);
    for (gap >>>= 5; gap > 0; gap >>>= 5) digits[length++] = MORE_DIGIT + (gap & 31);
    digits.subarray(start, length).reverse();
  }
  // In pieces: one string per call, not one per document (a rope of millions of pieces holds the heap).
  const pieces: string[] = [];
  for (let at = 0; at < length; at += 8192) pieces.push(String.fromCharCode(...digits.subarray(at, Math.min(length, at + 8192))));
  return pieces.join('');
}

/** Sets mask[doc] for every document of encoded postings. */
export function markPostings(encoded: string, mask: Uint8Array): void {
  let doc = -1;
  let value = 0;
  for (let i = 0; i < encoded.length; i++) {
    const code = encoded.charCodeAt(i);
    if (code >= MORE_DIGIT) value = value * 32 + (code - MORE_DIGIT);
    else {
      doc += value * 32 + (code - LAST_DIGIT);
      value = 0;
      mask[doc] = 1;
    }
  }
}

/** Whether folded text holds a word beginning with this prefix. */
function hasWordStarting(text: string, prefix: string): boolean {
  for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
    if (at === 0 || charClass(text.charCodeAt(at - 1)) !== WORD) return true;
  }
  return false;
}

// ---- Reading ----

export interface StoredSearchSource {
  area: StorageArea;
  /** The stories of these ids still saved (used for the changed stories and to confirm long Chinese runs). */
  getMany(ids: readonly string[]): Promise<Result<SavedStory[]>>;
  /** The storage's lock, to carry an index of the version before forward (without it, that index is rebuilt). */
  lock?: Lock;
}

/**
 * How a search does its slow work, a long Chinese run confirmed on many stories' texts, and tells of it (all optional;
 * its slices CONFIRM_SLICE_MS long unless `sliceMs` says otherwise).
 */
export interface SearchProgress extends SliceOptions {
  /** Aborted (the reader typed on): the search stops at its next pause, reads no further, and rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * The start of the answer as it will stand (newest first), once `first` matches are known, or PROGRESS_MS has
   * passed, and again every PROGRESS_MS while the rest are confirmed: what a page shows before the whole answer.
   */
  onPartial?: (ids: readonly string[]) => void;
  /** How many matches fill the page's first screen. */
  first?: number;
}

/**
 * A notes page's view of the stored index: the meta read on open, the base's ids and parts read when a search
 * first needs them, the changed stories read once and then kept current by the change feed (apply()).
 */
export class StoredSearch {
  private ids: Promise<StoredIds> | null = null;
  private readonly parts = new Map<number, Promise<Record<string, string> | null>>();
  /** Changed stories' folded text and saved time (null: deleted), read once. */
  private changedTexts: Promise<Map<string, Changed | null>> | null = null;
  /** Changed since, their text not given: read by the next search. */
  private readonly unread = new Set<string>();
  /** Base stories' folded texts read to confirm long Chinese runs, least recently used first (a base story does not change: once changed it is read as such). */
  private readonly confirmed = new Map<string, string>();
  private confirmedChars = 0;
  /** The confirmation under way: the next waits for it, and finds what it read (typing on while a run is confirmed). */
  private confirming: Promise<void> = Promise.resolve();

  private constructor(private readonly source: StoredSearchSource, readonly meta: SearchMeta) {}

  /** The stored index, or null where there is none of this version built yet (then rebuildStoredSearch); one of version 2 is migrated first. */
  static async open(source: StoredSearchSource): Promise<StoredSearch | null> {
    let meta = readMeta((await source.area.get(SEARCH_META_KEY))[SEARCH_META_KEY]);
    if (meta?.ready && meta.v === MIGRATES_FROM && source.lock) {
      await migrateStoredSearch(source.area, source.lock);
      meta = readMeta((await source.area.get(SEARCH_META_KEY))[SEARCH_META_KEY]);
    }
    return meta?.ready && meta.v === SEARCH_VERSION ? new StoredSearch(source, meta) : null;
  }

  /** Whether so much changed since the base was built that it should be built again. */
  get worn(): boolean {
    return Object.keys(this.meta.changed).length > CHANGED_LIMIT;
  }

  /**
   * A story saved, edited (its text) or deleted (null) since the page opened: searches see it at once. Undefined: changed,
   * but the page does not hold it (it keeps cards, not stories); the next search reads it.
   */
  apply(id: string, story: SavedStory | null | undefined): void {
    this.meta.changed[id] = ++this.meta.seq;
    if (story === undefined) {
      this.unread.add(id);
      return;
    }
    this.unread.delete(id);
    const changed = story ? changedOf(story) : null;
    this.changedTexts = (this.changedTexts ?? this.readChanged()).then((texts) => texts.set(id, changed));
  }

  /**
   * The ids of the stories whose text holds every piece of the query, newest saved first (as the cards order them); null
   * for an empty query (every story), and null too where the stored index turns out to have been rebuilt meanwhile (reopen it).
   * A long Chinese run is confirmed on its candidates' texts in slices (see SearchProgress): the page stays free
   * meanwhile, is told the first matches before the rest, and stops the work when the answer is no longer wanted.
   */
  async search(query: string, progress: SearchProgress = {}): Promise<string[] | null> {
    const { signal } = progress;
    const pieces = searchPieces(foldForSearch(query));
    if (!pieces.length) return null;
    const [{ ids, saved, newest }, changed] = await Promise.all([this.base(), this.changed()]);
    signal?.throwIfAborted();
    let mask: Uint8Array | null = null;
    const confirm: string[] = [];
    for (const piece of pieces) {
      const found = new Uint8Array(ids.length);
      if (piece.cjk) {
        if (piece.text.length > 2) confirm.push(piece.text);
        const terms = piece.text.length === 1 ? [`u${piece.text}`] : Array.from({ length: piece.text.length - 1 }, (_, i) => `p${piece.text.slice(i, i + 2)}`);
        let all: Uint8Array | null = null;
        for (const term of terms) {
          const part = await this.part(partOf(term));
          if (!part) return null;
          const one = new Uint8Array(ids.length);
          const postings = part[term];
          if (postings) markPostings(postings, one);
          all = all ? and(all, one) : one;
        }
        if (all) found.set(all);
      } else if (piece.text.length <= 2) {
        // The part of the words these two letters begin is read meanwhile: the next letter typed needs it.
        if (piece.text.length === 2) this.part(partOf(`w${piece.text}`)).catch(() => null);
        const term = `f${piece.text}`;
        const part = await this.part(partOf(term));
        if (!part) return null;
        const postings = part[term];
        if (postings) markPostings(postings, found);
      } else {
        const part = await this.part(partOf(`w${piece.text}`));
        if (!part) return null;
        const prefix = `w${piece.text}`;
        for (const term in part) if (term.startsWith(prefix)) markPostings(part[term] as string, found);
      }
      signal?.throwIfAborted();
      mask = mask ? and(mask, found) : found;
    }
    const candidates: number[] = [];
    for (const doc of newest) if (mask?.[doc] && !((ids[doc] as string) in this.meta.changed)) candidates.push(doc);
    const changedMatches: Listed[] = [];
    for (const [id, found] of changed) {
      if (found && pieces.every((piece) => (piece.cjk ? found.text.includes(piece.text) : hasWordStarting(found.text, piece.text)))) changedMatches.push({ id, savedAt: found.savedAt });
    }
    changedMatches.sort(newestFirst);
    const item = (doc: number): Listed => ({ id: ids[doc] as string, savedAt: saved[doc] as number });
    if (!confirm.length) return merged(candidates.map(item), changedMatches);
    // Long Chinese runs: their pairs may stand apart, so the candidates' text decides.
    const first = progress.first ?? FIRST_MATCHES;
    const started = performance.now();
    let told = -1;
    const tell = (matches: readonly number[], checked: number) => {
      if (!progress.onPartial || checked >= candidates.length) return;
      // What is known of the answer: the base's matches confirmed so far, and the changed stories newer than the next to check.
      const next = item(candidates[checked] as number);
      let changedBefore = 0;
      while (changedBefore < changedMatches.length && newestFirst(changedMatches[changedBefore] as Listed, next) < 0) changedBefore++;
      const now = performance.now();
      if (told < 0 ? matches.length + changedBefore < first && now - started < PROGRESS_MS : now - told < PROGRESS_MS) return;
      told = now;
      progress.onPartial(merged(matches.map(item), changedMatches.slice(0, changedBefore)));
    };
    const matches = await this.confirm(candidates, ids, confirm, tell, progress);
    return matches && merged(matches.map(item), changedMatches);
  }

  /**
   * Of the candidates (newest first), those whose text holds every run, checked in slices of work: their texts read
   * a batch at a time, a few batches ahead (storage prepares the next while the page takes in one), and `tell` told
   * after each batch what is confirmed so far and how many were checked. Null where a read fails; throws where
   * aborted, reading no further. A confirmation waits for the one before it, so it finds the texts that one read.
   */
  private async confirm(candidates: readonly number[], ids: readonly string[], runs: readonly string[], tell: (matches: readonly number[], checked: number) => void, progress: SearchProgress): Promise<number[] | null> {
    const { signal } = progress;
    const pause = progress.pause ?? nextTurn;
    const sliceMs = progress.sliceMs ?? CONFIRM_SLICE_MS;
    const before = this.confirming;
    let finished = () => {};
    this.confirming = new Promise<void>((resolve) => { finished = resolve; });
    try {
      await before;
      signal?.throwIfAborted();
      // The first batch only as large as the first screen needs, so it is shown soon.
      const batches: (readonly number[])[] = [];
      for (let at = 0, size = 2 * (progress.first ?? FIRST_MATCHES); at < candidates.length; at += size, size = CONFIRM_BATCH) {
        batches.push(candidates.slice(at, at + size));
      }
      const reads: (Promise<Map<string, string> | null> | null)[] = [];
      const matches: number[] = [];
      let checked = 0;
      let sliceStart = performance.now();
      for (const [b, batch] of batches.entries()) {
        for (let next = reads.length; next < Math.min(batches.length, b + 1 + READS_AHEAD); next = reads.length) {
          reads.push(this.readBaseTexts((batches[next] as readonly number[]).map((doc) => ids[doc] as string)).catch(() => null));
        }
        const texts = await reads[b];
        reads[b] = null;
        signal?.throwIfAborted();
        if (!texts) return null;
        for (const doc of batch) {
          const text = texts.get(ids[doc] as string);
          if (text !== undefined && runs.every((run) => text.includes(run))) matches.push(doc);
          checked++;
          if (performance.now() - sliceStart > sliceMs) {
            tell(matches, checked);
            await pause();
            signal?.throwIfAborted();
            sliceStart = performance.now();
          }
        }
        tell(matches, checked);
      }
      return matches;
    } finally {
      finished();
    }
  }

  private base(): Promise<StoredIds> {
    return (this.ids ??= this.source.area.get(IDS_KEY).then((read) => readIds(read[IDS_KEY]) ?? { ids: [], saved: [], newest: [] }));
  }

  private part(part: number): Promise<Record<string, string> | null> {
    let read = this.parts.get(part);
    if (!read) {
      const { parts: name, gen } = this.meta;
      const key = partKey(name, part);
      read = this.source.area.get(key).then((values) => {
        const stored = values[key];
        // Missing (the index built again since, and these parts removed) or of another build: null, to reopen it.
        const terms = name === null ? ((stored as UnnamedPart | undefined)?.gen === gen ? (stored as UnnamedPart).terms : null) : stored;
        return typeof terms === 'string' ? (JSON.parse(terms) as Record<string, string>) : null;
      });
      this.parts.set(part, read);
    }
    return read;
  }

  /** The folded texts of these base stories still saved: those read before from memory, the others read. Null where a read fails. */
  private async readBaseTexts(ids: readonly string[]): Promise<Map<string, string> | null> {
    const texts = new Map<string, string>();
    const missing: string[] = [];
    for (const id of ids) {
      const text = this.confirmed.get(id);
      if (text === undefined) { missing.push(id); continue; }
      texts.set(id, text);
      this.confirmed.delete(id); // used: kept as the most recent
      this.confirmed.set(id, text);
    }
    if (missing.length) {
      const read = await this.source.getMany(missing);
      if (!read.ok) return null;
      for (const story of read.value) {
        const text = searchableText(story);
        texts.set(story.id, text);
        this.confirmedChars += text.length - (this.confirmed.get(story.id)?.length ?? 0); // two searches may read one story
        this.confirmed.set(story.id, text);
      }
    }
    for (const [id, text] of this.confirmed) {
      if (this.confirmedChars <= CONFIRMED_CHARS) break;
      this.confirmed.delete(id);
      this.confirmedChars -= text.length;
    }
    return texts;
  }

  /** The changed stories' texts, with those changed since without their text read in. */
  private changed(): Promise<Map<string, Changed | null>> {
    const unread = [...this.unread];
    this.unread.clear();
    if (!this.changedTexts) return (this.changedTexts = this.readChanged()); // reads every changed story, these too
    if (!unread.length) return this.changedTexts;
    return (this.changedTexts = this.changedTexts.then((known) => this.readTexts(unread, known)));
  }

  private readChanged(): Promise<Map<string, Changed | null>> {
    return this.readTexts(Object.keys(this.meta.changed), new Map());
  }

  /** These stories' texts put in `texts` (null for those no longer saved). */
  private async readTexts(ids: readonly string[], texts: Map<string, Changed | null>): Promise<Map<string, Changed | null>> {
    for (const id of ids) texts.set(id, null);
    for (let at = 0; at < ids.length; at += READ_BATCH) {
      const read = await this.source.getMany(ids.slice(at, at + READ_BATCH));
      if (read.ok) for (const story of read.value) texts.set(story.id, changedOf(story));
    }
    return texts;
  }
}

/** A match as the answer orders it: newest saved first. */
type Listed = Pick<SavedStory, 'id' | 'savedAt'>;

/**
 * The base's matches and the changed ones, each newest first, merged (a list, not a set: at 100,000 stories a
 * keystroke can match half of them).
 */
function merged(base: readonly Listed[], changed: readonly Listed[]): string[] {
  const ids: string[] = [];
  let next = 0;
  for (const item of base) {
    for (; next < changed.length && newestFirst(changed[next] as Listed, item) < 0; next++) ids.push((changed[next] as Listed).id);
    ids.push(item.id);
  }
  for (; next < changed.length; next++) ids.push((changed[next] as Listed).id);
  return ids;
}

/** A story changed since the base was built, as searched: its folded text, and when it was saved (where its matches go). */
interface Changed {
  text: string;
  savedAt: number;
}

const changedOf = (story: SavedStory): Changed => ({ text: searchableText(story), savedAt: story.savedAt });

/** The stored base documents, or null where they are not this version's. */
function readIds(value: unknown): StoredIds | null {
  if (typeof value !== 'string') return null;
  const parsed: unknown = JSON.parse(value);
  if (!isObject(parsed) || !Array.isArray(parsed['ids']) || !Array.isArray(parsed['saved']) || !Array.isArray(parsed['newest'])) return null;
  return parsed as unknown as StoredIds;
}

/** The document numbers of these base documents, newest saved first (the cards' order). */
function newestDocs(ids: readonly string[], saved: readonly number[]): number[] {
  return Array.from(ids.keys()).sort((a, b) => newestFirst({ id: ids[a] as string, savedAt: saved[a] as number }, { id: ids[b] as string, savedAt: saved[b] as number }));
}

const encodeIds = (ids: string[], saved: number[]): string => JSON.stringify({ ids, saved, newest: newestDocs(ids, saved) } satisfies StoredIds);

/**
 * Carries an index of version 2 forward: its terms and parts are this version's, its base documents' saved times are
 * the cards' (a document without a card — a story deleted since, so among the changes — counts as the oldest). Under
 * the lock, read there, so a change recorded meanwhile is kept; where the cards cannot be read whole it is left to be rebuilt.
 */
export function migrateStoredSearch(area: StorageArea, lock: Lock): Promise<Result<void>> {
  return lock(async () => {
    const shardKeys = Array.from({ length: CARD_SHARDS }, (_, shard) => shardKey(shard));
    const read = await area.get([SEARCH_META_KEY, IDS_KEY, NEWEST_KEY, ...shardKeys]);
    const meta = readMeta(read[SEARCH_META_KEY]);
    const value = read[IDS_KEY];
    if (meta?.v !== MIGRATES_FROM || typeof value !== 'string') return ok(undefined);
    const ids = JSON.parse(value) as unknown;
    // A shard never written holds no card; the count kept with the newest cards says whether they are all there.
    const shards = shardKeys.map((key) => (read[key] === undefined ? [] : decodeShard(read[key])));
    const count = shards.reduce((sum, cards) => sum + (cards?.length ?? 0), 0);
    if (!Array.isArray(ids) || shards.some((cards) => !cards) || decodeNewest(read[NEWEST_KEY])?.count !== count) return ok(undefined);
    const savedAt = new Map(shards.flatMap((cards) => (cards ?? []).map((card) => [card.id, card.savedAt] as const)));
    const saved = (ids as string[]).map((id) => savedAt.get(id) ?? 0);
    await area.set({ [IDS_KEY]: encodeIds(ids as string[], saved), [SEARCH_META_KEY]: { ...meta, v: SEARCH_VERSION, parts: null } satisfies SearchMeta });
    return ok(undefined);
  });
}

function and(a: Uint8Array, b: Uint8Array): Uint8Array {
  for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) & (b[i] as number);
  return a;
}

// ---- Building ----

export interface RebuildOptions {
  lock: Lock;
  /** Between batches of stories; default a zero-delay timer, so a page stays responsive while it builds. */
  pause?: () => Promise<void>;
}

/**
 * Builds the base from every story and stores it, keeping in the record of changes only those made after the read
 * began (a story saved while it reads may be read either way; its change, kept, makes searches read it again).
 * The lock is held only to start and to store the result, not while the stories are read. A build that finds at
 * its end that another began after it, or that the index was dropped meanwhile, stores nothing.
 */
export async function rebuildStoredSearch(area: StorageArea, options: RebuildOptions): Promise<Result<void>> {
  try {
    // The parts no index names now are removed once the build's own data is let go (removing 81 MB takes seconds).
    const stale = await rebuild(area, options);
    if (stale.ok) await area.remove(stale.value);
    return stale.ok ? ok(undefined) : stale;
  } catch (error) {
    return err(error instanceof Error ? error.message : String(error));
  }
}

/** Builds and stores the index; the keys of the parts no index names after it. */
async function rebuild(area: StorageArea, options: RebuildOptions): Promise<Result<string[]>> {
  const pause = options.pause ?? nextTurn;
  // The build's token, and the name its parts are stored under.
  const build = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  const start = await options.lock(async () => {
    const found = readMeta((await area.get(SEARCH_META_KEY))[SEARCH_META_KEY]);
    // From here on every change is recorded, so none made while the stories are read is missed.
    const meta: SearchMeta = { ...(found ?? { v: SEARCH_VERSION, seq: 0, gen: 0, ready: false, changed: {}, parts: null }), build };
    await area.set({ [SEARCH_META_KEY]: meta });
    // Parts no index names are left by builds overtaken (this one overtakes any under way: it can no longer be made the
    // index) or cut short (a page closed while it wrote them): removed here, under the lock, where no build can be
    // made the index meanwhile.
    if (area.getKeys) {
      const keep = found ? found.parts : undefined;
      const stale = (await area.getKeys()).filter((key) => key.startsWith(PART_PREFIX) && !isPartOf(key, keep));
      if (stale.length) await area.remove(stale);
    }
    return ok(meta);
  });
  if (!start.ok) return start;
  const begun = start.value.seq;

  const keys = area.getKeys ? await area.getKeys() : Object.keys(await area.get(null));
  const storyKeys = keys.filter((key) => key.startsWith(STORY_KEY_PREFIX));
  const ids: string[] = [];
  const saved: number[] = [];
  const postings = new Map<string, number[]>();
  for (let at = 0; at < storyKeys.length; at += READ_BATCH) {
    const read = await area.get(storyKeys.slice(at, at + READ_BATCH));
    for (const value of Object.values(read)) {
      const story = decodeStoredStory(value);
      if (!story.ok) continue;
      const doc = ids.push(story.value.id) - 1;
      saved.push(story.value.savedAt);
      for (const term of termsOf(searchableText(story.value))) {
        const list = postings.get(term);
        if (list) list.push(doc); else postings.set(term, [doc]);
      }
    }
    await pause();
  }
  // Each part's terms encoded and made one text in turn, pausing between, so a page building it stays responsive
  // (at 100 000 stories, all at once, this held the page for seconds).
  const byPart = Array.from({ length: PARTS }, () => [] as [string, number[]][]);
  for (const entry of postings) (byPart[partOf(entry[0])] as [string, number[]][]).push(entry);
  postings.clear();
  const parts: string[] = [];
  let sliceStart = Date.now();
  for (const [part, entries] of byPart.entries()) {
    const terms: Record<string, string> = {};
    for (const [term, docs] of entries) terms[term] = encodePostings(docs);
    parts.push(JSON.stringify(terms));
    byPart[part] = [];
    if (Date.now() - sliceStart > SLICE_MS) { await pause(); sliceStart = Date.now(); }
  }

  // The parts stored under the build's name, a few in each write: nothing reads them until the build is made the
  // index, so no lock is held meanwhile; a build overtaken by a later one stops writing them.
  const written: string[] = [];
  for (let at = 0; at < parts.length; at += PARTS_PER_WRITE) {
    if (readMeta((await area.get(SEARCH_META_KEY))[SEARCH_META_KEY])?.build !== build) break;
    const items: Record<string, string> = {};
    for (let part = at; part < Math.min(parts.length, at + PARTS_PER_WRITE); part++) items[partKey(build, part)] = parts[part] as string;
    await area.set(items);
    written.push(...Object.keys(items));
    await pause();
  }

  const made = await options.lock(async () => {
    const now = readMeta((await area.get(SEARCH_META_KEY))[SEARCH_META_KEY]);
    if (now?.build !== build || written.length < parts.length) return ok(null);
    const changed = Object.fromEntries(Object.entries(now.changed).filter(([, at]) => at > begun));
    const meta: SearchMeta = { v: SEARCH_VERSION, seq: now.seq, gen: now.gen + 1, ready: true, changed, build: null, parts: build };
    await area.set({ [IDS_KEY]: encodeIds(ids, saved), [SEARCH_META_KEY]: meta });
    return ok(now);
  });
  if (!made.ok) return made;
  // The parts no index names now: this build's where it was overtaken, else those of the index it replaced (a page
  // still searching that one finds them gone and opens this one).
  const before = made.value;
  return ok(before ? (before.ready ? Array.from({ length: PARTS }, (_, part) => partKey(before.parts, part)) : []) : written);
}

/** Whether a part's key is one of the parts stored under this name (null: unnamed; undefined: none). */
function isPartOf(key: string, name: string | null | undefined): boolean {
  if (name === undefined) return false;
  const rest = key.slice(PART_PREFIX.length);
  return name === null ? /^\d+$/.test(rest) : rest.startsWith(`${name}:`);
}
