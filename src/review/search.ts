/**
 * Search over saved stories: titles, summaries, notes, tags, byline/dateline and story text.
 *
 * Chinese has no spaces, so a reader may type any part of a word: every 2+ character substring is
 * found. Each story's CJK character pairs are indexed (pair → stories); a query run is answered by
 * intersecting the lists of its pairs, then confirmed by a substring check (pairs can occur apart).
 * English and other spaced scripts are found by words and word prefixes: a sorted vocabulary is
 * searched by binary search for the prefix range, whose stories are united. All text is compared
 * NFKC-normalised and lower-cased. Built once, then kept current story by story.
 */
import { tagKey } from '../annotate/tags.js';
import { foldText, isCjkCode, textPieces } from '../annotate/text.js';
import type { SavedStory } from '../store/record.js';

export interface SearchFilters {
  /** Stories carrying this tag (case/width-insensitive). */
  tag?: string;
  /** Stories from this site (case/width-insensitive). */
  site?: string;
  /** Saved at or after (ms since the epoch). */
  from?: number;
  /** Saved at or before (ms since the epoch). */
  to?: number;
}

export interface SearchQuery extends SearchFilters {
  /** Words, word starts and Chinese text; every part must be found. Empty: every story. */
  text?: string;
}

interface IndexedStory {
  id: string;
  savedAt: number;
  site: string;
  tags: Set<string>;
  /** Every searchable field, folded, one per line (so no match spans two fields). */
  text: string;
  alive: boolean;
}

/** Dead entries (deleted or replaced stories) are dropped once they outnumber this and the live ones. */
const COMPACT_AFTER = 1000;

export class SearchIndex {
  private docs: IndexedStory[] = [];
  private byId = new Map<string, number>();
  /** Live documents, newest saved first. */
  private order: number[] = [];
  private pairs = new Map<number, number[]>();
  private words = new Map<string, number[]>();
  /** Every indexed word, sorted; kept sorted word by word, except during a bulk build (sorted once after). */
  private vocabulary: string[] = [];
  private bulk = false;
  private dead = 0;

  static build(stories: Iterable<SavedStory>): SearchIndex {
    const index = new SearchIndex();
    index.bulk = true;
    for (const story of stories) {
      const existing = index.byId.get(story.id);
      if (existing !== undefined) index.kill(existing);
      index.addDocument(indexedStory(story));
    }
    index.endBulk();
    index.order = index.docs.flatMap((doc, i) => (doc.alive ? [i] : [])).sort((a, b) => index.newerFirst(a, b));
    return index;
  }

  get size(): number {
    return this.order.length;
  }

  /** Adds a story, or replaces the indexed copy of it (after an edit). */
  upsert(story: SavedStory): void {
    const existing = this.byId.get(story.id);
    if (existing !== undefined) this.removeAt(existing);
    const doc = this.addDocument(indexedStory(story));
    this.order.splice(this.insertionPoint(doc), 0, doc);
    this.compactIfSparse();
  }

  remove(id: string): void {
    const doc = this.byId.get(id);
    if (doc === undefined) return;
    this.removeAt(doc);
    this.compactIfSparse();
  }

  /** Ids of the matching stories, newest saved first. */
  search(query: SearchQuery): string[] {
    const pieces = textPieces(foldText(query.text ?? ''));
    let candidates: Uint8Array | null = null;
    const confirm: string[] = [];
    for (const piece of pieces) {
      const matches = piece.cjk ? this.cjkMatches(piece.text) : this.prefixMatches(piece.text);
      if (piece.cjk && piece.text.length !== 2) confirm.push(piece.text);
      if (matches) candidates = candidates ? and(candidates, matches) : matches;
    }
    const tag = query.tag === undefined ? undefined : tagKey(query.tag);
    const site = query.site === undefined ? undefined : foldText(query.site);
    const ids: string[] = [];
    for (const i of this.order) {
      if (candidates && !candidates[i]) continue;
      const doc = this.docs[i] as IndexedStory;
      if (tag !== undefined && !doc.tags.has(tag)) continue;
      if (site !== undefined && doc.site !== site) continue;
      if ((query.from !== undefined && doc.savedAt < query.from) || (query.to !== undefined && doc.savedAt > query.to)) continue;
      if (confirm.some((text) => !doc.text.includes(text))) continue;
      ids.push(doc.id);
    }
    return ids;
  }

  /** Stories containing every character pair of the run (a lone character: null, left to the substring check). */
  private cjkMatches(run: string): Uint8Array | null {
    if (run.length < 2) return null;
    const lists: number[][] = [];
    for (let i = 0; i + 1 < run.length; i++) lists.push(this.pairs.get(pairKey(run, i)) ?? []);
    lists.sort((a, b) => a.length - b.length);
    let common = lists[0] ?? [];
    for (const list of lists.slice(1)) common = intersectSorted(common, list);
    const mask = new Uint8Array(this.docs.length);
    for (const doc of common) mask[doc] = 1;
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

  private addDocument(doc: IndexedStory): number {
    const at = this.docs.length;
    this.docs.push(doc);
    this.byId.set(doc.id, at);
    const { text } = doc;
    for (let i = 0; i + 1 < text.length; i++) {
      if (isCjkCode(text.charCodeAt(i)) && isCjkCode(text.charCodeAt(i + 1))) addPosting(this.pairs, pairKey(text, i), at);
    }
    for (const piece of textPieces(text)) {
      if (piece.cjk) continue;
      if (!this.bulk && !this.words.has(piece.text)) this.vocabulary.splice(lowerBound(this.vocabulary, piece.text), 0, piece.text);
      addPosting(this.words, piece.text, at);
    }
    return at;
  }

  private removeAt(doc: number): void {
    this.kill(doc);
    const at = this.order.indexOf(doc);
    if (at >= 0) this.order.splice(at, 1);
  }

  private kill(doc: number): void {
    const entry = this.docs[doc] as IndexedStory;
    entry.alive = false;
    this.byId.delete(entry.id);
    this.dead++;
  }

  private compactIfSparse(): void {
    if (this.dead < COMPACT_AFTER || this.dead < this.order.length) return;
    const live = this.order.map((i) => this.docs[i] as IndexedStory);
    this.docs = [];
    this.byId.clear();
    this.pairs.clear();
    this.words.clear();
    this.dead = 0;
    this.bulk = true;
    this.order = live.map((doc) => this.addDocument({ ...doc }));
    this.endBulk();
  }

  private endBulk(): void {
    this.vocabulary = [...this.words.keys()].sort();
    this.bulk = false;
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

function indexedStory(story: SavedStory): IndexedStory {
  const { kicker, headline, subheadline } = story.title;
  const fields = [kicker, headline, subheadline, story.pageTitle, story.summary, story.note, story.tags.join('\n'), story.byline, story.dateline, ...story.paragraphs];
  return {
    id: story.id,
    savedAt: story.savedAt,
    site: foldText(story.site ?? ''),
    tags: new Set(story.tags.map(tagKey)),
    text: fields.flatMap((f) => (f ? [foldText(f)] : [])).join('\n'),
    alive: true,
  };
}

/** Two UTF-16 code units as one number: cheaper map keys than two-character strings. */
function pairKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

/** Documents are added in increasing order, so each list stays sorted and a repeat is its last entry. */
function addPosting<K>(postings: Map<K, number[]>, key: K, doc: number): void {
  const list = postings.get(key);
  if (!list) postings.set(key, [doc]);
  else if (list[list.length - 1] !== doc) list.push(doc);
}

function intersectSorted(a: number[], b: number[]): number[] {
  const result: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      result.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return result;
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
