/**
 * The notes page's address carries its search, so a search can be bookmarked or linked:
 * notes.html?q=…&tag=…&site=…&from=YYYY-MM-DD&to=YYYY-MM-DD. Dates are whole UTC days.
 */
import type { SearchQuery } from './search.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;
const DAY_MS = 86_400_000;

export function searchFromUrl(search: string): SearchQuery {
  const params = new URLSearchParams(search);
  const query: SearchQuery = {};
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
  return query;
}

/** The `?…` part for a search (empty when it has no terms or filters). */
export function searchToUrl(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.text?.trim()) params.set('q', query.text.trim());
  if (query.tag) params.set('tag', query.tag);
  if (query.site) params.set('site', query.site);
  if (query.from !== undefined) params.set('from', new Date(query.from).toISOString().slice(0, 10));
  if (query.to !== undefined) params.set('to', new Date(query.to).toISOString().slice(0, 10));
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
