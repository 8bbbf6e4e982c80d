/**
 * Text primitives shared by tagging, summarising, storing and searching.
 * Chinese (and other CJK scripts) is written without spaces, so it is handled per character;
 * everything else is handled per word.
 */
import { isCjkCodeUnit } from '../text/script.js';

/** Compatibility-normalise (full-width → half-width, ligatures → letters) and fold whitespace. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** The form two strings are compared in: NFKC, lower case, whitespace folded. */
export function foldText(text: string): string {
  return normalizeText(text).toLowerCase();
}

export interface TextPiece {
  text: string;
  cjk: boolean;
}

const WORD_RUN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Splits text into runs of CJK characters and non-CJK words (letters/digits, with inner
 * apostrophes kept: "don't", "Xi’s"). Punctuation and spaces separate pieces and are dropped.
 */
export function textPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const match of text.matchAll(WORD_RUN)) {
    const run = match[0];
    let start = 0;
    for (let i = 1; i <= run.length; i++) {
      if (i === run.length || isCjkCodeUnit(run.charCodeAt(i)) !== isCjkCodeUnit(run.charCodeAt(start))) {
        pieces.push({ text: run.slice(start, i), cjk: isCjkCodeUnit(run.charCodeAt(start)) });
        start = i;
      }
    }
  }
  return pieces;
}

/** Overlapping character pairs of a CJK run ("人民日报" → 人民, 民日, 日报); a lone character stands alone. */
export function cjkBigrams(run: string): string[] {
  if (run.length < 2) return run ? [run] : [];
  const grams: string[] = [];
  for (let i = 0; i + 1 < run.length; i++) grams.push(run.slice(i, i + 2));
  return grams;
}

/**
 * A light English stemmer (plural and common verb endings, final e, doubled consonant) so that
 * "rates", "rated", "rating" and "rate" meet; summaries and key terms only need words to meet,
 * not real roots.
 */
export function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (/(?:x|ch|sh|ss|z)es$/u.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/u.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  const last = w.at(-1);
  if (w.length > 3 && last === w.at(-2) && !/[lsz]/u.test(last ?? '')) w = w.slice(0, -1);
  return w;
}
