import { describe, expect, it } from 'vitest';
import { joinNameFragments } from './authors.js';

describe('joinNameFragments', () => {
  it('joins a name broken into lone letters, placed where its first letter stands', () => {
    expect(joinNameFragments([{ at: 3, text: '肖' }, { at: 183, text: '梁玉春' }, { at: 275, text: '培' }])).toEqual([
      { at: 3, text: '肖 培' }, { at: 183, text: '梁玉春' },
    ]);
  });

  it('pairs lone letters when there are more than one name can hold, and leaves whole names alone', () => {
    const letters = ['王', '五', '李', '四'].map((text, at) => ({ at, text }));
    expect(joinNameFragments(letters)).toEqual([{ at: 0, text: '王 五' }, { at: 2, text: '李 四' }]);
    expect(joinNameFragments([{ at: 1, text: '邵景均' }])).toEqual([{ at: 1, text: '邵景均' }]);
  });
});
