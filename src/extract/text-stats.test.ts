import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measure } from './text-stats.js';

describe('measure', () => {
  it('counts clause punctuation in prose, Latin and full-width', () => {
    expect(measure('他说，这是第一次。Yes, it is: the first.')).toMatchObject({ punct: 5, commas: 2 });
  });

  it('does not count the separators inside numbers and times as punctuation', () => {
    expect(measure('·沪银行关照房贷记录（2005-04-01 16:19PM）下载 1,038 浏览 3.5')).toMatchObject({ punct: 0, commas: 0 });
  });

  it('a separator between two digits is never punctuation, one after a word always is', () => {
    fc.assert(fc.property(fc.nat(), fc.nat(), fc.constantFrom(',', '.', ':'), (a, b, sep) => {
      expect(measure(`${a}${sep}${b}`).punct).toBe(0);
      expect(measure(`word${sep} ${b}`).punct).toBe(1);
    }));
  });
});
