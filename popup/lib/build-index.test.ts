import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/review/search.js';
import { savedStory } from '../../src/store/test-stories.js';
import { buildIndexInSlices } from './build-index.js';

const words = ['flood', 'wall', 'council', '新能源', '汽车', '充电桩', 'river', '营商环境'];
const queries = ['', 'flo', 'council wall', '能源', '电桩', 'zzz'];

describe('buildIndexInSlices', () => {
  it('answers every search as an index built in one go does', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.record({ words: fc.array(fc.constantFrom(...words), { maxLength: 6 }), savedAt: fc.integer({ min: 0, max: 50 }) }), { maxLength: 30 }),
      fc.integer({ min: 1, max: 7 }),
      async (drafts, slice) => {
        const stories = drafts.map((d) => savedStory({ headline: d.words.join(' '), paragraphs: [d.words.join('')], savedAt: d.savedAt }));
        const sliced = await buildIndexInSlices(() => stories, slice);
        const whole = SearchIndex.build(stories);
        for (const text of queries) expect(sliced.search({ text })).toEqual(whole.search({ text }));
      },
    ), { numRuns: 50 });
  });

  it('indexes stories as they are at the end: edited, added and deleted while it was being built', async () => {
    const library = new Map([1, 2, 3, 4, 5].map((n) => savedStory({ id: `s${n}`, headline: `flood ${n}`, savedAt: n })).map((s) => [s.id, s]));
    let asked = 0;
    const index = await buildIndexInSlices(() => {
      if (asked++ === 1) return library.values(); // the second look, after the slices
      setTimeout(() => {
        library.set('s2', { ...library.get('s2')!, title: { kicker: null, headline: 'council vote', subheadline: null } });
        library.delete('s4');
        library.set('s9', savedStory({ id: 's9', headline: 'flood 9', savedAt: 9 }));
      });
      return library.values();
    }, 2);
    expect(index.search({ text: 'flood' })).toEqual(['s9', 's5', 's3', 's1']);
    expect(index.search({ text: 'council' })).toEqual(['s2']);
  });
});
