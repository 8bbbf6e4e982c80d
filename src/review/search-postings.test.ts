import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketBits, pairBucket, postingsSteps, type Postings } from './search-postings.js';
import { searchPieces } from './search-text.js';

function built(texts: string[]): Postings {
  const steps = postingsSteps(texts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The postings read the plain way: split into pieces, cut out every word and pair, collect in maps. */
function reference(texts: string[]): { words: Map<string, number[]>; buckets: Map<number, number[]> } {
  const bits = bucketBits(texts);
  const words = new Map<string, number[]>();
  const buckets = new Map<number, number[]>();
  const add = <K>(map: Map<K, number[]>, key: K, doc: number) => {
    const list = map.get(key) ?? [];
    if (list.at(-1) !== doc) list.push(doc);
    map.set(key, list);
  };
  texts.forEach((text, doc) => {
    for (const piece of searchPieces(text)) {
      if (!piece.cjk) add(words, piece.text, doc);
      for (let i = 1; piece.cjk && i < piece.text.length; i++) add(buckets, pairBucket(piece.text.charCodeAt(i - 1), piece.text.charCodeAt(i), bits), doc);
    }
  });
  return { words, buckets };
}

function bucketLists(postings: Postings): Map<number, number[]> {
  const { offsets, postings: docs, bits } = postings.table;
  const lists = new Map<number, number[]>();
  for (let b = 0; b < 1 << bits; b++) {
    if (offsets[b + 1] !== offsets[b]) lists.set(b, [...docs.subarray(offsets[b], offsets[b + 1])]);
  }
  return lists;
}

describe('postingsSteps', () => {
  it('lists each text once per word and per pair bucket, however often they repeat in it', () => {
    const postings = built(['人民日报 人民 the the the', '日报人民 them']);
    expect(postings.words).toEqual(new Map([['the', [0]], ['them', [1]]]));
    expect(bucketLists(postings)).toEqual(reference(['人民日报 人民 the the the', '日报人民 them']).buckets);
    expect(postings.table.postings.length).toBe(3 + 3); // 人民 民日 日报 | 日报 报人 人民
  });

  it('builds the same postings as cutting every piece out and collecting it (mixed scripts)', () => {
    // Han, kana, Latin of both cases and widths, accents and combining marks, digits, an emoji
    // (a surrogate pair), punctuation and spaces: every class boundary the scan must find.
    const unit = fc.constantFrom('中', '国', '人', '民', '日', 'の', 'カ', 'a', 'B', 'ab', 'é', 'e\u0301', '7', 'Ａ', '😀', '，', ' ', '\n', "'", '-');
    const text = fc.array(unit, { maxLength: 40 }).map((units) => units.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), (texts) => {
        const postings = built(texts);
        const expected = reference(texts);
        expect(postings.words).toEqual(expected.words);
        expect(bucketLists(postings)).toEqual(expected.buckets);
      }),
    );
  });
});
