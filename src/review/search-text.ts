/**
 * How search reads text: NFKC, lower case; CJK characters in runs (indexed by character pairs);
 * other letters, marks and digits in words (indexed for prefix lookup); everything else separates.
 * Index and query both read text this way, so they always agree.
 */
import type { TextPiece } from '../annotate/text.js';
import { isCjkCodeUnit } from '../text/script.js';

export const OTHER = 0;
export const WORD = 1;
export const CJK = 2;

const LETTER_MARK_DIGIT = /[\p{L}\p{M}\p{N}]/u;
/** Class of each UTF-16 code unit, worked out on first sight (0 = not yet). */
const classes = new Uint8Array(0x10000);

export function charClass(code: number): number {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) ? WORD : OTHER;
  const known = classes[code] as number;
  if (known) return known - 1;
  const found = isCjkCodeUnit(code) ? CJK : LETTER_MARK_DIGIT.test(String.fromCharCode(code)) ? WORD : OTHER;
  classes[code] = found + 1;
  return found;
}

export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The CJK runs and words of folded text, in order. */
export function searchPieces(folded: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let start = 0;
  let current = OTHER;
  for (let i = 0; i <= folded.length; i++) {
    const kind = i < folded.length ? charClass(folded.charCodeAt(i)) : OTHER;
    if (kind === current) continue;
    if (current !== OTHER) pieces.push({ text: folded.slice(start, i), cjk: current === CJK });
    start = i;
    current = kind;
  }
  return pieces;
}
