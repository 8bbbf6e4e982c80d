import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SavedStory } from '../store/record.js';
import { savedStory } from '../store/test-stories.js';
import { SearchIndex } from './search.js';
import { foldForSearch, searchPieces } from './search-text.js';

const flood = savedStory({
  id: 'flood',
  headline: '市政府部署防汛工作',
  paragraphs: ['本报讯 7月7日下午，市政府召开防汛工作会议。', '气象部门预测未来一周有强降雨。'],
  tags: ['防汛', 'City'],
  site: '示例日报',
  savedAt: 3000,
});
const fed = savedStory({
  id: 'fed',
  headline: 'Fed raises interest rates',
  paragraphs: ['The Federal Reserve raised rates on Wednesday.'],
  summary: 'Rates up again.',
  note: 'Follow the bond market',
  tags: ['Economy'],
  site: 'Example Times',
  savedAt: 2000,
});
const mixed = savedStory({
  id: 'mixed',
  headline: '苹果发布新款iPhone',
  paragraphs: ['Apple 在加州发布了新款 iPhone，中国和国人都很关注。'],
  tags: ['科技', 'city'],
  site: 'example times',
  savedAt: 1000,
});

const index = SearchIndex.build([mixed, flood, fed]);
const find = (text: string, filters = {}) => index.search({ text, ...filters });

describe('SearchIndex', () => {
  it('lists every story newest first for an empty query', () => {
    expect(find('')).toEqual(['flood', 'fed', 'mixed']);
    expect(find(' ，。 ')).toEqual(['flood', 'fed', 'mixed']);
  });

  it('finds Chinese by any word or any substring of two or more characters', () => {
    expect(find('防汛')).toEqual(['flood']);
    expect(find('府部署防')).toEqual(['flood']);
    expect(find('强降雨')).toEqual(['flood']);
    expect(find('政府')).toEqual(['flood']);
    expect(find('发布')).toEqual(['mixed']);
    expect(find('洪水')).toEqual([]);
  });

  it('does not take character pairs found apart for the run', () => {
    // 中国 and 国人 both occur in `mixed`, 中国人 does not.
    expect(find('中国')).toEqual(['mixed']);
    expect(find('中国人')).toEqual([]);
  });

  it('finds a single Chinese character as a word', () => {
    expect(find('雨')).toEqual(['flood']);
  });

  it('finds English by words and word starts, ignoring case and width', () => {
    expect(find('reserve')).toEqual(['fed']);
    expect(find('FED')).toEqual(['fed']);
    expect(find('ｆｅｄｅｒ')).toEqual(['fed']);
    expect(find('iph')).toEqual(['mixed']);
    expect(find('eserve')).toEqual([]);
  });

  it('needs every part of the query', () => {
    expect(find('apple 加州')).toEqual(['mixed']);
    expect(find('apple 防汛')).toEqual([]);
    expect(find('rates wednesday')).toEqual(['fed']);
  });

  it('searches summaries, notes and tags too', () => {
    expect(find('again')).toEqual(['fed']);
    expect(find('bond')).toEqual(['fed']);
    expect(find('econ')).toEqual(['fed']);
    expect(find('科技')).toEqual(['mixed']);
  });

  it('filters by tag, site and date, with or without text', () => {
    expect(index.search({ tag: 'CITY' })).toEqual(['flood', 'mixed']);
    expect(index.search({ tag: 'city', text: '发布' })).toEqual(['mixed']);
    expect(index.search({ site: 'EXAMPLE TIMES' })).toEqual(['fed', 'mixed']);
    expect(index.search({ from: 1500, to: 2500 })).toEqual(['fed']);
    expect(index.search({ from: 2000 })).toEqual(['flood', 'fed']);
    expect(index.search({ tag: 'nothing' })).toEqual([]);
  });

  it('filters by the day the page says it was published, as the page wrote it; a story with no readable date is out of such a range', () => {
    const dated = SearchIndex.build([
      { ...flood, publishedTime: '2023-02-10 09:35' },
      { ...fed, publishedTime: '2023-02-11T23:30:00-05:00' }, // the page's own day, not moved to UTC's 12th
      { ...mixed, publishedTime: null },
    ]);
    const day = Date.UTC(2023, 1, 11);
    expect(dated.search({ dates: 'published', from: day, to: day + 86_400_000 - 1 })).toEqual(['fed']);
    expect(dated.search({ dates: 'published', to: day - 1 })).toEqual(['flood']);
    expect(dated.search({ dates: 'saved', from: 1500 })).toEqual(['flood', 'fed']);
    expect(dated.search({ dates: 'published' })).toEqual(['flood', 'fed', 'mixed']); // no range: no date needed
  });

  it('keeps current as stories are added, edited and deleted', () => {
    const live = SearchIndex.build([flood, fed]);
    live.upsert({ ...mixed, savedAt: 5000 });
    expect(live.search({ text: 'iphone' })).toEqual(['mixed']);
    expect(live.search({})).toEqual(['mixed', 'flood', 'fed']);
    live.upsert({ ...fed, note: '债券市场', summary: '' });
    expect(live.search({ text: 'bond' })).toEqual([]);
    expect(live.search({ text: '债券' })).toEqual(['fed']);
    live.remove('flood');
    expect(live.search({ text: '防汛' })).toEqual([]);
    expect(live.size).toBe(2);
    const fresh = new SearchIndex();
    fresh.upsert(fed);
    expect(fresh.search({ text: 'fede' })).toEqual(['fed']);
  });

  it('builds in slices with pauses between them, to the same index as at once', async () => {
    const stories = [mixed, flood, fed, { ...fed, note: 'later copy' }];
    let pauses = 0;
    const sliced = await SearchIndex.buildInSlices(stories, { sliceMs: 0, pause: async () => void pauses++ });
    const whole = SearchIndex.build(stories);
    expect(pauses).toBeGreaterThan(4);
    for (const text of ['', '防汛', '中国人', 'fed', 'later', 'bond']) expect(sliced.search({ text })).toEqual(whole.search({ text }));
    expect(sliced.search({ text: 'later' })).toEqual(['fed']);
    expect(sliced.search({ text: 'bond' })).toEqual([]);
  });

  it('stays correct after enough edits to compact itself', () => {
    const live = SearchIndex.build([flood, fed, mixed]);
    for (let i = 0; i < 2500; i++) live.upsert({ ...fed, note: `edit${i}` });
    expect(live.size).toBe(3);
    expect(live.search({ text: 'edit2499' })).toEqual(['fed']);
    expect(live.search({ text: 'edit2498' })).toEqual([]);
    expect(live.search({ text: '防汛' })).toEqual(['flood']);
    expect(live.search({})).toEqual(['flood', 'fed', 'mixed']);
  });
});

describe('SearchIndex (properties)', () => {
  const hanChar = fc.integer({ min: 0x4e00, max: 0x4e00 + 300 }).map((c) => String.fromCharCode(c));
  const hanText = fc.array(hanChar, { minLength: 2, maxLength: 12 }).map((cs) => cs.join(''));
  const englishWord = fc.stringMatching(/^[A-Za-z]{2,10}$/);
  const story = fc.record({ chinese: hanText, english: fc.array(englishWord, { minLength: 1, maxLength: 5 }), savedAt: fc.nat(10_000) });

  it('finds a story by any 2+ character substring of its Chinese title and any 2+ prefix of its English words', () => {
    fc.assert(
      fc.property(fc.array(story, { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), fc.nat(), (specs, pick, start, length) => {
        const stories = specs.map((s, i) => savedStory({ id: `s${i}`, headline: s.chinese, paragraphs: [s.english.join(' ')], savedAt: s.savedAt }));
        const target = pick % stories.length;
        const spec = specs[target] as (typeof specs)[number];
        const index = SearchIndex.build(stories);
        const from = start % (spec.chinese.length - 1);
        const substring = spec.chinese.slice(from, from + 2 + (length % (spec.chinese.length - from - 1)));
        expect(index.search({ text: substring })).toContain(`s${target}`);
        const word = spec.english[length % spec.english.length] as string;
        expect(index.search({ text: word.slice(0, 2 + (start % (word.length - 1))).toUpperCase() })).toContain(`s${target}`);
      }),
    );
  });

  /** The plain definition the index must agree with: a scan of every story. */
  function scan(stories: Map<string, SavedStory>, text: string): string[] {
    const pieces = searchPieces(foldForSearch(text));
    return [...stories.values()]
      .filter((s) => {
        const fields = [s.title.headline, s.summary, s.note, ...s.tags, ...s.paragraphs].map((f) => foldForSearch(f ?? ''));
        const words = fields.flatMap((f) => searchPieces(f).map((p) => p.text));
        return pieces.every((p) => (p.cjk ? fields.some((f) => f.includes(p.text)) : words.some((w) => w.startsWith(p.text))));
      })
      .sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1))
      .map((s) => s.id);
  }

  it('answers like a full scan through any sequence of adds, edits and deletes', () => {
    const text = fc.array(fc.constantFrom('中', '国', '人', '民', 'ab', 'abc', 'b', ' ', 'x'), { maxLength: 8 }).map((p) => p.join(''));
    const op = fc.oneof(
      fc.record({ kind: fc.constant('upsert' as const), id: fc.integer({ min: 0, max: 5 }), body: text, savedAt: fc.nat(50) }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 5 }) }),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), fc.array(op, { maxLength: 20 }), fc.array(text, { minLength: 1, maxLength: 4 }), (initial, ops, queries) => {
        const model = new Map<string, SavedStory>();
        for (const [i, body] of initial.entries()) model.set(`d${i}`, savedStory({ id: `d${i}`, headline: null, paragraphs: [body], savedAt: i }));
        const index = SearchIndex.build(model.values());
        for (const o of ops) {
          if (o.kind === 'remove') {
            index.remove(`d${o.id}`);
            model.delete(`d${o.id}`);
          } else {
            const s = savedStory({ id: `d${o.id}`, headline: null, paragraphs: [o.body], savedAt: o.savedAt });
            index.upsert(s);
            model.set(s.id, s);
          }
        }
        for (const q of queries) expect(index.search({ text: q })).toEqual(scan(model, q));
      }),
    );
  });
});
