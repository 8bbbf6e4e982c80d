import { firstCodePoint, isHangul, isLatinLower, isLatinUpper, lastCodePoint } from '../text/script.js';
import type { Line } from './model.js';

export { endsSentence } from '../text/sentence.js';

/** The page's layout stage (its geometry) or its markup says where its stories start, and marks the titles it sees. */
export function storyStartsMarked(lines: readonly Line[]): boolean {
  return lines.some((l) => l.hints.storyStart !== undefined);
}

/** Ends with a mark that asks for more: a comma, colon, semicolon, enumeration comma or dash. */
export function endsMidClause(text: string): boolean {
  const cp = lastCodePoint(text);
  return cp === 0x2c || cp === 0x3a || cp === 0x3b || cp === 0xff0c || cp === 0x3001 || cp === 0xff1a || cp === 0xff1b || cp === 0x2d;
}

/**
 * Clause punctuation inside a CJK line (，。；：！？), or in Korean, which sets Latin marks, a full stop after Hangul
 * (…했다.): titles set without it. A Korean comma is not counted: headlines set one after their subject (정부, …).
 */
export function hasCjkClausePunctuation(text: string, limit = 200): boolean {
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const cp = text.charCodeAt(i);
    if (cp === 0xff0c || cp === 0x3002 || cp === 0xff1b || cp === 0xff1a || cp === 0xff01 || cp === 0xff1f) return true;
    if (cp === 0x2e && i > 0 && isHangul(text.charCodeAt(i - 1))) return true;
  }
  return false;
}

/** Starts like a new sentence in Latin script: a capital, a digit or an opening quote. */
export function startsSentenceLatin(text: string): boolean {
  const cp = firstCodePoint(text);
  return isLatinUpper(cp) || cp === 0x201c || cp === 0x22 || cp === 0x2018 || (cp >= 0x30 && cp <= 0x39);
}

export function startsLowercase(text: string): boolean {
  return isLatinLower(firstCodePoint(text));
}

/** Median width of the page's lines of one script: the yardstick for "wide" and "narrow". */
export function medianWidth(lines: readonly Line[], cjk: boolean): number {
  const widths = lines.filter((l) => l.cjk === cjk && l.width >= 3).map((l) => l.width).sort((a, b) => a - b);
  return widths.length ? widths[widths.length >> 1]! : 0;
}
