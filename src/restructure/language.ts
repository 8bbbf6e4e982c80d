import { isCjkLetter, isLatinLetter } from '../text/script.js';

const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'for', 'that', 'with', 'he', 'she', 'said', 'on', 'at']);

/** The page's main language as a BCP 47 tag, from a sample of its text: zh / ja / ko, en, or null when unsure. */
export function detectLanguage(texts: readonly string[]): string | null {
  const parts: string[] = [];
  let length = 0;
  for (const t of texts) {
    if (length > 20_000) break;
    parts.push(t.length > 2000 ? t.slice(0, 2000) : t);
    length += Math.min(t.length, 2000);
  }
  const sample = parts.join(' ');
  let han = 0, kana = 0, hangul = 0, latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const cp = sample.charCodeAt(i);
    if (cp >= 0x3040 && cp <= 0x30ff) kana++;
    else if (cp >= 0xac00 && cp <= 0xd7af) hangul++;
    else if (isCjkLetter(cp)) han++;
    else if (isLatinLetter(cp)) latin++;
  }
  const cjk = han + kana + hangul;
  if (cjk > latin / 3 && cjk > 0) return hangul > cjk / 3 ? 'ko' : kana > cjk / 10 ? 'ja' : 'zh';
  if (!latin) return null;
  const words = sample.toLowerCase().split(/[^a-z]+/);
  const english = words.filter((w) => ENGLISH.has(w)).length;
  return english >= 3 && english > words.length * 0.05 ? 'en' : null;
}
