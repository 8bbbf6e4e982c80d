import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardOf } from '../../src/store/cards.js';
import { savedStory } from '../../src/store/test-stories.js';
import { arrangeRows, byPublished, GROUP_ROW_HEIGHT, publishedAt, rowOffsets, scrollToShow, STORY_ROW_HEIGHT, visibleRange, type Row } from './reading-list.js';

const story = (id: string, fields: { site?: string | null; url?: string; pageTitle?: string | null; publishedTime?: string | null }) =>
  ({ ...savedStory({ id, site: fields.site ?? null }), url: fields.url ?? `https://example.org/${id}`, pageTitle: fields.pageTitle ?? null, publishedTime: fields.publishedTime ?? null });

describe('the notes list as rows', () => {
  it('sorts newest published first, as each page wrote its date; undated stories last, in the order they came', () => {
    const stories = [
      story('a', { publishedTime: null }),
      story('b', { publishedTime: '2023-02-11 09:35' }),
      story('c', { publishedTime: '2024-01-05T08:00:00+08:00' }),
      story('d', { publishedTime: 'not a date' }),
      story('e', { publishedTime: '2023-02-11' }),
    ];
    const byId = new Map(stories.map((s) => [s.id, s]));
    expect(byPublished(stories.map((s) => s.id), (id) => publishedAt(byId.get(id)!))).toEqual(['c', 'b', 'e', 'a', 'd']);
  });

  it('groups by source or by the page read from, groups in the order of their first story, each keeping its order', () => {
    const stories = [
      story('1', { site: 'AP News', url: 'https://e.example/p1.pdf#page=2', pageTitle: '第01版：要闻' }),
      story('2', { site: '人民日报', url: 'https://e.example/p2', pageTitle: null }),
      story('3', { site: 'AP News', url: 'https://e.example/p1.pdf', pageTitle: '第01版：要闻' }),
      story('4', { site: null, url: 'https://e.example/p2' }),
    ];
    const byId = new Map(stories.map((s) => [s.id, s]));
    const lookup = (id: string) => byId.get(id);
    const ids = stories.map((s) => s.id);
    const shape = (rows: Row[]) => rows.map((r) => (r.kind === 'group' ? `[${r.label ?? '-'}]` : r.id));
    expect(shape(arrangeRows(ids, lookup, undefined))).toEqual(['1', '2', '3', '4']);
    expect(shape(arrangeRows(ids, lookup, 'site'))).toEqual(['[AP News]', '1', '3', '[人民日报]', '2', '[-]', '4']);
    expect(shape(arrangeRows(ids, lookup, 'page'))).toEqual(['[第01版：要闻]', '1', '3', '[https://e.example/p2]', '2', '4']);
    // A card (its story not read yet) has no page: it waits under a heading of its own.
    expect(shape(arrangeRows(['1'], (id) => cardOf(byId.get(id)!), 'page'))).toEqual(['[-]', '1']);
  });

  it('groups an edition\'s stories by the printed page (版) they were read from, under their paper and day, whatever each article\'s address', () => {
    const article = (id: string, page: string | null, publishedTime: string, url = `https://paper.example/content_${id}.htm`) =>
      ({ ...savedStory({ id, site: '湖北日报', page, publishedTime }), url });
    const stories = [
      article('1', '第01版：要闻', '2026-02-11'),
      article('2', '第02版：综合', '2026-02-11'),
      article('3', '第01版：要闻', '2026-02-11'),
      article('4', '第01版：要闻', '2026-02-12'),
      article('5', '3', '2026-02-11', 'file:///a.pdf'),
    ];
    const byId = new Map(stories.map((s) => [s.id, s]));
    const shape = (rows: Row[]) => rows.map((r) => (r.kind === 'group' ? `[${r.label ?? '-'}]` : r.id));
    const ids = stories.map((s) => s.id);
    const expected = ['[湖北日报 · 2026-02-11 · 第01版：要闻]', '1', '3', '[湖北日报 · 2026-02-11 · 第02版：综合]', '2', '[湖北日报 · 2026-02-12 · 第01版：要闻]', '4', '[file:///a.pdf]', '5'];
    expect(shape(arrangeRows(ids, (id) => byId.get(id), 'page'))).toEqual(expected);
    // the cards, before the stories are read, group the edition's stories alike
    expect(shape(arrangeRows(ids.slice(0, 4), (id) => cardOf(byId.get(id)!), 'page'))).toEqual(expected.slice(0, 7));
  });

  it('offsets add the rows’ heights; the visible range covers every row that meets the viewport and no far one', () => {
    const rows: Row[] = [{ kind: 'group', key: 'g', label: 'g' }, { kind: 'story', id: 'a' }, { kind: 'story', id: 'b' }];
    expect([...rowOffsets(rows)]).toEqual([0, GROUP_ROW_HEIGHT, GROUP_ROW_HEIGHT + STORY_ROW_HEIGHT, GROUP_ROW_HEIGHT + 2 * STORY_ROW_HEIGHT]);
    const kinds = fc.array(fc.boolean(), { minLength: 1, maxLength: 300 });
    fc.assert(fc.property(kinds, fc.nat(40_000), fc.integer({ min: 1, max: 2000 }), fc.nat(5), (groups, top, height, overscan) => {
      const offsets = rowOffsets(groups.map((g, i): Row => (g ? { kind: 'group', key: `${i}`, label: null } : { kind: 'story', id: `${i}` })));
      const [start, end] = visibleRange(offsets, top, height, overscan);
      for (let i = 0; i < groups.length; i++) {
        const meets = offsets[i]! < top + height && offsets[i + 1]! > top;
        if (meets) expect(i >= start && i < end).toBe(true);
        if (i < start) expect(offsets[i + 1 + overscan] ?? Infinity).toBeLessThanOrEqual(top);
        if (i >= end) expect(offsets[i - overscan]!).toBeGreaterThanOrEqual(top + height);
      }
    }));
  });

  it('scrolls as little as brings a row into view', () => {
    const offsets = rowOffsets(Array.from({ length: 10 }, (_, i): Row => ({ kind: 'story', id: `${i}` })));
    expect(scrollToShow(offsets, 0, 300, 400)).toBe(0);
    expect(scrollToShow(offsets, 9, 0, 400)).toBe(10 * STORY_ROW_HEIGHT - 400);
    expect(scrollToShow(offsets, 3, 200, 400)).toBe(200);
  });
});
