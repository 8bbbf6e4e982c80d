/**
 * The notes page's list as rows: the search results in the order the reader chose (newest saved, or newest
 * published first), optionally under a heading per source or per page they were read from, and which of the
 * rows are on screen. Only those are rendered, so a list of 100,000 stories costs what a screenful costs.
 */
import type { Card } from '../../src/store/cards.js';
import type { SavedStory } from '../../src/store/record.js';
import { publishedDay, publishedDayStart } from '../../src/review/time.js';

export type Grouping = 'site' | 'page';

export type Row =
  | { kind: 'group'; key: string; label: string | null }
  | { kind: 'story'; id: string };

/** Fixed heights (px) make each row's place a sum, not a measurement. */
export const STORY_ROW_HEIGHT = 104;
export const GROUP_ROW_HEIGHT = 30;

type Listed = Card | SavedStory;

/** Ids already newest saved first (as the search gives them) put newest published first; undated stories last, in saved order. */
export function byPublished(ids: readonly string[], publishedOf: (id: string) => number | null): string[] {
  const keyed = ids.map((id, at) => ({ id, at, time: publishedOf(id) }));
  keyed.sort((a, b) => (a.time === null ? (b.time === null ? a.at - b.at : 1) : b.time === null ? -1 : b.time - a.time || a.at - b.at));
  return keyed.map((k) => k.id);
}

/** The published day of a story or card, remembered per object (a story edited elsewhere is a new object). */
const publishedCache = new WeakMap<Listed, number | null>();
export function publishedAt(item: Listed): number | null {
  let time = publishedCache.get(item);
  if (time === undefined) publishedCache.set(item, (time = publishedDayStart(item.publishedTime)));
  return time;
}

/**
 * What a story is grouped under: its source as the record names it, or the page it was read from — the edition's
 * printed page (版) where it was read from one, under its paper and day (an edition's articles each have an address of
 * their own), else the address (a card, before its story is read, has none: null).
 */
export function groupOf(item: Listed | undefined, grouping: Grouping): { key: string; label: string | null } {
  if (grouping === 'site') return { key: `site:${item?.site ?? ''}`, label: item?.site ?? null };
  if (item?.page && !/^\d+$/u.test(item.page)) {
    const parts = [item.site, publishedDay(item.publishedTime), item.page];
    return { key: `edition:${JSON.stringify(parts)}`, label: parts.filter(Boolean).join(' · ') };
  }
  if (!item || !('url' in item)) return { key: 'page:', label: null };
  const page = item.url.replace(/#.*$/su, '');
  return { key: `page:${page}`, label: item.pageTitle || page };
}

/**
 * The rows for these ids in this order. Grouped, the groups come in the order of their first story (so the
 * group of the newest story leads) and each keeps its stories' order.
 */
export function arrangeRows(ids: readonly string[], lookup: (id: string) => Listed | undefined, grouping: Grouping | undefined): Row[] {
  if (!grouping) return ids.map((id) => ({ kind: 'story', id }));
  const groups = new Map<string, { label: string | null; ids: string[] }>();
  for (const id of ids) {
    const { key, label } = groupOf(lookup(id), grouping);
    const group = groups.get(key);
    if (group) group.ids.push(id); else groups.set(key, { label, ids: [id] });
  }
  const rows: Row[] = [];
  for (const [key, { label, ids: members }] of groups) {
    rows.push({ kind: 'group', key, label });
    for (const id of members) rows.push({ kind: 'story', id });
  }
  return rows;
}

/** Where each row starts (px), and after the last one the total height. */
export function rowOffsets(rows: readonly Row[]): Float64Array {
  const offsets = new Float64Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) offsets[i + 1] = (offsets[i] as number) + ((rows[i] as Row).kind === 'group' ? GROUP_ROW_HEIGHT : STORY_ROW_HEIGHT);
  return offsets;
}

/** The rows [start, end) that meet the viewport [top, top + height), with `overscan` rows more on each side. */
export function visibleRange(offsets: Float64Array, top: number, height: number, overscan: number): [number, number] {
  const count = offsets.length - 1;
  const first = rowAt(offsets, top);
  const last = rowAt(offsets, top + Math.max(0, height - 1));
  return [Math.max(0, first - overscan), Math.min(count, last + 1 + overscan)];
}

/** The row holding this position (the last row past the end). */
function rowAt(offsets: Float64Array, position: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((offsets[mid] as number) <= position) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/** The scroll position that brings row `at` into a viewport [top, top + height), moving as little as it can. */
export function scrollToShow(offsets: Float64Array, at: number, top: number, height: number): number {
  const start = offsets[at] as number;
  const end = offsets[at + 1] as number;
  if (start < top) return start;
  if (end > top + height) return end - height;
  return top;
}
