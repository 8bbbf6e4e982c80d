import { isCjkLetter, isLatinLetter } from '../text/script.js';

const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'for', 'that', 'with', 'he', 'she', 'said', 'on', 'at']);

/** The page's main language as a BCP 47 tag, from a sample of its text: zh / ja / ko, en, or null when unsure. */
export function detectLanguage(texts: readonly string[]): string | null {
  let han = 0, kana = 0, hangul = 0, latin = 0, sampled = 0;
  const words: string[] = [];
  for (const t of texts) {
    const sample = t.slice(0, 2000);
    sampled += sample.length;
    for (let i = 0; i < sample.length; i++) {
      const cp = sample.charCodeAt(i);
      if (cp >= 0x3040 && cp <= 0x30ff) kana++;
      else if (cp >= 0xac00 && cp <= 0xd7af) hangul++;
      else if (isCjkLetter(cp)) han++;
      else if (isLatinLetter(cp)) latin++;
    }
    if (words.length < 4000) words.push(...sample.toLowerCase().split(/[^a-z]+/).slice(0, 400));
    if (sampled > 200_000) break;
  }
  const cjk = han + kana + hangul;
  if (cjk > latin / 3 && cjk > 0) return hangul > cjk / 3 ? 'ko' : kana > cjk / 10 ? 'ja' : 'zh';
  if (!latin) return null;
  const english = words.filter((w) => ENGLISH.has(w)).length;
  return english >= 3 && english > words.length * 0.05 ? 'en' : null;
}
