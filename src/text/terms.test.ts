import { describe, expect, it } from 'vitest';
import { cjkBigram, termSet } from './terms.js';

describe('termSet', () => {
  it('takes CJK character bigrams, across a printed space too', () => {
    expect([...termSet('推进会')]).toEqual([cjkBigram('推', '进'), cjkBigram('进', '会')]);
    expect(termSet('跟党走 同心').has(cjkBigram('走', '同'))).toBe(true);
  });

  it('takes Latin words of three letters or more, lower-cased, without stopwords or a plural s', () => {
    expect([...termSet('The Celtics won two titles')]).toEqual(['celtic', 'won', 'title']);
  });

  it('keeps numbers, and does not bridge CJK bigrams over punctuation', () => {
    expect(termSet('2023年').has('2023')).toBe(true);
    expect(termSet('强服务、抓落实').has(cjkBigram('务', '抓'))).toBe(false);
  });
});
