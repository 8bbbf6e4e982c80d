import { describe, expect, it } from 'vitest';
import { isPaginationLine } from './pagination.js';

describe('isPaginationLine', () => {
  it('recognises page-turn bars in Chinese and English', () => {
    for (const bar of ['第1页/共1页 << 上一页 | 下一页 >>', '上一页 1 2 3 下一页', '首页 上一页 第2页 下一页 尾页', '« Previous | Next »', 'Page 2 of 5', '← Older posts', 'Next page »']) {
      expect(isPaginationLine(bar), bar).toBe(true);
    }
  });

  it('never takes a sentence that mentions pages, nor bare numbers or a home link', () => {
    for (const text of ['下一页将介绍他的生平。', 'Turn to the next page for the full results.', 'Next, the council voted 7 to 2.', '2005', '首页', '1 2 3']) {
      expect(isPaginationLine(text), text).toBe(false);
    }
  });

  it('does not take a long run of digits with other text for a bar', () => {
    expect(isPaginationLine(`第1页 ${'1'.repeat(70)}x`)).toBe(false);
  });
});
