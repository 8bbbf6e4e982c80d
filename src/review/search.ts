/**
 * Search over saved stories: titles, summaries, notes, tags, byline/dateline and story text.
 *
 * Chinese has no spaces, so a reader may type any part of a word: every 2+ character substring is
 * found. Each story's CJK character pairs are indexed (pair → stories, hashed into buckets and laid
 * out in flat typed arrays, which builds fast and stays compact); a query run is answered by
 * intersecting the lists of its pairs, then confirmed by a substring check (pairs can occur apart,
 * buckets can collide). English and other spaced scripts are found by words and word prefixes: a
 * sorted vocabulary is searched by binary search for the prefix range, whose stories are united.
 * All text is compared NFKC-normalised and lower-cased. Built once; stories added or edited later go
 * to a small side index until the next rebuild.
 */
import { tagKey } from '../annotate/tags.js';
import { nextTurn } from '../core/turn.js';
import type { SavedStory } from '../store/record.js';
import { pairBucket, postingsSteps, type PairTable } from './search-postings.js';
import { CJK, charClass, foldForSearch, searchPieces, WORD } from './search-text.js';
import { publishedDayStart } from './time.js';

export interface SearchFilters {
  /** Stories carrying this tag (case/width-insensitive). */
  tag?: string;
  /** Stories from this site (case/width-insensitive). */
  site?: string;
  /** Which date `from` and `to` bound: the day saved (default) or the day the page says it was published. */
  dates?: 'saved' | 'published';
  /** Saved (or published) at or after (ms since the epoch). */
  from?: number;
  /** Saved (or published) at or before (ms since the epoch). */
  to?: number;
}

/** What the filters read of a story or of its card. */
export type Filterable = Pick<SavedStory, 'savedAt' | 'publishedTime' | 'site' | 'tags'>;

/**
 * The tag, site and date filters (the search text aside) as a test of a story or its card, the same test the
 * index applies; null when no filter is set.
 */
export function filterTest(filters: SearchFilters): ((item: Filterable) => boolean) | null {
  const tag = filters.tag === undefined ? undefined : tagKey(filters.tag);
  const site = filters.site === undefined ? undefined : foldForSearch(filters.site).trim();
  const { from, to } = filters;
  if (tag === undefined && site === undefined && from === undefined && to === undefined) return null;
  return (item) => {
    if (tag !== undefined && !item.tags.some((t) => tagKey(t) === tag)) return false;
    if (site !== undefined && foldForSearch(item.site ?? '').trim() !== site) return false;
    if (from === undefined && to === undefined) return true;
    const time = filters.dates === 'published' ? publishedDayStart(item.publishedTime) : item.savedAt;
    return time !== null && (from === undefined || time >= from) && (to === undefined || time <= to);
  };
}

export interface SliceOptions {
  /** Work per slice, in milliseconds. Default 25. */
  sliceMs?: number;
  /** Between slices; default: a zero-delay timer, letting the page handle input and paint. */
  pause?: () => Promise<void>;
}

export interface SearchQuery extends SearchFilters {
  /** Words, word starts and Chinese text; every part must be found. Empty: every story. */
  text?: string;
}

interface IndexedStory extends Filterable {
  id: string;
  /** Every searchable field, folded, one per line (so no match spans two fields). */
  text: string;
}

/** Stories added since the last build; past this share of the indexed ones, the index rebuilds. */
const SIDE_INDEX_SHARE = 0.25;
const SIDE_INDEX_MIN = 256;

export class SearchIndex {
  private docs: (IndexedStory | null)[] = [];
  private byId = new Map<string, number>();
  /** Live documents, newest saved first. */
  private order: number[] = [];
  private table: PairTable = runToEnd(postingsSteps([])).table;
  /** Documents below this number are in `table`; the others in `recentPairs`. */
  private tableSize = 0;
  private recentPairs = new Map<number, number[]>();
  private words = new Map<string, number[]>();
  /** Every indexed word, sorted, for prefix lookup. */
  private vocabulary: string[] = [];
  private dead = 0;

  static build(stories: Iterable<SavedStory>): SearchIndex {
    const index = new SearchIndex();
    runToEnd(index.buildSteps(latestCopies(stories)));
    return index;
  }

  /**
   * The same as build(), done in slices of about `sliceMs` with a pause (a macrotask) between
   * them, so that a page opening with many saved stories stays responsive while it indexes.
   */
  static async buildInSlices(stories: Iterable<SavedStory>, options: SliceOptions = {}): Promise<SearchIndex> {
    const sliceMs = options.sliceMs ?? 25;
    const pause = options.pause ?? nextTurn;
    const index = new SearchIndex();
    let sliceStart = performance.now();
    for (const _ of index.buildSteps(latestCopies(stories))) {
      if (performance.now() - sliceStart < sliceMs) continue;
      await pause();
      sliceStart = performance.now();
    }
    return index;
  }

  get size(): number {
    return this.order.length;
  }

  /** Adds a story, or replaces the indexed copy of it (after an edit). */
  upsert(story: SavedStory): void {
    const existing = this.byId.get(story.id);
    if (existing !== undefined) this.removeAt(existing);
    const doc = this.docs.length;
    const entry = indexedStory(story);
    this.docs.push(entry);
    this.byId.set(entry.id, doc);
    const pairs = pairBuckets(entry.text, this.table.bits);
    for (let k = 0; k < pairs.length; k++) addPosting(this.recentPairs, pairs[k] as number, doc);
    for (const word of wordsOf(entry.text)) {
      if (!this.words.has(word)) this.vocabulary.splice(lowerBound(this.vocabulary, word), 0, word);
      addPosting(this.words, word, doc);
    }
    this.order.splice(this.insertionPoint(doc), 0, doc);
    this.rebuildIfWorn();
  }

  remove(id: string): void {
    const doc = this.byId.get(id);
    if (doc === undefined) return;
    this.removeAt(doc);
    this.rebuildIfWorn();
  }

  /** Ids of the matching stories, newest saved first. */
  search(query: SearchQuery): string[] {
    let candidates: Uint8Array | null = null;
    const confirm: string[] = [];
    for (const piece of searchPieces(foldForSearch(query.text ?? ''))) {
      if (piece.cjk) confirm.push(piece.text);
      const matches = piece.cjk ? this.pairMatches(piece.text) : this.prefixMatches(piece.text);
      if (matches) candidates = candidates ? and(candidates, matches) : matches;
    }
    const passes = filterTest(query);
    const ids: string[] = [];
    for (const i of this.order) {
      if (candidates && !candidates[i]) continue;
      const doc = this.docs[i] as IndexedStory;
      if (passes && !passes(doc)) continue;
      if (confirm.some((text) => !doc.text.includes(text))) continue;
      ids.push(doc.id);
    }
    return ids;
  }

  /** Stories holding every character pair of the run; a lone character: null (the substring check decides). */
  private pairMatches(run: string): Uint8Array | null {
    if (run.length < 2) return null;
    const lists: ArrayLike<number>[] = [];
    const { offsets, postings, bits } = this.table;
    for (const bucket of pairBuckets(run, bits)) {
      lists.push(postings.subarray(offsets[bucket] as number, offsets[bucket + 1] as number));
      lists.push(this.recentPairs.get(bucket) ?? []);
    }
    // A story counts for a pair when it is in the table's list or the side list of that pair's bucket.
    const hits = new Int32Array(this.docs.length);
    for (let pair = 0; pair < lists.length / 2; pair++) {
      for (const list of [lists[2 * pair], lists[2 * pair + 1]] as ArrayLike<number>[]) {
        for (let i = 0; i < list.length; i++) {
          const doc = list[i] as number;
          if (hits[doc] === pair) hits[doc] = pair + 1;
        }
      }
    }
    const pairs = lists.length / 2;
    const mask = new Uint8Array(this.docs.length);
    for (let doc = 0; doc < hits.length; doc++) if (hits[doc] === pairs) mask[doc] = 1;
    return mask;
  }

  private prefixMatches(prefix: string): Uint8Array {
    const mask = new Uint8Array(this.docs.length);
    for (let i = lowerBound(this.vocabulary, prefix); i < this.vocabulary.length; i++) {
      const word = this.vocabulary[i] as string;
      if (!word.startsWith(prefix)) break;
      for (const doc of this.words.get(word) ?? []) mask[doc] = 1;
    }
    return mask;
  }

  private *buildSteps(stories: readonly SavedStory[]): Generator<void> {
    const docs: IndexedStory[] = [];
    for (const story of stories) {
      docs.push(indexedStory(story));
      yield;
    }
    yield* this.indexSteps(docs);
  }

  /** One step per story and pass; the index changes only at the end, all at once. */
  private *indexSteps(docs: IndexedStory[]): Generator<void> {
    const { table, words } = yield* postingsSteps(docs.map((doc) => doc.text));
    const vocabulary = [...words.keys()].sort();
    yield;
    this.docs = docs;
    this.byId = new Map(docs.map((doc, i) => [doc.id, i]));
    this.table = table;
    this.tableSize = docs.length;
    this.recentPairs = new Map();
    this.words = words;
    this.vocabulary = vocabulary;
    this.dead = 0;
    this.order = docs.map((_, i) => i).sort((a, b) => this.newerFirst(a, b));
  }

  private rebuildIfWorn(): void {
    const recent = this.docs.length - this.tableSize;
    if (this.dead > this.order.length + SIDE_INDEX_MIN || recent > Math.max(SIDE_INDEX_MIN, this.tableSize * SIDE_INDEX_SHARE)) {
      runToEnd(this.indexSteps(this.order.map((i) => this.docs[i] as IndexedStory)));
    }
  }

  private removeAt(doc: number): void {
    const entry = this.docs[doc] as IndexedStory;
    this.byId.delete(entry.id);
    this.docs[doc] = null; // its postings stay until the next rebuild; `order` no longer lists it
    this.dead++;
    const at = this.order.indexOf(doc);
    if (at >= 0) this.order.splice(at, 1);
  }

  private insertionPoint(doc: number): number {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.newerFirst(this.order[mid] as number, doc) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private newerFirst(a: number, b: number): number {
    const x = this.docs[a] as IndexedStory;
    const y = this.docs[b] as IndexedStory;
    return y.savedAt - x.savedAt || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  }
}

/** Every searchable field of a story, folded, one per line (so no match spans two fields). */
export function searchableText(story: SavedStory): string {
  const { kicker, headline, subheadline } = story.title;
  const fields = [kicker, headline, subheadline, story.pageTitle, story.summary, story.note, story.tags.join('\n'), story.byline, story.dateline, ...story.paragraphs];
  return foldForSearch(fields.filter((f) => f).join('\n'));
}

function indexedStory(story: SavedStory): IndexedStory {
  return {
    id: story.id,
    savedAt: story.savedAt,
    publishedTime: story.publishedTime,
    site: story.site,
    tags: story.tags,
    text: searchableText(story),
  };
}

/** Reused between calls: the bucket list of one text at a time, without allocating per story. */
let bucketBuffer = new Int32Array(1024);

/** The bucket of every pair of adjacent CJK characters, as a view valid until the next call. */
function pairBuckets(text: string, bits: number): Int32Array {
  if (bucketBuffer.length < text.length) bucketBuffer = new Int32Array(text.length * 2);
  let count = 0;
  let previous = 0;
  let previousCjk = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cjk = charClass(code) === CJK;
    if (cjk && previousCjk) bucketBuffer[count++] = pairBucket(previous, code, bits);
    previous = code;
    previousCjk = cjk;
  }
  return bucketBuffer.subarray(0, count);
}

function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The last copy of each story, should the input repeat one. */
function latestCopies(stories: Iterable<SavedStory>): SavedStory[] {
  const latest = new Map<string, SavedStory>();
  for (const story of stories) latest.set(story.id, story);
  return [...latest.values()];
}

function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && charClass(text.charCodeAt(i)) === WORD;
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/** Documents are added in increasing order, so each list stays sorted and a repeat is its last entry. */
function addPosting<K>(postings: Map<K, number[]>, key: K, doc: number): void {
  const list = postings.get(key);
  if (!list) postings.set(key, [doc]);
  else if (list[list.length - 1] !== doc) list.push(doc);
}

function and(a: Uint8Array, b: Uint8Array): Uint8Array {
  for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) & (b[i] as number);
  return a;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
