import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARDS_VERSION, cardOf, decodeShard, encodeShard, shardOf, shardsFor, updateShard } from './cards.js';
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
    expect(decodeShard({ v: CARDS_VERSION + 1, cards: [] })).toBeNull();
    expect(decodeShard({ v: CARDS_VERSION, cards: [{ ...cards[0], tags: 'x' }] })).toBeNull();
    expect(decodeShard({ v: CARDS_VERSION, cards: [null] })).toBeNull();
    // A card of the version before (no byline, no published time) is another shape: rebuilt, not half read.
    expect(decodeShard({ v: CARDS_VERSION, cards: [encodeShard(cards).cards[0]!.slice(0, 8)] })).toBeNull();
    expect(decodeShard(undefined)).toBeNull();
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
});
