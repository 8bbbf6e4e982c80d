/**
 * Word segmentation: Intl.Segmenter (ICU's Chinese dictionary) where the runtime has it — Chrome,
 * Firefox and Node 20 with full ICU do — and every 2–4 character run of CJK text where it does not
 * (the key-term scorer then keeps the longest run that never occurs on its own).
 */
import { textPieces } from './text.js';

export type WordSegmenter = (text: string) => string[];

/** ICU word segmentation; word-like segments only (no spaces, no punctuation). */
export function intlWordSegmenter(): WordSegmenter | null {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return (text) => {
    const words: string[] = [];
    for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) words.push(segment);
    return words;
  };
}

/** Without a dictionary: non-CJK words as they stand, CJK runs as all their 2–4 character substrings. */
export function ngramWordSegmenter(text: string): string[] {
  return textPieces(text).flatMap((piece) => (piece.cjk ? cjkNgrams(piece.text, 2, 4) : [piece.text]));
}

function cjkNgrams(run: string, min: number, max: number): string[] {
  const grams: string[] = [];
  for (let start = 0; start < run.length; start++) {
    for (let n = min; n <= max && start + n <= run.length; n++) grams.push(run.slice(start, start + n));
  }
  return grams;
}

let defaultSegmenter: WordSegmenter | undefined;

export function wordSegmenter(): WordSegmenter {
  defaultSegmenter ??= intlWordSegmenter() ?? ngramWordSegmenter;
  return defaultSegmenter;
}
