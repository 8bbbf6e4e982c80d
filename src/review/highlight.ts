/**
 * Where a query matched, for showing results: ranges to mark in a displayed string, and an excerpt
 * of the story text around the first match. Matching follows search: NFKC, case-insensitive; CJK
 * runs anywhere, other words at word starts. Offsets are in the original string, so the page can
 * wrap those ranges in <mark> elements built as text nodes.
 */
import { charClass, foldForSearch, searchPieces, WORD } from './search-text.js';

export type Range = readonly [start: number, end: number];

/** Each code point's folding, worked out on first sight: a notes page folds each row's text on every keystroke. */
const pointFolds = new Map<number, string>();

function foldPoint(code: number): string {
  let folded = pointFolds.get(code);
  if (folded === undefined) pointFolds.set(code, (folded = foldForSearch(String.fromCodePoint(code))));
  return folded;
}

/**
 * Folds the text code point by code point, remembering where the character each folded unit came from starts and
 * ends: a match inside one character's folding (カラット from ㌌) marks that whole character.
 */
export function foldWithOffsets(text: string): { folded: string; origin: number[]; originEnd: number[] } {
  const pieces: string[] = [];
  const origin: number[] = [], originEnd: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const size = code > 0xffff ? 2 : 1;
    const f = foldPoint(code);
    pieces.push(f);
    for (let k = 0; k < f.length; k++) { origin.push(i); originEnd.push(i + size); }
    i += size;
  }
  return { folded: pieces.join(''), origin, originEnd };
}

/** Sorted, non-overlapping ranges of `text` that match parts of the query. */
export function highlightRanges(text: string, query: string): Range[] {
  const pieces = searchPieces(foldForSearch(query));
  if (!pieces.length) return [];
  const { folded, origin, originEnd } = foldWithOffsets(text);
  const found: [number, number][] = [];
  for (const piece of pieces) {
    for (let at = folded.indexOf(piece.text); at >= 0; at = folded.indexOf(piece.text, at + 1)) {
      if (!piece.cjk && at > 0 && charClass(folded.charCodeAt(at - 1)) === WORD) continue;
      const end = piece.cjk ? at + piece.text.length : wordEnd(folded, at + piece.text.length);
      found.push([origin[at] as number, originEnd[end - 1] as number]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of found) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** A prefix match marks the whole word it starts. */
function wordEnd(folded: string, from: number): number {
  let end = from;
  while (end < folded.length && charClass(folded.charCodeAt(end)) === WORD) end++;
  return end;
}

/** About `length` characters of the text around the first match (the opening when nothing matches). */
export function excerpt(text: string, query: string, length = 160): { text: string; ranges: Range[] } {
  const first = highlightRanges(text, query)[0];
  let start = first ? Math.max(0, first[0] - Math.floor(length / 3)) : 0;
  if (start > 0 && /[\uDC00-\uDFFF]/u.test(text.charAt(start))) start--;
  let end = Math.min(text.length, start + length);
  if (end < text.length && /[\uD800-\uDBFF]/u.test(text.charAt(end - 1))) end++;
  const slice = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  return { text: slice, ranges: highlightRanges(slice, query) };
}
