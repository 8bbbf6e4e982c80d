import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeTag } from './tag-complete.js';
import { countTags, normalizeTag, tagKey, uniqueTags } from './tags.js';

const tags = countTags([
  { tags: ['Climate', 'politics'] },
  { tags: ['climate', 'Climate change', '气候'] },
  { tags: ['Climate', 'city hall', '气候变化'] },
  { tags: ['气候变化'] },
]);

describe('tags', () => {
  it('tidies and folds tags', () => {
    expect(normalizeTag('  ＃Climate   change ')).toBe('Climate change');
    expect(tagKey('ＣＬＩＭＡＴＥ')).toBe('climate');
    expect(uniqueTags(['a', 'A', ' ', 'Ａ', 'b'])).toEqual(['a', 'b']);
  });

  it('counts tags across stories under their commonest spelling, most used first', () => {
    expect(tags[0]).toEqual({ tag: 'Climate', count: 3 });
    expect(tags.find((t) => t.tag === '气候变化')?.count).toBe(2);
  });
});

describe('completeTag', () => {
  it('completes by prefix, most used first', () => {
    expect(completeTag('cl', tags)).toEqual(['Climate', 'Climate change']);
    expect(completeTag('气候', tags)).toEqual(['气候变化', '气候']);
  });

  it('ignores case and width', () => {
    expect(completeTag('ＣＬ', tags)).toEqual(['Climate', 'Climate change']);
    expect(completeTag('CITY', tags)).toEqual(['city hall']);
  });

  it('also matches a later word, after whole-tag prefixes', () => {
    expect(completeTag('ch', tags)).toEqual(['Climate change']);
    expect(completeTag('h', tags)).toEqual(['city hall']);
  });

  it('counts each story once under each of its tags, whatever spellings it repeats, as uniqueTags reads them', () => {
    const spelling = fc.constantFrom('Climate', 'climate', 'ＣＬＩＭＡＴＥ', '#climate', ' ', '气候', '＃气候', 'Tax', 'taxes');
    fc.assert(fc.property(fc.array(fc.record({ tags: fc.array(spelling, { maxLength: 5 }) }), { maxLength: 30 }), (stories) => {
      const counted = countTags(stories);
      expect(counted.reduce((sum, { count }) => sum + count, 0)).toBe(stories.reduce((sum, story) => sum + uniqueTags(story.tags).length, 0));
      for (const { tag, count } of counted) expect(count).toBe(stories.filter((story) => uniqueTags(story.tags).some((t) => tagKey(t) === tagKey(tag))).length);
    }));
  });

  it('skips any plural or singular form of a tag the story has', () => {
    const known = countTags([{ tags: ['election', 'elections', 'electoral reform', 'Policy', 'policies', 'tax'] }]);
    expect(completeTag('elec', known, { exclude: ['elections'] })).toEqual(['electoral reform']);
    expect(completeTag('elec', known, { exclude: ['Election'] })).toEqual(['electoral reform']);
    expect(completeTag('pol', known, { exclude: ['policy'] })).toEqual([]);
    expect(completeTag('ta', known, { exclude: ['taxes'] })).toEqual([]);
  });

  it('skips tags the story has, respects the limit, offers nothing for empty input', () => {
    expect(completeTag('cl', tags, { exclude: ['climate'] })).toEqual(['Climate change']);
    expect(completeTag('c', tags, { limit: 1 })).toEqual(['Climate']);
    expect(completeTag('  ', tags)).toEqual([]);
    expect(completeTag('zz', tags)).toEqual([]);
  });
});
