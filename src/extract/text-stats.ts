/**
 * Counting what text is made of. Chinese and Japanese carry about as much per character as an
 * English word-fragment of three letters, and use full-width punctuation: both are counted so that
 * scores mean the same in either script.
 */

/** How many Latin letters one Han/kana character is worth when weighing text. */
export const CJK_WEIGHT = 3;

const CJK_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu;
const NON_SPACE = /\S/gu;
/**
 * Punctuation that ends or splits clauses: its density marks running prose in any script. A Latin
 * comma, full stop or colon between two digits (1,038 · 3.5 · 17:19) is part of a number or a time,
 * not punctuation: a list of dated links is not prose.
 */
const CLAUSE_PUNCT = /[;!?，。；：！？、]|(?<!\d)[,.:]|[,.:](?!\d)/g;
const COMMA = /[，、]|(?<!\d),|,(?!\d)/g;

export interface TextMeasure {
  /** Non-whitespace characters. */
  chars: number;
  /** Of which Han/kana. */
  cjk: number;
  /** Clause punctuation marks. */
  punct: number;
  /** Commas (Latin and full-width, and the enumeration comma). */
  commas: number;
}

export function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

export function measure(text: string): TextMeasure {
  return {
    chars: countMatches(text, NON_SPACE),
    cjk: countMatches(text, CJK_CHAR),
    punct: countMatches(text, CLAUSE_PUNCT),
    commas: countMatches(text, COMMA),
  };
}

/** Text weight in Latin-letter equivalents. */
export function weightOf(chars: number, cjk: number): number {
  return chars - cjk + cjk * CJK_WEIGHT;
}

/** Collapses HTML white space runs (not non-breaking spaces' meaning, which renders as a space) to one space. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ');
}

const SENTENCE_END = /[.!?。！？…”"」』）)]$/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}
