import { isAsciiDigit, isCjkLetter, isLatinLetter } from './script.js';

/** Words that say nothing about what a story is about; trade vocabulary of English headlines and bodies. */
const STOPWORDS = new Set(
  ('the a an and or but of in on at to for from by with as is are was were be been it its this that these those he she they ' +
    'his her their them we our you your i not no after before over under into out up down about than then so if when ' +
    'while who what which will would can could has have had do does did said says new more most one two three').split(' '),
);

/** A term: a Latin word (string) or a CJK bigram (a number, two UTF-16 units packed: no string per bigram). */
export type Term = string | number;

export const cjkBigram = (a: string, b: string): number => a.charCodeAt(0) * 0x10000 + b.charCodeAt(0);

/**
 * Calls `visit` with each term of `text`: every bigram of adjacent CJK letters, and every Latin word of three or
 * more letters (lower-cased, a plural -s dropped) that is not a stopword. Numbers count as words.
 * A callback rather than an array, so a whole story body can be scanned without holding its terms.
 */
export function forEachTerm(text: string, visit: (term: Term) => void): void {
  let prevCjk = -1;
  let wordStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const cp = i < text.length ? text.charCodeAt(i) : 0x20;
    const wordChar = isLatinLetter(cp) || isAsciiDigit(cp);
    if (wordChar) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      emitWord(text.slice(wordStart, i), visit);
      wordStart = -1;
    }
    if (isCjkLetter(cp)) {
      if (prevCjk >= 0) visit(prevCjk * 0x10000 + cp);
      prevCjk = cp;
    } else if (cp !== 0x20) prevCjk = -1;
  }
}

function emitWord(word: string, visit: (term: Term) => void): void {
  if (word.length < 3 && !isAsciiDigit(word.charCodeAt(0))) return;
  let w = word.toLowerCase();
  if (STOPWORDS.has(w)) return;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  visit(w);
}

export function termSet(text: string): Set<Term> {
  const set = new Set<Term>();
  forEachTerm(text, (t) => set.add(t));
  return set;
}
