/** Character classes the restructurer needs, by code point; no regex, so safe on any input size. */

/** Han, kana, Hangul, CJK symbols and punctuation, full-width forms: characters set on a square em grid. */
export function isCjk(cp: number): boolean {
  return (
    (cp >= 0x3000 && cp <= 0x303f) || // CJK symbols and punctuation
    (cp >= 0x3040 && cp <= 0x30ff) || // kana
    (cp >= 0x3100 && cp <= 0x312f) ||
    (cp >= 0x3130 && cp <= 0x318f) || // Hangul compatibility jamo
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms (，！？（）…)
    (cp >= 0x20000 && cp <= 0x3134f)
  );
}

/** Han, kana or Hangul proper: a letter of CJK text, not its punctuation. */
export function isCjkLetter(cp: number): boolean {
  return isCjk(cp) && !(cp >= 0x3000 && cp <= 0x303f) && !(cp >= 0xfe30 && cp <= 0xfe4f) && !(cp >= 0xff00 && cp <= 0xffef && !isFullwidthAlnum(cp));
}

/**
 * Hangul (syllables, jamo and compatibility jamo): CJK by its square em, but spaced between words as Latin is and
 * punctuated with Latin marks, unlike Chinese and Japanese.
 */
export function isHangul(cp: number): boolean {
  return (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f);
}

function isFullwidthAlnum(cp: number): boolean {
  return (cp >= 0xff10 && cp <= 0xff19) || (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a);
}

/** Quotes and marks that sit between CJK letters in CJK text (“”‘’·—…), though outside the CJK blocks. */
export function isCjkContextMark(cp: number): boolean {
  return cp === 0x201c || cp === 0x201d || cp === 0x2018 || cp === 0x2019 || cp === 0xb7 || cp === 0x2014 || cp === 0x2026;
}

export function isWhitespace(cp: number): boolean {
  return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0xa0 || cp === 0x3000 || cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0xfeff;
}

export function isAsciiDigit(cp: number): boolean {
  return cp >= 0x30 && cp <= 0x39;
}

export function isLatinLower(cp: number): boolean {
  return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xdf && cp <= 0xff && cp !== 0xf7);
}

export function isLatinUpper(cp: number): boolean {
  return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0xc0 && cp <= 0xde && cp !== 0xd7);
}

export function isLatinLetter(cp: number): boolean {
  return isLatinLower(cp) || isLatinUpper(cp) || (cp >= 0x100 && cp <= 0x24f);
}

/**
 * Width in em as a printed line would take it: CJK one em, everything else about half — quotes and marks between CJK
 * letters as wide as the page sets them (`cjkMarkWidth`).
 */
export function emWidth(text: string, cjkMarkWidth = 0.5): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    w += isCjk(cp) ? 1 : isWhitespace(cp) ? 0.3 : cjkMarkWidth !== 0.5 && isCjkMark(text, i, cp) ? cjkMarkWidth : 0.5;
  }
  return w;
}

/** Quotes and marks (“”…—) set next to a CJK letter: some papers set them full width, others half (see lines.ts). */
export function isCjkMark(text: string, i: number, cp = text.charCodeAt(i)): boolean {
  return isCjkContextMark(cp) && (isCjk(text.charCodeAt(i - 1)) || isCjk(text.charCodeAt(i + 1)));
}

/** Share of letters that are CJK, over the first `limit` characters (enough to tell a line's script). */
export function cjkShare(text: string, limit = 400): number {
  let cjk = 0, letters = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const cp = text.charCodeAt(i);
    if (isCjkLetter(cp)) { cjk++; letters++; } else if (isLatinLetter(cp)) letters++;
  }
  return letters ? cjk / letters : 0;
}

export function firstCodePoint(text: string): number {
  return text.length ? text.codePointAt(0)! : -1;
}

export function lastCodePoint(text: string): number {
  if (!text.length) return -1;
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xdc00 && last <= 0xdfff && text.length > 1) return text.codePointAt(text.length - 2)!;
  return last;
}

/** Per-BMP-character tally, reused between calls (reset after each use: only the touched entries). */
const tallyBmp = new Int32Array(0x10000);

/**
 * How two sets of texts differ in their non-whitespace characters: what `input` has more of (`missing` from the
 * output) and what `output` has more of (`extra`), with counts. Linear; counts in one reused typed array for the
 * BMP and a map beyond it, so there is no per-character allocation.
 */
export function characterBalance(input: readonly string[], output: readonly string[]): { missing: Map<string, number>; extra: Map<string, number> } {
  const astral = new Map<number, number>();
  const touched: number[] = [];
  const tally = (texts: readonly string[], sign: number) => {
    for (const t of texts) {
      for (let i = 0; i < t.length; i++) {
        const cp = t.codePointAt(i)!;
        if (cp > 0xffff) { i++; astral.set(cp, (astral.get(cp) ?? 0) + sign); continue; }
        if (isWhitespace(cp)) continue;
        if (tallyBmp[cp] === 0) touched.push(cp);
        tallyBmp[cp]! += sign;
      }
    }
  };
  tally(input, 1);
  tally(output, -1);
  const missing = new Map<string, number>(), extra = new Map<string, number>();
  const record = (ch: string, n: number) => { if (n > 0) missing.set(ch, n); else if (n < 0) extra.set(ch, -n); };
  for (const cp of touched) { record(String.fromCharCode(cp), tallyBmp[cp]!); tallyBmp[cp] = 0; }
  for (const [cp, n] of astral) record(String.fromCodePoint(cp), n);
  return { missing, extra };
}

/**
 * Han, kana, Hangul and CJK radicals, by UTF-16 code unit. Surrogates count too, so that a rare
 * Han character outside the BMP (common in names) stays inside its CJK run.
 */
export function isCjkCodeUnit(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x2e80 && code <= 0x2fdf) ||
    (code >= 0x3100 && code <= 0x31ff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd800 && code <= 0xdfff)
  );
}

export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isCjkCodeUnit(text.charCodeAt(i))) return true;
  return false;
}
