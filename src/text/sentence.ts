/** Ends a sentence: 。！？… . ! ? — also when a closing quote or bracket follows the mark (…say.” 。”). */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i))) i--;
  return i >= 0 && TERMINALS.has(text.charCodeAt(i));
}

const TERMINALS = new Set([0x3002, 0xff01, 0xff1f, 0x2e, 0x21, 0x3f, 0x2026, 0xff0e]);
const CLOSERS = new Set([0x201d, 0x2019, 0x22, 0x27, 0x29, 0xff09, 0x300d, 0x300f, 0x3011, 0x300b]);
