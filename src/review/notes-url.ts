/**
 * The notes page's address carries its search and view, so either can be bookmarked or linked:
 * notes.html?q=…&tag=…&site=…&date=published&from=YYYY-MM-DD&to=YYYY-MM-DD&sort=published&group=site|page.
 * Dates are whole UTC days; `date=published` makes from/to bound the published day instead of the saved one.
 */
import type { SearchQuery } from './search.js';

/** A search with how its results are laid out: newest saved first (default) or newest published first; grouped or not. */
export interface NotesView extends SearchQuery {
  sort?: 'published';
  group?: 'site' | 'page';
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;
const DAY_MS = 86_400_000;

export function searchFromUrl(search: string): NotesView {
  const params = new URLSearchParams(search);
  const query: NotesView = {};
  const text = params.get('q');
  if (text) query.text = text;
  const tag = params.get('tag');
  if (tag) query.tag = tag;
  const site = params.get('site');
  if (site) query.site = site;
  const from = dayStart(params.get('from'));
  if (from !== undefined) query.from = from;
  const to = dayStart(params.get('to'));
  if (to !== undefined) query.to = to + DAY_MS - 1;
  if (params.get('date') === 'published') query.dates = 'published';
  if (params.get('sort') === 'published') query.sort = 'published';
  const group = params.get('group');
  if (group === 'site' || group === 'page') query.group = group;
  return query;
}

/** The `?…` part for a search (empty when it has no terms or filters). */
export function searchToUrl(query: NotesView): string {
  const params = new URLSearchParams();
  if (query.text?.trim()) params.set('q', query.text.trim());
  if (query.tag) params.set('tag', query.tag);
  if (query.site) params.set('site', query.site);
  if (query.from !== undefined) params.set('from', new Date(query.from).toISOString().slice(0, 10));
  if (query.to !== undefined) params.set('to', new Date(query.to).toISOString().slice(0, 10));
  if (query.dates === 'published') params.set('date', 'published');
  if (query.sort) params.set('sort', query.sort);
  if (query.group) params.set('group', query.group);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function dayStart(value: string | null): number | undefined {
  const match = value ? DAY.exec(value) : null;
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC rolls 2024-13-45 over into 2025; only a real calendar day counts.
  return new Date(time).toISOString().slice(0, 10) === value ? time : undefined;
}
