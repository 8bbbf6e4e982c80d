import { firstCodePoint, isAsciiDigit, isCjk, isCjkContextMark, isHangul, isLatinLetter, isLatinLower, lastCodePoint } from '../text/script.js';

/** Prefixes that form real compounds: a hyphen after them at a line end stays (self-, well-, ex-). */
const COMPOUND_PREFIXES = new Set(['self', 'well', 'ex', 'non', 'all', 'half', 'cross', 'co', 'pre', 'post', 'anti', 'semi', 'multi', 'mid', 'long', 'short', 'high', 'low', 'first', 'second', 'third', 'full', 'part', 'open', 'year', 'old']);

export interface JoinContext {
  /** Words seen hyphenated inside a line somewhere on the page (lower case, e.g. 'top-ranked'): real compounds. */
  hyphenated: ReadonlySet<string>;
}

/** How two lines of one paragraph meet: the separator, and whether the first one's end-of-line hyphen goes. */
export interface Seam {
  separator: '' | ' ';
  dropHyphen: boolean;
}

/**
 * Korean (Hangul the last letter before the break or the first after it): one space, as its words are spaced.
 * Other CJK on either side of the break: no space. Latin: one space, except that an end-of-line hyphen splitting a word
 * is removed (kept where the word is a compound: seen hyphenated on the page, a compound prefix, or no lower-case
 * letter after it). Digits broken across lines inside CJK text are rejoined. Looks only at the two ends.
 */
export function seam(prev: string, next: string, ctx: JoinContext): Seam {
  const a = lastCodePoint(prev), b = firstCodePoint(next);
  if (hangulBeside(prev, next)) return { separator: ' ', dropHyphen: false };
  if (endsCjk(prev) || startsCjk(next)) return { separator: '', dropHyphen: false };
  if (isAsciiDigit(a) && isAsciiDigit(b) && (isCjk(prev.charCodeAt(prev.length - 2)) || cjkNear(next))) return { separator: '', dropHyphen: false };
  if (a === 0x2c && splitsDigitGroups(prev, next)) return { separator: '', dropHyphen: false };
  const beforeMark = prev.charCodeAt(prev.length - 2);
  if (a === 0x2d && isLatinLetter(beforeMark) && isLatinLower(b)) {
    const before = lastWord(prev.slice(0, -1)).toLowerCase();
    const after = firstWord(next).toLowerCase();
    const compound = COMPOUND_PREFIXES.has(before) || ctx.hyphenated.has(`${before}-${after}`);
    return { separator: '', dropHyphen: !compound };
  }
  if ((a === 0x2d || a === 0x2010 || a === 0x2014) && prev.length > 1 && beforeMark !== 0x20) return { separator: '', dropHyphen: false };
  return { separator: ' ', dropHyphen: false };
}

const MONTH_DAY = /\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2},$/;

/**
 * A number broken at a thousands comma (212,| 000 / $1,|250,000): the line ends in a number's digit groups and a
 * comma, the next opens with a group of three digits. Not a date (July 4,| 200 people) nor a year (In 2019,| 500).
 */
function splitsDigitGroups(prev: string, next: string): boolean {
  return /(?:^|[\s$€£(])\d{1,3}(?:,\d{3})*,$/.test(prev) && /^\d{3}(?!\d)/.test(next) && !MONTH_DAY.test(prev);
}

/** Ends in CJK text: a CJK character, or a quote/mark (”…·) right after one. */
function endsCjk(text: string): boolean {
  const a = lastCodePoint(text);
  return isCjk(a) || (isCjkContextMark(a) && isCjk(text.charCodeAt(text.length - 2)));
}

function startsCjk(text: string): boolean {
  const b = firstCodePoint(text);
  return isCjk(b) || (isCjkContextMark(b) && isCjk(text.charCodeAt(1)));
}

/** Marks a Korean line may end or open with around its last or first word: . , ? ! quotes and brackets. */
const KOREAN_EDGE_MARKS = /[\s.,?!:;"'“”‘’()[\]…·-]/;

/** Hangul is the last letter of `prev` or the first of `next`, past the marks at the break (…했다. | "지역…). */
function hangulBeside(prev: string, next: string): boolean {
  let i = prev.length - 1;
  while (i > 0 && prev.length - i <= 4 && KOREAN_EDGE_MARKS.test(prev[i]!)) i--;
  if (isHangul(prev.charCodeAt(i))) return true;
  let j = 0;
  while (j < next.length - 1 && j < 4 && KOREAN_EDGE_MARKS.test(next[j]!)) j++;
  return isHangul(next.charCodeAt(j));
}

function cjkNear(text: string): boolean {
  let i = 0;
  while (i < text.length && isAsciiDigit(text.charCodeAt(i))) i++;
  return i < text.length && isCjk(text.charCodeAt(i));
}

function lastWord(text: string): string {
  let i = text.length;
  while (i > 0 && isLatinLetter(text.charCodeAt(i - 1))) i--;
  return text.slice(i);
}

function firstWord(text: string): string {
  let i = 0;
  while (i < text.length && isLatinLetter(text.charCodeAt(i))) i++;
  return text.slice(0, i);
}

/** Hyphenated words written inside lines, as evidence of the page's real compounds. Bounded scan per line. */
export function collectHyphenated(texts: Iterable<string>): Set<string> {
  const found = new Set<string>();
  const re = /[A-Za-z]+-[A-Za-z]+/g;
  for (const t of texts) {
    for (const m of t.slice(0, 4000).matchAll(re)) found.add(m[0].toLowerCase());
  }
  return found;
}

/** Joins a run of lines into one string (a headline over several lines, a paragraph). Linear in their length. */
export function joinAll(texts: readonly string[], ctx: JoinContext): string {
  const parts: string[] = [];
  texts.forEach((t, k) => {
    if (k > 0) {
      const prev = texts[k - 1]!;
      const s = seam(prev.length > 64 ? prev.slice(-64) : prev, t.length > 64 ? t.slice(0, 64) : t, ctx);
      if (s.dropHyphen) parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1);
      if (s.separator) parts.push(s.separator);
    }
    parts.push(t);
  });
  return parts.join('');
}
