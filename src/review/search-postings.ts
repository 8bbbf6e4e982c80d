/**
 * Builds the search index's postings from the stories' folded texts in one pass over their code
 * units. Building is what keeps a freshly opened notes page from answering a search, so it avoids
 * per-piece work: no substring or object per CJK pair or word occurrence, each word string made
 * once per distinct word, and the pair lists laid out in typed arrays sized from counts.
 */
import { CJK, charClass, WORD } from './search-text.js';

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
  return { table, words: scan.words.postings() };
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Accumulates, text by text, each text's distinct pair buckets and each word's texts. */
class PostingsScan {
  readonly words = new WordTable();
  /** The distinct buckets of every text, text after text; text d's are docPairs[docStart[d]..docStart[d+1]). */
  private docPairs = new Int32Array(1 << 16);
  private pairCount = 0;
  private docStart: number[] = [0];
  private readonly counts: Int32Array;
  /** The last text that added each bucket: a text's repeated pairs count once. */
  private readonly lastDoc: Int32Array;

  constructor(private readonly bits: number) {
    this.counts = new Int32Array(1 << bits);
    this.lastDoc = new Int32Array(1 << bits).fill(-1);
  }

  /** Reads the text once: CJK pairs are adjacent CJK code units, words are maximal runs of WORD ones. */
  add(text: string, doc: number): void {
    let previous = 0;
    let previousKind = 0;
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
        this.words.add(text, wordStart, i, hash, doc);
        wordStart = -1;
      }
      if (kind === CJK && previousKind === CJK) this.addPair(pairBucket(previous, code, this.bits), doc);
      previous = code;
      previousKind = kind;
    }
    this.docStart.push(this.pairCount);
  }

  private addPair(bucket: number, doc: number): void {
    if (this.lastDoc[bucket] === doc) return;
    this.lastDoc[bucket] = doc;
    this.counts[bucket] = (this.counts[bucket] as number) + 1;
    if (this.pairCount === this.docPairs.length) {
      const grown = new Int32Array(this.docPairs.length * 2);
      grown.set(this.docPairs);
      this.docPairs = grown;
    }
    this.docPairs[this.pairCount++] = bucket;
  }

  /** Lays each bucket's texts out end to end (a counting sort), one step per text. */
  *pairTableSteps(docs: number): Generator<void, PairTable> {
    const buckets = 1 << this.bits;
    const offsets = new Int32Array(buckets + 1);
    for (let b = 0; b < buckets; b++) offsets[b + 1] = (offsets[b] as number) + (this.counts[b] as number);
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
  private slots = new Int32Array(1 << 12).fill(-1);
  private readonly strings: string[] = [];
  private readonly hashes: number[] = [];
  private readonly docs: number[][] = [];

  add(text: string, start: number, end: number, hash: number, doc: number): void {
    const id = this.find(text, start, end, hash);
    const list = this.docs[id] as number[];
    if (list[list.length - 1] !== doc) list.push(doc); // texts come in increasing order
  }

  /** Word → its texts, words in order of first appearance. */
  postings(): Map<string, number[]> {
    return new Map(this.strings.map((word, id) => [word, this.docs[id] as number[]]));
  }

  private find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] as number;
      if (id < 0) return this.insert(text.slice(start, end), hash, slot);
      if (this.hashes[id] === hash && sameCodeUnits(this.strings[id] as string, text, start, end)) return id;
    }
  }

  private insert(word: string, hash: number, slot: number): number {
    const id = this.strings.length;
    this.strings.push(word);
    this.hashes.push(hash);
    this.docs.push([]);
    this.slots[slot] = id;
    if (this.strings.length * 2 > this.slots.length) this.grow();
    return id;
  }

  /** Keeps the table at most half full, so probe runs stay short. */
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.hashes.length; id++) {
      let slot = (this.hashes[id] as number) & mask;
      while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    }
  }
}

function sameCodeUnits(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
