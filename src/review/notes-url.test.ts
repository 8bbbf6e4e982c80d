import { describe, expect, it } from 'vitest';
import { searchFromUrl, searchToUrl } from './notes-url.js';

describe('notes page address', () => {
  it('reads the search and filters from the query string', () => {
    expect(searchFromUrl('?q=%E9%98%B2%E6%B1%9B+rates&tag=Economy&site=example.com&from=2024-07-01&to=2024-07-31')).toEqual({
      text: '防汛 rates',
      tag: 'Economy',
      site: 'example.com',
      from: Date.UTC(2024, 6, 1),
      to: Date.UTC(2024, 7, 1) - 1,
    });
    expect(searchFromUrl('?tag=%E9%98%B2%E6%B1%9B')).toEqual({ tag: '防汛' });
  });

  it('ignores empty and malformed parameters', () => {
    expect(searchFromUrl('')).toEqual({});
    expect(searchFromUrl('?q=&from=yesterday&to=2024-13-45')).toEqual({});
    expect(searchFromUrl('?from=2024-02-30')).toEqual({});
  });

  it('writes a search back to the same address', () => {
    const query = { text: '防汛 rates', tag: 'a&b', from: Date.UTC(2024, 6, 1), to: Date.UTC(2024, 7, 1) - 1 };
    expect(searchFromUrl(searchToUrl(query))).toEqual(query);
    expect(searchToUrl({ text: '  ' })).toBe('');
    const view = { dates: 'published' as const, from: Date.UTC(2023, 1, 11), sort: 'published' as const, group: 'page' as const };
    expect(searchToUrl(view)).toBe('?from=2023-02-11&date=published&sort=published&group=page');
    expect(searchFromUrl(searchToUrl(view))).toEqual(view);
    expect(searchFromUrl('?sort=oldest&group=colour&date=tomorrow')).toEqual({});
  });
});
