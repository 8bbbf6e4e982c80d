/** What a tag is: the reader's spelling, tidied; two tags are the same when they fold alike. */
import { hasCjk } from '../text/script.js';
import { foldText, normalizeText } from './text.js';

export interface TagCount {
  tag: string;
  count: number;
}

/** NFKC, whitespace folded, a leading '#' dropped (readers type hashtags): '＃ Climate  change ' → 'Climate change'. */
export function normalizeTag(tag: string): string {
  return normalizeText(tag).replace(/^#+\s*/u, '');
}

/** The comparison key of a tag: case and width do not make a different tag. */
export function tagKey(tag: string): string {
  return foldText(normalizeTag(tag));
}

/**
 * The key two forms of one tag share: each word of a non-Chinese tag made singular the simple English way
 * ("elections" → "election", "policies" → "policy", "taxes" → "tax"), so a tag's plural is not offered after it.
 */
export function tagFormKey(tag: string): string {
  return tagKey(tag)
    .split(' ')
    .map((word) => (hasCjk(word) ? word : singular(word)))
    .join(' ');
}

function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:x|ch|sh|ss|z)es$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** Tidied, empty ones dropped, duplicates (by key) dropped keeping the first spelling. */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = normalizeTag(raw);
    const key = tagKey(tag);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

/** How often each tag is used across stories, most used first; variants count together under the commonest spelling. */
export function countTags(stories: Iterable<{ readonly tags: readonly string[] }>): TagCount[] {
  return new TagCounter().add(stories).counts();
}

/** countTags in parts: stories added a batch at a time (a page counting 100,000 cards between turns), counted at the end. */
export class TagCounter {
  private readonly byKey = new Map<string, { count: number; spellings: Map<string, number> }>();
  /** Each spelling tidied and folded once: a library of 100,000 stories holds a few dozen, each thousands of times. */
  private readonly known = new Map<string, readonly [tag: string, key: string]>();
  private readonly seen = new Set<string>();

  add(stories: Iterable<{ readonly tags: readonly string[] }>): this {
    const { byKey, known, seen } = this;
    for (const story of stories) {
      seen.clear();
      for (const raw of story.tags) {
        let found = known.get(raw);
        if (!found) { const tag = normalizeTag(raw); known.set(raw, (found = [tag, tagKey(tag)])); }
        const [tag, key] = found;
        if (!key || seen.has(key)) continue; // as uniqueTags
        seen.add(key);
        const entry = byKey.get(key) ?? { count: 0, spellings: new Map<string, number>() };
        entry.count++;
        entry.spellings.set(tag, (entry.spellings.get(tag) ?? 0) + 1);
        byKey.set(key, entry);
      }
    }
    return this;
  }

  counts(): TagCount[] {
    const counts = [...this.byKey.values()].map(({ count, spellings }) => ({
      tag: [...spellings].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
      count,
    }));
    return counts.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }
}
