import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTags, TagCounter } from './tags.js';

describe('counting tags', () => {
  it('counts the same whether the stories come at once or in batches (a page counting between turns)', () => {
    const tag = fc.constantFrom('Climate', 'climate', '#climate', 'ＣＬＩＭＡＴＥ', '经济', ' 经济 ', 'elections', '', 'health');
    fc.assert(fc.property(fc.array(fc.array(tag, { maxLength: 4 }), { maxLength: 40 }), fc.array(fc.nat(40), { maxLength: 5 }), (tagLists, cuts) => {
      const stories = tagLists.map((tags) => ({ tags }));
      const counter = new TagCounter();
      let from = 0;
      for (const cut of [...cuts].sort((a, b) => a - b)) { counter.add(stories.slice(from, Math.max(from, cut))); from = Math.max(from, cut); }
      counter.add(stories.slice(from));
      expect(counter.counts()).toEqual(countTags(stories));
    }));
    expect(countTags([{ tags: ['Climate', '#climate'] }, { tags: ['climate', '经济'] }])).toEqual([{ tag: 'Climate', count: 2 }, { tag: '经济', count: 1 }]); // one per story; the first spelling of a tie
  });
});
