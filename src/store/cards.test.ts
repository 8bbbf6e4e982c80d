import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Card, CARDS_VERSION, cardOf, decodeNewest, decodeShard, encodeNewest, encodeShard, isCurrentShard, mergeNewest, migrateShard, NEWEST_CARDS, newestFirst, newestOf, shardOf, shardsFor, updateNewest, updateShard } from './cards.js';
import type { SavedStory } from './record.js';
import { savedStory } from './test-stories.js';

describe('cards', () => {
  it('keeps what the notes page sorts, filters and lists by (byline and published time too), and drops the text', () => {
    const story = { ...savedStory({ headline: '防汛', tags: ['天气'], paragraphs: ['很长的正文。'], note: 'n', summary: 's', page: '第01版：要闻' }), byline: '本报记者 李明', publishedTime: '2026-02-11 09:35' };
    expect(cardOf(story)).toEqual({ id: story.id, savedAt: story.savedAt, updatedAt: story.updatedAt, site: story.site, title: story.title, tags: ['天气'], byline: '本报记者 李明', publishedTime: '2026-02-11 09:35', page: '第01版：要闻' });
  });

  it('reads back what it stores, and nothing of another version or shape', () => {
    const cards = [savedStory(), savedStory({ headline: null, site: null })].map(cardOf);
    expect(decodeShard(JSON.parse(JSON.stringify(encodeShard(cards))))).toEqual([...cards].sort((a, b) => a.id.localeCompare(b.id)));
    expect(decodeShard({ v: CARDS_VERSION + 1, cards: '[]' })).toBeNull();
    expect(decodeShard({ v: CARDS_VERSION, cards: JSON.stringify([{ ...cards[0], tags: 'x' }]) })).toBeNull();
    expect(decodeShard({ v: CARDS_VERSION, cards: '[null]' })).toBeNull();
    expect(decodeShard({ v: CARDS_VERSION, cards: '[["a", 1' })).toBeNull();
    expect(decodeShard({ v: CARDS_VERSION, cards: [] })).toBeNull();
    // A card without byline and published time (version 1) is another shape: rebuilt, not half read.
    const tuples = JSON.parse(encodeShard(cards).cards) as unknown[][];
    expect(decodeShard({ v: CARDS_VERSION, cards: JSON.stringify([tuples[0]!.slice(0, 8)]) })).toBeNull();
    expect(decodeShard({ v: 1, cards: tuples.map((card) => card.slice(0, 8)) })).toBeNull();
    expect(decodeShard(undefined)).toBeNull();
  });

  it('stores a shard as one text, so storage hands it over as one value', () => {
    const shard = encodeShard([savedStory()].map(cardOf));
    expect(shard).toEqual({ v: CARDS_VERSION, cards: expect.any(String) });
    expect(isCurrentShard(shard)).toBe(true);
  });

  it('carries a version-2 shard (its cards as an array of tuples) forward without the stories', () => {
    const cards = [savedStory({ headline: '防汛', tags: ['天气'] }), savedStory({ headline: null, site: null })].map(cardOf);
    const current = encodeShard(cards);
    // version 2: the same tuples without the printed page, stored as an array
    const version2 = { v: 2, cards: (JSON.parse(current.cards) as unknown[][]).map((card) => card.slice(0, 10)) };
    expect(isCurrentShard(version2)).toBe(false);
    expect(migrateShard(version2)).toEqual(current);
    expect(decodeShard(version2)).toEqual(decodeShard(current));
    expect(migrateShard(current)).toEqual(current);
    expect(migrateShard({ v: 2, cards: 'not a list' })).toBeNull();
    expect(migrateShard({ v: 1, cards: [] })).toBeNull();
    expect(migrateShard({ v: CARDS_VERSION + 1, cards: '[]' })).toBeNull();
  });

  it('spreads ids over the shards and always puts one id in the same shard', () => {
    const ids = Array.from({ length: 1600 }, (_, i) => `id-${i}`);
    const counts = new Array<number>(16).fill(0);
    for (const id of ids) counts[shardOf(id, 16)]!++;
    expect(Math.min(...counts)).toBeGreaterThan(50);
    expect(ids.every((id) => shardOf(id, 16) === shardOf(id, 16))).toBe(true);
  });

  it('a shard updated change by change equals the shard built from the stories as they end up', () => {
    const change = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), tags: fc.array(fc.constantFrom('x', 'y')), removed: fc.boolean() });
    fc.assert(
      fc.property(fc.array(change), (changes) => {
        const stories = new Map<string, SavedStory>();
        let shard = encodeShard([]);
        for (const { id, tags, removed } of changes) {
          if (removed) stories.delete(id); else stories.set(id, savedStory({ id, tags }));
          shard = removed ? updateShard(decodeShard(shard)!, [], [id]) : updateShard(decodeShard(shard)!, [stories.get(id)!], []);
        }
        expect(shard).toEqual(shardsFor([...stories.values()], 1).get(0));
      }),
    );
  });

  it('keeps the newest cards the first of all the cards in order, and their count, through any saves and deletes', () => {
    const card = ({ id, savedAt }: { id: number; savedAt: number }): Card => cardOf(savedStory({ id: `s${id}`, savedAt }));
    const story = fc.record({ id: fc.nat(90), savedAt: fc.nat(40) });
    // One write saves stories or deletes one or more, as the repository's writes do.
    const write = fc.oneof(fc.record({ saved: fc.array(story, { maxLength: 30 }) }), fc.record({ removed: fc.array(fc.nat(90), { maxLength: 30 }) }));
    fc.assert(
      fc.property(fc.array(story, { maxLength: 90 }), fc.array(write, { maxLength: 10 }), (initial, writes) => {
        const all = new Map(initial.map((s) => [`s${s.id}`, card(s)]));
        let newest = newestOf([...all.values()]);
        for (const change of writes) {
          if ('saved' in change) {
            const saved = [...new Map(change.saved.map((s) => [`s${s.id}`, card(s)])).values()];
            const added = saved.filter((c) => !all.has(c.id)).length;
            for (const c of saved) all.set(c.id, c);
            newest = updateNewest(newest, saved, [], added, 0);
          } else {
            const removed = [...new Set(change.removed.map((id) => `s${id}`))];
            const gone = removed.filter((id) => all.delete(id)).length;
            newest = updateNewest(newest, [], removed, 0, gone);
          }
          const expected = [...all.values()].sort(newestFirst);
          expect(newest.count).toBe(expected.length);
          expect(newest.cards).toEqual(expected.slice(0, newest.cards.length));
          expect(newest.cards.length).toBeLessThanOrEqual(NEWEST_CARDS);
        }
      }),
    );
  });

  it('reads back the newest cards it stores, and nothing whose count is less than its cards', () => {
    const cards = [savedStory({ savedAt: 5 }), savedStory({ savedAt: 9 })].map(cardOf);
    expect(decodeNewest(JSON.parse(JSON.stringify(encodeNewest(newestOf(cards)))))).toEqual({ count: 2, cards: [cards[1], cards[0]] });
    expect(decodeNewest({ ...encodeNewest(newestOf(cards)), count: 1 })).toBeNull();
    expect(decodeNewest({ ...encodeNewest(newestOf(cards)), v: CARDS_VERSION - 1 })).toBeNull();
    expect(decodeNewest(null)).toBeNull();
  });
  it('merges lists sorted newest first into the order one sort of them all gives, pausing between turns of work', async () => {
    const item = fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), savedAt: fc.integer({ min: 0, max: 20 }) });
    await fc.assert(fc.asyncProperty(fc.array(fc.array(item, { maxLength: 30 }), { maxLength: 17 }), fc.integer({ min: 1, max: 50 }), async (lists, perTurn) => {
      // Ids unique across the lists, as cards' are.
      const seen = new Set<string>();
      const unique = lists.map((list) => list.filter((x) => !seen.has(x.id) && seen.add(x.id)));
      const merged = await mergeNewest(unique.map((list) => [...list].sort(newestFirst)), perTurn);
      expect(merged).toEqual(unique.flat().sort(newestFirst));
    }), { numRuns: 60 });
  });
});
