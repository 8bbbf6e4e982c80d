/**
 * Builds the search index's postings from the stories' folded texts in one pass over their code
 * units. Building is what keeps a freshly opened notes page from answering a search, so it avoids
 * per-piece work: no substring or object per CJK pair or word occurrence, each word string made
 * once per distinct word, and the pair lists laid out in typed arrays sized from counts.
 */
import { CJK, charClass, OTHER, WORD } from './search-text.js';

/** Pair buckets of the indexed stories, as flat lists: postings[offsets[b]..offsets[b+1]). */
export interface PairTable {
  bits: number;
  offsets: Int32Array;
  postings: Int32Array;
}

export interface Postings {
  table: PairTable;
  /** Each word's stories, in increasing order. */
  words: Map<string, number[]>;
}

/** Fibonacci hashing of the two code units into 2^bits buckets. */
export function pairBucket(first: number, second: number, bits: number): number {
  return Math.imul((first << 16) | second, 0x9e3779b1) >>> (32 - bits);
}

/** Enough buckets for few collisions (about one per 16 characters of text), within 2^10..2^20. */
export function bucketBits(texts: readonly string[]): number {
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  return Math.min(20, Math.max(10, Math.ceil(Math.log2(characters / 16 + 1))));
}

/** One step per text scanned and per text laid out, so a sliced build can pause between them. */
export function* postingsSteps(texts: readonly string[]): Generator<void, Postings> {
  const bits = bucketBits(texts);
  const scan = new PostingsScan(bits);
  for (let d = 0; d < texts.length; d++) {
    scan.add(texts[d] as string, d);
    yield;
  }
  const table = yield* scan.pairTableSteps(texts.length);
  const words = yield* scan.words.postingsSteps();
  return { table, words };
}

/** FNV-1a, as a signed 32-bit integer so that the hash stays a small integer throughout. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Accumulates, text by text, each text's distinct pair buckets and each word's texts. */
class PostingsScan {
  readonly words = new WordTable();
  /** The distinct buckets of every text, text after text; text d's are docPairs[docStart[d]..docStart[d+1]). */
  private docPairs = new Int32Array(1 << 16);
  private pairCount = 0;
  private docStart: number[] = [0];
  /**
   * Per bucket, side by side so that one cache line serves both: [2b] the last text that added it
   * (a text's repeated pairs count once), [2b+1] how many texts hold it. The table is large (up to
   * 2^20 buckets) and hit at random, so cache misses are much of the build's cost.
   */
  private readonly bucketState: Int32Array;

  constructor(private readonly bits: number) {
    this.bucketState = new Int32Array(2 << bits);
    for (let b = 0; b < this.bucketState.length; b += 2) this.bucketState[b] = -1;
  }

  /**
   * Reads the text once: CJK pairs are adjacent CJK code units, words are maximal runs of WORD
   * ones. The hot loop keeps its state in locals, which V8 optimises far better than fields.
   */
  add(text: string, doc: number): void {
    this.reserve(text.length); // a text has fewer pairs than code units
    const { bits, bucketState, docPairs, words } = this;
    let pairCount = this.pairCount;
    let previous = 0;
    let previousKind = OTHER;
    let wordStart = -1;
    let hash = 0;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 0; // 0 is OTHER: ends the last word
      const kind = charClass(code);
      if (kind === WORD) {
        if (wordStart < 0) {
          wordStart = i;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
      } else if (wordStart >= 0) {
        words.add(text, wordStart, i, hash, doc);
        wordStart = -1;
      }
      if (kind === CJK && previousKind === CJK) {
        const bucket = pairBucket(previous, code, bits);
        if (bucketState[2 * bucket] !== doc) {
          bucketState[2 * bucket] = doc;
          bucketState[2 * bucket + 1] = (bucketState[2 * bucket + 1] as number) + 1;
          docPairs[pairCount++] = bucket;
        }
      }
      previous = code;
      previousKind = kind;
    }
    this.pairCount = pairCount;
    this.docStart.push(pairCount);
    words.endText();
  }

  private reserve(more: number): void {
    if (this.pairCount + more > this.docPairs.length) this.docPairs = growInts(this.docPairs, Math.max(this.docPairs.length * 2, this.pairCount + more));
  }

  /** Lays each bucket's texts out end to end (a counting sort), one step per text. */
  *pairTableSteps(docs: number): Generator<void, PairTable> {
    const buckets = 1 << this.bits;
    const offsets = new Int32Array(buckets + 1);
    for (let b = 0; b < buckets; b++) offsets[b + 1] = (offsets[b] as number) + (this.bucketState[2 * b + 1] as number);
    const postings = new Int32Array(offsets[buckets] as number);
    const next = offsets.slice(0, buckets);
    for (let d = 0; d < docs; d++) {
      for (let k = this.docStart[d] as number; k < (this.docStart[d + 1] as number); k++) {
        const bucket = this.docPairs[k] as number;
        const at = next[bucket] as number;
        postings[at] = d;
        next[bucket] = at + 1;
      }
      yield;
    }
    return { bits: this.bits, offsets, postings };
  }
}

/**
 * Distinct words in an open-addressing hash table keyed by their code units, so a word met again
 * is found in the text where it stands, without cutting it out as a string first.
 */
class WordTable {
  /** Word id per slot (-1: empty), and beside it the word's hash, checked before the word itself. */
  private slotIds = new Int32Array(1 << 12).fill(-1);
  private slotHashes = new Int32Array(1 << 12);
  private readonly strings: string[] = [];
  /** Per word id: the last text it was met in (a text's repeats count once), and in how many texts. */
  private lastDoc = new Int32Array(1 << 11);
  private counts = new Int32Array(1 << 11);
  /**
   * The distinct words of every text, text after text, as ids; the lists are laid out from these
   * at the end, at their final size, rather than grown one push at a time.
   */
  private hits = new Int32Array(1 << 16);
  private hitCount = 0;
  private readonly textEnds: number[] = [];

  add(text: string, start: number, end: number, hash: number, doc: number): void {
    const id = this.find(text, start, end, hash);
    if (this.lastDoc[id] === doc) return;
    this.lastDoc[id] = doc;
    this.counts[id] = (this.counts[id] as number) + 1;
    if (this.hitCount === this.hits.length) this.hits = growInts(this.hits, this.hits.length * 2);
    this.hits[this.hitCount++] = id;
  }

  /** Marks the end of text number textEnds.length. */
  endText(): void {
    this.textEnds.push(this.hitCount);
  }

  /** Word → its texts in increasing order, words in order of first appearance; one step per text. */
  *postingsSteps(): Generator<void, Map<string, number[]>> {
    const lists = this.strings.map((_, id) => new Array<number>(this.counts[id] as number).fill(0));
    const filled = new Int32Array(lists.length);
    let hit = 0;
    for (let doc = 0; doc < this.textEnds.length; doc++) {
      for (; hit < (this.textEnds[doc] as number); hit++) {
        const id = this.hits[hit] as number;
        (lists[id] as number[])[(filled[id] as number)++] = doc;
      }
      yield;
    }
    return new Map(this.strings.map((word, id) => [word, lists[id] as number[]]));
  }

  private find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slotIds.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slotIds[slot] as number;
      if (id < 0) return this.insert(text.slice(start, end), hash, slot);
      if (this.slotHashes[slot] === hash && sameCodeUnits(this.strings[id] as string, text, start, end)) return id;
    }
  }

  private insert(word: string, hash: number, slot: number): number {
    const id = this.strings.length;
    this.strings.push(word);
    if (id === this.lastDoc.length) {
      this.lastDoc = growInts(this.lastDoc, id * 2);
      this.counts = growInts(this.counts, id * 2);
    }
    this.lastDoc[id] = -1;
    this.slotIds[slot] = id;
    this.slotHashes[slot] = hash;
    if (this.strings.length * 2 > this.slotIds.length) this.grow();
    return id;
  }

  /** Keeps the table at most half full, so probe runs stay short. */
  private grow(): void {
    const ids = this.slotIds;
    const hashes = this.slotHashes;
    this.slotIds = new Int32Array(ids.length * 2).fill(-1);
    this.slotHashes = new Int32Array(ids.length * 2);
    const mask = this.slotIds.length - 1;
    for (let old = 0; old < ids.length; old++) {
      if ((ids[old] as number) < 0) continue;
      let slot = (hashes[old] as number) & mask;
      while ((this.slotIds[slot] as number) >= 0) slot = (slot + 1) & mask;
      this.slotIds[slot] = ids[old] as number;
      this.slotHashes[slot] = hashes[old] as number;
    }
  }
}

function growInts(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}

function sameCodeUnits(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
