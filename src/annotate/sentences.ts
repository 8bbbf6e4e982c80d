/**
 * Sentence splitting for Chinese and English news text. Sentences never cross a paragraph and are
 * returned verbatim (trimmed), so a summary built from them quotes the story exactly.
 */

// Chinese full stops end a sentence wherever they stand; the brief's list: 。！？；…
const TERMINATOR = /(?:[。！？；]|…+|[!?]+|\.{1,3})[”’"'」』）)】》\]]*/gu;
const CJK_TERMINATOR = /^(?:[。！？；]|…)/u;
const WORD_BEFORE = /([\p{L}.]+)$/u;

/** Words that end with a full stop without ending the sentence (lower case, no final stop). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'sen', 'rep', 'gov', 'lt', 'col',
  'capt', 'sgt', 'cmdr', 'adm', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'inc', 'corp', 'ltd', 'co',
  'bros', 'no', 'nos', 'vol', 'vs', 'etc', 'approx', 'dept', 'est', 'fig', 'ave', 'blvd', 'rd', 'jan',
  'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'e.g',
  'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'ph.d', 'op', 'cf', 'al',
]);

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length;
    if (!endsSentence(paragraph, match.index, match[0], end)) continue;
    pushTrimmed(sentences, paragraph.slice(start, end));
    start = end;
  }
  pushTrimmed(sentences, paragraph.slice(start));
  return sentences;
}

function endsSentence(text: string, at: number, mark: string, end: number): boolean {
  if (CJK_TERMINATOR.test(mark)) return true;
  const rest = text.slice(end);
  if (!rest.trim()) return true;
  // Latin stops need a space after them ("3.5", "example.com" are not ends) — unless Chinese follows.
  const next = /^\s+(\S)|^(\p{Script=Han})/u.exec(rest);
  if (!next) return false;
  const nextChar = next[1] ?? next[2] ?? '';
  if (/\p{Ll}/u.test(nextChar)) return false;
  if (mark.startsWith('.')) {
    const word = WORD_BEFORE.exec(text.slice(0, at))?.[1] ?? '';
    if (ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/u, ''))) return false;
    if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  }
  return true;
}

function pushTrimmed(into: string[], sentence: string): void {
  const trimmed = sentence.trim();
  if (trimmed) into.push(trimmed);
}
