/** Autocomplete for the tag field, from the tags the reader already uses. */
import { type TagCount, tagFormKey, tagKey } from './tags.js';

export interface CompleteOptions {
  /** How many suggestions at most. Default 8. */
  limit?: number;
  /** Tags the story already has: not offered again, nor their plural or singular forms. */
  exclude?: readonly string[];
}

/**
 * Tags whose start matches what was typed (case- and width-insensitive: 'ｃｌｉ', 'CLI' and 'cli'
 * all find 'climate'), then tags with a later word that starts so; most used first.
 */
export function completeTag(typed: string, tags: readonly TagCount[], options: CompleteOptions = {}): string[] {
  const prefix = tagKey(typed);
  if (!prefix) return [];
  const excluded = new Set((options.exclude ?? []).map(tagFormKey));
  const ranked: { tag: string; count: number; rank: number }[] = [];
  for (const { tag, count } of tags) {
    const key = tagKey(tag);
    if (excluded.has(tagFormKey(tag))) continue;
    const rank = key.startsWith(prefix) ? 0 : key.split(/[\s\-_/]+/u).some((word) => word.startsWith(prefix)) ? 1 : -1;
    if (rank >= 0) ranked.push({ tag, count, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || b.count - a.count || a.tag.length - b.tag.length || a.tag.localeCompare(b.tag));
  return ranked.slice(0, options.limit ?? 8).map((r) => r.tag);
}
